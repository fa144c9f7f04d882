import Testing

@testable import DPIAKit

/// Characters nobody can see: refused where they are typed, shown where they are printed.
@Suite("Control and invisible characters")
struct ControlCharacterTests {
    @Test(
        "a control character or noncharacter written as an escape is refused at the escape",
        arguments: [
            ("\\u0092", "control character U+0092"), ("\\a", "control character U+0007"),
            ("\\x1b", "control character U+001B"), ("\\0", "control character U+0000"),
            ("\\x7f", "control character U+007F"), ("\\uFFFE", "noncharacter U+FFFE"),
        ])
    func escaped(escape: String, described: String) {
        let marked = MarkedText(
            Fixtures.answersText("  vendor.name: \"ok\"\n").replacingOccurrences(
                of: "organisation: Test Police", with: "organisation: \"J. O1️⃣\(escape)Brien\""))
        let log = DiagnosticLog()
        _ = AnswersLoader.metadata(text: marked.text, file: "answers.yaml", log: log)
        #expect(
            log.sorted == [
                .error(
                    "\(described) is not allowed in dpia files; delete it or type the character meant",
                    at: marked.location("1️⃣", file: "answers.yaml"))
            ])
    }

    @Test("a raw control character is refused at its own line and column, not at 1:1")
    func raw() {
        let log = DiagnosticLog()
        _ = AnswersLoader.metadata(
            text: "format: dpia-answers/1\nassessment:\n  organisation: O\u{07}x\n", file: "raw.yaml", log: log)
        #expect(
            log.sorted.map(\.description) == [
                "raw.yaml:3:18: error: control character U+0007 is not allowed in dpia files; delete it or type the character meant"
            ])
    }

    @Test("tab and line breaks in a text answer are still text")
    func tabsAndNewlines() {
        let (set, diagnostics) = Fixtures.answers("  vendor.name: \"a\\tb\\nc\"\n")
        #expect(diagnostics.isEmpty)
        #expect(set?.answers["vendor.name"]?.state == .value(.text("a\tb\nc")))
    }

    @Test("bidirectional overrides and zero-width characters are shown as code points in the report text")
    func invisibleShown() {
        #expect(Markdown.inline("abc\u{202E}fed\u{200B}") == "abc\\<U+202E\\>fed\\<U+200B\\>")
        #expect(Markdown.yamlString("J. O\u{92}Brien\u{7}") == "\"J. O\\\\<U+0092\\\\>Brien\\\\<U+0007\\\\>\"")
        #expect(VisibleText.shown("tab\tstays") == "tab\tstays")
    }

    @Test("a text answer with a right-to-left override is printed visibly in the report")
    func reportShowsOverride() {
        let assessment = Fixtures.assess(
            """
              vendor.external: yes
              vendor.kind: private_company
              vendor.contract: yes
              vendor.name: "Acme \\u202Eevil\\u202C Corp"
              vendor.se_register: yes
            """)
        let report = MarkdownReport(assessment).render()
        #expect(!report.unicodeScalars.contains { VisibleText.isInvisible($0) })
        #expect(report.contains("Acme \\<U+202E\\>evil\\<U+202C\\> Corp"))
    }

    @Test("the interview refuses a typed line with a control character and asks again")
    func interview() {
        var interviewer = InterviewFixtures.interviewer(InterviewFixtures.answers())
        let step = interviewer.screen.step
        let changed = interviewer.handle("ye\u{07}s")
        #expect(!changed)
        #expect(interviewer.screen.step == step)
        #expect(
            interviewer.screen.message
                == .problem("the input holds the control character U+0007; type it again without it"))
    }

    @Test("an arrow key's escape sequence that reached the interview through a pipe is dropped, not refused")
    func escapeSequenceDropped() {
        var interviewer = InterviewFixtures.interviewer(InterviewFixtures.answers())
        let step = interviewer.screen.step
        let changed = interviewer.handle("ye\u{1B}[Ds")
        #expect(changed)
        #expect(interviewer.screen.step != step)
    }
}
