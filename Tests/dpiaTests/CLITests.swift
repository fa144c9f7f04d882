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
            // A test running in parallel may fork while the copy's file descriptor is still open in
            // this process; exec then fails with ETXTBSY ("text file busy") until that child has exec'd.
            for _ in 0..<50 {
                do {
                    return try runDPIA(args, currentDirectory: URL(fileURLWithPath: "/"), executable: binary)
                } catch let error as NSError where Self.isTextFileBusy(error) {
                    Thread.sleep(forTimeInterval: 0.1)
                }
            }
            return try runDPIA(args, currentDirectory: URL(fileURLWithPath: "/"), executable: binary)
        }

        private static func isTextFileBusy(_ error: NSError) -> Bool {
            let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError
            return (error.domain == NSPOSIXErrorDomain && error.code == Int(ETXTBSY))
                || (underlying?.domain == NSPOSIXErrorDomain && underlying?.code == Int(ETXTBSY))
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

    @Test(
        "a bundled case named by its short name or by the path dpia list shows works from any folder",
        arguments: ["be-coc-clearview", "questionnaires/cases/be-coc-clearview.yaml"])
    func caseByName(name: String) throws {
        let installed = try Installed()
        let run = try installed.run(["report", name])
        #expect(run.status == 2, "stderr: \(run.stderr)")
        // The report of the bundled case is the committed one, made from the same file.
        #expect(
            run.stdout
                == (try String(
                    contentsOf: repositoryRoot.appending(path: "reports/be-coc-clearview.md"), encoding: .utf8)))
        let diff = try installed.run(["diff", "se-imy-clearview", "se-imy-clearview"])
        #expect(diff.status == 0, "stderr: \(diff.stderr)")
        let missing = try installed.run(["report", "no-such-case"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("no bundled case of that name (dpia list shows them)"))
    }

    @Test("--help lists every exit status, 70 for an unexpected failure and 1 only for verify")
    func exitStatusHelp() throws {
        let help = try runDPIA(["--help"]).stdout
        for status in [
            "0 success", "1 verify: a check failed", "2 the verdict", "64 usage", "65 invalid", "66 input",
            "70 unexpected failure", "73 cannot", "130 interrupted",
        ] {
            #expect(
                help.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "  ", with: " ").contains(
                    status), "\(status)")
        }
        for command in [
            "report", "assess", "train", "verify", "lint", "diff", "checklist", "explain", "keygen", "register",
            "recheck",
        ] {
            let text = try runDPIA([command, "--help"]).stdout
            #expect(text.contains("70 unexpected failure") || text.contains("70\n"), "\(command)")
        }
    }
}
