import ArgumentParser
import DPIAKit

extension DPIA {
    struct Checklist: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a jurisdiction's whole questionnaire as a printable Markdown checklist.",
            discussion: """
                Every section and question with its options as empty checkboxes, when it is asked, its \
                guidance and provisions, and which answers lead to which findings and red patterns. \
                Convert it with pandoc (pandoc checklist.md -s -o checklist.docx). Written to \
                standard output or to --output. Nothing is sent over the network.

                Exit status: 0 written; 64 unknown jurisdiction, format or other usage error; \
                65 invalid questionnaires; 66 a --questionnaires folder is missing; 73 the output \
                cannot be written; 70 unexpected failure.
                """)

        @Option(help: ArgumentHelp("The questionnaires: eu, be or se.", valueName: "code"))
        var jurisdiction: String

        @Option(help: "The output format: markdown.")
        var format: ChecklistFormat = .markdown

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp("Write the checklist to this file instead of standard output.", valueName: "file"))
        var output: String?

        @Flag(help: "Replace the --output file if it exists.")
        var force = false

        @OptionGroup var lang: LanguageOption

        @OptionGroup var questionnaires: QuestionnaireOptions

        func run() throws {
            let log = DiagnosticLog()
            let pipeline = try questionnaires.pipeline(log: log)
            let bundle = pipeline.bundle(for: jurisdiction, log: log)
            Console.print(log.sorted, sources: pipeline.catalog.sources, color: questionnaires.color.isEnabled)
            guard let bundle else { throw ExitCode.validationFailure }
            if log.hasErrors { throw ExitCode.dataError }
            let text = DPIAKit.Checklist(bundle, language: lang.language()).render()
            if let output {
                try OutputFile.write(text, to: output, force: force, color: questionnaires.color.isEnabled)
                Console.status("checklist written to \(output)")
            } else {
                Console.output(text)
            }
        }
    }
}

/// The formats `dpia checklist` writes.
enum ChecklistFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown
}
