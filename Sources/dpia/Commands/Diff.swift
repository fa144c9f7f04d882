import ArgumentParser
import DPIAKit

extension DPIA {
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what changed between two assessments, as Markdown.",
            discussion: """
                Reads two answers or case files (last year's and this year's, or before and after \
                the measures), assesses each with the questionnaires of its jurisdiction, and \
                writes to standard output: the verdict before and after, the answers that changed, \
                and the findings and red patterns added and resolved. Nothing is sent over the \
                network.

                Exit status: 0 the comparison was written; 64 usage error; 65 invalid answers or \
                questionnaires; 66 a file is missing; 70 unexpected failure.
                """)

        @Argument(
            help: ArgumentHelp("The earlier answers or case file, or a bundled case by name.", valueName: "old"),
            completion: .file(extensions: ["yaml", "yml"]))
        var oldPath: String

        @Argument(
            help: ArgumentHelp("The later answers or case file, or a bundled case by name.", valueName: "new"),
            completion: .file(extensions: ["yaml", "yml"]))
        var newPath: String

        @OptionGroup var questionnaires: QuestionnaireOptions

        func run() throws {
            let log = DiagnosticLog()
            let catalog = try questionnaires.catalog(log: log)
            let color = questionnaires.color.isEnabled
            let inputs = [
                try InputFiles.answers(oldPath, catalog: catalog, color: color),
                try InputFiles.answers(newPath, catalog: catalog, color: color),
            ]
            let loaded = inputs.map { catalog.loadAnswers($0, log: log) }
            var sources = catalog.sources
            for input in inputs { sources[input.name] = input.text }
            Console.print(log.sorted, sources: sources, color: questionnaires.color.isEnabled)
            guard !log.hasErrors, let (oldSet, oldBundle) = loaded[0], let (newSet, newBundle) = loaded[1] else {
                throw ExitCode.dataError
            }
            let today = Clock.today()
            let comparison = AssessmentComparison(
                old: RuleEngine.assess(oldSet, with: oldBundle, today: today),
                new: RuleEngine.assess(newSet, with: newBundle, today: today))
            Console.output(DiffReport(comparison).render())
        }
    }
}
