import ArgumentParser
import DPIAKit
import Foundation

extension DPIA {
    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rewrite an answers file made against earlier questionnaires to the current ids and versions.",
            discussion: """
                Moves every answer under a question id that a layer records as renamed or split \
                ('renamed_from:') to the current question, sets the 'questionnaires:' versions to the \
                current ones, and writes the file again (atomically, keeping its mode), after keeping \
                the old one as FILE.YYYY-MM-DD.bak. No answer is lost: an answer that maps to no \
                current question, or that its new question does not accept, stays in the file as a \
                comment at the end, and is listed. A file already current is left alone.

                Exit status: 0 migrated, or already current; 64 usage error; 65 the file has problems \
                besides answers that no longer map (fix them first); 66 the file is missing; 73 the \
                file or its backup cannot be written; 70 unexpected failure.
                """)

        @Argument(
            help: ArgumentHelp("The answers file to rewrite.", valueName: "file"),
            completion: .file(extensions: ["yaml", "yml"]))
        var path: String

        @Option(
            help: ArgumentHelp(
                "The day written in the backup's name and the comment (YYYY-MM-DD); default today.",
                valueName: "date"))
        var date: String?

        @OptionGroup var questionnaires: QuestionnaireOptions

        func validate() throws {
            try DateOption.validate(date)
        }

        func run() throws {
            let log = DiagnosticLog()
            let today = DateOption.day(date)
            let catalog = try questionnaires.catalog(log: log)
            let input = try InputFiles.read(path)
            var sources = catalog.sources
            sources[input.name] = input.text
            let color = questionnaires.color.isEnabled
            guard let metadata = AnswersLoader.metadata(text: input.text, file: input.name, log: log),
                let bundle = catalog.bundle(
                    for: metadata.jurisdiction, log: log, at: SourceLocation(file: input.name, line: 1, column: 1)),
                let migration = AnswersMigration.migrate(
                    text: input.text, file: input.name, bundle: bundle, today: today, log: log)
            else {
                Console.print(log.sorted, sources: sources, color: color)
                throw ExitCode.dataError
            }
            Console.print(log.sorted, sources: sources, color: color)
            guard !migration.isCurrent else {
                Console.output("\(path): already current; nothing to migrate\n")
                return
            }
            var text = migration.text
            if let first = input.text.split(separator: "\n", maxSplits: 1).first,
                first.hasPrefix("# yaml-language-server:")
            {
                text = first + "\n" + text
            }
            let backup = Self.backupPath(for: path, on: today)
            let mode = AtomicFile.mode(of: AtomicFile.target(of: path)) ?? 0o600
            do {
                try AtomicFile.replace(backup, with: Data(input.text.utf8), mode: mode)
                try AtomicFile.replace(path, with: Data(text.utf8), mode: mode)
            } catch {
                Console.error("cannot be written (\(error.reason))", file: path)
                throw ExitCode.cannotCreate
            }
            var lines = ["\(path): migrated; the old file is kept as \(backup)"]
            for change in migration.versionChanges {
                lines.append("  questionnaire '\(change.layer)': \(change.from ?? "not named") -> \(change.to)")
            }
            for move in migration.moves {
                lines.append("  answer '\(move.old)' -> \(move.new.map { "'\($0)'" }.joined(separator: ", "))")
            }
            for item in migration.unmapped {
                lines.append("  kept as a comment: '\(item.id)' (\(item.reason))")
            }
            Console.output(lines.joined(separator: "\n") + "\n")
        }

        /// `FILE.YYYY-MM-DD.bak`, or `FILE.YYYY-MM-DD.N.bak` when that exists already.
        static func backupPath(for path: String, on day: CalendarDate) -> String {
            var candidate = "\(path).\(day).bak"
            var number = 2
            while FileManager.default.fileExists(atPath: candidate) {
                candidate = "\(path).\(day).\(number).bak"
                number += 1
            }
            return candidate
        }
    }
}
