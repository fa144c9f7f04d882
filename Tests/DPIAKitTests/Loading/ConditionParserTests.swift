import Testing

@testable import DPIAKit

@Suite("Condition parser")
struct ConditionParserTests {
    private func parse(_ source: String) throws -> ParsedCondition {
        try ConditionParser.parse(source).get()
    }

    private func condition(_ source: String) throws -> Condition {
        try parse(source).condition
    }

    private func failure(_ source: String) -> ConditionSyntaxError? {
        if case .failure(let error) = ConditionParser.parse(source) { return error }
        return nil
    }

    // MARK: Forms

    @Test(
        "each form parses to its tree",
        arguments: [
            ("a.b", Condition.isYes("a.b")),
            ("a.b == yes", .compare("a.b", .equal, .word("yes"))),
            ("a.b != no", .compare("a.b", .notEqual, .word("no"))),
            ("a.b < 5", .compare("a.b", .less, .number(5))),
            ("a.b <= -2.5", .compare("a.b", .lessOrEqual, .number(-2.5))),
            ("a.b > 0", .compare("a.b", .greater, .number(0))),
            ("a.b >= 2024-02-29", .compare("a.b", .greaterOrEqual, .date(day(2024, 2, 29)))),
            ("a.b == \"x y\"", .compare("a.b", .equal, .text("x y"))),
            ("a.b in [x, y_2]", .oneOf("a.b", [.word("x"), .word("y_2")])),
            ("a.b in [7]", .oneOf("a.b", [.number(7)])),
            ("a.b contains face_db", .contains("a.b", .word("face_db"))),
            ("answered(a.b)", .answered("a.b")),
            ("unknown(a.b_c.d9)", .unknown("a.b_c.d9")),
            ("not a.b", .not(.isYes("a.b"))),
            ("true", .constant(true)),
            ("false", .constant(false)),
            ("(a.b)", .isYes("a.b")),
            ("a.b.c == yes", .compare("a.b.c", .equal, .word("yes"))),
            ("a.b==yes", .compare("a.b", .equal, .word("yes"))),
            ("a.b<-1", .compare("a.b", .less, .number(-1))),
            ("  a.b\n  and\tc.d  ", .all([.isYes("a.b"), .isYes("c.d")])),
        ])
    func forms(source: String, expected: Condition) throws {
        #expect(try condition(source) == expected)
    }

    @Test("text literals unescape quotes and backslashes")
    func textEscapes() throws {
        let parsed = try condition(#"a.b == "say \"hi\" \\ bye""#)
        #expect(parsed == .compare("a.b", .equal, .text(#"say "hi" \ bye"#)))
    }

    // MARK: Precedence

    @Test(
        "not binds tighter than and, and tighter than or",
        arguments: [
            (
                "a.a or b.b and c.c",
                Condition.any([.isYes("a.a"), .all([.isYes("b.b"), .isYes("c.c")])])
            ),
            (
                "a.a and b.b or c.c",
                .any([.all([.isYes("a.a"), .isYes("b.b")]), .isYes("c.c")])
            ),
            ("not a.a and b.b", .all([.not(.isYes("a.a")), .isYes("b.b")])),
            ("not a.a or b.b", .any([.not(.isYes("a.a")), .isYes("b.b")])),
            ("not (a.a or b.b)", .not(.any([.isYes("a.a"), .isYes("b.b")]))),
            ("not not a.a", .not(.not(.isYes("a.a")))),
            ("not a.a == yes", .not(.compare("a.a", .equal, .word("yes")))),
            (
                "(a.a or b.b) and c.c",
                .all([.any([.isYes("a.a"), .isYes("b.b")]), .isYes("c.c")])
            ),
        ])
    func precedence(source: String, expected: Condition) throws {
        #expect(try condition(source) == expected)
    }

    @Test(
        "chains of the same operator are flattened, also across parentheses",
        arguments: [
            "a.a and b.b and c.c", "(a.a and b.b) and c.c", "a.a and (b.b and c.c)",
        ])
    func flattening(source: String) throws {
        #expect(try condition(source) == .all([.isYes("a.a"), .isYes("b.b"), .isYes("c.c")]))
    }

    @Test("or chains are flattened too")
    func orFlattening() throws {
        #expect(
            try condition("a.a or (b.b or c.c) or d.d")
                == .any([.isYes("a.a"), .isYes("b.b"), .isYes("c.c"), .isYes("d.d")]))
    }

    // MARK: Round trips

