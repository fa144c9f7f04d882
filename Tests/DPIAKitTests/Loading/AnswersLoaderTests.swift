import Testing

@testable import DPIAKit

@Suite("Loading answers against a bundle")
struct AnswersLoaderTests {
    @Test("short and long forms, notes, evidence and unknowns are read")
    func forms() throws {
        let (set, diagnostics) = Fixtures.answers(
            """
              vendor.external: yes
              vendor.kind:
                value: private_company
                note: From the licence terms
                evidence: Contract annex 2
              vendor.contract: unknown
              vendor.name: "unknown"
            """)
        #expect(diagnostics.isEmpty)
        let answers = try #require(set).answers
        #expect(answers["vendor.external"]?.state == .value(.yesNo(true)))
        #expect(answers["vendor.kind"]?.state == .value(.choice("private_company")))
        #expect(answers["vendor.kind"]?.note == "From the licence terms")
        #expect(answers["vendor.kind"]?.evidence == "Contract annex 2")
        #expect(answers["vendor.contract"]?.state == .unknown)
        // Quoted, the word is the text itself, not "I don't know".
        #expect(answers["vendor.name"]?.state == .value(.text("unknown")))
    }

    @Test("a value the question does not allow is an error listing the allowed values")
    func invalidChoice() {
        let (_, diagnostics) = Fixtures.answers("  vendor.kind: privat_company\n")
        #expect(
            diagnostics.map(\.description) == [
                "answers.yaml:8:16: error: 'privat_company' is not a valid answer to 'vendor.kind'; allowed: private_company, public_body, unknown; did you mean 'private_company'?"
            ])
    }

    @Test("a YAML 1.1 boolean such as 'on' is not taken for yes")
    func yaml11Boolean() {
        let (_, diagnostics) = Fixtures.answers("  vendor.external: on\n")
        #expect(
            diagnostics.map(\.message) == [
                "'on' is not a valid answer to 'vendor.external'; allowed: yes, no, unknown (write yes or no in lowercase; words such as on, off, true or false are not read as answers)"
            ])
    }

    @Test("an unknown question id gets a suggestion")
    func unknownQuestion() {
        let (_, diagnostics) = Fixtures.answers("  vendor.externl: yes\n")
        #expect(
            diagnostics.map(\.description) == [
                "answers.yaml:8:3: error: no question 'vendor.externl' in the 'se' questionnaires; did you mean 'vendor.external'?"
            ])
    }

    @Test("answers made against another version are loaded with a warning")
    func versionMismatch() {
        let log = DiagnosticLog()
        let text = Fixtures.answersText("  vendor.external: no\n").replacingOccurrences(
            of: "assessment:", with: "questionnaires:\n  mini-core: 0.9.0\nassessment:")
        let set = AnswersLoader.load(text: text, file: "answers.yaml", bundle: Fixtures.bundle(), log: log)
        #expect(set != nil)
        #expect(log.diagnostics.map(\.severity) == [.warning])
        #expect(log.diagnostics.first?.message.contains("'mini-core' 0.9.0; this dpia has 1.0.0") == true)
    }
}
