import BundledQuestionnaires
import QuestionnaireChecks
import Testing

@testable import DPIAKit

/// The checks the build-tool plugin makes of the bundled questionnaires before embedding them: the
/// bundled content passes, and a lint error put into a bundled layer is found at its place.
@Suite("Build-time checks of the bundled content")
struct BundledContentCheckTests {
    static var bundled: [(path: String, text: String)] {
        QuestionnaireCatalog.bundledFiles.map { (String($0.name.dropFirst("questionnaires/".count)), $0.text) }
    }

    /// The bundled files with `old` replaced by `new` in the file at `path` (which must hold it).
    static func replacing(_ old: String, with new: String, in path: String) -> [(path: String, text: String)] {
        bundled.map { file in
            guard file.path == path else { return file }
            #expect(file.text.contains(old), "\(path) lacks \(old)")
            return (file.path, file.text.replacingOccurrences(of: old, with: new))
        }
    }

    /// The 1-based line of the first occurrence of `text` in the file at `path`.
    static func line(of text: String, in path: String) -> Int? {
        guard let file = bundled.first(where: { $0.path == path }) else { return nil }
        return file.text.components(separatedBy: "\n").firstIndex { $0.contains(text) }.map { $0 + 1 }
    }

    @Test("the bundled questionnaires and cases pass")
    func bundledContentPasses() {
        #expect(BundledContentCheck.check(Self.bundled).map(\.description) == [])
    }

    @Test("a duplicate question id in a bundled layer is an error at the duplicate")
    func duplicateQuestionID() throws {
        let files = Self.replacing("id: vendor.kind", with: "id: vendor.external", in: "led-core.yaml")
        let problems = BundledContentCheck.check(files)
        let problem = try #require(problems.first { $0.message.hasPrefix("duplicate question id 'vendor.external'") })
        #expect(problem.file == "led-core.yaml")
        #expect(problem.line == Self.line(of: "id: vendor.kind", in: "led-core.yaml"))
        #expect(problem.description.hasPrefix("led-core.yaml:\(problem.line):"))
        // The cases answering the vanished question are named too.
        #expect(problems.contains { $0.file.hasPrefix("cases/") && $0.message.contains("'vendor.kind'") })
    }

    @Test("a YAML syntax error, a bad version and a stale case version are found with their places")
    func syntaxVersionAndCase() throws {
        let syntax = BundledContentCheck.check(
            Self.replacing("id: vendor.kind", with: "id: [vendor.kind", in: "led-core.yaml"))
        #expect(
            syntax.contains { $0.file == "led-core.yaml" && $0.message.hasPrefix("YAML syntax error") && $0.line > 1 })

        let version = BundledContentCheck.check(
            Self.replacing("\nversion: 1.1.1\n", with: "\nversion: 1.1\n", in: "ai-act.yaml"))
        let bad = try #require(version.first { $0.file == "ai-act.yaml" })
        #expect(bad.message == "version '1.1' is not a semantic version (MAJOR.MINOR.PATCH)")
        #expect(bad.line == Self.line(of: "version: 1.1.1", in: "ai-act.yaml"))
        #expect(version.contains { $0.file.hasPrefix("cases/") && $0.message.contains("'ai-act' 1.1.1") })
    }

    @Test("renamed_from may not name a current question")
    func renamedFromCurrentID() {
        let files = Self.replacing(
            "  - id: vendor.kind\n", with: "  - id: vendor.kind\n        renamed_from: vendor.external\n",
            in: "led-core.yaml")
        let problems = BundledContentCheck.check(files)
        #expect(problems.map(\.message) == ["'renamed_from' names 'vendor.external', which is a current question id"])
    }
}
