import ArgumentParser
import DPIAKit
import Foundation

extension DPIA {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the audit report for an answers or case file.",
            discussion: """
                Reads ANSWERS (an answers file or a case file), picks the questionnaires of its \
                jurisdiction, evaluates every finding and red pattern as of the assessment date, and \
                writes the Markdown report to standard output or to --output. Diagnostics go to \
                standard error. Nothing is sent over the network.

                Exit status: 0 report written; 2 report written and the verdict is DO NOT DEPLOY \
                (so a script can gate on it); 64 usage error (unknown option, bad --date); 65 invalid \
                answers or questionnaires; 66 file missing (and no bundled case of that name); 73 the \
                output cannot be written; 70 unexpected failure.
                """)

        @Argument(
            help: ArgumentHelp(
                "The answers or case file (YAML), or a bundled case by name (dpia list).", valueName: "answers"),
            completion: .file(extensions: ["yaml", "yml"]))
        var answersPath: String

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
        var output: String?

        @Flag(help: "Replace the --output file if it exists.")
        var force = false

        @Option(
            help: ArgumentHelp(
                "Apply the law as of this date (YYYY-MM-DD) instead of the answers' own date.", valueName: "date"))
        var date: String?

        @Option(help: "The output format: markdown (the audit report) or json (docs/report-json.md).")
        var format: ReportFormat = .markdown

        @Option(
            help: ArgumentHelp(
                "Sign the report's digests with this Ed25519 private key (from dpia keygen).", valueName: "key"),
            completion: .file())
        var sign: String?

        @OptionGroup var questionnaires: QuestionnaireOptions

        @OptionGroup var lang: LanguageOption

        func validate() throws {
            try DateOption.validate(date)
        }

        func run() throws {
            let log = DiagnosticLog()
            let color = questionnaires.color.isEnabled
            let signingKey = try sign.map { try KeyFiles.readPrivate($0, color: color) }
            let pipeline = try questionnaires.pipeline(log: log)
            let catalog = pipeline.catalog
            let input = try InputFiles.answers(answersPath, catalog: catalog, color: color)
            let (answers, bundle) = try pipeline.loadAnswers(input, log: log, color: color) { loaded in
                // A layer from a folder gets lint's checks, as the built-in ones got them before release.
                if let bundle = loaded?.bundle, !bundle.layers.allSatisfy(catalog.isBuiltIn) {
                    catalog.lintLayers(of: bundle, log: log)
                }
            }
            let assessment = pipeline.evaluate(
                answers, with: bundle, today: Clock.today(), lawAsOf: date.flatMap(CalendarDate.init))
            var sources = catalog.sources
            sources[input.name] = input.text
            Console.print(assessment.unusedAnswerWarnings, sources: sources, color: questionnaires.color.isEnabled)
            let language = lang.language(answers: answers.metadata.language)
            let report: String
            do {
                report = try pipeline.render(
                    assessment, as: format.rendering, in: language, signedWith: signingKey)
            } catch {
                Console.diagnose(
                    .error("cannot write the report: \(error)", at: nil), color: questionnaires.color.isEnabled)
                throw ExitCode.failure
            }
            if let output {
                try OutputFile.write(report, to: output, force: force, color: color)
                Console.status("\(assessment.verdict.rawValue): report written to \(output)")
            } else {
                Console.output(report)
            }
            if assessment.verdict == .doNotDeploy { throw ExitCode.doNotDeploy }
        }
    }
}

/// The formats `dpia report` writes: the pipeline's renderings.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, json

    var rendering: AssessmentPipeline.Rendering {
        switch self {
        case .markdown: .markdown
        case .json: .json
        }
    }
}
