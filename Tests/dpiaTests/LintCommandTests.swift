import DPIAKit
import Foundation
import Testing

// MARK: - Fixture

/// A questionnaire layer with four deliberate mistakes, and where each must be reported.
private enum LintFixture {
    static let text = """
        format: dpia-questionnaire/1
        id: lint-fixture
        title: Lint fixture
        version: 1.0.0
        law_as_of: 2026-11-01
        jurisdiction: eu
        extends: led-core
        description: A questionnaire with four deliberate mistakes, for the lint end-to-end test.
        source_notes: Invented for testing.
        sources:
          - key: FIX
            title: Fixture instrument
            url: https://example.org/fixture
        sections:
          - id: basics
            title: Basics
            questions:
              - id: basics.first
                type: yes_no
                prompt: "Is this the first question?
              - id: basics.second
                type: yes_no
                promt: Is this the second question?
              - id: basics.second
                type: yes_no
                prompt: Is this the second question again?
              - id: basics.third
                type: yes_no
                prompt: Is this the third question?
                when: basics.secnd

        """

    /// The fixture's lines, 1-based through `line(_:)`.
    static func line(_ number: Int) -> String {
        text.components(separatedBy: "\n")[number - 1]
    }

    /// Where the `occurrence`-th (0-based) appearance of `token` starts.
    static func position(of token: String, occurrence: Int = 0) throws -> (line: Int, column: Int) {
        let found = AnswersText.positions(of: token, in: text)
        return try #require(
            occurrence < found.count ? found[occurrence] : nil,
            "'\(token)' occurs \(found.count) times in the fixture")
    }

    /// Writes the fixture into a fresh folder and runs `dpia lint` on it.
    static func lint(
        _ extra: [String] = [], environment: [String: String]? = nil
    ) throws -> (run: DPIARun, path: String) {
        let folder = try TemporaryDirectory()
        let file = try folder.write(text, to: "fixture.yaml")
        let run = try runDPIA(["lint", file.path] + extra, environment: environment)
        return (run, file.path)
    }
}

/// One of the fixture's mistakes: the token the diagnostic points at and the message it gives.
struct LintMistake: Sendable, CustomTestStringConvertible {
    let name: String
    let token: String
    let occurrence: Int
    let message: String

    var testDescription: String { name }

    static let all = [
        LintMistake(
            name: "unterminated double-quoted string", token: "\"Is this the first", occurrence: 0,
            message: "error: while scanning a quoted scalar found unexpected end of stream"),
        LintMistake(
            name: "unknown key promt", token: "promt:", occurrence: 0,
            message: "error: unknown key 'promt' in question; did you mean 'prompt'?"),
        LintMistake(
            name: "duplicate question id", token: "basics.second", occurrence: 1,
            message: "error: duplicate question id 'basics.second'"),
        LintMistake(
            name: "condition naming a missing question", token: "basics.secnd", occurrence: 0,
            message: "error: condition names unknown question 'basics.secnd'; "
                + "did you mean 'basics.second'?"),
    ]
}

private let escape = "\u{1B}["

// MARK: - Tests

@Suite("dpia lint")
struct LintCommandTests {
    @Test("dpia lint exits 0 on the bundled questionnaires and cases")
    func bundledContentIsClean() throws {
        let run = try runDPIA(["lint"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.hasPrefix("ok: "))
    }

    @Test("dpia lint on the source tree's questionnaires folder exits 0")
    func sourceFolderIsClean() throws {
        let folder = repositoryRoot.appending(path: "questionnaires").path
        let run = try runDPIA(["lint", folder])
        #expect(run.status == 0, "stderr: \(run.stderr)")
    }

    @Test("a questionnaire with mistakes makes dpia lint exit 65 and print nothing on stdout")
    func exitStatus() throws {
        let (run, _) = try LintFixture.lint(["--color", "never"])
        #expect(run.status == 65)
        #expect(run.stdout.isEmpty)
    }

    @Test("each mistake is reported at its exact file:line:col", arguments: LintMistake.all)
    func reportsMistake(_ mistake: LintMistake) throws {
        let (run, path) = try LintFixture.lint(["--color", "never"])
        let at = try LintFixture.position(of: mistake.token, occurrence: mistake.occurrence)
        let expected = "\(path):\(at.line):\(at.column): \(mistake.message)"
        #expect(
            run.stderr.components(separatedBy: "\n").contains(expected),
            "expected \(expected)\nstderr:\n\(run.stderr)")
    }

