/// What decided an assessment's verdict, for the end of an interview: the red patterns and findings
/// (or the open questions) that made it, in plain words. Pure.
public enum VerdictReasons {
    /// The decisive reasons for `assessment`'s verdict, most serious first; at most `limit`, the rest
    /// counted in a last line; in `language`.
    public static func of(_ assessment: Assessment, limit: Int = 6, language: Language = .en) -> [String] {
        let say = { (text: InterviewText) in text.text(in: language) }
        let firedPatterns = assessment.redPatterns.filter { $0.status == .fired }
        let openPatterns = assessment.redPatterns.filter { $0.status == .open }
        let finding = { (item: Finding) in
            say(
                .reasonFinding(
                    title: item.rule.title.text(in: language), severity: item.severity, isFired: item.status == .fired))
        }
        var reasons: [String]
        switch assessment.verdict {
        case .outOfScope:
            reasons = assessment.findings.filter { $0.status == .fired && $0.rule.isOutOfScope }.map {
                $0.rule.title.text(in: language)
            }
        case .doNotDeploy:
            reasons =
                firedPatterns.map { say(.reasonRedPattern(title: $0.pattern.title.text(in: language))) }
                + assessment.findings.filter { $0.status == .fired && $0.severity == .blocker }.map(finding)
        case .incomplete:
            reasons = assessment.unanswered.map { say(.reasonNotAnswered(label: $0.label(in: language))) }
        case .deployOnlyAfterMeasures:
            reasons =
                openPatterns.map { say(.reasonOpenRedPattern(title: $0.pattern.title.text(in: language))) }
                + assessment.findings.filter { $0.severity <= .high }.map(finding)
        case .proceedWithRecommendations:
            reasons = []
        }
        guard reasons.count > limit else { return reasons }
        return Array(reasons.prefix(limit)) + [say(.moreReasons(reasons.count - limit))]
    }
}
