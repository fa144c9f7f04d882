import BundledQuestionnaires
import Testing

@testable import DPIAKit

/// The DPIA parts of an assessment (risk register, measures register, decision page, states),
/// specified on the bundled `eu` questionnaires with small answers files.
@Suite("the DPIA parts of an assessment")
struct DPIAPartsTests {
    /// Loads `body` (the blocks after `assessment:`) against the bundled `eu` questionnaires.
    private static var bundle: QuestionnaireBundle {
        let log = DiagnosticLog()
        guard let bundle = QuestionnaireCatalog.bundled(log: log).bundle(for: "eu", log: log) else {
            preconditionFailure("the bundled eu questionnaires must assemble: \(log.diagnostics)")
        }
        return bundle
    }

    private static func load(_ body: String) -> (AnswerSet?, [Diagnostic]) {
        let log = DiagnosticLog()
        let text = """
            format: dpia-answers/1
            assessment: {jurisdiction: eu, organisation: Test Police, processing: Test tool, date: 2026-10-01}
            \(body)
            """
        return (AnswersLoader.load(text: text, file: "t.yaml", bundle: Self.bundle, log: log), log.diagnostics)
    }

    private static func assess(_ body: String) throws -> Assessment {
        let (set, diagnostics) = load(body)
        let answers = try #require(set, "\(diagnostics)")
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")
        return RuleEngine.assess(answers, with: Self.bundle, today: day(2026, 11, 22))
    }

    /// A face search at a private provider outside the EEA with a scraped gallery, already used.
    private static let clearview = """
        answers:
          scope.competent_authority: yes
          scope.lec_purpose: yes
          scope.already_used: yes
          scope.use_forms: [trial_or_free_licence]
          biometrics.face_matching: yes
          biometrics.gallery_source: [scraped_internet]
          vendor.external: yes
          vendor.kind: private_company
          transfer.outside_eea: yes
        """

    @Test("a risk is suggested by its rules: a match acted on alone is maximum on both scales")
    func suggestedRisk() throws {
        let assessment = try Self.assess(
            "answers:\n  biometrics.face_matching: yes\n  scope.already_used: yes\n  biometrics.match_acted_on_alone: yes"
        )
        let risk = try #require(assessment.risks.first { $0.risk.id == "risk.wrongful_identification" })
        #expect(risk.suggested == RiskRating(severity: .maximum, likelihood: .maximum))
        #expect(risk.decided == risk.suggested)
    }

