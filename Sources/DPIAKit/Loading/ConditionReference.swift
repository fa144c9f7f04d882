/// One place where a condition names a question, with how the question is used there.
///
/// A linter can check from this alone that the question exists (``offset``), that each literal
/// compared with it fits its type or is one of its options (``LocatedLiteral/offset``), and that
/// the form suits the question's type (``usage``).
public struct ConditionReference: Sendable, Equatable {
    /// How a condition uses a question it names.
    public enum Usage: Sendable, Equatable {
        /// A bare id, shorthand for `q == yes`; needs a `yes_no` question.
        case bareYes
        /// `q op v`; ordering operators need a `number` or `date` question.
        case compare(ComparisonOperator, LocatedLiteral)
        /// `q in [a, b]`; every value must fit the question, as for `==`.
        case oneOf([LocatedLiteral])
        /// `q contains a`; needs a `multiple_choice` question and one of its options.
        case contains(LocatedLiteral)
        /// `answered(q)`; suits every type.
        case answered
        /// `unknown(q)`; suits every question that allows "I don't know".
        case unknown
    }

    /// The question named.
    public let question: QuestionID
    /// Where the question id starts, counted in Unicode scalars from the start of the condition.
    public let offset: Int
    /// How many Unicode scalars the question id spans.
    public let length: Int
    /// The form the question appears in, with any literals and their positions.
    public let usage: Usage

    /// Creates a reference.
    public init(question: QuestionID, offset: Int, length: Int, usage: Usage) {
        self.question = question
        self.offset = offset
        self.length = length
        self.usage = usage
    }
}
