/// The stable, dotted identifier of a question, such as `transfer.outside_eea`.
///
/// Answers are keyed by these identifiers, so they never change once published. The
/// initialisers do not validate; use ``isValid(_:)`` where the text comes from a file.
public struct QuestionID: Hashable, Comparable, Sendable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The identifier exactly as written, for example `transfer.outside_eea`.
    public let rawValue: String

    /// Creates an identifier from its text without validating it.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// Creates an identifier from a string literal without validating it.
    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// The identifier's text.
    public var description: String { rawValue }

    /// Orders identifiers by their text.
    public static func < (lhs: QuestionID, rhs: QuestionID) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// Tells whether `s` matches `[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+`.
    public static func isValid(_ s: String) -> Bool {
        let segments = s.split(separator: ".", omittingEmptySubsequences: false)
        return segments.count >= 2 && segments.allSatisfy { isWord($0) }
    }

    /// Tells whether `s` matches `[a-z][a-z0-9_]*`, the shape of one id segment or option id.
    static func isWord(_ s: Substring) -> Bool {
        guard let first = s.unicodeScalars.first, isLowercaseLetter(first) else { return false }
        return s.unicodeScalars.allSatisfy {
            isLowercaseLetter($0) || isDigit($0) || $0 == "_"
        }
    }

    /// Tells whether `s` matches `[a-z][a-z0-9_]*`, the shape of one id segment or option id.
    static func isWord(_ s: String) -> Bool {
        isWord(Substring(s))
    }

    private static func isLowercaseLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}
