import Foundation
import Testing

@testable import DPIAKit

/// Files edited in text editors and sent by e-mail: each hostile shape gets a precise diagnostic,
/// never a crash, a hang or a silently different meaning.
@Suite("Hostile input")
struct HostileInputTests {
    private static let header = """
        format: dpia-questionnaire/1
        id: t
        title: T
        version: 1.0.0
        law_as_of: 2026-11-01
        jurisdiction: eu

        """

    private func diagnostics(_ text: String, file: String = "test.yaml") -> [Diagnostic] {
        let log = DiagnosticLog()
        _ = QuestionnaireLoader.load(text: text, file: file, log: log)
        return log.sorted
    }

    @Test("a duplicate key is reported at the duplicate, with a note at the first")
    func duplicateKey() {
        let marked = MarkedText(
            Self.header + """
                sections:
                  - id: s
                    title: S
                    questions:
                      - id: s.one
                        1️⃣type: yes_no
                        prompt: A
                        2️⃣type: text
                """)
        #expect(
            diagnostics(marked.text) == [
                .error(
                    "duplicate key 'type' in the same mapping; a key may appear once", at: marked.location("2️⃣"),
                    notes: [.note("first defined here", at: marked.location("1️⃣"))])
            ])
    }

    @Test("CRLF line endings give the same diagnostics at the same places as LF")
    func crlf() {
        let marked = MarkedText(Self.header + "1️⃣bogus: 1\n")
        let crlf = marked.text.replacingOccurrences(of: "\n", with: "\r\n")
        let expected = [Diagnostic.error("unknown key 'bogus' in questionnaire", at: marked.location("1️⃣"))]
        #expect(diagnostics(marked.text) == expected)
        #expect(diagnostics(crlf) == expected)
    }

    @Test("a byte-order mark is ignored with a warning and changes no column")
    func byteOrderMark() {
        let marked = MarkedText(Self.header + "1️⃣bogus: 1\n")
        #expect(
            diagnostics("\u{FEFF}" + marked.text) == [
                .warning(
                    "the file starts with a byte-order mark, which was ignored; save it as UTF-8 without one",
                    at: SourceLocation(file: "test.yaml", line: 1, column: 1)),
                .error("unknown key 'bogus' in questionnaire", at: marked.location("1️⃣")),
            ])
    }

    @Test("bytes that are not UTF-8 are located at their line and column")
    func notUTF8() throws {
        var data = Data("format: x\ntitle: caf".utf8)
        data.append(0xE9)  // Latin-1 "é"
        #expect(throws: DiagnosedFailure.self) { try SourceText.decode(data, file: "latin.yaml") }
        do {
            _ = try SourceText.decode(data, file: "latin.yaml")
        } catch {
            #expect(
                error.diagnostic
                    == .error(
                        "the file is not UTF-8 text; save it as UTF-8 (byte 21 cannot be read)",
                        at: SourceLocation(file: "latin.yaml", line: 2, column: 11)))
        }
        #expect(try SourceText.decode(Data("ok: é\n".utf8), file: "f") == "ok: é\n")
    }

    @Test("nesting deeper than the limit is refused, at the first node too deep")
    func tooDeep() {
        let depth = YAMLDocument.maximumDepth + 5
        let text =
            Self.header + "description: " + String(repeating: "[", count: depth)
            + String(repeating: "]", count: depth) + "\n"
        let found = diagnostics(text)
        #expect(found.count == 1)
        #expect(found.first?.message == "nesting is deeper than 64 levels; dpia files need only a few")
    }

    @Test("a file over the size limit is refused before it is parsed")
    func tooLarge() {
        let text = Self.header + "description: \"" + String(repeating: "x", count: YAMLDocument.maximumBytes) + "\"\n"
        let clock = ContinuousClock()
        var found: [Diagnostic] = []
        let elapsed = clock.measure { found = diagnostics(text) }
        #expect(
            found == [
                .error(
                    "file is larger than 48 MiB; split it into layers",
                    at: SourceLocation(file: "test.yaml", line: 1, column: 1))
            ])
        #expect(elapsed < .seconds(5))
    }

    @Test("an alias bomb is refused in well under a second, at the first reused node")
    func aliasBomb() {
        var text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for level in 1..<9 {
            let previous = String(UnicodeScalar(UInt8(96 + level)))
            let name = String(UnicodeScalar(UInt8(97 + level)))
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
        }
        let clock = ContinuousClock()
        var found: [Diagnostic] = []
        let elapsed = clock.measure { found = diagnostics(text, file: "bomb.yaml") }
        #expect(found.map(\.message) == ["anchors and aliases are not allowed in dpia files; write the value out"])
        #expect(elapsed < .seconds(1))
    }

    @Test("YAML 1.1 booleans where a string is expected keep their text")
    func yaml11BooleanText() throws {
        let log = DiagnosticLog()
        let layer = QuestionnaireLoader.load(
            text: Self.header.replacingOccurrences(of: "title: T", with: "title: no"), file: "t.yaml", log: log)
        #expect(log.diagnostics.isEmpty)
        #expect(try #require(layer).title.text() == "no")
    }

    @Test("an answer to a question renamed since the file was made names the versions")
    func renamedQuestion() {
        let log = DiagnosticLog()
        let text = Fixtures.answersText("  vendor.extern: yes\n").replacingOccurrences(
            of: "assessment:", with: "questionnaires:\n  mini-core: 0.9.0\nassessment:")
        _ = AnswersLoader.load(text: text, file: "answers.yaml", bundle: Fixtures.bundle(), log: log)
        let error = log.diagnostics.first { $0.severity == .error }
        #expect(
            error?.message == "no question 'vendor.extern' in the 'se' questionnaires; did you mean 'vendor.external'?")
        #expect(
            error?.notes.map(\.message) == [
                "the answers were made against 'mini-core' 0.9.0; the question may have been renamed or removed since; 'dpia migrate' moves renamed answers and keeps the others as comments"
            ])
    }
}

@Suite("Answers that are kept but not used")
struct UnusedAnswerTests {
    @Test("lint warns about an answer to a question that does not apply, at the answer")
    func unusedAnswerWarning() {
        var catalog = QuestionnaireCatalog()
        let log = DiagnosticLog()
        catalog.add(
            [
                InputFile(name: "core.yaml", text: Fixtures.core), InputFile(name: "se.yaml", text: Fixtures.overlay),
            ], log: log)
        let marked = MarkedText(
            Fixtures.answersText("  vendor.external: no\n  1️⃣vendor.kind: private_company\n  vendor.se_register: yes\n"))
        catalog.lintAnswers(InputFile(name: "test.yaml", text: marked.text), log: log)
        #expect(
            log.diagnostics == [
                .warning(
                    "the answer to 'vendor.kind' is not used: the question does not apply with the other answers",
                    at: marked.location("1️⃣"))
            ])
    }
}
