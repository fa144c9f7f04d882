import Foundation

/// Splits condition source into tokens on demand, so errors surface in source order.
struct ConditionLexer {
    /// One token with its position in Unicode scalars.
    struct Token: Equatable {
        enum Kind: Equatable {
            /// A run of letters, digits, `_` and `.`: a keyword, word or question id, not yet
            /// validated.
            case name(String)
            case number(Decimal)
            case date(CalendarDate)
            case text(String)
            case leftParen, rightParen, leftBracket, rightBracket, comma
            case comparison(ComparisonOperator)
            case end
        }

        let kind: Kind
        let offset: Int
        let length: Int
        /// The token as written, for messages.
        let spelling: String
    }

    private let scalars: [Unicode.Scalar]
    private var position = 0

    init(_ source: String) {
        scalars = Array(source.unicodeScalars)
    }

    /// The source length in Unicode scalars, where end-of-input errors point.
    var sourceLength: Int { scalars.count }

    mutating func next() throws(ConditionSyntaxError) -> Token {
        while position < scalars.count, scalars[position].properties.isWhitespace {
            position += 1
        }
        let start = position
        guard let first = peek() else {
            return Token(kind: .end, offset: start, length: 0, spelling: "")
        }
        switch first {
        case "(": return single(.leftParen)
        case ")": return single(.rightParen)
        case "[": return single(.leftBracket)
        case "]": return single(.rightBracket)
        case ",": return single(.comma)
        case "=", "!", "<", ">", "&", "|": return try comparison()
        case "\"": return try text()
        case "'": throw error("text is written in double quotes, not single quotes", at: start)
        default: break
        }
        if Self.isDigit(first) || (first == "-" && peek(1).map(Self.isDigit) == true) {
            return try numberOrDate()
        }
        if first.properties.isAlphabetic || first == "_" {
            let spelling = takeRun(where: Self.isNameScalar)
            return Token(
                kind: .name(spelling), offset: start, length: position - start,
                spelling: spelling)
        }
        throw error("unexpected character '\(first)'", at: start)
    }

    private mutating func comparison() throws(ConditionSyntaxError) -> Token {
        let start = position
        let pair = String(String.UnicodeScalarView(scalars[start..<min(start + 2, scalars.count)]))
        let op: ComparisonOperator
        switch pair {
        case "==": op = .equal
        case "!=": op = .notEqual
        case "<=": op = .lessOrEqual
        case ">=": op = .greaterOrEqual
        case "=>": throw error("'=>' is not an operator; did you mean '>='?", at: start)
        case "=<": throw error("'=<' is not an operator; did you mean '<='?", at: start)
        case "<>": throw error("'<>' is not an operator; did you mean '!='?", at: start)
        case "&&": throw error("'&&' is not an operator; use 'and'", at: start)
        case "||": throw error("'||' is not an operator; use 'or'", at: start)
        default:
            switch scalars[start] {
            case "<": op = .less
            case ">": op = .greater
            case "=": throw error("'=' is not an operator; did you mean '=='?", at: start)
            case "!": throw error("'!' is not an operator; use 'not'", at: start)
            case "&": throw error("'&' is not an operator; use 'and'", at: start)
            default: throw error("'|' is not an operator; use 'or'", at: start)
            }
        }
        position += op.rawValue.unicodeScalars.count
        return Token(
            kind: .comparison(op), offset: start, length: position - start,
            spelling: op.rawValue)
    }

    private mutating func text() throws(ConditionSyntaxError) -> Token {
        let start = position
        position += 1
        var value = String.UnicodeScalarView()
        while let scalar = peek() {
            position += 1
            switch scalar {
            case "\"":
                let spelling = String(String.UnicodeScalarView(scalars[start..<position]))
                return Token(
                    kind: .text(String(value)), offset: start, length: position - start,
                    spelling: spelling)
            case "\\":
                guard let escaped = peek() else { break }
                guard escaped == "\"" || escaped == "\\" else {
                    throw error(
                        "invalid escape '\\\(escaped)' in text literal; use '\\\"' or '\\\\'",
                        at: position - 1)
                }
                value.append(escaped)
                position += 1
            default:
                value.append(scalar)
            }
        }
        throw error("unterminated text literal", at: scalars.count)
    }

    private mutating func numberOrDate() throws(ConditionSyntaxError) -> Token {
        let start = position
        position += 1
        let spelling = String(scalars[start]) + takeRun { Self.isNameScalar($0) || $0 == "-" }
        let length = position - start
        if Self.hasDateShape(spelling) {
            guard let date = CalendarDate(spelling) else {
                throw error("'\(Diagnostic.excerpt(spelling))' is not a valid date", at: start)
            }
            return Token(kind: .date(date), offset: start, length: length, spelling: spelling)
        }
        if Self.hasNumberShape(spelling) {
            guard let number = Decimal(exactly: spelling) else {
                throw error(
                    "'\(Diagnostic.excerpt(spelling))' cannot be kept exactly; dpia keeps numbers of at most \(Decimal.maximumExactDigits) significant digits",
                    at: start)
            }
            return Token(kind: .number(number), offset: start, length: length, spelling: spelling)
        }
        if spelling.unicodeScalars.dropFirst().contains("-") {
            throw error(
                "'\(Diagnostic.excerpt(spelling))' is not a valid date (dates are written YYYY-MM-DD)",
                at: start)
        }
        throw error("'\(Diagnostic.excerpt(spelling))' is not a valid number", at: start)
    }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        position + ahead < scalars.count ? scalars[position + ahead] : nil
    }

    private mutating func single(_ kind: Token.Kind) -> Token {
        position += 1
        return Token(
            kind: kind, offset: position - 1, length: 1,
            spelling: String(scalars[position - 1]))
    }

    private mutating func takeRun(where belongs: (Unicode.Scalar) -> Bool) -> String {
        let start = position
        while let scalar = peek(), belongs(scalar) { position += 1 }
        return String(String.UnicodeScalarView(scalars[start..<position]))
    }

    private func error(_ message: String, at offset: Int) -> ConditionSyntaxError {
        ConditionSyntaxError(message: message, offset: offset)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || isDigit(scalar) || scalar == "_" || scalar == "."
    }

    /// Tells whether `s` is `dddd-dd-dd`, whether or not that day exists.
    private static func hasDateShape(_ s: String) -> Bool {
        let scalars = Array(s.unicodeScalars)
        guard scalars.count == 10 else { return false }
        return scalars.indices.allSatisfy { index in
            index == 4 || index == 7 ? scalars[index] == "-" : isDigit(scalars[index])
        }
    }

    /// Tells whether `s` matches `-?\d+(\.\d+)?`.
    private static func hasNumberShape(_ s: String) -> Bool {
        var scalars = Substring(s).unicodeScalars
        if scalars.first == "-" { scalars = scalars.dropFirst() }
        let parts = scalars.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.count <= 2
            && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(isDigit) }
    }
}
