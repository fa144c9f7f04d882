import BundledQuestionnaires
import Testing

@testable import DPIAKit

@Suite("Canonical forms and digests")
struct CanonicalFormTests {
    /// The fixture answers in block style, with comments.
    static let block = Fixtures.answersText(
        """
          # the provider
          vendor.external: yes
          vendor.kind:
            value: private_company
            note: "Found in the contract register"
          vendor.contract: no
          vendor.name: Acme
        """)

    /// The same answers: keys reordered, flow style, other quoting, no comments, CRLF line endings.
    static let reformatted = """
        answers: {vendor.name: "Acme", vendor.contract: "no", vendor.kind: {note: 'Found in the contract register', value: "private_company"}, vendor.external: yes}
        assessment: {date: 2026-01-15, processing: "Test processing", organisation: 'Test Police', jurisdiction: se}
        format: "dpia-answers/1"

        """.replacingOccurrences(of: "\n", with: "\r\n")

    static func load(_ text: String) throws -> AnswerSet {
        let log = DiagnosticLog()
        let set = AnswersLoader.load(text: text, file: "answers.yaml", bundle: Fixtures.bundle(), log: log)
        #expect(!log.hasErrors, "\(log.diagnostics)")
        return try #require(set)
    }

    @Test("SHA-256 matches the standard test vector")
    func standardVector() {
        #expect(ContentDigest(of: "abc").hex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentDigest(hex: "ABC") == nil)
    }

    @Test("reformatting an answers file keeps its digest")
    func reformattingKeepsDigest() throws {
        let original = try Self.load(Self.block)
        let other = try Self.load(Self.reformatted)
        #expect(CanonicalForm.answers(original) == CanonicalForm.answers(other))
        #expect(CanonicalForm.answersDigest(original) == CanonicalForm.answersDigest(other))
    }

    @Test("the file name and the places of the answers are not part of the digest")
    func placesAreNotContent() throws {
        var set = try Self.load(Self.block)
        let digest = CanonicalForm.answersDigest(set)
        set.file = "elsewhere/renamed.yaml"
        #expect(CanonicalForm.answersDigest(set) == digest)
    }

    @Test(
        "changing one answer, note or metadata value changes the digest",
        arguments: [
            ("vendor.contract: no", "vendor.contract: yes"),
            ("value: private_company", "value: public_body"),
            ("Found in the contract register", "Found in the contract registers"),
            ("vendor.name: Acme", "vendor.name: \"Acme \""),
            ("vendor.name: Acme", "vendor.name: unknown"),
            ("date: 2026-01-15", "date: 2026-01-16"),
        ])
    func changingAnAnswerChangesDigest(change: (String, String)) throws {
        let original = try Self.load(Self.block)
        let edited = Self.block.replacingOccurrences(of: change.0, with: change.1)
        #expect(edited != Self.block)
        let changed = try Self.load(edited)
        #expect(CanonicalForm.answersDigest(original) != CanonicalForm.answersDigest(changed))
    }

    @Test("a bundled case keeps its digest with CRLF endings, its answers reversed and its comments gone")
    func bundledCaseReformatted() throws {
        let log = DiagnosticLog()
        let catalog = QuestionnaireCatalog.bundled(log: log)
        let file = try #require(catalog.cases.first { $0.name.hasSuffix("se-imy-clearview.yaml") })
        let (original, _) = try #require(catalog.loadAnswers(file, log: log))
        let reformatted = InputFile(name: "copy.yaml", text: Self.reversingAnswers(in: file.text))
        #expect(reformatted.text != file.text)
        let (copy, _) = try #require(catalog.loadAnswers(reformatted, log: log))
        #expect(!log.hasErrors, "\(log.diagnostics)")
        #expect(CanonicalForm.answersDigest(original) == CanonicalForm.answersDigest(copy))
    }

    @Test("questionnaire text is digested with LF line endings and without a byte-order mark")
    func questionnaireText() {
        let text = "id: a\nversion: 1.0.0\n"
        #expect(CanonicalForm.questionnaire("\u{FEFF}id: a\r\nversion: 1.0.0\r") == text)
        #expect(CanonicalForm.questionnaireDigest("id: a\r\nversion: 1.0.0\r\n") == ContentDigest(of: text))
        #expect(CanonicalForm.questionnaireDigest("id: b\nversion: 1.0.0\n") != ContentDigest(of: text))
    }

    @Test("the canonical answers are one line of sorted, escaped JSON")
    func canonicalJSONShape() throws {
        let text = CanonicalForm.answers(try Self.load(Self.block))
        #expect(!text.contains("\n"))
        #expect(text.hasPrefix(#"{"answers":{"vendor.contract":{"type":"yes_no","value":"no"},"#))
        #expect(text.contains(#""format":"dpia-canonical-answers/1""#))
        #expect(
            CanonicalJSON.object([("b", .string("x\"\\\n")), ("a", .array([]))]).serialised
                == #"{"a":[],"b":"x\"\\\u000a"}"#)
    }

    /// `text` with CRLF line endings, comment lines removed and the entries of `answers:` in reverse
    /// order (each entry with its more-indented continuation lines).
    static func reversingAnswers(in text: String) -> String {
        var before: [String] = []
        var entries: [[String]] = []
        var after: [String] = []
        var state = 0
        for line in text.components(separatedBy: "\n") where !line.hasPrefix("#") {
            switch state {
            case 0:
                before.append(line)
                if line == "answers:" { state = 1 }
            case 1 where line.hasPrefix("    ") && !entries.isEmpty:
                entries[entries.count - 1].append(line)
            case 1 where line.hasPrefix("  "):
                entries.append([line])
            default:
                state = 2
                after.append(line)
            }
        }
        let lines = before + entries.reversed().flatMap { $0 } + after
        return lines.joined(separator: "\r\n")
    }
}
