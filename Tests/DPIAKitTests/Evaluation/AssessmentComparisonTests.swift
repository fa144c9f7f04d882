import Testing

@testable import DPIAKit

@Suite("Comparing two assessments")
struct AssessmentComparisonTests {
    static let before = Fixtures.assess(
        """
          vendor.external: yes
          vendor.kind: private_company
          vendor.contract: no
          vendor.se_register: yes
        """)
    static let after = Fixtures.assess(
        """
          vendor.external: yes
          vendor.kind: public_body
          vendor.contract: yes
          vendor.se_register: yes
        """)

    @Test("changed answers are listed, unchanged ones are not")
    func changedAnswers() {
        let comparison = AssessmentComparison(old: Self.before, new: Self.after)
        #expect(comparison.changedAnswers.map(\.question.rawValue) == ["vendor.kind", "vendor.contract"])
    }

    @Test("findings and red patterns that no longer fire are resolved, new ones added")
    func resolvedAndAdded() {
        let comparison = AssessmentComparison(old: Self.before, new: Self.after)
        #expect(comparison.redPatternsResolved.map(\.id) == ["private_without_contract"])
        #expect(comparison.findingsResolved.map(\.id).contains("vendor.no_contract"))
        #expect(comparison.findingsAdded.isEmpty)
        let reverse = AssessmentComparison(old: Self.after, new: Self.before)
        #expect(reverse.redPatternsAdded.map(\.id) == ["private_without_contract"])
    }

    @Test("the Markdown names the verdict before and after and the resolved items")
    func markdown() {
        let text = DiffReport(AssessmentComparison(old: Self.before, new: Self.after)).render()
        #expect(text.contains("| Verdict | **\(Self.before.verdict.rawValue)** | **\(Self.after.verdict.rawValue)** |"))
        #expect(text.contains("### Resolved\n\n- `private_without_contract`"))
        #expect(AssessmentComparison(old: Self.before, new: Self.before).changedAnswers.isEmpty)
        #expect(
            DiffReport(AssessmentComparison(old: Self.before, new: Self.before)).render().contains("No answer changed.")
        )
    }
}
