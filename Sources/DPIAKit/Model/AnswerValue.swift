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

extension Decimal {
    /// The most significant digits a number may have: what `Decimal` holds exactly.
    public static let maximumExactDigits = 38

    /// The number `text` spells (`-12.50`), only when it has at most 38 significant digits and is
    /// kept exactly: a number `Decimal` would round (or whose exponent is out of its range) is nil,
    /// so two different written numbers can never share a value or a canonical digest.
    public init?(exactly text: String) {
        let spelling = Decimal.normalizedSpelling(text)
        let digits = spelling.unicodeScalars.filter { ("0"..."9").contains($0) }.drop { $0 == "0" }
        guard digits.count <= Decimal.maximumExactDigits,
            let number = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")),
            number.description == spelling
        else { return nil }
        self = number
    }

    /// `text` as `Decimal.description` writes the same number: no leading zeros, no trailing zeros
    /// after the point, no point without a fraction, and no sign on zero.
    static func normalizedSpelling(_ text: String) -> String {
        var body = Substring(text)
        let isNegative = body.first == "-"
        if isNegative { body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        var integer = parts.first.map { String($0.drop { $0 == "0" }) } ?? ""
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        while fraction.last == "0" { fraction.removeLast() }
        if integer.isEmpty { integer = "0" }
        let digits = fraction.isEmpty ? integer : integer + "." + fraction
        return isNegative && digits != "0" ? "-" + digits : digits
    }
}