    @Test("a lowered rating counts only with a justification; without one the suggestion stands and it says so")
    func loweringNeedsJustification() throws {
        let base = "answers:\n  biometrics.face_matching: yes\n  biometrics.accuracy_tested: no\n"
        let justified = try Self.assess(
            "risks:\n  risk.discrimination: {likelihood: limited, justification: Tested by the vendor on our data}\n"
                + base)
        let bare = try Self.assess("risks:\n  risk.discrimination: {likelihood: limited}\n" + base)
        let withReason = try #require(justified.risks.first { $0.risk.id == "risk.discrimination" })
        let without = try #require(bare.risks.first { $0.risk.id == "risk.discrimination" })
        #expect(withReason.suggested.likelihood == .significant)
        #expect(withReason.decided.likelihood == .limited)
        #expect(!withReason.isLoweringUnjustified)
        #expect(without.decided.likelihood == .significant)
        #expect(without.isLoweringUnjustified)
        #expect(
            MarkdownReport(bare).render().contains("lowers a level without a justification, so the suggestion stands"))
    }

    @Test("a measure marked done or planned lowers the residual likelihood of the risks it mitigates")
    func residualRisk() throws {
        let answers = "answers:\n  biometrics.face_matching: yes\n  biometrics.accuracy_tested: no\n"
        let before = try Self.assess(answers)
        let after = try Self.assess("measures:\n  biometrics.test_accuracy: {status: planned, owner: Lab}\n" + answers)
        let risk = { (a: Assessment) in a.risks.first { $0.risk.id == "risk.discrimination" } }
        #expect(risk(before)?.residual.likelihood == .significant)
        #expect(risk(after)?.residual.likelihood == .limited)
        #expect(risk(after)?.mitigatedBy == ["biometrics.test_accuracy"])
    }

    @Test("a shared measure appears once, listing every rule it answers")
    func sharedMeasureOnce() throws {
        let assessment = try Self.assess(Self.clearview)
        let stops = assessment.register.entries.filter { $0.measure.id == "stop_use" }
        #expect(stops.count == 1)
        let answers = Set(try #require(stops.first).answers.map(\.id))
        #expect(answers.isSuperset(of: ["clearview_like", "probe_upload_private_third_country"]))
        #expect(Set(assessment.register.entries.map(\.measure.id)).count == assessment.register.entries.count)
    }

    @Test("when a never-lawful pattern is detected, the register offers no safeguard, only stop, remedy, prevent")
    func neverLawful() throws {
        let assessment = try Self.assess(Self.clearview)
        #expect(assessment.register.neverLawfulBecause.map(\.id).contains("clearview_like"))
        #expect(assessment.register.entries.allSatisfy { $0.measure.kind != .safeguard })
        #expect(assessment.register.withheld.contains("vendor.sign_contract"))
    }

    @Test("a safeguard withheld because nothing can make the use lawful lowers no residual risk")
    func withheldSafeguard() throws {
        let assessment = try Self.assess("measures:\n  vendor.sign_contract: {status: done}\n" + Self.clearview)
        let risk = try #require(assessment.risks.first { $0.risk.id == "risk.loss_of_control" })
        #expect(assessment.register.withheld.contains("vendor.sign_contract"))
        #expect(risk.residual == risk.decided)
        #expect(risk.mitigatedBy.isEmpty)
    }

    @Test("a planned tool is told not to start, and owes no remedy for a use that never happened")
    func stageWording() throws {
        let planned = try Self.assess(
            Self.clearview.replacingOccurrences(of: "scope.already_used: yes", with: "scope.already_used: no")
                .replacingOccurrences(of: "  scope.use_forms: [trial_or_free_licence]\n", with: ""))
        #expect(planned.stage == .planned)
        let stop = try #require(planned.register.entry("stop_use"))
        #expect(stop.measure.text(for: planned.stage).text().hasPrefix("Do not start"))
        #expect(!planned.register.entries.contains { $0.measure.kind == .remedy })
        let used = try Self.assess(Self.clearview)
        #expect(used.stage == .inUse)
        #expect(try #require(used.register.entry("stop_use")).measure.text(for: used.stage).text().hasPrefix("Stop"))
        #expect(used.register.entry("request_deletion") != nil)
    }

    @Test("the description's stage wins over the answers")
    func descriptionStage() throws {
        let assessment = try Self.assess(
            "description: {stage: trial, purposes: [identify suspects]}\n" + Self.clearview)
        #expect(assessment.stage == .trial)
        #expect(assessment.answers.description.purposes == ["identify suspects"])
    }

    @Test(
        "a rule fired on an answer is established; on \"I don't know\" with the burden on the controller, not demonstrated"
    )
    func states() throws {
        let known = try Self.assess("answers:\n  vendor.external: yes\n  vendor.reuses_uploads: yes")
        let unknown = try Self.assess("answers:\n  vendor.external: yes\n  vendor.reuses_uploads: unknown")
        let state = { (a: Assessment) in a.findings.first { $0.rule.id == "vendor.reuses_uploads" }?.establishment }
        #expect(state(known) == .established)
        #expect(state(unknown) == .notDemonstrated)
    }

    @Test("an unknown recipient fires the private-recipient blocker and does not also keep the authority finding open")
    func exclusiveTransferFindings() throws {
        let assessment = try Self.assess(
            "answers:\n  vendor.external: yes\n  transfer.outside_eea: yes\n  transfer.recipient: unknown\n  transfer.ground: none"
        )
        let ids = assessment.findings.map(\.rule.id)
        #expect(ids.contains("transfer.private_recipient_no_art39"))
        #expect(!ids.contains("transfer.no_ground"))
    }

    @Test("the decision page gives at most seven reasons, never-lawful patterns first")
    func decisionReasons() throws {
        let assessment = try Self.assess(Self.clearview)
        #expect(assessment.decision.reasons.count <= 7)
        #expect(assessment.decision.reasons.first?.rule == RuleReference(.redPattern, "clearview_like"))
        #expect(assessment.decision.beforeUse.first == "stop_use")
    }

    @Test("a rejected measure needs a reason; an unknown measure or risk id is named with a suggestion")
    func recordDiagnostics() {
        let (_, diagnostics) = Self.load(
            """
            measures:
              stop_use: {status: rejected}
              stop_uses: {status: done}
            risks:
              risk.discrimnation: {likelihood: limited, justification: x}
            answers:
              vendor.external: no
            """)
        let messages = diagnostics.map(\.message)
        #expect(messages.contains("measure 'stop_use' is rejected without a 'reason'; say why it is not taken"))
        #expect(messages.contains("no measure 'stop_uses' in the 'eu' questionnaires; did you mean 'stop_use'?"))
        #expect(
            messages.contains(
                "no risk 'risk.discrimnation' in the 'eu' questionnaires; did you mean 'risk.discrimination'?"))
    }

    @Test("the DPIA blocks enter the canonical answers: a changed status changes the digest, no block keeps it")
    func canonicalForm() throws {
        let plain = try #require(Self.load(Self.clearview).0)
        let todo = try #require(Self.load("measures:\n  stop_use: {status: todo}\n" + Self.clearview).0)
        let done = try #require(Self.load("measures:\n  stop_use: {status: done}\n" + Self.clearview).0)
        #expect(CanonicalForm.answersDigest(todo) != CanonicalForm.answersDigest(done))
        #expect(!CanonicalForm.answers(plain).contains("\"measures\""))
        #expect(CanonicalForm.answers(done).contains("\"measures\":{\"stop_use\":{\"status\":\"done\"}}"))
    }
}
