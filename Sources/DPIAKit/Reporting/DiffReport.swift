/// Renders an `AssessmentComparison` as Markdown: the verdict before and after, changed answers,
/// findings and red patterns added and resolved.
public struct DiffReport: Sendable {
    /// The comparison rendered.
    public var comparison: AssessmentComparison

    /// Creates a diff report.
    public init(_ comparison: AssessmentComparison) {
        self.comparison = comparison
    }

    /// The Markdown document, ending with a newline.
    public func render() -> String {
        let old = comparison.old
        let new = comparison.new
        var blocks = ["# DPIA changes: \(Markdown.inline(new.answers.metadata.processing))"]
        blocks.append(
            Markdown.table(
                header: ["", "Before", "After"],
                rows: [
                    ["Answers file", Markdown.inline(old.answers.file), Markdown.inline(new.answers.file)],
                    ["Assessment date", "\(old.date)", "\(new.date)"],
                    ["Verdict", "**\(old.verdict.rawValue)**", "**\(new.verdict.rawValue)**"],
                ]))
        blocks.append(
            old.verdict == new.verdict
                ? "The verdict is unchanged: **\(new.verdict.rawValue)**."
                : "The verdict changed from **\(old.verdict.rawValue)** to **\(new.verdict.rawValue)**.")
        blocks += answerSection()
        blocks += ruleSection(
            "Red patterns", added: comparison.redPatternsAdded, resolved: comparison.redPatternsResolved)
        blocks += ruleSection("Findings", added: comparison.findingsAdded, resolved: comparison.findingsResolved)
        blocks += riskSection()
        blocks += measureSection()
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private func riskSection() -> [String] {
        let changes = comparison.riskChanges
        guard !changes.isEmpty else { return ["## Risks", "No risk rating changed."] }
        let rating = { (rating: RiskRating?) in
            rating.map { "S\($0.severity.rawValue) L\($0.likelihood.rawValue)" + ($0.isHigh ? " (high)" : "") }
                ?? "does not apply"
        }
        let rows = changes.map { change -> [String] in
            let title = (change.new ?? change.old).map { Markdown.inline($0.risk.title.text()) } ?? ""
            var after = rating(change.new?.decided) + " → residual " + rating(change.new?.residual)
            if let justification = change.new?.justification { after += "; " + Markdown.inline(justification) }
            return [
                Markdown.code(change.id), title,
                rating(change.old?.decided) + " → residual " + rating(change.old?.residual), after,
            ]
        }
        return ["## Risks", Markdown.table(header: ["Id", "Risk", "Before", "After"], rows: rows)]
    }

    private func measureSection() -> [String] {
        let changes = comparison.measureChanges
        guard !changes.isEmpty else { return ["## Measures", "No measure changed."] }
        let report = MarkdownReport(comparison.new)
        let describe = { (entry: MeasureEntry?) -> String in
            guard let entry else { return "not in the register" }
            var text = report.statusLabel(entry.status)
            if let owner = entry.record?.owner { text += ", owner " + Markdown.inline(owner) }
            if let due = entry.record?.due { text += ", due \(due)" }
            if let evidence = entry.record?.evidence { text += ", evidence " + Markdown.inline(evidence) }
            return text
        }
        let rows = changes.map { change in
            [Markdown.code(change.id), describe(change.old), describe(change.new)]
        }
        return ["## Measures", Markdown.table(header: ["Id", "Before", "After"], rows: rows)]
    }

    private func answerSection() -> [String] {
        let changes = comparison.changedAnswers
        guard !changes.isEmpty else { return ["## Changed answers", "No answer changed."] }
        let rows = changes.map { change -> [String] in
            let question =
                comparison.new.bundle.question(change.question) ?? comparison.old.bundle.question(change.question)
            return [
                Markdown.code(change.question.rawValue),
                question.map { Markdown.inline($0.prompt.text()) } ?? "",
                describe(change.old, MarkdownReport(comparison.old), change.question),
                describe(change.new, MarkdownReport(comparison.new), change.question),
            ]
        }
        return ["## Changed answers", Markdown.table(header: ["Id", "Question", "Before", "After"], rows: rows)]
    }

    private func describe(_ answer: Answer?, _ report: MarkdownReport, _ id: QuestionID) -> String {
        guard let answer else { return "(not answered)" }
        var text = report.answerText(answer.state, id)
        if let note = answer.note { text += " Note: " + Markdown.inline(note) }
        if let evidence = answer.evidence { text += " Evidence: " + Markdown.inline(evidence) }
        return text
    }

    private func ruleSection(
        _ title: String, added: [AssessmentComparison.RuleChange], resolved: [AssessmentComparison.RuleChange]
    ) -> [String] {
        var blocks = ["## \(title)"]
        if added.isEmpty && resolved.isEmpty { return blocks + ["No change."] }
        if !added.isEmpty {
            blocks.append("### Added or changed")
            blocks.append(
                added.map { change in
                    let state = change.old.map { "\($0) → \(change.new ?? "")" } ?? (change.new ?? "")
                    return "- \(Markdown.code(change.id)) \(Markdown.inline(change.title)) (\(state))"
                }.joined(separator: "\n"))
        }
        if !resolved.isEmpty {
            blocks.append("### Resolved")
            blocks.append(
                resolved.map {
                    "- \(Markdown.code($0.id)) \(Markdown.inline($0.title)) (was \($0.old ?? ""))"
                }.joined(separator: "\n"))
        }
        return blocks
    }
}
