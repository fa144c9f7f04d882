import Foundation
import Testing

@testable import DPIAKit

/// `AnswersMigration`: an answers file made against an earlier layer version, moved to the current
/// ids with no answer lost.
@Suite("Answers migration")
struct AnswersMigrationTests {
    /// The fixture made against mini-core 1.0.0.
    static func fixture() throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: "Fixtures/answers-mini-core-1.0.0.yaml")
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// mini-core 1.1.0: `vendor.contract` renamed, `vendor.name` split in two, `vendor.legacy_check`
    /// never existed in this bundle (it stands for a question removed since).
    static func bundleV110() throws -> QuestionnaireBundle {
        var core = Fixtures.core.replacingOccurrences(of: "version: 1.0.0", with: "version: 1.1.0")
            .replacingOccurrences(of: "vendor.contract", with: "vendor.processor_contract")
        core = core.replacingOccurrences(
            of: "      - id: vendor.processor_contract\n",
            with: "      - id: vendor.processor_contract\n        renamed_from: vendor.contract\n")
        let name = """
                  - id: vendor.name
                    type: text
                    prompt: Name of the provider
                    required: false
            """
        let split = """
                  - id: vendor.legal_name
                    type: text
                    prompt: Legal name of the provider
                    required: false
                    renamed_from: [vendor.name]
                  - id: vendor.trade_name
                    type: text
                    prompt: Trade name of the provider
                    required: false
                    renamed_from: vendor.name
            """
        #expect(core.contains(name))
        core = core.replacingOccurrences(of: name, with: split)
        let log = DiagnosticLog()
        let layers = [core, Fixtures.overlay].enumerated().compactMap { index, text in
            QuestionnaireLoader.load(text: text, file: "layer\(index).yaml", log: log)
        }
        #expect(!log.hasErrors, "\(log.diagnostics)")
        let bundle = BundleAssembler.assemble(layers, jurisdiction: "se", log: log)
        #expect(!log.hasErrors, "\(log.diagnostics)")
        return bundle
    }

    @Test("the 1.0.0 fixture migrates to 1.1.0: renamed and split answers moved, the removed one kept as a comment")
    func migratesWithNoAnswerLost() throws {
        let bundle = try Self.bundleV110()
        let text = try Self.fixture()
        let log = DiagnosticLog()
        let migration = try #require(
            AnswersMigration.migrate(text: text, file: "old.yaml", bundle: bundle, today: day(2026, 12, 1), log: log),
            "\(log.diagnostics)")
        #expect(!migration.isCurrent)
        #expect(
            migration.moves == [
                .init(old: "vendor.contract", new: ["vendor.processor_contract"]),
                .init(old: "vendor.name", new: ["vendor.legal_name", "vendor.trade_name"]),
            ])
        #expect(migration.unmapped.map(\.id) == ["vendor.legacy_check"])
        #expect(migration.versionChanges.map(\.layer) == ["mini-core"])

        // The migrated file loads cleanly against 1.1.0, at the current version, with every answer.
        let loadLog = DiagnosticLog()
        let set = try #require(
            AnswersLoader.load(text: migration.text, file: "new.yaml", bundle: bundle, log: loadLog))
        #expect(loadLog.diagnostics.isEmpty, "\(loadLog.diagnostics)")
        #expect(set.madeAgainst.map { "\($0.layer) \($0.value)" } == ["mini-core 1.1.0", "mini-se 1.0.0"])
        let contract = try #require(set.answers["vendor.processor_contract"])
        #expect(contract.state == .value(.yesNo(false)))
        #expect(contract.note == "The draft contract is still with the vendor.")
        #expect(contract.evidence == "Procurement file 2026/17")
        #expect(set.answers["vendor.legal_name"]?.state == .value(.text("Example Vision AB")))
        #expect(set.answers["vendor.trade_name"]?.state == .value(.text("Example Vision AB")))
        #expect(set.answers["vendor.external"]?.state == .value(.yesNo(true)))
        #expect(set.answers["vendor.kind"]?.state == .value(.choice("private_company")))
        #expect(set.answers["vendor.se_register"]?.state == .unknown)
        #expect(set.answers["se_extra.note"]?.state == .value(.text("Reviewed with the unit's lawyer.")))
        #expect(set.metadata.assessor == "A. Lind" && set.metadata.date == day(2026, 3, 1))
        #expect(set.measureRecords["se.train"]?.owner == "Training unit")
        #expect(set.signOff?.nextReview == day(2027, 3, 1))
        // Every answer of the old file is in the new one: moved, or kept as a comment.
        let oldIDs = ["vendor.external", "vendor.kind", "vendor.se_register", "se_extra.note"]
        for id in oldIDs { #expect(set.answers[QuestionID(id)] != nil, "\(id) lost") }
        #expect(set.answers.count == 7)
        #expect(migration.text.contains("#   vendor.legacy_check: yes"))
        #expect(migration.text.contains("could not map to a current question on 2026-12-01"))

        // The same finding fires on the new id as on the old one.
        let assessment = RuleEngine.assess(set, with: bundle, today: day(2026, 12, 1))
        #expect(assessment.firedFindings.map(\.rule.id).contains("vendor.no_contract"))

        // Migrating again changes nothing.
        let again = try #require(
            AnswersMigration.migrate(
                text: migration.text, file: "new.yaml", bundle: bundle, today: day(2026, 12, 1), log: DiagnosticLog()))
        #expect(again.isCurrent)
    }

    @Test("an answer its new question does not accept is kept as a comment, not dropped")
    func rejectedValueKept() throws {
        let bundle = try Self.bundleV110()
        let text = try Self.fixture().replacingOccurrences(
            of: "  vendor.contract:\n    value: no\n", with: "  vendor.contract:\n    value: perhaps\n")
        let log = DiagnosticLog()
        let migration = try #require(
            AnswersMigration.migrate(text: text, file: "old.yaml", bundle: bundle, today: day(2026, 12, 1), log: log),
            "\(log.diagnostics)")
        #expect(migration.unmapped.map(\.id).sorted() == ["vendor.contract", "vendor.legacy_check"])
        #expect(migration.text.contains("#   vendor.contract:"))
        #expect(migration.text.contains("perhaps"))
    }

    @Test("renamed_from must name valid ids other than the question's own")
    func renamedFromChecked() {
        let layer = Fixtures.core.replacingOccurrences(
            of: "      - id: vendor.contract\n",
            with: "      - id: vendor.contract\n        renamed_from: [vendor.contract, Bad]\n")
        let log = DiagnosticLog()
        _ = QuestionnaireLoader.load(text: layer, file: "layer.yaml", log: log)
        let messages = log.diagnostics.map(\.message)
        #expect(messages.contains("a question cannot be renamed from its own id 'vendor.contract'"))
        #expect(messages.contains { $0.contains("'Bad' is not a valid 'renamed_from' id") })
    }
}
