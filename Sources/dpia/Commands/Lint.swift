import ArgumentParser
import DPIAKit

extension DPIA {
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check questionnaires and cases, reporting every problem.",
            discussion: """
                With no PATH, checks the built-in questionnaires and cases (and those of \
                --questionnaires). A PATH may be a questionnaire, an answers or case file, or a \
                folder of them; a questionnaire with the id of a built-in one replaces it for the \
                check. Problems are printed as file:line:col: error: message, with the source line. \
                Nothing is sent over the network.

                Exit status: 0 no errors (warnings allowed); 64 usage error; 65 errors found; 66 a \
                PATH is missing; 70 unexpected failure.
                """)

        @Argument(
            help: ArgumentHelp("Questionnaire, case or answers files, or folders of them.", valueName: "path"),
            completion: .file(extensions: ["yaml", "yml"]))
        var paths: [String] = []

        @OptionGroup var questionnaires: QuestionnaireOptions

        func run() throws {
            let log = DiagnosticLog()
            var catalog = try questionnaires.catalog(log: log)
            let files = try paths.flatMap { try InputFiles.files(at: $0, color: questionnaires.color.isEnabled) }
            catalog.add(files.filter { !AnswersLoader.namesAnswersFormat($0.text) }, log: log)
            catalog.lint(log: log)
            var sources = catalog.sources
            for file in files where AnswersLoader.namesAnswersFormat(file.text) {
                sources[file.name] = file.text
                catalog.lintAnswers(file, log: log)
            }
            Console.print(log.sorted, sources: sources, color: questionnaires.color.isEnabled)
            let errors = log.errorCount
            let warnings = log.warningCount
            let checked =
                "\(catalog.layers.count) questionnaires and \(catalog.cases.count + files.filter { AnswersLoader.namesAnswersFormat($0.text) }.count) cases"
            if errors > 0 {
                Console.status(
                    "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s") in \(checked)"
                )
                throw ExitCode.dataError
            }
            Console.output("ok: \(checked) checked, \(warnings) warning\(warnings == 1 ? "" : "s")\n")
        }
    }
}
