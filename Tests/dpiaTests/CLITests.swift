import Foundation
import Testing

@Suite("dpia command line")
struct CLITests {
    private static let layers = ["led-core", "ai-act", "be-police", "se-police"]
    private static let cases = [
        "be-coc-clearview", "eu-unknowns", "se-imy-clearview", "se-lawful-mugshot-comparison",
    ]

    @Test(
        "--help says that dpia never uses the network",
        arguments: [[], ["report"], ["lint"], ["list"]])
    func helpMentionsNetwork(subcommand: [String]) throws {
        let run = try runDPIA(subcommand + ["--help"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("network"), "help:\n\(run.stdout)")
    }

    @Test("--version prints a version number")
    func version() throws {
        let run = try runDPIA(["--version"])
        #expect(run.status == 0)
        let version = run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(version.range(of: #"^\d+\.\d+\.\d+"#, options: .regularExpression) != nil)
    }

    @Test("dpia list shows the four questionnaire layers and the four bundled cases")
    func list() throws {
        let run = try runDPIA(["list"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = run.stdout.components(separatedBy: "\n")
        for layer in Self.layers {
            #expect(lines.contains { $0.hasPrefix("  \(layer) ") }, "\(layer) is not listed")
        }
        for name in Self.cases {
            #expect(run.stdout.contains("\(name).yaml"), "case \(name) is not listed")
        }
    }

    @Test(
        "an unknown flag is a usage error: exit 64",
        arguments: [[], ["report", CaseFiles.relativePath("eu-unknowns")], ["lint"], ["list"]])
    func unknownFlag(command: [String]) throws {
        let run = try runDPIA(command + ["--no-such-flag"], currentDirectory: repositoryRoot)
        #expect(run.status == 64)
        #expect(run.stderr.contains("--no-such-flag"))
    }

    @Test("a malformed --date is a usage error: exit 64")
    func malformedDate() throws {
        let run = try CaseFiles.report("eu-unknowns", ["--date", "15/02/2022"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("YYYY-MM-DD"))
    }
}

/// The install smoke test: the binary carries its questionnaires and needs nothing beside it.
@Suite("the installed binary works alone")
struct InstalledBinaryTests {
    /// A copy of the built binary, alone in a fresh folder.
    private final class Installed {
        let folder: TemporaryDirectory
        let binary: URL

        init() throws {
            folder = try TemporaryDirectory()
            binary = folder.file("dpia")
            try FileManager.default.copyItem(at: builtDPIA, to: binary)
        }

        func run(_ args: [String]) throws -> DPIARun {
            try runDPIA(args, currentDirectory: URL(fileURLWithPath: "/"), executable: binary)
        }
    }

    @Test("the folder holds nothing but the binary")
    func alone() throws {
        let installed = try Installed()
        let contents = try FileManager.default.contentsOfDirectory(
            atPath: installed.folder.url.path)
        #expect(contents == ["dpia"])
    }

    @Test("dpia list run from / lists the built-in layers and cases")
    func list() throws {
        let run = try Installed().run(["list"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("led-core"))
        #expect(run.stdout.contains("be-coc-clearview.yaml"))
    }

    @Test("dpia lint run from / checks the built-in content cleanly")
    func lint() throws {
        let run = try Installed().run(["lint"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.hasPrefix("ok: "), "stdout: \(run.stdout)")
    }

    @Test(
        "dpia report run from / on an absolute case path writes the report",
        arguments: [
            ("be-coc-clearview", Int32(2)), ("se-lawful-mugshot-comparison", Int32(0)),
        ])
    func report(caseName: String, status: Int32) throws {
        let run = try Installed().run(["report", CaseFiles.url(caseName).path])
        #expect(run.status == status, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("## 1. Decision"))
    }
}
