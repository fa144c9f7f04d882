import Testing

@testable import DPIAKit

@Suite("Provenance of cited provisions")
struct ProvenanceCheckTests {
    private static let marked = MarkedText(
        """
        format: dpia-questionnaire/1
        id: mini-core
        title: Mini core
        version: 1.0.0
        law_as_of: 2026-11-01
        jurisdiction: eu
        sources:
          - key: LED
            title: Directive (EU) 2016/680
            url: https://eur-lex.europa.eu/eli/dir/2016/680/oj
            provisions:
              - {provision: Art. 22, checked: "EUR-Lex, English OJ text, 2026-11-22"}
              - {provision: Art. 39(1), checked: "EUR-Lex, English OJ text, 2026-11-22"}
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
                refs: [LED Art. 22(3)(d), LED Art. 39(1)(b), 1️⃣LED Art. 39]
        findings:
          - id: vendor.no_contract
            area: vendor
            severity: high
            title: No contract
            when: vendor.external
            explanation: The provider must be bound.
            refs: [LED Art. 22, 2️⃣LED Art. 220]
        """)

    @Test("the loader keeps each source's checked provisions")
    func parsed() throws {
        let log = DiagnosticLog()
        let layer = try #require(QuestionnaireLoader.load(text: Self.marked.text, file: "test.yaml", log: log))
        #expect(log.diagnostics.isEmpty)
        #expect(
            layer.sources.first?.checkedProvisions == [
                .init(provision: "Art. 22", checked: "EUR-Lex, English OJ text, 2026-11-22"),
                .init(provision: "Art. 39(1)", checked: "EUR-Lex, English OJ text, 2026-11-22"),
            ])
    }

    @Test("a citation outside its source's checked provisions is a warning at the citation")
    func warnsOutsideCheckedProvisions() throws {
        let log = DiagnosticLog()
        let layer = try #require(QuestionnaireLoader.load(text: Self.marked.text, file: "test.yaml", log: log))
        let bundle = BundleAssembler.assemble([layer], jurisdiction: "eu", log: log)
        ProvenanceCheck.check(bundle, log: log)
        let advice = "record where and when its text was checked under the source's 'provisions'"
        #expect(
            log.sorted == [
                .warning(
                    "'LED Art. 39' is not among the provisions checked for source 'LED'; \(advice)",
                    at: Self.marked.location("1️⃣")),
                .warning(
                    "'LED Art. 220' is not among the provisions checked for source 'LED'; \(advice)",
                    at: Self.marked.location("2️⃣")),
            ])
    }
}

@Suite("Provisions behind every question")
struct QuestionProvisionsTests {
    private static let marked = MarkedText(
        """
        format: dpia-questionnaire/1
        id: mini-core
        title: Mini core
        version: 1.0.0
        law_as_of: 2026-11-01
        jurisdiction: eu
        sources:
          - key: LED
            title: Directive (EU) 2016/680
            url: https://eur-lex.europa.eu/eli/dir/2016/680/oj
            provisions:
              - {provision: Art. 22, checked: "EUR-Lex, English OJ text, 2026-11-22"}
        sections:
          - id: vendor
            title: Vendor
            questions:
              - id: vendor.external
                type: yes_no
                prompt: Is an external provider involved?
                refs: [LED Art. 22]
              - 1️⃣id: vendor.contract
                type: yes_no
                prompt: Is there a signed processor contract?
        """)

    @Test("a question without refs is a warning at the question")
    func warnsAboutQuestionWithoutRefs() throws {
        let log = DiagnosticLog()
        let layer = try #require(QuestionnaireLoader.load(text: Self.marked.text, file: "test.yaml", log: log))
        let bundle = BundleAssembler.assemble([layer], jurisdiction: "eu", log: log)
        #expect(log.diagnostics.isEmpty)
        ProvenanceCheck.check(bundle, log: log)
        #expect(
            log.sorted == [
                .warning(
                    "question 'vendor.contract' cites no provisions; list the provisions behind it under 'refs'",
                    at: Self.marked.location("1️⃣"))
            ])
    }
}