    @Test(
        "printing gives canonical source that parses back to the same tree",
        arguments: [
            ("a.b", "a.b"),
            ("(a.b)", "a.b"),
            ("a.b==yes", "a.b == yes"),
            ("a.b!=\"x\"", "a.b != \"x\""),
            ("a.b <= 1.50", "a.b <= 1.5"),
            ("a.b > -0.25", "a.b > -0.25"),
            ("a.b < 2024-01-31", "a.b < 2024-01-31"),
            ("a.b in [x,y,   \"z\"]", "a.b in [x, y, \"z\"]"),
            ("a.b contains x", "a.b contains x"),
            ("answered( a.b )", "answered(a.b)"),
            ("unknown(a.b)", "unknown(a.b)"),
            ("a.a or (b.b and c.c)", "a.a or b.b and c.c"),
            ("(a.a or b.b) and c.c", "(a.a or b.b) and c.c"),
            ("not (a.a and b.b)", "not (a.a and b.b)"),
            ("(not a.a) and b.b", "not a.a and b.b"),
            ("not not a.a", "not not a.a"),
            ("true or false", "true or false"),
            (#"a.b == "q\"uo\\te""#, #"a.b == "q\"uo\\te""#),
            ("a.b == \"café ☕\"", "a.b == \"café ☕\""),
            ("not (a.a or b.b) and (c.c or not d.d)", "not (a.a or b.b) and (c.c or not d.d)"),
        ])
    func roundTrip(source: String, canonical: String) throws {
        let first = try condition(source)
        #expect(first.description == canonical)
        #expect(try condition(first.description) == first)
    }

    @Test("hand-built nested groups print with parentheses that keep their grouping")
    func nestedGroupPrinting() {
        let nested = Condition.all([.all([.isYes("a.a"), .isYes("b.b")]), .isYes("c.c")])
        #expect(nested.description == "(a.a and b.b) and c.c")
        #expect(Condition.all([]).description == "true")
        #expect(Condition.any([]).description == "false")
        #expect(Condition.any([.isYes("a.a")]).description == "a.a")
    }

    // MARK: Errors

    @Test(
        "syntax errors name the problem and point at it",
        arguments: [
            ("", "empty condition", 0),
            ("   ", "empty condition", 3),
            ("a.b ==", "expected a value after '=='", 6),
            ("a.b == )", "expected a value after '==', found ')'", 7),
            ("a.b)", "unexpected ')'", 3),
            ("a.b == \"abc", "unterminated text literal", 11),
            ("5 == a.b", "expected a question id, found '5'", 0),
            ("a.b = yes", "'=' is not an operator; did you mean '=='?", 4),
            ("a.b && c.d", "'&&' is not an operator; use 'and'", 4),
            ("a.b || c.d", "'||' is not an operator; use 'or'", 4),
            ("!a.b", "'!' is not an operator; use 'not'", 0),
            ("a.b in [x, y", "expected ']'", 12),
            ("a.b in [x y]", "expected ',' or ']', found 'y'", 10),
            ("a.b and", "dangling 'and' at end of condition", 7),
            ("a.b or ", "dangling 'or' at end of condition", 7),
            ("not", "dangling 'not' at end of condition", 3),
            ("Transfer.x", "'Transfer.x' is not a valid question id (ids are lowercase)", 0),
            (
                "vendor",
                "'vendor' is not a valid question id (ids have at least two dotted parts)", 0
            ),
            ("a..b", "'a..b' is not a valid question id", 0),
            ("a.b => 3", "'=>' is not an operator; did you mean '>='?", 4),
            ("a.b =< 3", "'=<' is not an operator; did you mean '<='?", 4),
            ("a.b <> 3", "'<>' is not an operator; did you mean '!='?", 4),
            ("a.b & c.d", "'&' is not an operator; use 'and'", 4),
            ("a.b | c.d", "'|' is not an operator; use 'or'", 4),
            ("(a.b", "expected ')'", 4),
            ("(a.b c.d)", "expected ')', found 'c.d'", 5),
            ("a.b c.d", "expected 'and' or 'or', found 'c.d'", 4),
            ("a.b AND c.d", "'AND' is not a keyword; use 'and'", 4),
            ("NOT a.b", "'NOT' is not a keyword; use 'not'", 0),
            ("and a.b", "expected a condition before 'and'", 0),
            ("a.b and or c.d", "expected a condition after 'and', found 'or'", 8),
            ("()", "expected a condition after '(', found ')'", 1),
            ("a.b and (", "expected a condition after '('", 9),
            ("a.b in x", "expected '[' after 'in', found 'x'", 7),
            ("a.b in []", "expected at least one value in the list", 8),
            ("a.b in [x,]", "expected a value after ',', found ']'", 10),
            ("a.b contains", "expected a value after 'contains'", 12),
            ("a.b == Yes", "'Yes' is not a valid value (values are lowercase)", 7),
            ("a.b == c.d", "expected a value after '==', found 'c.d'", 7),
            ("a.b == unknown", "'unknown' is not a value; use 'unknown(a.b)'", 7),
            ("answered a.b", "expected '(' after 'answered', found 'a.b'", 9),
            ("answered(", "expected a question id after 'answered('", 9),
            ("unknown(a.b", "expected ')'", 11),
            (
                "answered(yes)",
                "'yes' is not a valid question id (ids have at least two dotted parts)", 9
            ),
            ("a.b == 2023-02-29", "'2023-02-29' is not a valid date", 7),
            ("a.b == 2022-2-1", "'2022-2-1' is not a valid date (dates are written YYYY-MM-DD)", 7),
            ("a.b < 1.2.3", "'1.2.3' is not a valid number", 6),
            ("a.b < 5kg", "'5kg' is not a valid number", 6),
            ("a.b == 'x'", "text is written in double quotes, not single quotes", 7),
            ("a.b == \"a\\nb\"", "invalid escape '\\n' in text literal; use '\\\"' or '\\\\'", 9),
            ("a.b # note", "unexpected character '#'", 4),
            ("a.b == yes == no", "expected 'and' or 'or', found '=='", 11),
            ("a.b == [x]", "expected a value after '==', found '['", 7),
            ("== a.b", "unexpected '=='", 0),
            ("a.b or , c.d", "expected a condition after 'or', found ','", 7),
        ])
    func syntaxErrors(source: String, message: String, offset: Int) {
        #expect(failure(source) == ConditionSyntaxError(message: message, offset: offset))
    }

    @Test("the first error in source order wins, even when a later token cannot be lexed")
    func firstErrorWins() {
        #expect(
            failure("a.b == ) and \"open")
                == ConditionSyntaxError(
                    message: "expected a value after '==', found ')'", offset: 7))
    }

