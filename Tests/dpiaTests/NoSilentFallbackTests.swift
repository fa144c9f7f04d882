import Foundation
import Testing

/// Problems that used to vanish: each now fails with its diagnostic and exit code.
@Suite("No silent fallbacks")
struct NoSilentFallbackTests {
    /// A questionnaire folder whose only case is broken (an unknown key in its assessment).
    static func folderWithBrokenCase() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        try FileManager.default.createDirectory(at: folder.file("q/cases"), withIntermediateDirectories: true)
        try folder.write(
            """
            format: dpia-answers/1
            assessment:
              jurisdiction: eu
              organisation: O
              processing: P
              colour: blue
            answers: {}

            """, to: "q/cases/broken.yaml")
        return folder
    }

    @Test("explain prints the problems of a case it cannot load and exits 65, not 0 without the case")
    func explainBrokenCase() throws {
        let folder = try Self.folderWithBrokenCase()
        let run = try runDPIA(["explain", "vendor.no_contract", "--questionnaires", folder.file("q").path])
        #expect(run.status == 65)
        #expect(
            run.stderr.hasPrefix(
                "\(folder.file("q").path)/cases/broken.yaml:6:3: error: unknown key 'colour' in 'assessment'"))
    }

    @Test("list prints the problems of a case it cannot read and exits 65")
    func listBrokenCase() throws {
        let folder = try Self.folderWithBrokenCase()
        let run = try runDPIA(["list", "--questionnaires", folder.file("q").path])
        #expect(run.status == 65)
        #expect(run.stderr.contains("/cases/broken.yaml:6:3: error: unknown key 'colour' in 'assessment'"))
    }

    @Test("a 'cases' entry that cannot be listed as a folder is an error, not an empty list of cases")
    func unreadableCases() throws {
        let folder = try TemporaryDirectory()
        try FileManager.default.createDirectory(at: folder.file("q"), withIntermediateDirectories: true)
        try folder.write("not a folder\n", to: "q/cases")
        let run = try runDPIA(["list", "--questionnaires", folder.file("q").path])
        #expect(run.status == 66)
        #expect(run.stderr == "\(folder.file("q").path)/cases/: error: cannot list the folder (Not a directory)\n")
    }
}

@Suite("File problems through the diagnostic printer")
struct FileProblemPrinterTests {
    @Test("a missing answers file is printed like every diagnostic, and coloured with --color always")
    func missingFile() throws {
        let plain = try runDPIA(["report", "missing.yaml", "--color", "never"])
        #expect(plain.status == 66)
        let message = "no such file, and no bundled case of that name (dpia list shows them)"
        #expect(plain.stderr == "missing.yaml: error: \(message)\n")
        let coloured = try runDPIA(["report", "missing.yaml", "--color", "always"])
        #expect(coloured.stderr == "\u{1B}[1mmissing.yaml: \u{1B}[0m\u{1B}[1;31merror:\u{1B}[0m \(message)\n")
    }
}
