/// Parses the `when:` expression language of questionnaire files into ``Condition`` trees.
///
/// The grammar, loosest binding first:
///
///     or      := and ("or" and)*
///     and     := not ("and" not)*
///     not     := "not" not | primary
///     primary := "(" or ")" | "true" | "false"
///              | ("answered" | "unknown") "(" id ")"
///              | id [ op value | "in" "[" value ("," value)* "]" | "contains" value ]
///
/// Chains of `and` and of `or` are flattened, also across parentheses, so `(a.b and c.d) and
/// e.f` gives the same tree as `a.b and c.d and e.f`.
public struct ConditionParser {
    private enum Context {
        case start
        case openParen
        case keyword(String)
    }

    private static let keywords: Set<String> = [
        "and", "or", "not", "in", "contains", "true", "false", "answered", "unknown",
    ]

    private var lexer: ConditionLexer
    private var token: ConditionLexer.Token
    private var references: [ConditionReference] = []
    private var depth = 0

    // Deeper nesting than any real questionnaire needs; the limit keeps hostile input from
    // exhausting the stack in the recursive parser, printer and evaluator.
    private static let maximumDepth = 64

    private init(_ source: String) throws(ConditionSyntaxError) {
        lexer = ConditionLexer(source)
        token = try lexer.next()
    }

    /// Parses one condition, returning the tree and its question references, or the first
    /// syntax error in source order.
    public static func parse(_ source: String) -> Result<ParsedCondition, ConditionSyntaxError> {
        Result { () throws(ConditionSyntaxError) -> ParsedCondition in
            var parser = try ConditionParser(source)
            return try parser.parseWhole()
        }
    }

    private mutating func parseWhole() throws(ConditionSyntaxError) -> ParsedCondition {
        if token.kind == .end { throw error("empty condition", at: token.offset) }
        let condition = try parseOr(.start)
        switch token.kind {
        case .end:
            return ParsedCondition(condition: condition, references: references)
        case .rightParen:
            throw error("unexpected ')'")
        default:
            if let miscased = miscasedKeyword() { throw miscased }
            throw error("expected 'and' or 'or', found '\(Diagnostic.excerpt(token.spelling))'")
        }
    }

    private mutating func parseOr(_ context: Context) throws(ConditionSyntaxError) -> Condition {
        var operands = [try parseAnd(context)]
        while isKeyword("or") {
            try advance()
            operands.append(try parseAnd(.keyword("or")))
        }
        guard operands.count > 1 else { return operands[0] }
        return .any(
            operands.flatMap { operand -> [Condition] in
                if case .any(let children) = operand { return children }
                return [operand]
            })
    }

    private mutating func parseAnd(_ context: Context) throws(ConditionSyntaxError) -> Condition {
        var operands = [try parseNot(context)]
        while isKeyword("and") {
            try advance()
            operands.append(try parseNot(.keyword("and")))
        }
        guard operands.count > 1 else { return operands[0] }
        return .all(
            operands.flatMap { operand -> [Condition] in
                if case .all(let children) = operand { return children }
                return [operand]
            })
    }

    private mutating func parseNot(_ context: Context) throws(ConditionSyntaxError) -> Condition {
        guard isKeyword("not") else { return try parsePrimary(context) }
        try enterNesting()
        defer { depth -= 1 }
        try advance()
        return .not(try parseNot(.keyword("not")))
    }

    private mutating func parsePrimary(_ context: Context) throws(ConditionSyntaxError)
        -> Condition
    {
        switch token.kind {
        case .leftParen:
            try enterNesting()
            defer { depth -= 1 }
            try advance()
            let inner = try parseOr(.openParen)
            try expect(.rightParen, "')'")
            return inner
        case .name(let name):
            switch name {
            case "true", "false":
                try advance()
                return .constant(name == "true")
            case "answered", "unknown":
                return try parseFunction(name)
            case "and", "or", "in", "contains":
                if case .keyword(let previous) = context {
                    throw error("expected a condition after '\(previous)', found '\(Diagnostic.excerpt(name))'")
                }
                throw error("expected a condition before '\(Diagnostic.excerpt(name))'")
            default:
                return try parseQuestionTest()
            }
        case .end:
            switch context {
            case .start: throw error("empty condition")
            case .openParen: throw error("expected a condition after '('")
            case .keyword(let previous): throw error("dangling '\(previous)' at end of condition")
            }
        case .number, .date, .text:
            throw error("expected a question id, found '\(Diagnostic.excerpt(token.spelling))'")
        case .rightParen, .leftBracket, .rightBracket, .comma, .comparison:
            switch context {
            case .start:
                throw error("unexpected '\(Diagnostic.excerpt(token.spelling))'")
            case .openParen:
                throw error("expected a condition after '(', found '\(Diagnostic.excerpt(token.spelling))'")
            case .keyword(let previous):
                throw error("expected a condition after '\(previous)', found '\(Diagnostic.excerpt(token.spelling))'")
            }
        }
    }

    /// Parses `answered(q)` or `unknown(q)`; the current token is the function name.
    private mutating func parseFunction(_ name: String) throws(ConditionSyntaxError)
        -> Condition
    {
        try advance()
        try expect(.leftParen, "'(' after '\(Diagnostic.excerpt(name))'")
        guard token.kind != .end else { throw error("expected a question id after '\(name)('") }
        let (id, offset, length) = try questionID()
        try advance()
        try expect(.rightParen, "')'")
        let usage: ConditionReference.Usage = name == "answered" ? .answered : .unknown
        references.append(
            ConditionReference(question: id, offset: offset, length: length, usage: usage))
        return name == "answered" ? .answered(id) : .unknown(id)
    }

