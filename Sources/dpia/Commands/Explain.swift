import ArgumentParser
import DPIAKit

extension DPIA {
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Explain a question, finding or red pattern: text, conditions, provisions, precedents, cases.",
            discussion: """
                Looks ID up in every jurisdiction's questionnaires and prints its text, its condition \
                in plain words, its provisions (with the layer and jurisdictions that add them), its \
                precedents and measures, what depends on it, and which bundled cases trigger it: for a \
                question, the cases that answer it; for a finding or red pattern, the cases where it \
                fires or cannot be excluded, with the answers that decided it. --list prints every id. \
                Nothing is sent over the network.

                Exit status: 0 explained; 64 unknown id or usage error; 65 invalid questionnaires or \
                cases; 70 unexpected failure.
                """)

        @Argument(
            help: ArgumentHelp(
                "A question, finding or red pattern id (dpia explain --list shows them all).", valueName: "id"))
        var id: String?

        @Flag(help: "List every question, finding and red pattern id instead, one per line.")
        var list = false

        @Option(help: ArgumentHelp("Only these questionnaires: eu, be or se (default: all).", valueName: "code"))
        var jurisdiction: String?

        @OptionGroup var lang: LanguageOption

        @OptionGroup var questionnaires: QuestionnaireOptions

        func validate() throws {
            if list == (id != nil) {
                throw ValidationError("name one id, or pass --list")
            }
        }

        func run() throws {
            let log = DiagnosticLog()
            let pipeline = try questionnaires.pipeline(log: log)
            let catalog = pipeline.catalog
            let codes = jurisdiction.map { [$0] } ?? catalog.jurisdictions
            let bundles = codes.compactMap { pipeline.bundle(for: $0, log: log) }
            Console.print(log.sorted, sources: catalog.sources, color: questionnaires.color.isEnabled)
            guard bundles.count == codes.count else { throw ExitCode.validationFailure }
            if log.hasErrors { throw ExitCode.dataError }
            if list {
                Console.output(Explanation.ids(in: bundles).map { $0 + "\n" }.joined())
                return
            }
            let today = Clock.today()
            let caseLog = DiagnosticLog()
            let cases = catalog.cases.sorted { $0.name < $1.name }.compactMap { file -> Explanation.AssessedCase? in
                guard let (answers, bundle) = pipeline.loadAnswers(file, log: caseLog),
                    codes.contains(bundle.jurisdiction)
                else { return nil }
                return Explanation.AssessedCase(
                    name: TrainingCase.name(ofFile: file.name),
                    assessment: pipeline.evaluate(answers, with: bundle, today: today))
            }
            // A case that does not load would silently drop out of "the cases that trigger it".
            Console.print(caseLog.sorted, sources: catalog.sources, color: questionnaires.color.isEnabled)
            if caseLog.hasErrors { throw ExitCode.dataError }
            let id = self.id ?? ""
            guard let text = Explanation(id: id, bundles: bundles, cases: cases, language: lang.language()).render()
            else {
                var message = "no question, finding or red pattern '\(Diagnostic.excerpt(id))'"
                let ids = Explanation.ids(in: bundles)
                // An id longer than any echo is no typo: no suggestion, whose cost grows with its length.
                if id.count <= Diagnostic.maximumEcho,
                    let guess = ids.min(by: { distance(id, $0) < distance(id, $1) }),
                    distance(id, guess) <= max(2, id.count / 3)
                {
                    message += "; did you mean '\(guess)'?"
                }
                Console.diagnose(
                    .error(message + " (dpia explain --list shows every id)", at: nil),
                    color: questionnaires.color.isEnabled)
                throw ExitCode.validationFailure
            }
            Console.output(text)
        }

        /// Edit distance, for the suggestion.
        private func distance(_ a: String, _ b: String) -> Int {
            let a = Array(a), b = Array(b)
            var row = Array(0...b.count)
            for i in 1...max(a.count, 1) where !a.isEmpty {
                var previous = row[0]
                row[0] = i
                for j in stride(from: 1, through: b.count, by: 1) {
                    let current = row[j]
                    row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                    previous = current
                }
            }
            return row[b.count]
        }
    }
}
