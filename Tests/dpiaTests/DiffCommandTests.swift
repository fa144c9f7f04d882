import Foundation
import Testing

/// `dpia diff` between the Swedish Clearview case and the same processing put right.
@Suite("dpia diff")
struct DiffCommandTests {
    /// The Swedish case with the DPIA done (before first use, full content, DPO consulted, prior
    /// consultation) and the vendor dropped with its scraped gallery; the legal basis, necessity
    /// and approval a DPIA done in earnest establishes are answered too.
    static func remediedCase() throws -> String {
        var text = try CaseFiles.text("se-imy-clearview")
        let replacements: [(String, [String])] = [
            ("vendor.external", ["  vendor.external: no"]),
            ("vendor.kind", []), ("vendor.contract", []), ("vendor.reuses_uploads", []),
            ("vendor.deletion_possible", []), ("transfer.outside_eea", []), ("transfer.recipient", []),
            ("transfer.ground", []), ("transfer.documented", []),
            ("biometrics.gallery_source", ["  biometrics.gallery_source: [police_own_records]"]),
            ("dpia.completed", ["  dpia.completed: yes"]),
            ("dpia.before_first_use", ["  dpia.before_first_use: yes", "  dpia.minimum_content: yes"]),
            ("dpia.dpo_consulted", ["  dpia.dpo_consulted: yes"]),
            ("dpia.prior_consultation", ["  dpia.prior_consultation: consulted"]),
            ("legal_basis.provision", ["  legal_basis.provision: BDL 2:12 with PBDL 2:4, as assessed in the DPIA"]),
            ("legal_basis.basis_type", ["  legal_basis.basis_type: specific_provision"]),
            ("biometrics.necessity_assessed", ["  biometrics.necessity_assessed: yes"]),
            ("biometrics.alternatives_examined", ["  biometrics.alternatives_examined: yes"]),
            ("organisation.approved", ["  organisation.approved: yes"]),
        ]
        for (key, lines) in replacements {
            text = try #require(
                AnswersText.replacingEntry(key, indent: 2, with: lines, in: text), "no answer '\(key)' in the case")
        }
        return text
    }

    @Test("the remedied Swedish case shows the verdict change and the findings and red patterns resolved")
    func swedishCaseRemedied() throws {
        let folder = try TemporaryDirectory()
        let after = try folder.write(try Self.remediedCase(), to: "se-remedied.yaml")
        let run = try runDPIA(
            ["diff", CaseFiles.relativePath("se-imy-clearview"), after.path], currentDirectory: repositoryRoot)
        #expect(run.status == 0, "\(run.stderr)")
        let text = run.stdout
        #expect(text.contains("| Verdict | **DO NOT DEPLOY** | **DEPLOY ONLY AFTER MEASURES** |"))
        #expect(text.contains("The verdict changed from **DO NOT DEPLOY** to **DEPLOY ONLY AFTER MEASURES**."))
        #expect(text.contains("| `vendor.external` |"))
        #expect(text.contains("| `dpia.completed` |"))
        let redPatterns = try #require(section("## Red patterns", of: text))
        for id in ["clearview_like", "biometrics_without_dpia", "probe_upload_private_third_country"] {
            #expect(redPatterns.contains("### Resolved") && redPatterns.contains("- `\(id)` "), "\(id) not resolved")
        }
        let findings = try #require(section("## Findings", of: text))
        for id in ["dpia.missing", "dpia.not_before_use", "vendor.no_contract", "transfer.private_recipient_no_art39"] {
            #expect(findings.contains("- `\(id)` "), "\(id) not listed")
        }
        #expect(findings.components(separatedBy: "### Resolved").last?.contains("`dpia.missing`") == true)
    }

    @Test("a measure marked done and a risk decision changed are both listed")
    func measureAndRiskChanges() throws {
        let folder = try TemporaryDirectory()
        let measure = try CaseFiles.text("se-imy-clearview").replacingOccurrences(
            of: "se.breach.vendor_deletion: {owner: \"Polismyndigheten\", due: 2021-09-15, status: planned}",
            with:
                "se.breach.vendor_deletion: {owner: \"Polismyndigheten\", due: 2021-09-15, status: done, evidence: \"Letter of 2021-06-01\"}"
        )
        try #require(measure.contains("status: done"))
        let measureFile = try folder.write(measure, to: "measure.yaml")
        let measureRun = try runDPIA(
            ["diff", CaseFiles.relativePath("se-imy-clearview"), measureFile.path], currentDirectory: repositoryRoot)
        #expect(measureRun.status == 0, "\(measureRun.stderr)")
        let measures = try #require(section("## Measures", of: measureRun.stdout))
        #expect(
            measures.contains(
                "| `se.breach.vendor_deletion` | planned, owner Polismyndigheten, due 2021-09-15 | done, owner Polismyndigheten, due 2021-09-15, evidence Letter of 2021-06-01 |"
            ), "\(measures)")
        #expect(try #require(section("## Risks", of: measureRun.stdout)).contains("No risk rating changed."))

        let risk = try CaseFiles.text("se-eu-cloud-vendor-no-dpia").replacingOccurrences(
            of: "  risk.unlawful_disclosure:\n    likelihood: limited\n",
            with: "  risk.unlawful_disclosure:\n    likelihood: maximum\n")
        try #require(risk.contains("likelihood: maximum"))
        let riskFile = try folder.write(risk, to: "risk.yaml")
        let riskRun = try runDPIA(
            ["diff", CaseFiles.relativePath("se-eu-cloud-vendor-no-dpia"), riskFile.path],
            currentDirectory: repositoryRoot)
        #expect(riskRun.status == 0, "\(riskRun.stderr)")
        let risks = try #require(section("## Risks", of: riskRun.stdout))
        #expect(risks.contains("| `risk.unlawful_disclosure` |"), "\(risks)")
        #expect(risks.contains("S3 L2 → residual"), "\(risks)")
        #expect(risks.contains("S3 L4 (high) → residual"), "\(risks)")
    }

    @Test("a case compared with itself shows no change")
    func noChange() throws {
        let path = CaseFiles.relativePath("se-imy-clearview")
        let run = try runDPIA(["diff", path, path], currentDirectory: repositoryRoot)
        #expect(run.status == 0)
        #expect(run.stdout.contains("The verdict is unchanged: **DO NOT DEPLOY**."))
        #expect(run.stdout.contains("No answer changed."))
    }

    /// The text from `heading` to the next `## ` heading.
    private func section(_ heading: String, of text: String) -> String? {
        guard let start = text.range(of: heading + "\n") else { return nil }
        let rest = text[start.upperBound...]
        let end = rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }
}
