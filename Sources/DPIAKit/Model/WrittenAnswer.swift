import Foundation

/// An answer as written in a file (an answers file, or a rule's example), before it is checked
/// against the question it answers.
public enum WrittenAnswer: Hashable, Sendable {
    /// One value; `isPlain` is false when it was quoted (a quoted `"unknown"` is the word itself).
    case scalar(String, isPlain: Bool)
    /// A list; an item that is not a single value is nil.
    case list([String?])
    /// A mapping or other structure where a value was expected.
    case nested

    /// Why a written answer is not allowed for a question; `item` is the offending list item.
    public struct Problem: Error, Hashable, Sendable {
        /// The message, in the diagnostic style.
        public var message: String
        /// The 0-based position of the list item at fault, when one is.
        public var item: Int?
    }

    /// The answer state this value gives `question`, or the problem that makes it invalid.
    public func state(for question: Question) -> Result<AnswerState, Problem> {
        // A plain `unknown` is "I don't know"; quoted, it is the word itself (for text questions).
        if case .scalar("unknown", let isPlain) = self, isPlain || question.kind != .text {
            guard question.allowsUnknown else {
                return .failure(Problem(message: "'\(question.id)' does not accept 'unknown'; it must be answered"))
            }
            return .success(.unknown)
        }
        if question.kind == .multipleChoice {
            guard case .list(let items) = self else {
                return .failure(
                    Problem(
                        message:
                            "'\(question.id)' takes a list of options, like [a, b]; allowed: \(Self.allowed(question))")
                )
            }
            var chosen: [String] = []
            for (index, item) in items.enumerated() {
                guard let word = item, question.option(word) != nil else {
                    let shown = item.map(Diagnostic.excerpt) ?? "a nested value"
                    return .failure(
                        Problem(
                            message:
                                "'\(shown)' is not an option of '\(question.id)'; allowed: \(Self.allowed(question))",
                            item: index))
                }
                if !chosen.contains(word) { chosen.append(word) }
            }
            return .success(.value(.choices(chosen)))
        }
        guard case .scalar(let text, _) = self else {
            return .failure(
                Problem(message: "'\(question.id)' takes a single value; allowed: \(Self.allowed(question))"))
        }
        if let value = Self.value(text, for: question) { return .success(.value(value)) }
        if question.kind == .number, Self.hasNumberShape(text) {
            return .failure(
                Problem(
                    message:
                        "'\(Diagnostic.excerpt(text))' cannot be kept exactly; dpia keeps numbers of at most \(Decimal.maximumExactDigits) significant digits"
                ))
        }
        return .failure(Problem(message: Self.invalidMessage(text, for: question)))
    }

    private static func value(_ text: String, for question: Question) -> AnswerValue? {
        switch question.kind {
        case .yesNo:
            if text == "yes" { return .yesNo(true) }
            if text == "no" { return .yesNo(false) }
        case .singleChoice:
            if question.option(text) != nil { return .choice(text) }
        case .text:
            return .text(text)
        case .date:
            if let date = CalendarDate(text) { return .date(date) }
        case .number:
            if Self.hasNumberShape(text), let number = Decimal(exactly: text) { return .number(number) }
        case .multipleChoice:
            break
        }
        return nil
    }

    /// Whether `text` is written like a number: an optional minus, digits, and an optional point
    /// followed by digits.
    static func hasNumberShape(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars
        if scalars.first == "-" { scalars = scalars.dropFirst() }
        let parts = scalars.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.count <= 2
            && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } }
    }

    private static func invalidMessage(_ text: String, for question: Question) -> String {
        var message =
            "'\(Diagnostic.excerpt(text))' is not a valid answer to '\(question.id)'; allowed: \(allowed(question))"
        let yamlBooleans = ["true", "false", "on", "off", "y", "n"]
        if question.kind == .yesNo,
            yamlBooleans.contains(text.lowercased()) || ["Yes", "No", "YES", "NO"].contains(text)
        {
            // YAML 1.1 reads these as booleans; dpia never guesses which answer was meant.
            message += " (write yes or no in lowercase; words such as on, off, true or false are not read as answers)"
        } else if question.kind == .singleChoice || question.kind == .yesNo {
            let words = question.kind == .yesNo ? ["yes", "no"] : question.options.map(\.id)
            if let guess = Suggestion.closest(to: text, among: words) { message += "; did you mean '\(guess)'?" }
        }
        return message
    }

    /// The answers `question` accepts, for messages.
    private static func allowed(_ question: Question) -> String {
        let base: [String]
        switch question.kind {
        case .yesNo: base = ["yes", "no"]
        case .singleChoice, .multipleChoice: base = question.options.map(\.id)
        case .text: base = ["any text"]
        case .date: base = ["a date YYYY-MM-DD"]
        case .number: base = ["a number"]
        }
        return (base + (question.allowsUnknown ? ["unknown"] : [])).joined(separator: ", ")
    }
}

extension WrittenAnswer.Problem {
    init(message: String) {
        self.init(message: message, item: nil)
    }
}