    @Test(
        "the source line and a caret under the column follow each error", arguments: LintMistake.all
    )
    func sourceLineAndCaret(_ mistake: LintMistake) throws {
        let (run, path) = try LintFixture.lint(["--color", "never"])
        let at = try LintFixture.position(of: mistake.token, occurrence: mistake.occurrence)
        let lines = run.stderr.components(separatedBy: "\n")
        let index = try #require(
            lines.firstIndex { $0.hasPrefix("\(path):\(at.line):\(at.column): error:") },
            "stderr:\n\(run.stderr)")
        try #require(index + 2 < lines.count)
        #expect(lines[index + 1] == LintFixture.line(at.line))
        #expect(lines[index + 2].hasPrefix(String(repeating: " ", count: at.column - 1) + "^"))
    }

    @Test("a duplicate id points back to the first definition with a note")
    func duplicateNote() throws {
        let (run, path) = try LintFixture.lint(["--color", "never"])
        let first = try LintFixture.position(of: "basics.second", occurrence: 0)
        #expect(
            run.stderr.contains("\(path):\(first.line):\(first.column): note: first defined here"),
            "stderr:\n\(run.stderr)")
    }

    // MARK: Colour

    @Test("NO_COLOR=1 gives diagnostics without ANSI escapes")
    func noColorVariable() throws {
        let environment = inheritedEnvironment(["NO_COLOR": "1", "TERM": "xterm-256color"])
        let (run, _) = try LintFixture.lint(environment: environment)
        #expect(run.status == 65)
        #expect(!run.stderr.isEmpty)
        #expect(!run.stderr.contains(escape))
    }

    @Test("diagnostics written into a pipe have no ANSI escapes")
    func pipeHasNoColor() throws {
        let environment = inheritedEnvironment(["NO_COLOR": nil, "TERM": "xterm-256color"])
        let (run, _) = try LintFixture.lint(environment: environment)
        #expect(run.status == 65)
        #expect(!run.stderr.isEmpty)
        #expect(!run.stderr.contains(escape))
    }

    @Test("--color always colours diagnostics even into a pipe")
    func colorAlways() throws {
        let environment = inheritedEnvironment(["NO_COLOR": nil, "TERM": "xterm-256color"])
        let (run, _) = try LintFixture.lint(["--color", "always"], environment: environment)
        #expect(run.status == 65)
        #expect(run.stderr.contains(escape))
    }

    @Test(
        "on a terminal, diagnostics are coloured unless NO_COLOR is set",
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")),
        arguments: [false, true])
    func terminal(noColor: Bool) throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write(LintFixture.text, to: "fixture.yaml")
        let command = "'\(builtDPIA.path)' lint '\(file.path)'"
        let environment = inheritedEnvironment([
            "NO_COLOR": noColor ? "1" : nil, "TERM": "xterm-256color",
        ])
        // script(1) gives dpia a pseudo-terminal; -e passes its exit status through.
        let run = try runDPIA(
            ["-qefc", command, "/dev/null"], environment: environment,
            executable: URL(fileURLWithPath: "/usr/bin/script"))
        #expect(run.status == 65, "output: \(run.stdout)")
        #expect(run.stdout.contains("did you mean 'prompt'"))
        #expect(run.stdout.contains(escape) == !noColor)
    }
}

