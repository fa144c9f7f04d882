import Testing

@testable import DPIAKit

@Suite("Loading a case's training block")
struct TrainingBlockTests {
    private static func load(_ training: String) -> (AnswerSet?, [String]) {
        let text = Fixtures.answersText("  vendor.external: yes\n  vendor.contract: no\n") + training
        let log = DiagnosticLog()
        let set = AnswersLoader.load(text: text, file: "case.yaml", bundle: Fixtures.bundle(), log: log)
        return (set, log.diagnostics.map(\.description))
    }

    @Test("narrative, discussion, questions, outcome and precedents are read")
    func complete() throws {
        let (set, diagnostics) = Self.load(
            """
            training:
              narrative: The facts.
              discussion: [Why?]
              questions: [vendor.contract]
              outcome: Unlawful.
              precedents: [imy-di-2020-2719]

            """)
        #expect(diagnostics.isEmpty)
        let brief = try #require(set?.training)
        #expect(brief.narrative == "The facts.")
        #expect(brief.discussion == ["Why?"])
        #expect(brief.questions == ["vendor.contract"])
        #expect(brief.outcome == "Unlawful.")
        #expect(brief.precedents == ["imy-di-2020-2719"])
    }

    @Test("an unknown question or precedent is an error at the entry, with a suggestion")
    func unknownIDs() {
        let (_, diagnostics) = Self.load(
            """
            training:
              narrative: The facts.
              questions: [vendor.contrat]
              outcome: Unlawful.
              precedents: [imy-di-2020-2791]

            """)
        #expect(
            diagnostics == [
                "case.yaml:12:15: error: training asks question 'vendor.contrat', which the 'se' questionnaires do not have; did you mean 'vendor.contract'?",
                "case.yaml:14:16: error: no precedent 'imy-di-2020-2791' in the 'se' questionnaires; did you mean 'imy-di-2020-2719'?",
            ])
    }

    @Test("a missing outcome is an error and a misspelt key is named")
    func missingOutcome() {
        let (_, diagnostics) = Self.load(
            """
            training:
              narative: The facts.

            """)
        #expect(diagnostics.contains { $0.contains("unknown key 'narative' in 'training'; did you mean 'narrative'?") })
        #expect(diagnostics.contains { $0.contains("'outcome'") })
    }
}
