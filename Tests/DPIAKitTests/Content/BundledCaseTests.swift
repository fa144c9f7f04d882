import BundledQuestionnaires
import Testing

@testable import DPIAKit

/// What a careful DPO expects from each bundled case: the verdict, the red patterns detected, and the
/// provisions the key findings cite. Evaluated in process against the bundled questionnaires.
@Suite("Bundled cases")
struct BundledCaseTests {
    /// The expectations for one case.
    struct Expectation: Sendable, CustomTestStringConvertible {
        var name: String
        var verdict: Verdict
        var redPatterns: Set<String>
        /// Fired finding or red pattern id, and citations it must carry.
        var citations: [String: [String]] = [:]
        var date: CalendarDate? = nil
        var testDescription: String { name }
    }

    static let expectations: [Expectation] = [
        Expectation(
            name: "be-coc-clearview", verdict: .doNotDeploy,
            redPatterns: [
                "clearview_like", "trial_without_safeguards", "shadow_it", "probe_upload_private_third_country",
                "scraped_reference_database", "biometrics_without_dpia", "no_specific_legal_basis",
                "vulnerable_images_sent_out", "disclosure_not_remedied",
            ],
            citations: [
                "legal_basis.not_specific": ["PSA art. 44/1 §2", "LED Art. 8", "LED Art. 10"],
                "transfer.private_recipient_no_art39": ["LED Art. 35", "LED Art. 39(1)", "LED Art. 39(4)"],
                "vendor.no_contract": ["LED Art. 22"],
                "breach.past_external_use": ["LPD art. 61", "LED Art. 30"],
                "dpia.missing": ["LPD art. 58"],
                "retention.incompatible_reuse": ["LED Art. 4"],
                "retention.no_limits": ["LED Art. 5"],
                "vendor.no_audit_rights": ["LED Art. 22(3)"],
                "security.not_assessed": ["LED Art. 29"],
                "rights.no_erasure": ["LED Art. 16", "LPD art. 42"],
                "rights.no_access_procedure": ["LED Art. 14", "LPD art. 42"],
            ]),
        Expectation(
            name: "se-imy-clearview", verdict: .doNotDeploy,
            redPatterns: [
                "clearview_like", "trial_without_safeguards", "shadow_it", "probe_upload_private_third_country",
                "scraped_reference_database", "biometrics_without_dpia", "no_specific_legal_basis",
                "vulnerable_images_sent_out", "disclosure_not_remedied",
            ],
            citations: [
                "legal_basis.not_specific": ["BDL 2:12", "PBDL 2:4"],
                "organisation.no_training": ["BDL 3:2"],
                "dpia.missing": ["BDL 3:7"],
                "breach.past_external_use": ["BDL 4:2", "BDL 4:5"],
                "retention.no_limits": ["LED Art. 5", "BDF 2:2"],
                "retention.no_deletion_procedure": ["LED Art. 5", "BDF 2:2"],
                "rights.no_access_procedure": ["LED Art. 14", "BDL 4:3"],
                "dpia.dpo_not_consulted": ["LED Art. 34"],
                "vendor.no_audit_rights": ["LED Art. 22(3)"],
            ]),
        Expectation(
            name: "se-lawful-mugshot-comparison", verdict: .proceedWithRecommendations, redPatterns: []),
        Expectation(name: "eu-unknowns", verdict: .doNotDeploy, redPatterns: []),
        Expectation(
            name: "be-live-fr-football-match", verdict: .doNotDeploy,
            redPatterns: ["live_rbi_public_space", "no_specific_legal_basis"],
            citations: [
                "live_rbi_public_space": ["AI Act Art. 5(1)(h)", "PSA art. 25/1-25/8"],
                "ai_act.realtime_rbi_public": ["AI Act Art. 5(1)(h)"],
                "legal_basis.camera_rules_for_face_matching": ["LED Art. 8", "LED Art. 10"],
                "biometrics.non_matches_kept": ["LED Art. 5"],
                "be_police.camera_footage_fr": ["LED Art. 8", "LED Art. 10"],
                "dpia.no_prior_consultation": ["LPD art. 59"],
                "retention.not_minimised": ["LED Art. 4"],
                "retention.no_limits": ["LED Art. 5"],
                "security.not_assessed": ["LED Art. 29"],
                "organisation.not_in_record": ["LED Art. 24"],
            ]),
        Expectation(
            name: "se-eu-cloud-vendor-no-dpia", verdict: .deployOnlyAfterMeasures, redPatterns: [],
            citations: [
                "dpia.missing": ["LED Art. 27", "BDL 3:7"],
                "dpia.no_prior_consultation": ["LED Art. 28(1)"],
                "organisation.not_in_record": ["LED Art. 24"],
            ]),
        Expectation(
            name: "be-phone-face-grouping", verdict: .doNotDeploy,
            redPatterns: [
                "shadow_it", "probe_upload_private_third_country", "biometrics_without_dpia", "no_specific_legal_basis",
                "vulnerable_images_sent_out", "no_search_log", "disclosure_not_remedied",
            ],
            citations: [
                "legal_basis.not_specific": ["PSA art. 44/1 §2", "LED Art. 8", "LED Art. 10"],
                "probe_upload_private_third_country": ["LED Art. 39"],
                "biometrics.gallery_outside_eea": ["LED Art. 35", "LED Art. 39"],
                "transfer.private_recipient_no_art39": ["LED Art. 35", "LED Art. 39(1)", "LED Art. 39(4)"],
                "vendor.no_contract": ["LED Art. 22"],
                "vendor.reuses_uploads": ["LED Art. 22"],
                "dpia.missing": ["LPD art. 58"],
                "organisation.unapproved_use": ["LED Art. 19"],
                "retention.incompatible_reuse": ["LED Art. 4"],
                "security.shared_accounts": ["LED Art. 29"],
                "breach.past_external_use": ["LPD art. 61", "LED Art. 30"],
            ]),
        Expectation(
            name: "se-cloud-transcription-us-provider", verdict: .doNotDeploy, redPatterns: [],
            citations: [
                "dpia.missing": ["LED Art. 27", "BDL 3:7"],
                "dpia.no_prior_consultation": ["LED Art. 28(1)"],
                "organisation.no_logging": ["LED Art. 25"],
                "data.special_categories_not_justified": ["LED Art. 10"],
                "data.necessity_not_shown": ["LED Art. 8"],
                "data.no_retention_rule": ["LED Art. 5"],
                "data.vulnerable_people_to_unbound_provider": ["LED Art. 6", "LED Art. 22"],
                "transfer.private_recipient_no_art39": ["LED Art. 35", "LED Art. 39(1)"],
                "vendor.no_contract": ["LED Art. 22"],
            ]),
        Expectation(name: "be-inhouse-document-translation", verdict: .proceedWithRecommendations, redPatterns: []),
        Expectation(
            name: "se-staff-access-out-of-scope", verdict: .outOfScope, redPatterns: [],
            citations: ["scope.outside_led": ["LED Art. 9", "BDL 1:2"]]),
    ]

