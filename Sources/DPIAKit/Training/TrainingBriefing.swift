/// The text a trainee reads before the quiz: the case's title, the facts, and how the quiz works.
/// Pure; the record comes after, from ``TrainingRecord``.
public struct TrainingBriefing: Sendable {
    /// The case.
    public var trainingCase: TrainingCase

    /// Creates a briefing.
    public init(_ trainingCase: TrainingCase) {
        self.trainingCase = trainingCase
    }

    /// The briefing as terminal text.
    public func render() -> String {
        lines(width: nil).joined(separator: "\n") + "\n"
    }

    /// The briefing's lines, the story reflowed and wrapped to `width` columns when given.
    public func lines(width: Int?) -> [String] {
        let count = trainingCase.focus.map { "\($0.count) questions" } ?? "the questions of the assessment"
        var lines = TextLayout.wrap("Training case: \(trainingCase.title)", width: width)
        lines.append("")
        lines += TextLayout.reflow(trainingCase.brief.narrative, width: width)
        lines.append("")
        lines += TextLayout.wrap(
            "Answer \(count) as the data protection officer should have, from the facts above. "
                + "The law is applied as of \(trainingCase.key.metadata.date?.description ?? "today"). "
                + "Type ? at a question for its guidance, u when the facts do not say, f to read the facts again. "
                + "At the end your answers are compared with the key and scored.", width: width)
        lines.append("")
        return lines
    }
}
