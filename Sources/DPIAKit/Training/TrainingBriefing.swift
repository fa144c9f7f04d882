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
        let count = trainingCase.focus.map { "\($0.count) questions" } ?? "the questions of the assessment"
        var lines = [
            "Training case: \(trainingCase.title)",
            "",
            trainingCase.brief.narrative.trimmingWhitespace(),
            "",
            "Answer \(count) as the data protection officer should have, from the facts above. "
                + "The law is applied as of \(trainingCase.key.metadata.date?.description ?? "today"). "
                + "Type ? at a question for its guidance, u when the facts do not say. "
                + "At the end your answers are compared with the key and scored.",
        ]
        lines.append("")
        return lines.joined(separator: "\n") + "\n"
    }
}
