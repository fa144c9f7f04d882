import ArgumentParser
import DPIAKit

extension DPIA {
    struct Register: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every assessment in a folder: verdict, stage, sign-off, reviews and measures due.",
            discussion: """
                Reads every answers file under DIR and its subfolders (a YAML file with 'format: \
                dpia-answers/1'; other YAML files are skipped with a note on standard error), assesses \
                each as of its own date with the questionnaires of its jurisdiction, and writes one row \
                per file: the processing, jurisdiction, stage, verdict, assessment date, the \
                questionnaire versions it was made against, the sign-off, the next review (marked \
                overdue when it is before today, or before --date) and the open and overdue measures. \
                Markdown by default; --format csv or json for a spreadsheet or a script.

                Exit status: 0 the register was written; 64 usage error; 65 an answers file or \
                questionnaire is invalid (the register is still written, without that file); 66 DIR \
                does not exist; 70 unexpected failure.
                """)

        @Argument(
            help: ArgumentHelp("The folder to search (default: the current folder).", valueName: "dir"),
            completion: .directory)
        var folder: String = "."

        @Option(help: "The output format: markdown, csv or json.")
        var format: RegisterFormat = .markdown

        @Option(
            help: ArgumentHelp(
                "Count reviews and measures as overdue against this day (YYYY-MM-DD) instead of today.",
                valueName: "date"))
        var date: String?

        @OptionGroup var questionnaires: QuestionnaireOptions

        func validate() throws {
            try DateOption.validate(date)
        }

        func run() throws {
            let log = DiagnosticLog()
            let today = DateOption.day(date)
            let cache = AssessmentPipeline.BundleCache(try questionnaires.catalog(log: log))
            let files = try AnswersFolder.files(under: folder)
            var rows: [RegisterRow] = []
            var sources = cache.catalog.sources
            var failed = false
            Parallel.forEach(files, parallel: cache.assembleAllCleanly()) { file in
                let fileLog = DiagnosticLog()
                let loaded = cache.loadAnswers(file, log: fileLog)
                let errors = fileLog.sorted.filter { $0.severity == .error }
                guard let (answers, bundle) = loaded, !fileLog.hasErrors else { return (errors, nil) }
                return (errors, RegisterRow(RuleEngine.assess(answers, with: bundle, today: today), today: today))
            } consume: { (file: InputFile, result: (errors: [Diagnostic], row: RegisterRow?)) in
                if !result.errors.isEmpty {
                    sources[file.name] = file.text
                    Console.print(result.errors, sources: sources, color: questionnaires.color.isEnabled)
                }
                guard let row = result.row else {
                    failed = true
                    return
                }
                rows.append(row)
            }
            Console.print(log.sorted, sources: sources, color: questionnaires.color.isEnabled)
            let register = AssessmentRegister(rows: rows, today: today)
            switch format {
            case .markdown: Console.output(register.markdown())
            case .csv: Console.output(register.csv())
            case .json: Console.output(try register.json())
            }
            if failed || log.hasErrors { throw ExitCode.dataError }
        }
    }
}

/// The formats `dpia register` writes.
enum RegisterFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, csv, json
}
