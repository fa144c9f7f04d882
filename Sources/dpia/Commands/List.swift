import ArgumentParser
import DPIAKit

extension DPIA {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the questionnaires and cases dpia knows.",
            discussion:
                "Shows each questionnaire layer (id, version, jurisdiction, question count, title) and each bundled case. Nothing is sent over the network."
        )

        @OptionGroup var questionnaires: QuestionnaireOptions

        func run() throws {
            let log = DiagnosticLog()
            let catalog = try questionnaires.catalog(log: log)
            Console.print(log.sorted, sources: catalog.sources, color: questionnaires.color.isEnabled)
            var lines = ["Questionnaires:"]
            let rows = catalog.layers.sorted {
                ($0.jurisdiction == "eu" ? 0 : 1, $0.id) < ($1.jurisdiction == "eu" ? 0 : 1, $1.id)
            }.map { layer in
                [
                    layer.id, layer.version, layer.jurisdiction,
                    count(layer.sections.reduce(0) { $0 + $1.questions.count }, "question"),
                    layer.title.text(),
                ]
            }
            lines += columns(rows)
            lines.append("")
            lines.append("Jurisdictions: \(catalog.jurisdictions.joined(separator: ", "))")
            lines.append("")
            lines.append("Cases:")
            // A case whose metadata cannot be read is listed as '?' and its problems are printed.
            let caseLog = DiagnosticLog()
            let caseRows = catalog.cases.sorted { $0.name < $1.name }.map { file -> [String] in
                let metadata = AnswersLoader.metadata(text: file.text, file: file.name, log: caseLog)
                return [file.name, metadata?.jurisdiction ?? "?", metadata?.processing ?? ""]
            }
            Console.print(caseLog.sorted, sources: catalog.sources, color: questionnaires.color.isEnabled)
            lines += columns(caseRows)
            if let first = catalog.cases.map(\.name).sorted().first {
                lines.append("")
                lines.append(
                    "Name a case by its path or its short name, from any folder: dpia report \(TrainingCase.name(ofFile: first))"
                )
            }
            Console.output(lines.joined(separator: "\n") + "\n")
            if log.hasErrors || caseLog.hasErrors { throw ExitCode.dataError }
        }

        private func count(_ number: Int, _ noun: String) -> String {
            "\(number) \(noun)\(number == 1 ? "" : "s")"
        }

        private func columns(_ rows: [[String]]) -> [String] {
            guard let width = rows.first?.count else { return ["  (none)"] }
            let widths = (0..<width).map { column in rows.map { $0[column].count }.max() ?? 0 }
            return rows.map { row in
                "  "
                    + row.enumerated().map { index, cell in
                        index == row.count - 1
                            ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
                    }.joined(separator: "  ")
            }
        }
    }
}
