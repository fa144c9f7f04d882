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
            let pipeline = try questionnaires.pipeline(log: log)
            let color = questionnaires.color.isEnabled
            let inputs = [
                try InputFiles.answers(oldPath, catalog: pipeline.catalog, color: color),
                try InputFiles.answers(newPath, catalog: pipeline.catalog, color: color),
            ]
            let loaded = try pipeline.loadAnswers(inputs, log: log, color: color)
            let today = Clock.today()
            let comparison = AssessmentComparison(
                old: pipeline.evaluate(loaded[0].answers, with: loaded[0].bundle, today: today),
                new: pipeline.evaluate(loaded[1].answers, with: loaded[1].bundle, today: today))
            Console.output(DiffReport(comparison).render())
        }
    }
}
