import Foundation
import Testing

/// `dpia migrate` on a file made against layer versions this dpia does not have.
@Suite("dpia migrate")
struct MigrateCommandTests {
    /// The Swedish lawful case as if made against led-core 1.1.0, with an answer to a question no
    /// current layer has.
    static func oldCase() throws -> String {
        try CaseFiles.text("se-lawful-mugshot-comparison")
            .replacingOccurrences(of: "  led-core: 1.2.0", with: "  led-core: 1.1.0")
            .replacingOccurrences(of: "\nanswers:\n", with: "\nanswers:\n  legacy.question: yes\n")
    }

    @Test("report names dpia migrate for an old file; migrate keeps a dated backup and the unmapped answer")
    func migrateOldFile() throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write(try Self.oldCase(), to: "old.yaml")
        let report = try runDPIA(["report", file.path])
        #expect(report.status == 65)
        #expect(report.stderr.contains("dpia migrate"), "\(report.stderr)")

        let run = try runDPIA(["migrate", file.path, "--date", "2026-12-01"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("old.yaml: migrated; the old file is kept as \(file.path).2026-12-01.bak"))
        #expect(run.stdout.contains("  questionnaire 'led-core': 1.1.0 -> 1.2.0"))
        #expect(run.stdout.contains("  kept as a comment: 'legacy.question'"))
        let backup = try String(contentsOf: folder.file("old.yaml.2026-12-01.bak"), encoding: .utf8)
        #expect(backup == (try Self.oldCase()))
        let migrated = try String(contentsOf: file, encoding: .utf8)
        #expect(migrated.hasPrefix("# yaml-language-server:"))
        #expect(migrated.contains("#   legacy.question: yes"))
        #expect(migrated.contains("  led-core: \"1.2.0\"") || migrated.contains("  led-core: 1.2.0"))

        let after = try runDPIA(["report", file.path])
        #expect(after.status == 0, "\(after.stderr)")
        #expect(!after.stderr.contains("dpia migrate"))
        let again = try runDPIA(["migrate", file.path, "--date", "2026-12-01"])
        #expect(again.status == 0)
        #expect(again.stdout.contains("already current"))
    }
}
