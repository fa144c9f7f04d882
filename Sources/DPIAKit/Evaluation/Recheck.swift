/// What re-evaluating a stored assessment against the current (or given) questionnaires and date
/// changes, against the assessment as it stood on its own date: the verdict, the findings and red
/// patterns that appear, disappear or change state or severity, the provisions that have come to
/// bind, the layer versions that moved, and the answers that no longer match a question. Pure.
public struct Recheck: Sendable {
    /// A layer whose version differs from the one the answers were made against.
    public struct VersionChange: Hashable, Sendable {
        /// The layer id.
        public var layer: String
        /// The version the answers name; nil when they name none for this layer.
        public var madeAgainst: String?
        /// The version used now; nil when the bundle no longer has the layer.
        public var current: String?
    }

    /// A provision that did not bind on the assessment's own date and binds on the date rechecked.
    public struct NewlyBinding: Hashable, Sendable {
        /// The provision.
        public var citation: Citation
        /// The date it binds from.
        public var from: CalendarDate
        /// The findings and red patterns that cite it, by id.
        public var rules: [String]
    }

    /// The assessment as of the file's own date, with the questionnaires it is compared against.
    public var before: Assessment
    /// The assessment as of the date rechecked, with the current (or given) questionnaires.
    public var after: Assessment
    /// Problems loading the answers against the questionnaires of `after`: answers to questions
    /// that are gone, or values a question no longer allows. Such answers are left out of `after`.
    public var unmatchedAnswers: [Diagnostic]

    /// Creates a recheck from the two assessments of one answers file.
    public init(before: Assessment, after: Assessment, unmatchedAnswers: [Diagnostic] = []) {
        self.before = before
        self.after = after
        self.unmatchedAnswers = unmatchedAnswers
    }

    /// The comparison of the two assessments.
    public var comparison: AssessmentComparison { AssessmentComparison(old: before, new: after) }

    /// The layers of the bundle used now whose versions differ from those the answers name, then
    /// the layers the answers name that the bundle no longer has.
    /// A file that names no versions at all has nothing to compare against: none are listed.
    public var versionChanges: [VersionChange] {
        guard !after.answers.madeAgainst.isEmpty else { return [] }
        let made = Dictionary(after.answers.madeAgainst.map { ($0.layer, $0.value) }, uniquingKeysWith: { a, _ in a })
        var changes = after.bundle.layers.compactMap { layer in
            made[layer.id] == layer.version
                ? nil : VersionChange(layer: layer.id, madeAgainst: made[layer.id], current: layer.version)
        }
        let ids = Set(after.bundle.layers.map(\.id))
        for entry in after.answers.madeAgainst where !ids.contains(entry.layer) {
            changes.append(VersionChange(layer: entry.layer, madeAgainst: entry.value, current: nil))
        }
        return changes
    }

    /// Provisions cited by a finding or red pattern that did not bind on the assessment's own date
    /// and bind on the date rechecked, in the order the new assessment cites them.
    public var newlyBinding: [NewlyBinding] {
        var pending: [String: [Citation: CalendarDate]] = [:]
        for finding in before.findings { pending[finding.rule.id] = Self.notBinding(finding.citations) }
        for match in before.redPatterns { pending[match.pattern.id] = Self.notBinding(match.citations) }
        var order: [Citation] = []
        var result: [Citation: NewlyBinding] = [:]
        let cited =
            after.redPatterns.map { ($0.pattern.id, $0.citations) } + after.findings.map { ($0.rule.id, $0.citations) }
        for (id, citations) in cited {
            for applied in citations where applied.isBinding {
                guard let from = pending[id]?[applied.citation] else { continue }
                if result[applied.citation] == nil {
                    order.append(applied.citation)
                    result[applied.citation] = NewlyBinding(citation: applied.citation, from: from, rules: [])
                }
                if result[applied.citation]?.rules.contains(id) == false { result[applied.citation]?.rules.append(id) }
            }
        }
        return order.compactMap { result[$0] }
    }

    private static func notBinding(_ citations: [AppliedCitation]) -> [Citation: CalendarDate] {
        var result: [Citation: CalendarDate] = [:]
        for applied in citations { if let date = applied.notBindingUntil { result[applied.citation] = date } }
        return result
    }

    /// How many things changed; 0 when the file stands as it did.
    public var changeCount: Int {
        let comparison = comparison
        return (before.verdict == after.verdict ? 0 : 1) + comparison.findingsAdded.count
            + comparison.findingsResolved.count + comparison.redPatternsAdded.count
            + comparison.redPatternsResolved.count + newlyBinding.count + versionChanges.count
            + unmatchedAnswers.count
    }

    /// True when anything changed.
    public var hasChanges: Bool { changeCount > 0 }

    /// The plain-text lines for this file: a headline starting at the first column (`FILE: changed,
    /// N changes` or `FILE: as before`), then one indented line per change.
    public func lines() -> [String] {
        let versions = before.answers.madeAgainst.map { "\($0.layer) \($0.value)" }.joined(separator: ", ")
        let now = after.bundle.layers.map { "\($0.id) \($0.version)" }.joined(separator: ", ")
        let frame = "(made \(before.date) against \(versions.isEmpty ? "no named versions" : versions); "
        let count = changeCount
        guard count > 0 else {
            return ["\(after.answers.file): as before \(frame)rechecked \(after.date) with \(now))"]
        }
        var lines = [
            "\(after.answers.file): changed, \(count) change\(count == 1 ? "" : "s") \(frame)rechecked \(after.date) with \(now))"
        ]
        if before.verdict != after.verdict {
            lines.append("  verdict: \(before.verdict.rawValue) -> \(after.verdict.rawValue)")
        } else {
            lines.append("  verdict: \(after.verdict.rawValue), as before")
        }
        let comparison = comparison
        lines += Self.ruleLines("red pattern", comparison.redPatternsAdded + comparison.redPatternsResolved)
        lines += Self.ruleLines("finding", comparison.findingsAdded + comparison.findingsResolved)
        for binding in newlyBinding {
            let rules = binding.rules.map { "'\($0)'" }.joined(separator: ", ")
            lines.append("  now binding (from \(binding.from)): \(binding.citation), cited by \(rules)")
        }
        for change in versionChanges {
            lines.append(
                "  questionnaire '\(change.layer)': \(change.madeAgainst ?? "not named") -> \(change.current ?? "no longer in the bundle")"
            )
        }
        for problem in unmatchedAnswers {
            var place = ""
            if let location = problem.location, location.line > 0 { place = " (line \(location.line))" }
            lines.append("  answer no longer matches\(place): \(problem.message)")
        }
        return lines
    }

    private static func ruleLines(_ kind: String, _ changes: [AssessmentComparison.RuleChange]) -> [String] {
        changes.map { change in
            switch (change.old, change.new) {
            case (nil, let new?): "  + \(kind) '\(change.id)' (\(new)): \(change.title)"
            case (let old?, nil): "  - \(kind) '\(change.id)' (was \(old)): \(change.title)"
            case (let old?, let new?): "  ~ \(kind) '\(change.id)' (\(old) -> \(new)): \(change.title)"
            case (nil, nil): "  ~ \(kind) '\(change.id)': \(change.title)"
            }
        }
    }
}
