public import Foundation

/// A value written in a condition, compared with a question's answer.
public enum Literal: Hashable, Sendable, CustomStringConvertible {
    /// A bare word: `yes`, `no` or an option id.
    case word(String)
    /// A number such as `3` or `-0.5`.
    case number(Decimal)
    /// A date written `YYYY-MM-DD`.
    case date(CalendarDate)
    /// Double-quoted text, held here without quotes or escapes.
    case text(String)

    /// The literal as condition source: text is quoted, with `"` and `\` escaped.
    public var description: String {
        switch self {
        case .word(let word): word
        case .number(let number): number.description
        case .date(let date): date.description
        case .text(let text): Literal.quoted(text)
        }
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" || scalar == "\\" { result.unicodeScalars.append("\\") }
            result.unicodeScalars.append(scalar)
        }
        result.unicodeScalars.append("\"")
        return result
    }
}
