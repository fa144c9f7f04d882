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
    /// The facts, discussion questions and outcome in other languages (`translations:`), for a course
    /// held in that language; the texts as written stay the case's own.
    public var translations: [Language: Translation] = [:]

    /// A trainer section's texts in one more language.
    public struct Translation: Hashable, Sendable {
        /// The facts.
        public var narrative: String?
        /// The discussion questions (empty: as written).
        public var discussion: [String]
        /// What was decided.
        public var outcome: String?

        /// Creates a translation.
        public init(narrative: String?, discussion: [String], outcome: String?) {
            self.narrative = narrative
            self.discussion = discussion
            self.outcome = outcome
        }
    }

    /// The facts in `language`, or as written when the case has no translation into it.
    public func narrative(in language: Language) -> String { translations[language]?.narrative ?? narrative }

    /// The discussion questions in `language`, or as written.
    public func discussion(in language: Language) -> [String] {
        guard let translated = translations[language]?.discussion, !translated.isEmpty else { return discussion }
        return translated
    }

    /// What was decided, in `language`, or as written.
    public func outcome(in language: Language) -> String { translations[language]?.outcome ?? outcome }

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
