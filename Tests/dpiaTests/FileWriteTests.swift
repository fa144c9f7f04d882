import Foundation
import Testing

/// How dpia replaces files it has written before: only when something changed, through symlinks,
/// keeping modes and the editor's modeline, and key pairs whole or not at all.
@Suite("Replacing files")
struct FileWriteTests {
    private static let environment = inheritedEnvironment([
        "SOURCE_DATE_EPOCH": "1763769600", "NO_COLOR": "1", "TERM": "xterm",
    ])
    private static let modeline = "# yaml-language-server: $schema=../schema/answers.schema.json"

    private func mode(_ url: URL) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
    }

    private func assess(_ arguments: [String], lines: [String], in folder: TemporaryDirectory) throws -> DPIARun {
        try runDPIA(
            ["assess"] + arguments + ["--lang", "en"], stdin: lines.map { $0 + "\n" }.joined(),
            environment: Self.environment,
            currentDirectory: folder.url)
    }

    @Test("assess resumed through a symlink writes only when an answer changes, to the target, keeping the modeline")
    func resumeThroughSymlink() throws {
        let folder = try TemporaryDirectory()
        let metadata = ["Federal Police", "", "Trial", "Jane Doe", "2022-02-15"]
        #expect(
            try assess(["--jurisdiction", "eu", "--answers", "a.yaml"], lines: metadata + ["q"], in: folder).status == 0
        )
        let target = folder.file("a.yaml")
        let written = try String(contentsOf: target, encoding: .utf8)
        let edited = Self.modeline + "\n# kept while nothing changes\n" + written
        try folder.write(edited, to: "a.yaml")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: target.path)
        try FileManager.default.createSymbolicLink(atPath: folder.file("link.yaml").path, withDestinationPath: "a.yaml")

        let unchanged = try assess(["--answers", "link.yaml"], lines: ["q"], in: folder)
        #expect(unchanged.status == 0, "\(unchanged.stderr)")
        #expect(try String(contentsOf: target, encoding: .utf8) == edited)

        let changed = try assess(["--answers", "link.yaml"], lines: ["1", "q"], in: folder)
        #expect(changed.status == 0, "\(changed.stderr)")
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: folder.file("link.yaml").path)
        #expect(link == "a.yaml")
        let saved = try String(contentsOf: target, encoding: .utf8)
        #expect(saved.hasPrefix(Self.modeline + "\n# Answers of a data protection impact assessment"))
        #expect(saved.contains("  scope.competent_authority: yes\n"))
        #expect(try mode(target) == 0o640)
    }

    @Test("report --force keeps the mode of the report it replaces, and writes through a symlink")
    func forceKeepsMode() throws {
        let folder = try TemporaryDirectory()
        let report = try folder.write("old\n", to: "report.md")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: report.path)
        try FileManager.default.createSymbolicLink(
            atPath: folder.file("latest.md").path, withDestinationPath: "report.md")
        let run = try CaseFiles.report("se-imy-clearview", ["-o", folder.file("latest.md").path, "--force"])
        #expect([0, 2].contains(run.status), "\(run.stderr)")
        #expect(try mode(report) == 0o600)
        #expect(try String(contentsOf: report, encoding: .utf8).hasPrefix("---\ntitle: "))
        #expect(
            try FileManager.default.destinationOfSymbolicLink(atPath: folder.file("latest.md").path) == "report.md")
    }
}
