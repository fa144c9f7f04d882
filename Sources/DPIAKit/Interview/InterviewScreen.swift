/// What the interview shows next: a step (a metadata field, a question, the review…) and, if the last
/// input needs one, a message. A value, so the whole interview can be tested without a terminal.
public struct InterviewScreen: Hashable, Sendable {
    /// Where the interview is.
    public enum Step: Hashable, Sendable {
        /// Asking for one field of the assessment's metadata.
        case metadata(MetadataField)
        /// Asking a question.
        case question(QuestionID)
        /// Asking for a note on a question.
        case note(QuestionID)
        /// Asking for an evidence reference on a question.
        case evidence(QuestionID)
        /// Listing the answers so that any can be changed; `isFinal` after the last question.
        case review(isFinal: Bool)
        /// Every question is answered and the review confirmed: the report can be written.
        case finished
        /// The user asked to stop; every answer is already saved.
        case quit
    }

    /// Feedback on the last input.
    public enum Message: Hashable, Sendable {
        /// The input was not accepted, and why.
        case problem(String)
        /// Something the user should know (a note saved, a question still open).
        case info(String)
        /// The help for the current question: its guidance, the provisions behind it, and the
        /// findings and red patterns that "I don't know" would fire.
        case guidance(String?, refs: [String], ifUnknown: [String] = [])
    }

    /// Where the interview is.
    public var step: Step
    /// Feedback on the last input, if any.
    public var message: Message?

    /// Creates a screen.
    public init(_ step: Step, message: Message? = nil) {
        self.step = step
        self.message = message
    }
}

/// The metadata asked before the questions, in the order asked.
public enum MetadataField: String, Hashable, Sendable, CaseIterable {
    /// The language the assessment is kept in; asked only when a new assessment starts without one.
    case language
    /// The controller.
    case organisation
    /// The unit that wants the processing; optional.
    case unit
    /// The processing or tool assessed.
    case processing
    /// Who answers; optional.
    case assessor
    /// The date the law is applied as of; defaults to today.
    case date

    /// Whether an empty answer is allowed (the field is then left out of the file).
    public var isOptional: Bool { self == .unit || self == .assessor }
}

extension MetadataField {
    /// What the field asks, as the interview shows it.
    public var label: String { label(in: .en) }

    /// What the field asks, in `language`.
    public func label(in language: Language) -> String {
        InterviewText.metadataLabel(self).text(in: language)
    }

    /// What the field is for, shown by `?`.
    public var help: String { help(in: .en) }

    /// What the field is for, in `language`.
    public func help(in language: Language) -> String {
        InterviewText.metadataHelp(self).text(in: language)
    }
}

extension Question {
    /// The question's short label for messages and the review: the label written in the layer, else
    /// its prompt, cut at a word boundary to about 60 columns.
    public var label: String { label(in: .en) }

    /// The question's short label in `language`.
    public func label(in language: Language) -> String {
        if let written = writtenLabel { return written.text(in: language) }
        let prompt = self.prompt.text(in: language)
        guard TextLayout.columns(of: prompt) > 60 else { return prompt }
        var result = ""
        for word in prompt.split(separator: " ") {
            if TextLayout.columns(of: result) + word.count + 1 > 58 { break }
            result += (result.isEmpty ? "" : " ") + word
        }
        return result + "…"
    }
}
