import BundledQuestionnaires
import Foundation
import Testing

@testable import DPIAKit

@Suite("Writing answers files")
struct AnswersWriterTests {
    /// Writes `answers`, reads the text back with the loader and returns what it read.
    private func roundTrip(_ answers: AnswerSet) throws -> (text: String, read: AnswerSet) {
        let bundle = InterviewFixtures.bundle()
        let text = AnswersWriter.render(answers, bundle: bundle)
        let log = DiagnosticLog()
        let read = AnswersLoader.load(text: text, file: answers.file, bundle: bundle, log: log)
        #expect(log.diagnostics.isEmpty, "\(log.diagnostics)\n\(text)")
        return (text, try #require(read))
    }

    @Test("every bundled case, DPIA blocks included, reads back to the same canonical answers")
    func bundledCasesRoundTrip() throws {
        let log = DiagnosticLog()
        let catalog = QuestionnaireCatalog.bundled(log: log)
        try #require(!catalog.cases.isEmpty)
        var withBlocks = 0
        for file in catalog.cases {
            let (answers, bundle) = try #require(catalog.loadAnswers(file, log: log))
            let text = AnswersWriter.render(answers, bundle: bundle)
            let readLog = DiagnosticLog()
            let read = try #require(AnswersLoader.load(text: text, file: answers.file, bundle: bundle, log: readLog))
            #expect(!readLog.hasErrors, "\(file.name): \(readLog.diagnostics)")
            // The case and training blocks are not part of what assess writes back compared here.
            var expected = answers
            expected.training = read.training
            #expect(
                CanonicalForm.answers(read) == CanonicalForm.answers(expected), "\(file.name) lost something")
            #expect(read.description == answers.description, "\(file.name)")
            #expect((read.signOff == nil) == (answers.signOff == nil), "\(file.name)")
            if !answers.measureRecords.isEmpty || answers.signOff != nil { withBlocks += 1 }
        }
        #expect(withBlocks >= 2)
    }

    private static let hostileTexts = [
        #"He said "stop": no"#, "a: b", "line one\nline two\n", "# not a comment", "value # trailing",
        "unknown", "yes", "no", "~", "null", "- item", "[1, 2]", "{a: b}", "&anchor *alias", "!tag",
        "  leading and trailing  ", "tab\there", "back\\slash", "Jönköping – Malmö · 警察 🚓",
        "", "'single'", "%percent", "@at `tick`", "carriage\r\nreturn", "nel\u{85}ls\u{2028}ps\u{2029}",
        "bom\u{FEFF}", "|", ">", "---", "...",
    ]

    @Test("hostile text answers, notes and evidence read back exactly", arguments: hostileTexts)
    func hostileText(text: String) throws {
        var answers = InterviewFixtures.answers([
            "vendor.external": .value(.yesNo(true)), "vendor.name": .value(.text(text)),
        ])
        answers.answers["vendor.external"]?.note = text
        answers.answers["vendor.external"]?.evidence = text
        let (_, read) = try roundTrip(answers)
        #expect(read.answers["vendor.name"]?.state == .value(.text(text)))
        #expect(read.answers["vendor.external"]?.note == text)
        #expect(read.answers["vendor.external"]?.evidence == text)
    }

