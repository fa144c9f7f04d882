/// The text a trainee reads before the quiz: the case's title, the facts, and how the quiz works.
/// Pure; the record comes after, from ``TrainingRecord``.
public struct TrainingBriefing: Sendable {
    /// The case.
    public var trainingCase: TrainingCase
    /// The language the briefing is written in.
    public var language: Language

    /// Creates a briefing in `language`.
    public init(_ trainingCase: TrainingCase, language: Language = .en) {
        self.trainingCase = trainingCase
        self.language = language
    }

    /// The briefing as terminal text.
    public func render() -> String {
        lines(width: nil).joined(separator: "\n") + "\n"
    }

    /// The briefing's lines, the story reflowed and wrapped to `width` columns when given.
    public func lines(width: Int?) -> [String] {
        var lines = TextLayout.wrap(TrainingText.briefingTitle(trainingCase.title).text(in: language), width: width)
        lines.append("")
        lines += TextLayout.reflow(trainingCase.brief.narrative(in: language), width: width)
        lines.append("")
        let date = trainingCase.key.metadata.date.map(language.date)
        lines += TextLayout.wrap(
            TrainingText.briefing(questions: trainingCase.focus?.count, date: date).text(in: language), width: width)
        lines.append("")
        return lines
    }
}
