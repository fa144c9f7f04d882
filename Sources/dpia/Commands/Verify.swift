import ArgumentParser
import DPIAKit
import Foundation

extension DPIA {
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a report's digests, that it follows from its answers, and its signature.",
            discussion: """
                Checks REPORT against the integrity record dpia wrote into it: that its content \
                still has the recorded SHA-256 and that the front matter and the annex agree. \
                Matching digests show no accidental edit and no edit made without recomputing \
                them; anyone can recompute them, so only a signature (--key) shows who wrote the \
                report, and verify says "not signed" when there is none to check. With --answers, also checks that those are the answers the report \
                was made from, that this dpia's questionnaires are the ones it used, and that \
                regenerating the report from them gives it byte for byte (otherwise the first \
                differing line is shown). Checks that hold are listed on standard output; those \
                that fail are diagnostics on standard error. With --key, checks the Ed25519 signature. Pass the same \
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
            let color = questionnaires.color.isEnabled
            let report = try InputFiles.read(reportPath, color: color)
            let publicKey = try key.map { try KeyFiles.readPublic($0, color: color) }
            var source: ReportVerifier.Source?
            if let answers {
                let log = DiagnosticLog()
                let pipeline = try questionnaires.pipeline(log: log)
                let input = try InputFiles.answers(answers, catalog: pipeline.catalog, color: color)
                let (set, bundle) = try pipeline.loadAnswers(input, log: log, color: color)
                source = ReportVerifier.Source(answers: set, bundle: bundle)
            }
            let checks = ReportVerifier.verify(report.text, source: source, key: publicKey)
            // Checks that hold are the command's output; those that fail are diagnostics, with the
            // report's line under them and the differing lines as notes.
            var lines: [String] = []
            var problems: [Diagnostic] = []
            for check in checks {
                switch check.outcome {
                case .passed:
                    lines.append("\(reportPath): ok: \(check.name): \(check.message)")
                case .skipped:
                    lines.append("\(reportPath): skipped: \(check.name): \(check.message)")
                case .failed:
                    let place = check.line.map { SourceLocation(file: reportPath, line: $0, column: 1) }
                    let notes = check.difference.map { difference in
                        [
                            Diagnostic.note(
                                "line \(difference.line) of the report: \(shown(difference.found, end: "(end of the report)"))",
                                at: nil),
                            Diagnostic.note(
                                "line \(difference.line) expected:      \(shown(difference.expected, end: "(end of the expected report)"))",
                                at: nil),
                        ]
                    }
                    problems.append(
                        .error("\(check.name): \(check.message)", at: place ?? .file(reportPath), notes: notes ?? []))
                }
            }
            Console.output(lines.map { $0 + "\n" }.joined())
            Console.print(problems, sources: [reportPath: report.text], color: questionnaires.color.isEnabled)
            let failed = checks.filter { $0.outcome == .failed }
            let passed = checks.filter { $0.outcome == .passed }.count
            let made = checks.filter { $0.outcome != .skipped }.count
            let signature = checks.first { $0.name == "signature" && $0.outcome == .skipped }
            let unsigned = signature.map {
                $0.message.hasPrefix("not signed") ? "; not signed" : "; signature not checked"
            }
            Console.output(
                (failed.isEmpty
                    ? "verified: \(passed) checks passed\(unsigned ?? "")"
                    : "not verified: \(failed.count) of \(made) checks failed (\(failed.map(\.name).joined(separator: ", ")))")
                    + "\n")
            if !failed.isEmpty { throw ExitCode.verificationFailed }
        }

        /// A line in quotes with invisible characters escaped, so a changed space or tab shows; a
        /// long line is cut after 200 characters.
        private func shown(_ line: String?, end: String) -> String {
            guard let line else { return end }
            let cut = line.unicodeScalars.count > 200
            let shown = cut ? String(String.UnicodeScalarView(line.unicodeScalars.prefix(200))) : line
            return String(reflecting: shown) + (cut ? "…" : "")
        }
    }
}
