public import Foundation

/// A definite answer to one question, shaped by the question's type.
public enum AnswerValue: Hashable, Sendable {
    /// The answer to a `yes_no` question: `true` for yes.
    case yesNo(Bool)
    /// The option id chosen for a `single_choice` question.
    case choice(String)
    /// The option ids chosen for a `multiple_choice` question.
    case choices([String])
    /// The answer to a `text` question.
    case text(String)
    /// The answer to a `date` question.
    case date(CalendarDate)
    /// The answer to a `number` question.
    case number(Decimal)
}