    @Test("a note and evidence kept before the question is answered are written without a value and read back")
    func noteWithoutValue() throws {
        var answers = InterviewFixtures.answers(["vendor.external": .value(.yesNo(true))])
        let location = SourceLocation(file: answers.file, line: 1, column: 1)
        answers.answers["vendor.kind"] = Answer(
            state: .unanswered, note: "Ask procurement", evidence: "Mail of 3 May", location: location)
        let (text, read) = try roundTrip(answers)
        #expect(
            text.contains("  vendor.kind:\n    note: \"Ask procurement\"\n    evidence: \"Mail of 3 May\"\n"), "\(text)"
        )
        #expect(!text.contains("vendor.kind:\n    value"))
        #expect(read.answers["vendor.kind"]?.state == .unanswered)
        #expect(read.answers["vendor.kind"]?.note == "Ask procurement")
        #expect(read.answers["vendor.kind"]?.evidence == "Mail of 3 May")
        let states = RuleEngine.answerStates(read, bundle: InterviewFixtures.bundle())
        #expect(states["vendor.kind"] == .unanswered)
    }

    @Test("hostile metadata reads back exactly", arguments: hostileTexts.filter { !$0.isEmpty })
    func hostileMetadata(text: String) throws {
        var answers = InterviewFixtures.answers()
        answers.metadata.organisation = text
        answers.metadata.unit = text
        answers.metadata.processing = text
        answers.metadata.assessor = text
        let (_, read) = try roundTrip(answers)
        #expect(read.metadata == answers.metadata)
    }

    @Test("every answer type reads back to the same state")
    func everyType() throws {
        let states: [QuestionID: AnswerState] = [
            "vendor.external": .value(.yesNo(false)),
            "vendor.kind": .value(.choice("public_body")),
            "vendor.gallery": .value(.choices(["own_records", "scraped"])),
            "vendor.name": .unknown,
            "usage.first_use": .value(.date(day(2019, 10, 1))),
            "usage.searches": .value(.number(Decimal(string: "-12.5") ?? 0)),
        ]
        let (_, read) = try roundTrip(InterviewFixtures.answers(states))
        #expect(read.answers.mapValues(\.state) == states)
    }

    @Test("'none of these' is an empty list, and a text answer 'unknown' stays the word")
    func emptyListAndWordUnknown() throws {
        let (text, read) = try roundTrip(
            InterviewFixtures.answers([
                "vendor.external": .value(.yesNo(true)), "vendor.gallery": .value(.choices([])),
                "vendor.name": .value(.text("unknown")),
            ]))
        #expect(text.contains("  vendor.gallery: []\n"))
        #expect(text.contains("  vendor.name: \"unknown\"\n"))
        #expect(read.answers["vendor.name"]?.state == .value(.text("unknown")))
    }

    @Test("values are written plain, text always quoted, notes in the long form")
    func layout() {
        var answers = InterviewFixtures.answers([
            "vendor.external": .value(.yesNo(true)), "vendor.kind": .unknown,
            "vendor.name": .value(.text("Clearview AI")),
        ])
        answers.answers["vendor.kind"]?.note = "Not in the licence."
        let text = AnswersWriter.render(answers, bundle: InterviewFixtures.bundle())
        let body = text.split(separator: "\n").drop { !$0.hasPrefix("format:") }.joined(separator: "\n")
        #expect(
            body == """
                format: dpia-answers/1
                questionnaires:
                  interview-core: "1.2.0"
                assessment:
                  jurisdiction: "eu"
                  organisation: "Test Police"
                  processing: "A tool"
                  date: 2026-01-15
                answers:
                  vendor.external: yes
                  vendor.kind:
                    value: unknown
                    note: "Not in the licence."
                  vendor.name: "Clearview AI"
                """)
    }

    @Test("the same answers always give the same text, in questionnaire order")
    func deterministic() {
        let bundle = InterviewFixtures.bundle()
        let ids: [QuestionID] = ["usage.first_use", "vendor.name", "vendor.external"]
        var forward = InterviewFixtures.answers()
        var backward = InterviewFixtures.answers()
        for id in ids {
            forward.answers[id] = Answer(state: .unknown, location: SourceLocation(file: "a", line: 1, column: 1))
        }
        for id in ids.reversed() {
            backward.answers[id] = Answer(state: .unknown, location: SourceLocation(file: "b", line: 9, column: 9))
        }
        let text = AnswersWriter.render(forward, bundle: bundle)
        #expect(text == AnswersWriter.render(backward, bundle: bundle))
        let order = ids.compactMap { id in text.range(of: "  \(id):")?.lowerBound }.sorted()
        #expect(
            order.map { text[$0...].prefix(while: { $0 != ":" }) } == [
                "  vendor.external", "  vendor.name", "  usage.first_use",
            ])
    }

    @Test("an answer to a question that no longer applies is kept, marked by a comment")
    func keptAnswers() throws {
        let (text, read) = try roundTrip(
            InterviewFixtures.answers([
                "vendor.external": .value(.yesNo(false)), "vendor.kind": .value(.choice("private_company")),
            ]))
        #expect(
            text.contains(
                """
                  # not asked with the answers above; kept because it applies again if they change
                  vendor.kind: private_company
                """))
        #expect(read.answers["vendor.kind"]?.state == .value(.choice("private_company")))
    }

    @Test("a case block is kept")
    func caseBlock() throws {
        var answers = InterviewFixtures.answers(["vendor.external": .value(.yesNo(true))])
        answers.caseInfo = CaseInfo(
            title: "A case: \"quoted\"", narrative: "Line 1\nLine 2\n", sources: ["COC #1", "IMY"])
        let (_, read) = try roundTrip(answers)
        #expect(read.caseInfo == answers.caseInfo)
    }
}