    /// Parses a question id and whatever test follows it; the current token is a name.
    private mutating func parseQuestionTest() throws(ConditionSyntaxError) -> Condition {
        let (id, offset, length) = try questionID()
        try advance()
        let condition: Condition
        let usage: ConditionReference.Usage
        switch token.kind {
        case .comparison(let op):
            try advance()
            let literal = try value(after: op.rawValue, question: id)
            condition = .compare(id, op, literal.literal)
            usage = .compare(op, literal)
        case .name("in"):
            try advance()
            let literals = try valueList(question: id)
            condition = .oneOf(id, literals.map(\.literal))
            usage = .oneOf(literals)
        case .name("contains"):
            try advance()
            let literal = try value(after: "contains", question: id)
            condition = .contains(id, literal.literal)
            usage = .contains(literal)
        default:
            condition = .isYes(id)
            usage = .bareYes
        }
        references.append(
            ConditionReference(question: id, offset: offset, length: length, usage: usage))
        return condition
    }

    /// Validates the current token as a question id without consuming it.
    private func questionID() throws(ConditionSyntaxError) -> (QuestionID, Int, Int) {
        guard case .name(let name) = token.kind else {
            throw error("expected a question id, found '\(Diagnostic.excerpt(token.spelling))'")
        }
        if QuestionID.isValid(name) { return (QuestionID(name), token.offset, token.length) }
        if let miscased = miscasedKeyword() { throw miscased }
        if QuestionID.isValid(name.lowercased()) {
            throw error("'\(Diagnostic.excerpt(name))' is not a valid question id (ids are lowercase)")
        }
        if QuestionID.isWord(name) {
            throw error("'\(Diagnostic.excerpt(name))' is not a valid question id (ids have at least two dotted parts)")
        }
        throw error("'\(Diagnostic.excerpt(name))' is not a valid question id")
    }

    /// Parses `[a, b, …]` after `in`.
    private mutating func valueList(question: QuestionID) throws(ConditionSyntaxError)
        -> [LocatedLiteral]
    {
        try expect(.leftBracket, "'[' after 'in'")
        if token.kind == .rightBracket { throw error("expected at least one value in the list") }
        var literals = [try value(after: "[", question: question)]
        while true {
            switch token.kind {
            case .comma:
                try advance()
                literals.append(try value(after: ",", question: question))
            case .rightBracket:
                try advance()
                return literals
            case .end:
                throw error("expected ']'")
            default:
                throw error("expected ',' or ']', found '\(Diagnostic.excerpt(token.spelling))'")
            }
        }
    }

    /// Parses one literal value; `after` names the token before it, for messages.
    private mutating func value(after previous: String, question: QuestionID)
        throws(ConditionSyntaxError) -> LocatedLiteral
    {
        let literal: Literal
        switch token.kind {
        case .number(let number): literal = .number(number)
        case .date(let date): literal = .date(date)
        case .text(let text): literal = .text(text)
        case .name("unknown"):
            // Option ids are never `unknown`, so this is a test for "I don't know" in disguise.
            throw error("'unknown' is not a value; use 'unknown(\(question))'")
        case .name(let name) where QuestionID.isWord(name):
            literal = .word(name)
        case .name(let name) where QuestionID.isWord(name.lowercased()):
            throw error("'\(Diagnostic.excerpt(name))' is not a valid value (values are lowercase)")
        case .end:
            throw error("expected a value after '\(previous)'")
        default:
            throw error("expected a value after '\(previous)', found '\(Diagnostic.excerpt(token.spelling))'")
        }
        let located = LocatedLiteral(literal: literal, offset: token.offset, length: token.length)
        try advance()
        return located
    }

    private mutating func enterNesting() throws(ConditionSyntaxError) {
        depth += 1
        if depth > Self.maximumDepth {
            throw error("condition is nested more than \(Self.maximumDepth) levels deep")
        }
    }

    private mutating func advance() throws(ConditionSyntaxError) {
        token = try lexer.next()
    }

    /// Consumes a token of `kind`, or reports `expected <what>` at the current token.
    private mutating func expect(_ kind: ConditionLexer.Token.Kind, _ what: String)
        throws(ConditionSyntaxError)
    {
        guard token.kind == kind else {
            if token.kind == .end { throw error("expected \(what)") }
            throw error("expected \(what), found '\(Diagnostic.excerpt(token.spelling))'")
        }
        try advance()
    }

    private func isKeyword(_ keyword: String) -> Bool {
        token.kind == .name(keyword)
    }

    /// An error for a keyword written with capitals, such as `AND`, or `nil`.
    private func miscasedKeyword() -> ConditionSyntaxError? {
        guard case .name(let name) = token.kind else { return nil }
        let lowered = name.lowercased()
        guard lowered != name, Self.keywords.contains(lowered) else { return nil }
        return error("'\(Diagnostic.excerpt(name))' is not a keyword; use '\(lowered)'")
    }

    /// An error at the current token.
    private func error(_ message: String) -> ConditionSyntaxError {
        error(message, at: token.offset)
    }

    private func error(_ message: String, at offset: Int) -> ConditionSyntaxError {
        ConditionSyntaxError(message: message, offset: offset)
    }
}
