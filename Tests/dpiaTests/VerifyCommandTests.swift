import Foundation
import Testing

/// `dpia verify` on reports written by `dpia report`, untouched, edited and signed.
@Suite("dpia verify")
struct VerifyCommandTests {
    static let caseName = "se-imy-clearview"

    /// A report of the case written to a temporary folder, with the binary's own command line.
    static func writeReport(_ folder: TemporaryDirectory, _ extra: [String] = []) throws -> URL {
        let run = try CaseFiles.report(caseName, extra)
        #expect([0, 2].contains(run.status), "stderr: \(run.stderr)")
        return try folder.write(run.stdout, to: "report.md")
    }

    static func verify(_ arguments: [String]) throws -> DPIARun {
        try runDPIA(["verify"] + arguments, currentDirectory: repositoryRoot)
    }

    @Test("a regenerated report of every bundled case verifies against its answers", arguments: CaseFiles.names())
    func regeneratedReportVerifies(caseName: String) throws {
        let folder = try TemporaryDirectory()
        let report = try folder.write(try CaseFiles.report(caseName).stdout, to: "report.md")
        let run = try Self.verify([report.path, "--answers", CaseFiles.relativePath(caseName)])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("ok: regeneration: regenerated from the answers: identical"))
        #expect(run.stdout.components(separatedBy: "\n").dropLast().last?.hasPrefix("verified: ") == true)
        #expect(!run.stdout.contains("error:"))
    }

    @Test("editing one character makes verify fail and name the line, with both versions")
    func oneCharacterEdit() throws {
        let folder = try TemporaryDirectory()
        let report = try Self.writeReport(folder)
        var lines = try String(contentsOf: report, encoding: .utf8).components(separatedBy: "\n")
        let index = try #require(
            lines.firstIndex { $0.hasPrefix("#### Blocker, established: No specific legal basis") })
        let original = lines[index]
        lines[index] = original.replacingOccurrences(of: "specific legal", with: "specific legat")
        try folder.write(lines.joined(separator: "\n"), to: "report.md")

        let alone = try Self.verify([report.path])
        #expect(alone.status == 1)
        #expect(alone.stderr.hasPrefix("\(report.path): error: content: the report was changed after it was written"))
        #expect(!alone.stdout.contains("error:"))
        #expect(alone.stdout.contains("not verified: 1 of 2 checks failed (content)"))

        let full = try Self.verify([report.path, "--answers", CaseFiles.relativePath(Self.caseName)])
        #expect(full.status == 1)
        // The report's line is printed under the error, cut to the excerpt's 100 columns.
        let excerpt = lines[index].count > 100 ? lines[index].prefix(100) + "…" : lines[index]
        #expect(
            full.stderr.contains(
                """
                \(report.path):\(index + 1):1: error: regeneration: the report differs from the one these answers give with this dpia's questionnaires
                \(excerpt)
                ^
                note: line \(index + 1) of the report: \(String(reflecting: lines[index]))
                note: line \(index + 1) expected:      \(String(reflecting: original))

                """))
        #expect(full.stdout.contains("ok: answers:"))
    }

    @Test("a report written with --date records the override and verifies against its own answers")
    func dateOverride() throws {
        let folder = try TemporaryDirectory()
        let report = try Self.writeReport(folder, ["--date", "2019-01-01"])
        let text = try String(contentsOf: report, encoding: .utf8)
        #expect(text.contains("\n  date_override: \"2019-01-01\"\n"))
        #expect(text.contains("\ndate: \"2019-01-01\"\n"))
        #expect(
            text.contains(
                "\n\nThe law was applied as of 2019-01-01, the date given with `--date`; the answers are dated 2021-02-10.\n\n"
            ))
        let run = try Self.verify([report.path, "--answers", CaseFiles.relativePath(Self.caseName)])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("ok: answers: the canonical answers match the record"))
        #expect(run.stdout.contains("ok: regeneration: regenerated from the answers: identical"))
    }

    @Test("without a key, verify says what matching digests prove and that the report is not signed")
    func unsignedWording() throws {
        let folder = try TemporaryDirectory()
        let report = try Self.writeReport(folder)
        let run = try Self.verify([report.path])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(
            lines[0].hasPrefix(
                "\(report.path): ok: content: digests match: no accidental or unrecomputed edit (SHA-256 "))
        #expect(
            lines[2]
                == "\(report.path): skipped: signature: not signed: anyone who edits the report can recompute its digests; only a signature shows who wrote it"
        )
        #expect(lines[3] == "verified: 2 checks passed; not signed")
    }

    @Test("verify fails when given other answers")
    func otherAnswers() throws {
        let folder = try TemporaryDirectory()
        let report = try Self.writeReport(folder)
        let run = try Self.verify([report.path, "--answers", CaseFiles.relativePath("be-coc-clearview")])
        #expect(run.status == 1)
        #expect(run.stderr.contains("error: answers: these are not the answers the report was made from"))
    }

    @Test("keygen writes a private key readable by its owner only and never replaces a key")
    func keygen() throws {
        let folder = try TemporaryDirectory()
        let prefix = folder.file("signing").path
        let run = try runDPIA(["keygen", "--out", prefix])
        #expect(run.status == 0, "\(run.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: prefix)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let publicKey = try String(contentsOfFile: prefix + ".pub", encoding: .utf8)
        #expect(publicKey.hasPrefix("-----BEGIN DPIA ED25519 PUBLIC KEY-----\n"))
        let again = try runDPIA(["keygen", "--out", prefix])
        #expect(again.status == 73)
        #expect(again.stderr.contains("the file exists; dpia never replaces a key"))
    }

    @Test("a signed report verifies with its public key and fails with another")
    func signing() throws {
        let folder = try TemporaryDirectory()
        let prefix = folder.file("signing").path
        let other = folder.file("other").path
        #expect(try runDPIA(["keygen", "--out", prefix]).status == 0)
        #expect(try runDPIA(["keygen", "--out", other]).status == 0)
        let report = try Self.writeReport(folder, ["--sign", prefix])
        let text = try String(contentsOf: report, encoding: .utf8)
        #expect(text.contains("  signature:\n    algorithm: Ed25519\n"))

        let good = try Self.verify([
            report.path, "--key", prefix + ".pub", "--answers", CaseFiles.relativePath(Self.caseName),
        ])
        #expect(good.status == 0, "\(good.stdout)")
        #expect(good.stdout.contains("ok: signature: valid Ed25519 signature"))
        let wrong = try Self.verify([report.path, "--key", other + ".pub"])
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("error: signature: signed with another key"))
        let unchecked = try Self.verify([report.path])
        #expect(
            unchecked.stdout.contains(
                "\(report.path): skipped: signature: signed but not checked: pass --key PUBKEY; only a valid signature shows who wrote the report\n"
            ))
        #expect(unchecked.stdout.hasSuffix("\nverified: 2 checks passed; signature not checked\n"))
        let privateAsPublic = try Self.verify([report.path, "--key", prefix])
        #expect(privateAsPublic.status == 65)
    }
}