    private static func assess(_ name: String, date: CalendarDate? = nil) throws -> Assessment {
        let log = DiagnosticLog()
        let catalog = QuestionnaireCatalog.bundled(log: log)
        let file = try #require(catalog.cases.first { $0.name == "questionnaires/cases/\(name).yaml" })
        let (loaded, bundle) = try #require(catalog.loadAnswers(file, log: log))
        #expect(!log.hasErrors, "\(log.diagnostics)")
        var answers = loaded
        if let date { answers.metadata.date = date }
        return RuleEngine.assess(answers, with: bundle, today: day(2026, 11, 22))
    }

    @Test("every bundled case has expectations here")
    func everyCaseCovered() {
        let log = DiagnosticLog()
        let names = QuestionnaireCatalog.bundled(log: log).cases.map(\.name).sorted()
        #expect(names == Self.expectations.map { "questionnaires/cases/\($0.name).yaml" }.sorted())
    }

    @Test("the verdict, red patterns and key provisions are the expected ones", arguments: expectations)
    func caseOutcome(_ expected: Expectation) throws {
        let assessment = try Self.assess(expected.name)
        #expect(assessment.verdict == expected.verdict)
        #expect(Set(assessment.firedRedPatterns.map(\.pattern.id)) == expected.redPatterns)
        for (id, citations) in expected.citations {
            let cited =
                assessment.firedFindings.first { $0.rule.id == id }?.citations
                ?? assessment.firedRedPatterns.first { $0.pattern.id == id }?.citations
            let texts = try #require(cited, "'\(id)' did not fire in \(expected.name)").map(\.citation.description)
            for citation in citations { #expect(texts.contains(citation), "'\(id)' lacks \(citation)") }
        }
    }

    @Test("every bundled case inside the directive answers every required question it raises")
    func casesAreComplete() throws {
        for expected in Self.expectations where expected.verdict != .outOfScope {
            let assessment = try Self.assess(expected.name)
            #expect(assessment.unanswered.isEmpty, "\(expected.name): \(assessment.unanswered.map(\.id))")
        }
    }

    @Test(
        "a processor contract with authorised sub-processors, audit rights and retention limits raises no vendor or retention finding"
    )
    func europeanVendorContract() throws {
        let assessment = try Self.assess("se-eu-cloud-vendor-no-dpia")
        let fired = Set(assessment.findings.map(\.rule.id))
        for id in [
            "vendor.no_contract", "vendor.unauthorised_subprocessors", "vendor.no_audit_rights", "vendor.no_deletion",
            "retention.no_limits", "retention.no_deletion_procedure", "rights.no_erasure", "security.not_assessed",
            "biometrics.gallery_at_unbound_provider", "biometrics.gallery_outside_eea",
            "biometrics.gallery_holds_non_suspects", "transfer.foreign_access_not_assessed",
        ] {
            #expect(!fired.contains(id), "'\(id)' should not be raised for a proper processor contract")
        }
    }

    @Test("the general rules fire for a tool that does no face comparison, and no biometric rule does")
    func nonBiometricTool() throws {
        let cloud = try Self.assess("se-cloud-transcription-us-provider")
        let fired = Set(cloud.firedFindings.map(\.rule.id))
        for id in [
            "dpia.missing", "dpia.no_prior_consultation", "organisation.no_logging", "data.necessity_not_shown",
            "data.special_categories_not_justified", "data.no_retention_rule", "vendor.no_contract",
            "transfer.private_recipient_no_art39", "security.not_assessed",
        ] {
            #expect(fired.contains(id), "'\(id)' must fire for a tool without face matching")
        }
        let inHouse = try Self.assess("be-inhouse-document-translation")
        for assessment in [cloud, inHouse] {
            #expect(!assessment.findings.contains { $0.rule.id.hasPrefix("biometrics.") })
            #expect(!assessment.findings.contains { $0.rule.id.hasPrefix("ai_act.") })
        }
        #expect(inHouse.findings.isEmpty, "\(inHouse.findings.map(\.rule.id))")
    }

    @Test("1:1 verification gets its own findings and none of the identification or AI Act Annex III 1(a) ones")
    func verificationIsNotIdentification() throws {
        let log = DiagnosticLog()
        let catalog = QuestionnaireCatalog.bundled(log: log)
        let file = try #require(
            catalog.cases.first { $0.name == "questionnaires/cases/se-lawful-mugshot-comparison.yaml" })
        let identification = "  biometrics.comparison_mode: identification\n"
        #expect(file.text.contains(identification))
        let verification =
            "  biometrics.comparison_mode: verification\n  biometrics.verification_reference: document_presented\n"
            + "  biometrics.verification_fallback: no\n  biometrics.verification_data_discarded: no\n"
        // The case's answers on the FRIA, post-event authorisation and candidate checks stay in the file:
        // they no longer apply, so a rule that still depended on them would fire as if unanswered.
        let text = file.text.replacingOccurrences(of: identification, with: verification)
        let (answers, bundle) = try #require(
            catalog.loadAnswers(InputFile(name: "verification.yaml", text: text), log: DiagnosticLog()))
        let assessment = RuleEngine.assess(answers, with: bundle, today: day(2026, 11, 22))
        let fired = Set(assessment.firedFindings.map(\.rule.id))
        #expect(fired.isSuperset(of: ["biometrics.verification_no_fallback", "biometrics.verification_data_kept"]))
        let all = Set(assessment.findings.map(\.rule.id))
        for id in [
            "ai_act.no_fria", "ai_act.post_rbi_unauthorised", "biometrics.no_human_verification",
            "retention.results_not_labelled", "biometrics.scraped_gallery", "biometrics.gallery_origin_unknown",
        ] {
            #expect(!all.contains(id), "'\(id)' is an identification rule")
        }
    }

    @Test("the control case has no blocker, no high finding and no red pattern, even open")
    func controlCaseIsClean() throws {
        let assessment = try Self.assess("se-lawful-mugshot-comparison")
        #expect(assessment.findings.allSatisfy { $0.severity > .high })
        #expect(assessment.redPatterns.isEmpty)
    }

    @Test("the Clearview cases name their precedent and the measures the authorities ordered")
    func clearviewPrecedentsAndMeasures() throws {
        let belgium = try Self.assess("be-coc-clearview")
        let sweden = try Self.assess("se-imy-clearview")
        let pattern = { (a: Assessment) in a.firedRedPatterns.first { $0.pattern.id == "clearview_like" } }
        #expect(pattern(belgium)?.pattern.precedents.map(\.value).contains("coc-clearview-2022") == true)
        #expect(pattern(sweden)?.pattern.precedents.map(\.value).contains("imy-di-2020-2719") == true)
        let measures = { (a: Assessment) in Set(a.register.entries.map(\.measure.id)) }
        #expect(measures(belgium).isSuperset(of: ["request_deletion", "handle_breach", "be.breach.notify_coc"]))
        #expect(
            measures(sweden).isSuperset(of: [
                "se.organisation.train_and_reach", "se.breach.inform_subjects", "se.breach.vendor_deletion",
            ]))
    }

    @Test("the scraping prohibition binds from 2025: advice in 2022, a blocker in June 2026")
    func aiActByDate() throws {
        let finding = { (a: Assessment) in a.findings.first { $0.rule.id == "ai_act.scraped_database" } }
        #expect(finding(try Self.assess("be-coc-clearview"))?.severity == .advice)
        #expect(finding(try Self.assess("be-coc-clearview", date: day(2026, 6, 1)))?.severity == .blocker)
    }

    @Test(
        "face grouping in a phone's photo app is biometric processing: own photos and no scraped gallery, yet not deployable"
    )
    func phoneFaceGrouping() throws {
        let assessment = try Self.assess("be-phone-face-grouping")
        #expect(assessment.verdict == .doNotDeploy)
        let findings = Set(assessment.findings.map(\.rule.id))
        for id in ["biometrics.scraped_gallery", "biometrics.gallery_origin_unknown", "ai_act.scraped_database"] {
            #expect(!findings.contains(id), "'\(id)' needs a scraped or undocumented gallery, which this case has not")
        }
        let reuse = try #require(assessment.findings.first { $0.rule.id == "vendor.reuses_uploads" })
        #expect(
            reuse.status == .fired && reuse.severity == .blocker,
            "consumer terms the police cannot check count against them")
        let deletion = try #require(assessment.findings.first { $0.rule.id == "vendor.no_deletion" })
        #expect(deletion.status == .open)
        #expect(
            assessment.openPoints.map(\.question.id) == [
                "biometrics.gallery_upload_subjects", "biometrics.gallery_upload_size", "vendor.reuses_uploads",
                "vendor.deletion_possible", "transfer.foreign_access",
            ])
    }

    @Test("the unknowns case lists every unknown under open points and does not proceed")
    func unknowns() throws {
        let assessment = try Self.assess("eu-unknowns")
        let unknown = assessment.transcript.filter { $0.answer?.state == .unknown }.map(\.question.id)
        #expect(!unknown.isEmpty)
        #expect(assessment.openPoints.map(\.question.id) == unknown)
        #expect(assessment.verdict != .proceedWithRecommendations)
    }

    @Test("the out-of-scope case reports only the scope finding and names the GDPR")
    func outOfScope() throws {
        let assessment = try Self.assess("se-staff-access-out-of-scope")
        #expect(assessment.findings.map(\.rule.id) == ["scope.outside_led"])
        #expect(assessment.findings.first?.rule.explanation.text().contains("GDPR") == true)
        let report = MarkdownReport(assessment).render()
        #expect(!report.contains("(not answered)"))
        #expect(report.contains("The assessment stopped at scope"))
    }
}
