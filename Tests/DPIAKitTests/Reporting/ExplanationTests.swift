import BundledQuestionnaires
import Testing

@testable import DPIAKit

/// `dpia explain` in process: every id of every bundled jurisdiction is explained, with what it says
/// depending on what the id is.
@Suite("Explanations")
struct ExplanationTests {
    private struct Content: Sendable {
        var bundles: [QuestionnaireBundle]
        var cases: [Explanation.AssessedCase]
    }

    private static let content: Content = {
        let log = DiagnosticLog()
        let catalog = QuestionnaireCatalog.bundled(log: log)
        let bundles = catalog.jurisdictions.compactMap { catalog.bundle(for: $0, log: log) }
        let cases = catalog.cases.sorted { $0.name < $1.name }.compactMap { file -> Explanation.AssessedCase? in
            guard let (answers, bundle) = catalog.loadAnswers(file, log: log) else { return nil }
            return Explanation.AssessedCase(
                name: TrainingCase.name(ofFile: file.name),
                assessment: RuleEngine.assess(answers, with: bundle, today: day(2026, 11, 22)))
        }
        return Content(bundles: bundles, cases: cases)
    }()

    private static func explain(_ id: String) -> String? {
        Explanation(id: id, bundles: content.bundles, cases: content.cases).render()
    }

    @Test("every bundle of every jurisdiction is covered")
    func jurisdictions() {
        #expect(Self.content.bundles.map(\.jurisdiction) == ["eu", "be", "se"])
        #expect(Self.content.cases.count >= 7)
    }

    @Test("every question, finding and red pattern id is explained", arguments: Explanation.ids(in: content.bundles))
    func everyID(id: String) throws {
        let text = try #require(Self.explain(id))
        let bundles = Self.content.bundles
        if let question = bundles.lazy.compactMap({ $0.question(QuestionID(id)) }).first {
            #expect(text.contains("Question \(id) ("))
            #expect(text.contains(question.prompt.text()))
            #expect(text.contains("Asked: "))
            #expect(text.contains("Bundled cases:"))
        }
        if let finding = bundles.lazy.compactMap({ $0.findings.first { $0.id == id } }).first {
            #expect(text.contains("Finding \(id) ("))
            #expect(text.contains("Fires when: \(finding.condition?.condition.explained() ?? "never")"))
            for ref in finding.refs { #expect(text.contains("  \(ref.value) (\(ref.layer))")) }
        }
        if let pattern = bundles.lazy.compactMap({ $0.redPatterns.first { $0.id == id } }).first {
            #expect(text.contains("Red pattern \(id) ("))
            for precedent in pattern.precedents { #expect(text.contains("  \(precedent.value): ")) }
        }
    }

    @Test("a red pattern names the bundled cases that fire it, with the answers that decided it")
    func casesThatTrigger() throws {
        let text = try #require(Self.explain("clearview_like"))
        #expect(text.contains("  be-coc-clearview: fired (because biometrics.face_matching = yes;"))
        #expect(text.contains("  se-imy-clearview: fired"))
        #expect(text.contains("  eu-unknowns: not excluded"))
        #expect(!text.contains("se-lawful-mugshot-comparison"))
    }

    @Test("a provision added by an overlay is marked with its jurisdiction")
    func overlayProvisions() throws {
        let text = try #require(Self.explain("legal_basis.not_specific"))
        #expect(text.contains("  LED Art. 8 (led-core)\n"))
        #expect(text.contains("(be-police), in be"))
    }

    @Test("a question lists what depends on it and how the cases answer it")
    func question() throws {
        let text = try #require(Self.explain("vendor.contract"))
        #expect(
            text.contains(
                "  finding vendor.no_contract: fires when vendor.external is yes and vendor.contract is not yes"))
        #expect(text.contains("  be-coc-clearview: no"))
        #expect(text.contains("  se-eu-cloud-vendor-no-dpia: yes"))
    }

    @Test("an unknown id has no explanation")
    func unknown() {
        #expect(Self.explain("vendor.contrat") == nil)
    }
}
