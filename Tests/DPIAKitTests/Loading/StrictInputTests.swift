import Foundation
import Testing

@testable import DPIAKit

/// Input that used to be read as something else, or as nothing: empty files, YAML tags, numbers
/// rounded on the way in.
@Suite("Strict input")
struct StrictInputTests {
    private func answersDiagnostics(_ text: String, file: String = "a.yaml") -> [String] {
        let log = DiagnosticLog()
        _ = AnswersLoader.metadata(text: text, file: file, log: log)
        return log.sorted.map(\.description)
    }

    @Test(
        "an empty, blank or comment-only file is an error at its first line",
        arguments: ["", "   \n\n", "# just a comment\n# and another\n"])
    func emptyFile(text: String) {
        #expect(answersDiagnostics(text) == ["a.yaml:1:1: error: the file is empty or holds only comments"])
        let log = DiagnosticLog()
        #expect(QuestionnaireLoader.load(text: text, file: "q.yaml", log: log) == nil)
        #expect(log.sorted.map(\.description) == ["q.yaml:1:1: error: the file is empty or holds only comments"])
    }

    @Test("an explicit YAML tag in answers is refused at the tag, and '!!null yes' does not count as yes")
    func tagsInAnswers() {
        let marked = MarkedText(
            Fixtures.answersText(
                """
                  vendor.external: 1️⃣!!null yes
                  vendor.name: 2️⃣!!python/object:os.system "x"
                """))
        let log = DiagnosticLog()
        _ = AnswersLoader.load(text: marked.text, file: "answers.yaml", bundle: Fixtures.bundle(), log: log)
        #expect(
            log.sorted == [
                .error(
                    "YAML tag '!!null' is not allowed in dpia files; write the plain value",
                    at: marked.location("1️⃣", file: "answers.yaml")),
                .error(
                    "YAML tag '!!python/object:os.system' is not allowed in dpia files; write the plain value",
                    at: marked.location("2️⃣", file: "answers.yaml")),
            ])
    }

    @Test("an explicit YAML tag in a layer is refused at the tag, also on a mapping")
    func tagsInLayers() {
        let marked = MarkedText(
            Fixtures.core.replacingOccurrences(of: "title: Mini core", with: "title: 1️⃣!custom Mini core")
                .replacingOccurrences(of: "  - id: imy-di-2020-2719", with: "  - 2️⃣!!map\n    id: imy-di-2020-2719"))
        let log = DiagnosticLog()
        _ = QuestionnaireLoader.load(text: marked.text, file: "core.yaml", log: log)
        #expect(
            log.sorted == [
                .error(
                    "YAML tag '!custom' is not allowed in dpia files; write the plain value",
                    at: marked.location("1️⃣", file: "core.yaml")),
                .error(
                    "YAML tag '!!map' is not allowed in dpia files; write the plain value",
                    at: marked.location("2️⃣", file: "core.yaml")),
            ])
    }

    @Test("a number with more than 38 significant digits is refused, not rounded")
    func tooPrecise() throws {
        var question = try #require(Fixtures.bundle().question("vendor.name"))
        question.kind = .number
        let long = "0.1" + String(repeating: "0", count: 40) + "1"
        let result = WrittenAnswer.scalar(long, isPlain: true).state(for: question)
        #expect(
            result
                == .failure(
                    WrittenAnswer.Problem(
                        message:
                            "'0.100000000000000000000000000000000000000001' cannot be kept exactly; dpia keeps numbers of at most 38 significant digits"
                    )))
        #expect(WrittenAnswer.scalar("0.1", isPlain: true).state(for: question) == .success(.value(.number(0.1))))
        #expect(
            WrittenAnswer.scalar("-012.500", isPlain: true).state(for: question) == .success(.value(.number(-12.5))))
        #expect(WrittenAnswer.scalar("1-2", isPlain: true).state(for: question).isFailure)
    }

    @Test(
        "exact decimals keep every digit written; those Decimal would round are nil",
        arguments: [
            ("12345678901234567890123456789012345678", true),
            ("123456789012345678901234567890123456789", false),
            ("0." + String(repeating: "0", count: 100) + "1", true),
            ("0." + String(repeating: "0", count: 200) + "1", false),
            ("1" + String(repeating: "0", count: 200), false),
            ("-0.0", true),
        ])
    func exactDecimals(text: String, isExact: Bool) {
        #expect((Decimal(exactly: text) != nil) == isExact)
    }

    @Test("a condition literal with more than 38 significant digits is a syntax error at the literal")
    func tooPreciseInCondition() {
        let long = "1." + String(repeating: "1", count: 40)
        #expect(
            ConditionParser.parse("a.b < \(long)")
                == .failure(
                    ConditionSyntaxError(
                        message:
                            "'\(long)' cannot be kept exactly; dpia keeps numbers of at most 38 significant digits",
                        offset: 6)))
    }
}

extension Result {
    fileprivate var isFailure: Bool {
        if case .failure = self { return true }
        return false
    }
}
