import Testing

@testable import DPIAKit

@Suite("Evaluating an assessment")
struct RuleEngineTests {
    private func ids(_ assessment: Assessment, _ status: RuleStatus = .fired) -> [String] {
        assessment.findings.filter { $0.status == status }.map(\.rule.id)
    }

    @Test("a question behind a false condition is not asked and its stale answer is ignored")
    func relevance() {
        let assessment = Fixtures.assess(
            """
              vendor.external: no
              vendor.kind: private_company
              vendor.se_register: no
            """)
        #expect(!assessment.transcript.map(\.question.id.rawValue).contains("vendor.kind"))
        #expect(assessment.ignoredAnswers == ["vendor.kind"])
        #expect(ids(assessment).isEmpty)
        #expect(assessment.verdict == .proceedWithRecommendations)
    }

    @Test("if_unknown: fires treats an unknown as fired, open lists it, ignore drops it")
    func unknownPolicies() {
        let assessment = Fixtures.assess(
            """
              vendor.external: yes
              vendor.kind: unknown
              vendor.contract: unknown
              vendor.se_register: yes
            """)
        #expect(ids(assessment, .fired) == ["vendor.no_contract"])
        #expect(ids(assessment, .open) == ["vendor.private"])
        #expect(!assessment.findings.map(\.rule.id).contains("general.scraping"))
        #expect(assessment.redPatterns.map(\.status) == [.open])
        #expect(assessment.openPoints.map(\.question.id.rawValue) == ["vendor.kind", "vendor.contract"])
        #expect(assessment.verdict == .deployOnlyAfterMeasures)
    }

    @Test("a red pattern makes the verdict DO NOT DEPLOY and records why it fired")
    func redPattern() throws {
        let assessment = Fixtures.assess(
            """
              vendor.external: yes
              vendor.kind: private_company
              vendor.contract: no
              vendor.se_register: yes
            """)
        let match = try #require(assessment.redPatterns.first)
        #expect(match.status == .fired)
        #expect(match.reasons.map(\.question.rawValue) == ["vendor.kind", "vendor.contract"])
        #expect(assessment.verdict == .doNotDeploy)
    }

    @Test("a required relevant question left unanswered makes the verdict INCOMPLETE")
    func incomplete() {
        let assessment = Fixtures.assess("  vendor.external: no\n")
        #expect(assessment.unanswered.map(\.id.rawValue) == ["vendor.se_register"])
        #expect(assessment.verdict == .incomplete)
    }

    @Test("a finding whose provisions do not bind yet is advice; the same answers later are a blocker")
    func datedProvisions() throws {
        let answers = """
              vendor.external: yes
              vendor.kind: private_company
              vendor.contract: yes
              vendor.se_register: yes
            """
        let before = try #require(
            Fixtures.assess(answers, date: "2022-02-15").findings.first { $0.rule.id == "general.scraping" })
        #expect(before.severity == .advice)
        #expect(before.isComingIntoForce)
        #expect(before.citations.first?.notBindingUntil == day(2025, 2, 2))

        let after = Fixtures.assess(answers, date: "2026-06-01")
        let finding = try #require(after.findings.first { $0.rule.id == "general.scraping" })
        #expect(finding.severity == .blocker)
        #expect(finding.citations.allSatisfy { $0.isBinding })
        #expect(after.verdict == .doNotDeploy)
    }

    @Test("findings are ordered most severe first")
    func ordering() {
        let assessment = Fixtures.assess(
            """
              vendor.external: yes
              vendor.kind: private_company
              vendor.contract: yes
              vendor.se_register: yes
            """, date: "2026-06-01")
        #expect(assessment.findings.map(\.severity) == assessment.findings.map(\.severity).sorted())
    }

    @Test(
        "a dated provision covers its subdivisions but not a longer article number",
        arguments: [
            ("Art. 5", true), ("Art. 5(1)(e)", true), ("Art. 5 (1)", true), ("Art. 50", false), ("Art. 51(2)", false),
        ])
    func provisionCoverage(provision: String, covered: Bool) {
        #expect(Citation(sourceKey: "AI Act", provision: provision).isCovered(byProvision: "Art. 5") == covered)
    }

    @Test(
        "canonical citations split into source key and provision",
        arguments: [
            ("LED Art. 39(1)(b)", "LED", "Art. 39(1)(b)"), ("PSA art. 44/1 §2", "PSA", "art. 44/1 §2"),
            ("BDL 2:12", "BDL", "2:12"), ("AI Act Art. 5(1)(e)", "AI Act", "Art. 5(1)(e)"),
        ])
    func citationParsing(text: String, key: String, provision: String) throws {
        let citation = try #require(Citation(parsing: text))
        #expect(citation.sourceKey == key)
        #expect(citation.provision == provision)
        #expect(citation.description == text)
    }

    @Test("a fired out-of-scope finding stops the assessment: only it is reported, nothing is owed")
    func outOfScope() throws {
        let assess = Fixtures.assessScoped
        let outside = assess(["scope.lec_purpose": .value(.yesNo(false)), "scope.tool": .value(.yesNo(true))])
        #expect(ids(outside) == ["scope.not_led"])
        #expect(outside.redPatterns.isEmpty)
        #expect(outside.verdict == .outOfScope)
        let partly = assess(["scope.lec_purpose": .value(.yesNo(false))])
        #expect(partly.unanswered.isEmpty)
        #expect(partly.verdict == .outOfScope)
        let inside = assess(["scope.lec_purpose": .value(.yesNo(true)), "scope.tool": .value(.yesNo(true))])
        #expect(ids(inside) == ["scope.tool_used"])
        #expect(inside.verdict == .doNotDeploy)
    }
}
