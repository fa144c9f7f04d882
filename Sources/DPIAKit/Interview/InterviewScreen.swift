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
    public var label: String {
        switch self {
        case .organisation: "Organisation (the controller, such as a police force)"
        case .unit: "Unit that wants the processing (optional)"
        case .processing: "Processing or tool assessed, in one line"
        case .assessor: "Assessor: your name and role (optional)"
        case .date: "Date the law is applied as of, YYYY-MM-DD"
        }
    }

    /// What the field is for, shown by `?`.
    public var help: String {
        switch self {
        case .organisation:
            "The controller: the police force or authority that decides why and how the data is processed. It is named on the report's title page."
        case .unit:
            "The unit or team that wants to use the tool, such as an investigation unit. Leave it empty if the whole organisation is assessed."
        case .processing:
            "The tool or processing assessed, in one line, as it should appear in the report's title (for example: Clearview AI trial licence)."
        case .assessor:
            "Your name and role, so the report says who answered (for example: Jane Doe, data protection officer)."
        case .date:
            "The law is applied as it stands on this date: the AI Act's duties, for example, apply from their own dates. Use the date of the processing you assess, or today's for a planned one."
        }
    }
}

extension Question {
    /// The question's short label for messages and the review: the label written in the layer, else
    /// its prompt, cut at a word boundary to about 60 columns.
    public var label: String {
        if let written = writtenLabel { return written.text() }
        let prompt = self.prompt.text()
        guard TextLayout.columns(of: prompt) > 60 else { return prompt }
        var result = ""
        for word in prompt.split(separator: " ") {
            if TextLayout.columns(of: result) + word.count + 1 > 58 { break }
            result += (result.isEmpty ? "" : " ") + word
        }
        return result + "…"
    }
}