    @Test("nesting is limited so that hostile input cannot exhaust the stack")
    func nestingLimit() throws {
        let deepest = String(repeating: "(", count: 64) + "a.b" + String(repeating: ")", count: 64)
        #expect(try condition(deepest) == .isYes("a.b"))
        #expect(
            failure(String(repeating: "(", count: 65) + "a.b")
                == ConditionSyntaxError(
                    message: "condition is nested more than 64 levels deep", offset: 64))
        #expect(
            failure(String(repeating: "not ", count: 65) + "a.b")
                == ConditionSyntaxError(
                    message: "condition is nested more than 64 levels deep", offset: 256))
    }

    // MARK: References

    @Test("references record each question id and literal with its position")
    func referenceOffsets() throws {
        //            0         1         2         3         4         5
        //            0123456789012345678901234567890123456789012345678901234
        let source = "a.b == yes and (c.dd in [x, \"y\"] or not answered(e.f))"
        let references = try parse(source).references
        #expect(
            references == [
                ConditionReference(
                    question: "a.b", offset: 0, length: 3,
                    usage: .compare(.equal, located(.word("yes"), 7, 3))),
                ConditionReference(
                    question: "c.dd", offset: 16, length: 4,
                    usage: .oneOf([
                        located(.word("x"), 25, 1), located(.text("y"), 28, 3),
                    ])),
                ConditionReference(question: "e.f", offset: 49, length: 3, usage: .answered),
            ])
    }

    @Test(
        "each form reports its usage",
        arguments: [
            ("q.a", ConditionReference.Usage.bareYes),
            ("q.a contains opt", .contains(located(.word("opt"), 13, 3))),
            ("q.a >= 10", .compare(.greaterOrEqual, located(.number(10), 7, 2))),
            ("unknown(q.a)", .unknown),
        ])
    func usages(source: String, usage: ConditionReference.Usage) throws {
        let references = try parse(source).references
        #expect(references.map(\.usage) == [usage])
        #expect(references.first?.question == "q.a")
    }

    @Test("a question named twice gives two references in source order")
    func repeatedQuestion() throws {
        let references = try parse("a.b == x or a.b == y").references
        #expect(references.map(\.question) == ["a.b", "a.b"])
        #expect(references.map(\.offset) == [0, 12])
    }

    @Test("offsets count Unicode scalars, not characters or UTF-8 bytes")
    func unicodeOffsets() throws {
        // "e\u{301}" is one Character but two scalars; "😀" is one scalar but four UTF-8 bytes.
        let source = "a.b == \"😀e\u{301}\" and c.d"
        let parsed = try parse(source)
        #expect(parsed.references.map(\.offset) == [0, 17])
        guard case .compare(_, let literal) = parsed.references.first?.usage else {
            Issue.record("expected a comparison")
            return
        }
        #expect(literal == located(.text("😀e\u{301}"), 7, 5))
        #expect(
            failure("a.b == \"😀\" and")
                == ConditionSyntaxError(
                    message: "dangling 'and' at end of condition", offset: 14))
    }

    @Test("non-ASCII letters make an invalid id rather than an unexpected character")
    func nonASCIIIdentifier() {
        #expect(
            failure("transfer.außen")
                == ConditionSyntaxError(
                    message: "'transfer.außen' is not a valid question id", offset: 0))
    }
}

private func located(_ literal: Literal, _ offset: Int, _ length: Int) -> LocatedLiteral {
    LocatedLiteral(literal: literal, offset: offset, length: length)
}
