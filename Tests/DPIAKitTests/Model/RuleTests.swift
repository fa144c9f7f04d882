import Testing

@testable import DPIAKit

@Suite("One rule type: a kind around a shared body")
struct RuleTests {
    private static let header = """
        format: dpia-questionnaire/1
        id: t
        title: T
        version: 1.0.0
        law_as_of: 2026-11-01
        jurisdiction: eu

        """

    @Test("a finding and a red pattern read and write their shared fields through the body")
    func sharedFieldsForward() throws {
        var bundle = Fixtures.bundle()
        var finding = try #require(bundle.findings.first)
        finding.measures = []
        finding.addenda.append(Addendum(text: LocalizedText("more"), layer: "t"))
        #expect(finding.body.measures.isEmpty)
        #expect(finding.body.addenda.last?.layer == "t")
        #expect(finding.kind == .finding)
        #expect(finding.reference == RuleReference(.finding, finding.id))
        bundle.findings[0] = finding
        #expect(bundle.rules.first?.body == finding.body)
        let pattern = try #require(bundle.redPatterns.first)
        #expect(pattern.reference == RuleReference(.redPattern, pattern.id))
        #expect(bundle.rules.map(\.kind) == bundle.findings.map(\.kind) + bundle.redPatterns.map(\.kind))
    }

    @Test(
        "the keys every rule has are read and reported alike for both kinds",
        arguments: [
            ("findings", RuleKind.finding, ["area: a", "severity: high"]), ("red_patterns", .redPattern, []),
        ])
    func sameProblemsForBothKinds(list: String, kind: RuleKind, own: [String]) {
        let lines =
            ["\(list):", "  - 1️⃣id: r.one"] + own.map { "    " + $0 } + [
                "    when: \"true\"", "    if_unknown: maybe",
            ]
        let marked = MarkedText(Self.header + lines.joined(separator: "\n") + "\n")
        let log = DiagnosticLog()
        _ = QuestionnaireLoader.load(text: marked.text, file: "test.yaml", log: log)
        let messages = log.sorted.map(\.message)
        #expect(messages.contains("missing required key 'title' in \(kind.noun)"))
        #expect(messages.contains("missing required key 'explanation' in \(kind.noun)"))
        #expect(messages.contains("\(kind.noun) 'r.one' cites no provision; add 'refs'"))
        #expect(messages.contains("'if_unknown' must be one of fires, open, ignore; found 'maybe'"))
        #expect(log.sorted.first?.location == marked.location("1️⃣"))
    }
}
