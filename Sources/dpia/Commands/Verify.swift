import ArgumentParser
import DPIAKit
import Foundation

extension DPIA {
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check that a report is unchanged, follows from its answers and is signed.",
            discussion: """
                Checks REPORT against the integrity record dpia wrote into it: that its content \
                still has the recorded SHA-256 (it was not edited) and that the front matter and \
                the annex agree. With --answers, also checks that those are the answers the report \
                was made from, that this dpia's questionnaires are the ones it used, and that \
                regenerating the report from them gives it byte for byte (otherwise the first \
                differing line is shown). With --key, checks the Ed25519 signature. Pass the same \
                --questionnaires folders as when the report was made. Nothing is sent over the \
                network.

                Exit status: 0 every check holds; 1 a check fails (the report was edited since it \
                was written, it does not follow from the answers, or the signature does not match); \
                64 usage error; 65 invalid answers or key; 66 a file is missing; 70 unexpected failure.
                """)

        @Argument(
            help: ArgumentHelp("The Markdown report written by dpia report.", valueName: "report"),
            completion: .file(extensions: ["md"]))
        var reportPath: String

        @Option(
            help: ArgumentHelp(
                "The answers or case file the report was made from, or a bundled case by name.", valueName: "file"),
            completion: .file(extensions: ["yaml", "yml"]))
        var answers: String?

        @Option(
            help: ArgumentHelp(
                "The Ed25519 public key (PREFIX.pub from dpia keygen) to check the signature with.", valueName: "pubkey"
            ),
            completion: .file(extensions: ["pub"]))
        var key: String?

        @OptionGroup var questionnaires: QuestionnaireOptions

        func run() throws {
            let report = try InputFiles.read(reportPath)
            let publicKey = try key.map(KeyFiles.readPublic)
            var source: ReportVerifier.Source?
            if let answers {
                let log = DiagnosticLog()
                let catalog = try questionnaires.catalog(log: log)
                let input = try InputFiles.answers(answers, catalog: catalog)
                let loaded = catalog.loadAnswers(input, log: log)
                var sources = catalog.sources
                sources[input.name] = input.text
                Console.print(log.sorted, sources: sources, color: questionnaires.color.isEnabled)
                guard !log.hasErrors, let (set, bundle) = loaded else { throw ExitCode.dataError }
                source = ReportVerifier.Source(answers: set, bundle: bundle)
            }
            let checks = ReportVerifier.verify(report.text, source: source, key: publicKey)
            var lines: [String] = []
            for check in checks {
                switch check.outcome {
                case .passed:
                    lines.append("\(reportPath): ok: \(check.name): \(check.message)")
                case .skipped:
                    lines.append("\(reportPath): skipped: \(check.name): \(check.message)")
                case .failed:
                    let place = check.line.map { "\(reportPath):\($0):1" } ?? reportPath
                    lines.append("\(place): error: \(check.name): \(check.message)")
                    if let difference = check.difference {
                        lines.append(
                            "  line \(difference.line) of the report: \(shown(difference.found, end: "(end of the report)"))"
                        )
                        lines.append(
                            "  line \(difference.line) expected:      \(shown(difference.expected, end: "(end of the expected report)"))"
                        )
                    }
                }
            }
            let failed = checks.filter { $0.outcome == .failed }
            let passed = checks.filter { $0.outcome == .passed }.count
            lines.append(
                failed.isEmpty
                    ? "verified: \(passed) checks passed"
                    : "not verified: \(failed.count) of \(checks.count) checks failed (\(failed.map(\.name).joined(separator: ", ")))"
            )
            Console.output(lines.joined(separator: "\n") + "\n")
            if !failed.isEmpty { throw ExitCode.verificationFailed }
        }

        /// A line in quotes with invisible characters escaped, so a changed space or tab shows.
        private func shown(_ line: String?, end: String) -> String {
            guard let line else { return end }
            return String(reflecting: line)
        }
    }
}
