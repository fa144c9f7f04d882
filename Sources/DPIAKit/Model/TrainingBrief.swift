/// The trainer section of a case file (`training:`): what trainees read, what they discuss, which
/// questions they are asked, and what the supervisory authority decided. The case's own answers are
/// the answer key; this block adds the rest of it.
public struct TrainingBrief: Hashable, Sendable {
    /// The facts for trainees, with no verdict in it.
    public var narrative: String
    /// Questions for the class to discuss after the quiz.
    public var discussion: [String]
    /// The questions trainees answer; empty means every question the case asks.
    public var questions: [QuestionID]
    /// What the supervisory authority decided (a real case) or what the case teaches (an invented
    /// one), in the case author's words.
    public var outcome: String
    /// The decisions that settled the case, by precedent id of the bundle.
    public var precedents: [String]
    /// Where the block is written.
    public var location: SourceLocation

    /// Creates a brief.
    public init(
        narrative: String, discussion: [String], questions: [QuestionID], outcome: String,
        precedents: [String], location: SourceLocation
    ) {
        self.narrative = narrative
        self.discussion = discussion
        self.questions = questions
        self.outcome = outcome
        self.precedents = precedents
        self.location = location
    }
}
