import Testing

@testable import DPIAKit

@Suite("Rule examples checked by lint")
struct RuleExampleCheckTests {
    /// A one-finding core whose finding carries `examples` (indented under the finding).
    private static func layer(examples: String, jurisdiction: String = "eu") -> String {
        """
        format: dpia-questionnaire/1
        id: mini-core
        title: Mini core
        version: 1.0.0
        law_as_of: 2026-11-01
        jurisdiction: \(jurisdiction)
        sources:
          - key: LED
            title: Directive (EU) 2016/680
            url: https://eur-lex.europa.eu/eli/dir/2016/680/oj
        areas:
          - id: vendor
            title: Vendor control
        sections:
          - id: vendor
            title: Vendor
            questions:
              - id: vendor.external
                type: yes_no
                prompt: Is an external provider involved?
              - id: vendor.kind
                type: single_choice
                prompt: What kind?
                when: vendor.external
                options:
                  - id: private_company
                    label: A private company
                  - id: public_body
                    label: A public body
              - id: vendor.contract
                type: yes_no
                prompt: Is there a contract?
                when: vendor.external
        findings:
          - id: vendor.no_contract
            area: vendor
            severity: high
            title: No contract
            when: vendor.external and not vendor.contract
            if_unknown: fires
            explanation: The provider must be bound.
            refs: [LED Art. 22]
            examples:
        \(examples)
        red_patterns:
          - id: private_unbound
            title: Private provider without a contract
            when: vendor.kind == private_company and vendor.contract == no
            explanation: Condemned.
            refs: [LED Art. 22]
            examples:
              fires:
                - {vendor.external: yes, vendor.kind: private_company, vendor.contract: no}
              does_not_fire:
                - {vendor.external: yes, vendor.kind: public_body, vendor.contract: no}
        """
    }

    /// Loads `marked`, assembles the bundle for `jurisdiction` and runs the example check.
    private func diagnostics(_ marked: MarkedText, jurisdiction: String = "eu") -> [Diagnostic] {
        let log = DiagnosticLog()
        guard let layer = QuestionnaireLoader.load(text: marked.text, file: "test.yaml", log: log) else {
            return log.sorted
        }
        let bundle = BundleAssembler.assemble([layer], jurisdiction: jurisdiction, log: log)
        RuleExampleCheck.check(bundle, log: log)
        return log.sorted
    }

    @Test("examples that behave as declared pass, including an unknown that fires by policy")
    func behavingExamples() {
        let marked = MarkedText(
            Self.layer(
                examples: """
                          fires:
                            - {vendor.external: yes, vendor.contract: no}
                            - {vendor.external: yes, vendor.contract: unknown}
                          does_not_fire:
                            - {vendor.external: no}
                            - {vendor.external: yes, vendor.contract: yes}
                    """))
        #expect(diagnostics(marked).isEmpty)
    }

    @Test("the loader keeps each example's expectation, number and answers")
    func parsed() throws {
        let log = DiagnosticLog()
        let layer = try #require(
            QuestionnaireLoader.load(
                text: Self.layer(
                    examples: """
                              fires:
                                - {vendor.external: yes, vendor.contract: "no"}
                              does_not_fire:
                                - {}
                        """), file: "test.yaml", log: log))
        let examples = try #require(layer.findings.first?.examples)
        #expect(examples.map(\.expectation) == [.fires, .doesNotFire])
        #expect(examples.map(\.number) == [1, 1])
        #expect(examples.first?.answers.map(\.question) == ["vendor.external", "vendor.contract"])
        #expect(examples.first?.answers.last?.value == .scalar("no", isPlain: false))
        #expect(examples.last?.answers.isEmpty == true)
    }

    @Test("an example that should fire but does not is reported at the example, with the reason")
    func shouldFire() {
        let marked = MarkedText(
            Self.layer(
                examples: """
                          fires:
                            - {vendor.external: yes, vendor.contract: no}
                            - 1️⃣{vendor.external: yes, vendor.contract: yes}
                          does_not_fire:
                            - {vendor.external: no}
                    """))
        #expect(
            diagnostics(marked) == [
                .error(
                    "example 2 of finding 'vendor.no_contract' should fire but does not (condition is false)",
                    at: marked.location("1️⃣"))
            ])
    }

    @Test("an example that should not fire but does names the if_unknown policy when it decided")
    func shouldNotFire() {
        let marked = MarkedText(
            Self.layer(
                examples: """
                          fires:
                            - {vendor.external: yes, vendor.contract: no}
                          does_not_fire:
                            - 1️⃣{vendor.external: yes}
                    """))
        #expect(
            diagnostics(marked) == [
                .error(
                    "example 1 of finding 'vendor.no_contract' should not fire but does (condition is unknown and 'if_unknown' is fires)",
                    at: marked.location("1️⃣"))
            ])
    }

    @Test("an unknown question and an invalid value are reported where they are written")
    func invalidAnswers() {
        let marked = MarkedText(
            Self.layer(
                examples: """
                          fires:
                            - {1️⃣vendor.externl: yes}
                            - {vendor.external: 2️⃣maybe}
                            - {vendor.external: yes, vendor.kind: 3️⃣[private_company]}
                    """))
        #expect(
            diagnostics(marked) == [
                .error(
                    "example 1 of finding 'vendor.no_contract' names unknown question 'vendor.externl'; did you mean 'vendor.external'?",
                    at: marked.location("1️⃣")),
                .error(
                    "'maybe' is not a valid answer to 'vendor.external'; allowed: yes, no, unknown",
                    at: marked.location("2️⃣")),
                .error(
                    "'vendor.kind' takes a single value; allowed: private_company, public_body, unknown",
                    at: marked.location("3️⃣")),
            ])
    }

    @Test("a rule is checked only in the bundle of its own layer's jurisdiction")
    func homeBundleOnly() {
        // The same failing example: reported for the EU bundle, ignored in a country's bundle.
        let failing = Self.layer(
            examples: """
                      fires:
                        - {vendor.external: no}
                """)
        #expect(diagnostics(MarkedText(failing), jurisdiction: "eu").count == 1)
        #expect(diagnostics(MarkedText(failing), jurisdiction: "se").isEmpty)
    }
}
