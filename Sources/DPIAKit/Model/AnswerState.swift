/// Where one question stands in an interview, as conditions see it.
public enum AnswerState: Hashable, Sendable {
    /// The question is not relevant: its own condition is `false`.
    case notApplicable
    /// The question is relevant but has no answer yet.
    case unanswered
    /// The question was answered "I don't know".
    case unknown
    /// The question was answered with a definite value.
    case value(AnswerValue)
}
