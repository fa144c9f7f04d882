import Testing

@testable import DPIAKit

@Suite("Loading a questionnaire layer")
struct QuestionnaireLoaderTests {
    private static let header = """
        format: dpia-questionnaire/1
        id: t
        title: T
        version: 1.0.0
        law_as_of: 2026-11-01
        jurisdiction: eu

        """

    /// Loads `marked` (with the header prepended) and returns the diagnostics and the text.
    private func load(_ body: String) -> (Questionnaire?, [Diagnostic], MarkedText) {
        let marked = MarkedText(Self.header + body)
        let log = DiagnosticLog()
        let layer = QuestionnaireLoader.load(text: marked.text, file: "test.yaml", log: log)
        return (layer, log.sorted, marked)
    }

    @Test("the fixture layers load without a diagnostic")
    func fixturesLoad() {
        let log = DiagnosticLog()
        let core = QuestionnaireLoader.load(text: Fixtures.core, file: "core.yaml", log: log)
        #expect(log.diagnostics.isEmpty)
        #expect(
            core?.sections.first?.questions.map(\.id.rawValue) == [
                "vendor.external", "vendor.kind", "vendor.contract", "vendor.name",
            ])
        #expect(core?.findings.first?.refs.map(\.value.description) == ["LED Art. 22"])
    }

    @Test("an unknown key is reported at the key with a suggestion")
    func unknownKey() {
        let (_, diagnostics, marked) = load(
            """
            sections:
              - id: s
                title: S
                questions:
                  - id: s.one
                    type: yes_no
                    1️⃣promt: Is it?
            """)
        #expect(
            diagnostics.contains(
                .error(
                    "unknown key 'promt' in question; did you mean 'prompt'?", at: marked.location("1️⃣"))))
    }

    @Test("a risk, a catalogue measure and a measure named by id load; a bad level and kind are reported")
    func risksAndMeasures() throws {
        let (layer, diagnostics, marked) = load(
            """
            measures:
              - id: stop_use
                kind: 1️⃣halt
                text: Do not start.
                text_in_use: Stop.
            risks:
              - id: risk.one
                title: Someone is harmed
                explanation: Because.
                rights: [Private life]
                refs: [LED Art. 8]
                severity:
                  - {level: 2️⃣huge}
                  - {level: limited}
                likelihood:
                  - {level: significant, when: s.one}
                  - {level: negligible}
            """)
        #expect(
            diagnostics == [
                .error(
                    "measure 'kind' must be one of stop, remedy, prevent, safeguard; found 'halt'",
                    at: marked.location("1️⃣")),
                .error(
                    "a level must be one of negligible, limited, significant, maximum; found 'huge'",
                    at: marked.location("2️⃣")),
            ])
        let loaded = try #require(layer)
        #expect(loaded.measures.map(\.id) == ["stop_use"])
        #expect(loaded.measures.first?.text(for: .inUse).text() == "Stop.")
        #expect(loaded.measures.first?.text(for: .planned).text() == "Do not start.")
        #expect(loaded.risks.first?.severity.map(\.level) == [.limited])
        #expect(loaded.risks.first?.likelihood.map(\.level) == [.significant, .negligible])
    }

    @Test("an amendment of a risk takes only refs and raised_by; raised_by amends only risks")
    func riskAmendments() {
        let (_, diagnostics, marked) = load(
            """
            extends: core
            amend:
              - risk: risk.one
                refs: [LED Art. 8]
                raised_by: [a.finding]
                explanation: 1️⃣More.
              - finding: a.finding
                raised_by: 2️⃣[b]
            """)
        #expect(
            diagnostics == [
                .error(
                    "an amendment of a risk adds only 'refs' and 'raised_by', not 'explanation'",
                    at: marked.location("1️⃣")),
                .error("only an amendment of a risk takes 'raised_by'", at: marked.location("2️⃣")),
            ])
    }

    @Test("a missing required key is reported at the mapping that lacks it")
    func missingKey() {
        let (_, diagnostics, marked) = load(
            """
            sections:
              - id: s
                title: S
                questions:
                  - 1️⃣id: s.one
                    type: yes_no
            """)
        #expect(diagnostics == [.error("missing required key 'prompt' in question", at: marked.location("1️⃣"))])
    }

    @Test("a duplicate question id points at the duplicate, with a note at the first")
    func duplicateID() {
        let (_, diagnostics, marked) = load(
            """
            sections:
              - id: s
                title: S
                questions:
                  - id: 1️⃣s.one
                    type: yes_no
                    prompt: A
                  - id: 2️⃣s.one
                    type: yes_no
                    prompt: B
            """)
        #expect(
            diagnostics == [
                .error(
                    "duplicate question id 's.one'", at: marked.location("2️⃣"),
                    notes: [.note("first defined here", at: marked.location("1️⃣"))])
            ])
    }

    @Test("a condition syntax error points inside the condition, also when it is quoted")
    func conditionColumn() {
        let (_, diagnostics, marked) = load(
            """
            sections:
              - id: s
                title: S
                questions:
                  - id: s.one
                    type: yes_no
                    prompt: A
                  - id: s.two
                    type: yes_no
                    prompt: B
                    when: "s.one 1️⃣&& s.one"
            """)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location == marked.location("1️⃣"))
        #expect(diagnostics.first?.message.hasPrefix("invalid condition: '&&'") == true)
    }

    @Test("a condition folded over two lines is located on its second line")
    func foldedCondition() {
        let (_, diagnostics, marked) = load(
            """
            sections:
              - id: s
                title: S
                questions:
                  - id: s.one
                    type: yes_no
                    prompt: A
                  - id: s.two
                    type: yes_no
                    prompt: B
                    when: >-
                      s.one and
                      1️⃣) s.one
            """)
        #expect(diagnostics.first?.location == marked.location("1️⃣"))
    }

    @Test("YAML 1.1 booleans are not accepted where true or false is expected")
    func yaml11Booleans() {
        let (_, diagnostics, marked) = load(
            """
            sections:
              - id: s
                title: S
                questions:
                  - id: s.one
                    type: yes_no
                    prompt: A
                    required: 1️⃣yes
            """)
        #expect(diagnostics == [.error("'required' must be 'true' or 'false'", at: marked.location("1️⃣"))])
    }

    @Test("a syntax error is reported and the lines after it are still checked")
    func syntaxErrorRecovery() {
        let (_, diagnostics, marked) = load(
            """
            sections:
              - id: s
                title: S
                questions:
                  - id: s.one
                    type: yes_no
                    prompt: 1️⃣"unterminated
                  - 2️⃣id: s.two
                    type: yes_no
                    3️⃣promt: B
            """)
        // The dropped line does not cascade into "missing prompt" for s.one; s.two's typo does.
        #expect(
            diagnostics.map(\.location) == [
                marked.location("1️⃣"), marked.location("2️⃣"), marked.location("3️⃣"),
            ])
        #expect(diagnostics.first?.message.contains("quoted scalar") == true)
    }

    @Test("anchors and aliases are refused before anything expands them")
    func aliasesRefused() {
        let (_, diagnostics, _) = load(
            """
            description: &a text
            source_notes: *a
            """)
        #expect(diagnostics.contains { $0.message.contains("anchors and aliases are not allowed") })
    }

    @Test("text fields accept a language map as well as a string")
    func languageMap() {
        let (layer, diagnostics, _) = load(
            """
            description:
              en: English text
              nl: Nederlandse tekst
            """)
        #expect(diagnostics.isEmpty)
        #expect(layer?.summary?.text(in: "nl") == "Nederlandse tekst")
        #expect(layer?.summary?.text() == "English text")
    }

    @Test("a citation that is not in canonical form is refused at its place")
    func badCitation() {
        let (_, diagnostics, marked) = load(
            """
            areas:
              - id: a
                title: A
            findings:
              - id: a.one
                area: a
                severity: high
                title: One
                when: "true"
                explanation: E
                refs: [1️⃣Art. 10]
            """)
        #expect(diagnostics.first?.location == marked.location("1️⃣"))
        #expect(diagnostics.first?.message.contains("canonical form") == true)
    }

    @Test("a finding without citations is an error")
    func findingWithoutRefs() {
        let (_, diagnostics, marked) = load(
            """
            areas:
              - id: a
                title: A
            findings:
              - 1️⃣id: a.one
                area: a
                severity: high
                title: One
                when: "true"
                explanation: E
            """)
        #expect(diagnostics == [.error("finding 'a.one' cites no provision; add 'refs'", at: marked.location("1️⃣"))])
    }
}
