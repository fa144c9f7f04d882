import Testing

@testable import DPIAKit

@Suite("Assembling a jurisdiction's bundle from layers")
struct BundleAssemblerTests {
    @Test("an overlay's questions follow the core questions of the section they extend")
    func overlayQuestionsAppended() {
        let bundle = Fixtures.bundle("se")
        #expect(bundle.sections.map(\.id) == ["vendor", "se_extra"])
        #expect(
            bundle.section("vendor")?.questions.map(\.id.rawValue) == [
                "vendor.external", "vendor.kind", "vendor.contract", "vendor.name", "vendor.se_register",
            ])
        #expect(bundle.section("vendor")?.questions.last?.origin.layer == "mini-se")
    }

    @Test("the EU bundle leaves national overlays out")
    func euBundle() {
        let bundle = Fixtures.bundle("eu")
        #expect(bundle.layers.map(\.id) == ["mini-core"])
        #expect(bundle.question("vendor.se_register") == nil)
    }

    @Test("an amendment adds citations, a paragraph and measures labelled with the overlay")
    func amendmentLabelled() throws {
        let finding = try #require(Fixtures.bundle("se").findings.first { $0.id == "vendor.no_contract" })
        #expect(
            finding.refs.map { "\($0.value) [\($0.layer)]" } == [
                "LED Art. 22 [mini-core]", "BDL 3:2 [mini-se]",
            ])
        #expect(finding.addenda.map(\.layer) == ["mini-se"])
        #expect(finding.measures.map(\.id) == ["se.train"])
        #expect(finding.measures.first?.origin.layer == "mini-se")
    }

    /// Assembles the core with one more overlay written inline and returns the diagnostics.
    private func diagnostics(overlay marked: MarkedText) -> [Diagnostic] {
        let log = DiagnosticLog()
        var layers = [Fixtures.core].compactMap { QuestionnaireLoader.load(text: $0, file: "core.yaml", log: log) }
        if let layer = QuestionnaireLoader.load(text: marked.text, file: "test.yaml", log: log) {
            layers.append(layer)
        }
        _ = BundleAssembler.assemble(layers, jurisdiction: "be", log: log)
        return log.sorted
    }

    private static let header = """
        format: dpia-questionnaire/1
        id: mini-be
        title: Mini Belgium
        version: 1.0.0
        law_as_of: 2026-11-01
        jurisdiction: be
        extends: mini-core

        """

    @Test("a condition naming an unknown question or option is reported where it is named")
    func unknownReferences() {
        let marked = MarkedText(
            Self.header + """
                sections:
                  - id: be
                    title: Belgium
                    questions:
                      - id: be.one
                        type: yes_no
                        prompt: One?
                        when: 1️⃣vendor.extrenal or vendor.kind == 2️⃣privat_company
                """)
        let diagnostics = diagnostics(overlay: marked)
        #expect(
            diagnostics == [
                .error(
                    "condition names unknown question 'vendor.extrenal'; did you mean 'vendor.external'?",
                    at: marked.location("1️⃣")),
                .error(
                    "'vendor.kind' has no option 'privat_company'; did you mean 'private_company'? (options: private_company, public_body)",
                    at: marked.location("2️⃣")),
            ])
    }

    @Test("a condition that looks forward, and a cycle, are errors")
    func forwardReferenceAndCycle() {
        let marked = MarkedText(
            Self.header + """
                sections:
                  - id: be
                    title: Belgium
                    questions:
                      - id: be.one
                        type: yes_no
                        prompt: One?
                        when: 1️⃣be.two
                      - id: be.two
                        type: yes_no
                        prompt: Two?
                        when: be.one
                """)
        let messages = diagnostics(overlay: marked).map(\.message)
        #expect(
            messages.contains(
                "condition of 'be.one' names 'be.two', which is asked later; a condition may only look back"))
        #expect(messages.contains("conditions form a cycle: 'be.one' -> 'be.two' -> 'be.one'"))
    }

    @Test("operators must fit the question type")
    func operatorTypes() {
        let marked = MarkedText(
            Self.header + """
                sections:
                  - id: be
                    title: Belgium
                    questions:
                      - id: be.one
                        type: yes_no
                        prompt: One?
                        when: 1️⃣vendor.kind contains private_company
                      - id: be.two
                        type: yes_no
                        prompt: Two?
                        when: 2️⃣vendor.kind
                """)
        let diagnostics = diagnostics(overlay: marked)
        #expect(diagnostics.map(\.location) == [marked.location("1️⃣"), marked.location("2️⃣")])
        #expect(
            diagnostics.first?.message == "'contains' needs a multiple_choice question; 'vendor.kind' is single_choice")
    }

    @Test("citing a source the layer does not declare is an error at the citation")
    func undeclaredSource() {
        let marked = MarkedText(
            Self.header + """
                areas:
                  - id: be
                    title: Belgium
                findings:
                  - id: be.finding
                    area: be
                    severity: medium
                    title: T
                    when: vendor.external
                    explanation: E
                    refs: [1️⃣PSA art. 44/1 §2]
                """)
        #expect(
            diagnostics(overlay: marked) == [
                .error(
                    "citation 'PSA art. 44/1 §2' names source 'PSA', which 'mini-be' does not declare; add it under 'sources'",
                    at: marked.location("1️⃣"))
            ])
    }

    @Test("an amendment of a finding no extended layer declares is an error with a suggestion")
    func unknownAmendmentTarget() {
        let marked = MarkedText(
            Self.header + """
                amend:
                  - 1️⃣finding: vendor.no_contrat
                    explanation: E
                """)
        #expect(
            diagnostics(overlay: marked) == [
                .error(
                    "amendment names finding 'vendor.no_contrat', which no layer 'mini-be' extends declares; did you mean 'vendor.no_contract'?",
                    at: marked.location("1️⃣"))
            ])
    }

    @Test("extending an unknown layer is an error")
    func unknownBase() {
        let marked = MarkedText(Self.header.replacingOccurrences(of: "extends: mini-core", with: "extends: mini-cor"))
        #expect(
            diagnostics(overlay: marked).map(\.message).contains(
                "'mini-be' extends 'mini-cor', which is not a known questionnaire"))
    }
}
