import DPIAKit
import Foundation
import Testing

/// `dpia assess --lang sv` and `dpia train se-imy-clearview --lang sv` at a real terminal: every
/// screen is in Swedish, apart from what the user types.
@Suite("Swedish at a terminal")
struct SwedishTerminalTests {
    private static let environment = inheritedEnvironment([
        "SOURCE_DATE_EPOCH": "1763769600", "NO_COLOR": "1", "TERM": "xterm", "LANG": "C",
    ])

    /// English words no Swedish screen has: the report test's function words and the words of the
    /// interview's own labels and keys.
    static let englishWords = TranslatedReportTests.englishWords.union([
        "of", "is", "was", "help", "back", "quit", "yes", "no", "answer", "review", "know", "don't", "current",
        "keeps", "optional", "your", "name", "role", "unit", "assessment", "question", "questions", "press",
        "more", "score", "wrong", "right", "case", "facts", "none", "these",
    ])

    /// The lines of `screen` with two or more English words, leaving out what was typed. A screen line
    /// is short (a label, a key hint), so two words already make it English.
    static func englishLines(_ screen: String, typed: [String]) -> [String] {
        screen.components(separatedBy: "\n").filter { line in
            var rest = line
            for text in typed where !text.isEmpty { rest = rest.replacingOccurrences(of: text, with: " ") }
            let words = Set(
                rest.lowercased().split { !$0.isLetter && $0 != "'" }.map(String.init).filter(englishWords.contains))
            return words.count >= 2
        }
    }

    @Test(
        "dpia train se-imy-clearview --lang sv: facts, a question, quitting and the score, all in Swedish",
        .timeLimit(.minutes(1)))
    func quiz() throws {
        let folder = try TemporaryDirectory()
        // Tall enough for the facts to fit on one screen.
        let session = try TerminalSession(
            ["train", "se-imy-clearview", "--lang", "sv", "--record", "t.md"], environment: Self.environment,
            currentDirectory: folder.url, columns: 200, rows: 200)
        try session.waitFor(SessionText.pressEnterToStart.text(in: .sv).trimmingCharacters(in: .whitespaces))
        #expect(session.screen.contains("Polismyndigheten"), "the facts are the case's Swedish translation")
        session.type("")
        try session.waitFor("1 ")
        try session.waitFor("> ")
        session.type("q")
        try session.waitFor(SessionText.quizEndedEarly.text(in: .sv))
        #expect(try session.waitForExit() == 0)
        // The case title is the case author's, in the language the case was written in.
        let english = Self.englishLines(
            session.screen, typed: ["Swedish Police Authority and Clearview AI (2019-2020)"])
        #expect(english.isEmpty, "English at the terminal:\n\(english.prefix(5).joined(separator: "\n"))")
        let record = try String(contentsOf: folder.file("t.md"), encoding: .utf8)
        #expect(record.contains("lang: sv"))
    }

    @Test(
        "dpia assess --lang sv: the assessment details, a question and quitting, all in Swedish",
        .timeLimit(.minutes(1)))
    func interview() throws {
        let folder = try TemporaryDirectory()
        let session = try TerminalSession(
            ["assess", "--jurisdiction", "se", "--answers", "a.yaml", "--lang", "sv"], environment: Self.environment,
            currentDirectory: folder.url, columns: 200, rows: 50)
        let typed = ["Polismyndigheten", "Nationella operativa avdelningen", "Ansiktssökning", "A. Lind", "2026-12-01"]
        for value in typed {
            try session.waitFor("> ")
            session.type(value)
        }
        try session.waitFor("1 ")
        try session.waitFor("> ")
        session.type("q")
        try session.waitFor(
            SessionText.savedIn(path: "a.yaml", command: "").text(in: .sv).components(separatedBy: "a.yaml")[0])
        _ = try session.waitForExit()
        let english = Self.englishLines(session.screen, typed: typed)
        #expect(english.isEmpty, "English at the terminal:\n\(english.prefix(5).joined(separator: "\n"))")
        let saved = try String(contentsOf: folder.file("a.yaml"), encoding: .utf8)
        #expect(saved.contains("  language: sv\n"))
    }
}