@Suite("dpia lint and report on a layer that would inject into the report")
struct LayerInjectionCommandTests {
    /// `questionnaires/be-police.yaml` copied into a folder with its first source link replaced.
    static func hostileFolder(url: String) throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        let original = try String(
            contentsOf: repositoryRoot.appending(path: "questionnaires/be-police.yaml"), encoding: .utf8)
        let line = try #require(original.components(separatedBy: "\n").firstIndex { $0.hasPrefix("    url: ") })
        var lines = original.components(separatedBy: "\n")
        lines[line] = "    url: \(url)"
        try FileManager.default.createDirectory(at: folder.file("q"), withIntermediateDirectories: true)
        try folder.write(lines.joined(separator: "\n"), to: "q/be-police.yaml")
        return folder
    }

    @Test("lint and report exit 65 on a layer whose link is javascript:, naming its line")
    func javascriptLink() throws {
        let folder = try Self.hostileFolder(url: "\"javascript:alert(1)\"")
        let path = folder.file("q").path
        let lint = try runDPIA(["lint", path, "--color", "never"])
        #expect(lint.status == 65)
        #expect(
            lint.stderr.contains("/q/be-police.yaml:100:10: error: 'javascript:alert(1)' is not a valid source 'url'"))
        let report = try runDPIA(
            ["report", CaseFiles.relativePath("be-coc-clearview"), "--questionnaires", path, "--color", "never"],
            currentDirectory: repositoryRoot)
        #expect(report.status == 65)
        #expect(report.stdout.isEmpty)
    }
}

@Suite("dpia report with a layer that replaces a built-in one")
struct ReplacedLayerCommandTests {
    /// A folder `q/` holding `led-core.yaml` as built in, passed through `edit`.
    static func folder(_ edit: (String) -> String) throws -> (TemporaryDirectory, String) {
        let folder = try TemporaryDirectory()
        let original = try String(
            contentsOf: repositoryRoot.appending(path: "questionnaires/led-core.yaml"), encoding: .utf8)
        try FileManager.default.createDirectory(at: folder.file("q"), withIntermediateDirectories: true)
        let file = try folder.write(edit(original), to: "q/led-core.yaml")
        return (folder, file.path)
    }

    @Test("a replacement that fails lint (its one-line conditions 'false') makes report exit 65 with lint's errors")
    func failsLint() throws {
        let (folder, file) = try Self.folder { text in
            text.components(separatedBy: "\n").map { line in
                guard let range = line.range(of: "when: "), line[..<range.lowerBound].allSatisfy({ $0 == " " }),
                    !line[range.upperBound...].hasPrefix(">"), !line[range.upperBound...].hasPrefix("|")
                else { return line }
                return line[..<range.upperBound] + "\"false\""
            }.joined(separator: "\n")
        }
        let run = try runDPIA(
            ["report", CaseFiles.relativePath("be-coc-clearview"), "--questionnaires", folder.file("q").path],
            currentDirectory: repositoryRoot)
        #expect(run.status == 65)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("\(file):"))
        #expect(run.stderr.contains(" error: example 1 of finding '"))
    }

    @Test("a replacement is named with its path and digest in the front matter, the verdict section and JSON")
    func named() throws {
        let (folder, file) = try Self.folder { $0 + "# a local copy\n" }
        let arguments = [
            "report", CaseFiles.relativePath("be-coc-clearview"), "--questionnaires", folder.file("q").path,
        ]
        let run = try runDPIA(arguments, currentDirectory: repositoryRoot)
        #expect(run.status == 2, "\(run.stderr)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let digest = ContentDigest(of: text).hex
        #expect(
            run.stdout.contains(
                "\n  replaced_builtin_layers:\n    led-core:\n      file: \"\(file)\"\n      sha256: \"\(digest)\"\n"))
        let verdict = try #require(run.stdout.range(of: "## 1. Decision"))
        let firstSection = run.stdout[verdict.upperBound...].prefix { $0 != "#" }
        #expect(
            firstSection.contains(
                "\n**Not the built-in questionnaire:** `led-core` 1.2.0 was read from \(file) (SHA-256 `\(digest)`), given with `--questionnaires`, in place of the built-in `led-core` 1.2.0 (SHA-256 `"
            ))
        let json = try runDPIA(arguments + ["--format", "json"], currentDirectory: repositoryRoot)
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let layers = try #require(document["questionnaires"] as? [[String: Any]])
        let core = try #require(layers.first { $0["id"] as? String == "led-core" })
        #expect(core["replaces_builtin"] as? Bool == true)
        #expect(core["file"] as? String == file)
        #expect(layers.filter { $0["replaces_builtin"] != nil }.count == 1)
    }
}
