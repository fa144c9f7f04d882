import BundledQuestionnaires
import Testing

@testable import DPIAKit

/// Every bundled finding and red pattern documents and proves its behaviour with at least one answer
/// set that fires it and one that does not; `dpia lint` runs them, so a clean lint is the test.
@Suite("Bundled rules and their examples")
struct BundledRuleExampleTests {
    /// Every rule of the bundled questionnaires, once, as `kind id`, with its examples.
    private static func rules() -> [(name: String, examples: [RuleExample])] {
        let catalog = QuestionnaireCatalog.bundled(log: DiagnosticLog())
        return catalog.layers.flatMap { layer in
            layer.findings.map { ("finding '\($0.id)' (\(layer.id))", $0.examples) }
                + layer.redPatterns.map { ("red pattern '\($0.id)' (\(layer.id))", $0.examples) }
        }
    }

    @Test("the bundled questionnaires have rules to check")
    func rulesExist() {
        #expect(Self.rules().count >= 40)
    }

    @Test("every bundled rule has an example that fires and one that does not")
    func everyRuleHasBothExamples() {
        for rule in Self.rules() {
            #expect(rule.examples.contains { $0.expectation == .fires }, "\(rule.name) has no 'fires' example")
            #expect(
                rule.examples.contains { $0.expectation == .doesNotFire },
                "\(rule.name) has no 'does_not_fire' example")
        }
    }

    @Test("lint of the bundled questionnaires and cases reports no error and no unchecked provision")
    func lintIsClean() {
        let log = DiagnosticLog()
        let catalog = QuestionnaireCatalog.bundled(log: log)
        catalog.lint(log: log)
        #expect(log.sorted.map(\.description) == [])
    }
}
