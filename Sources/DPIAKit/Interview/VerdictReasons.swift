/// What decided an assessment's verdict, for the end of an interview: the red patterns and findings
/// (or the open questions) that made it, in plain words. Pure.
public enum VerdictReasons {
    /// The decisive reasons for `assessment`'s verdict, most serious first; at most `limit`, the rest
    /// counted in a last line.
    public static func of(_ assessment: Assessment, limit: Int = 6) -> [String] {
        let firedPatterns = assessment.redPatterns.filter { $0.status == .fired }
        let openPatterns = assessment.redPatterns.filter { $0.status == .open }
        let finding = { (item: Finding) in
            let status = item.status == .fired ? "" : ", cannot be excluded on the answers given"
            return "finding (\(item.severity.rawValue)\(status)): \(item.rule.title.text())"
        }
        var reasons: [String]
        switch assessment.verdict {
        case .outOfScope:
            reasons = assessment.findings.filter { $0.status == .fired && $0.rule.isOutOfScope }.map {
                $0.rule.title.text()
            }
        case .doNotDeploy:
            reasons =
                firedPatterns.map { "red pattern: \($0.pattern.title.text())" }
                + assessment.findings.filter { $0.status == .fired && $0.severity == .blocker }.map(finding)
        case .incomplete:
            reasons = assessment.unanswered.map { "not answered: \($0.label)" }
        case .deployOnlyAfterMeasures:
            reasons =
                openPatterns.map { "red pattern that cannot be excluded: \($0.pattern.title.text())" }
                + assessment.findings.filter { $0.severity <= .high }.map(finding)
        case .proceedWithRecommendations:
            reasons = []
        }
        guard reasons.count > limit else { return reasons }
        return Array(reasons.prefix(limit)) + ["and \(reasons.count - limit) more, listed in the report"]
    }
}
