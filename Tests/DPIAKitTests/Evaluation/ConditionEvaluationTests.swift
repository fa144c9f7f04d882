import Testing

@testable import DPIAKit

@Suite("Condition evaluation")
struct ConditionEvaluationTests {
    // MARK: Kleene logic

    /// A condition that evaluates to `truth` under ``states``, naming `id` when it is unknown.
    private static func operand(_ truth: Truth, id: QuestionID) -> Condition {
        switch truth {
        case .true: .constant(true)
        case .false: .constant(false)
        case .unknown: .isYes(id)
        }
    }

    private static func unanswered(_: QuestionID) -> AnswerState { .unanswered }

    @Test(
        "not follows Kleene logic",
        arguments: [(Truth.true, Truth.false), (.false, .true), (.unknown, .unknown)])
    func notTable(operand: Truth, expected: Truth) {
        #expect(operand.negated == expected)
        let condition = Condition.not(Self.operand(operand, id: "u.u"))
        #expect(condition.evaluate(Self.unanswered) == expected)
    }

    @Test(
        "and follows Kleene logic",
        arguments: [
            (Truth.true, Truth.true, Truth.true), (.true, .false, .false),
            (.true, .unknown, .unknown), (.false, .true, .false), (.false, .false, .false),
            (.false, .unknown, .false), (.unknown, .true, .unknown), (.unknown, .false, .false),
            (.unknown, .unknown, .unknown),
        ])
    func andTable(lhs: Truth, rhs: Truth, expected: Truth) {
        #expect(Truth.and(lhs, rhs) == expected)
        let condition = Condition.all([Self.operand(lhs, id: "l.l"), Self.operand(rhs, id: "r.r")])
        #expect(condition.evaluate(Self.unanswered) == expected)
    }

    @Test(
        "or follows Kleene logic",
        arguments: [
            (Truth.true, Truth.true, Truth.true), (.true, .false, .true), (.true, .unknown, .true),
            (.false, .true, .true), (.false, .false, .false), (.false, .unknown, .unknown),
            (.unknown, .true, .true), (.unknown, .false, .unknown), (.unknown, .unknown, .unknown),
        ])
    func orTable(lhs: Truth, rhs: Truth, expected: Truth) {
        #expect(Truth.or(lhs, rhs) == expected)
        let condition = Condition.any([Self.operand(lhs, id: "l.l"), Self.operand(rhs, id: "r.r")])
        #expect(condition.evaluate(Self.unanswered) == expected)
    }

    @Test("booleans convert to definite truth values")
    func truthFromBool() {
        #expect(Truth(true) == .true)
        #expect(Truth(false) == .false)
    }

    @Test("empty groups are the identities of and and or")
    func emptyGroups() {
        #expect(Condition.all([]).evaluate(Self.unanswered) == .true)
        #expect(Condition.any([]).evaluate(Self.unanswered) == .false)
    }

    // MARK: Each state and form

    private static let forms = [
        "q.q", "q.q == yes", "q.q != yes", "q.q < 5", "q.q <= 5", "q.q > 5", "q.q >= 5",
        "q.q in [a, b]", "q.q contains a", "answered(q.q)", "unknown(q.q)",
    ]

    /// Each form under one state without a value, in the order of ``forms``.
    @Test(
        "without a value, tests are unknown or, when not relevant, false except !=",
        arguments: [
            (
                AnswerState.notApplicable,
                [
                    Truth.false, .false, .true, .false, .false, .false, .false, .false, .false,
                    .false, .false,
                ]
            ),
            (
                .unanswered,
                [
                    .unknown, .unknown, .unknown, .unknown, .unknown, .unknown, .unknown, .unknown,
                    .unknown, .false, .false,
                ]
            ),
            (
                .unknown,
                [
                    .unknown, .unknown, .unknown, .unknown, .unknown, .unknown, .unknown, .unknown,
                    .unknown, .false, .true,
                ]
            ),
        ])
    func withoutValue(state: AnswerState, expected: [Truth]) throws {
        try #require(expected.count == Self.forms.count)
        for (source, truth) in zip(Self.forms, expected) {
            let condition = try ConditionParser.parse(source).get().condition
            #expect(condition.evaluate { _ in state } == truth, "\(source)")
        }
    }

    @Test(
        "with a value, every test is true or false",
        arguments: [
            (AnswerValue.yesNo(true), "q.q", true), (.yesNo(false), "q.q", false),
            (.yesNo(true), "q.q == yes", true), (.yesNo(true), "q.q == no", false),
            (.yesNo(false), "q.q == no", true), (.yesNo(true), "q.q != yes", false),
            (.yesNo(true), "q.q != no", true), (.yesNo(true), "q.q in [yes]", true),
            (.yesNo(true), "q.q in [no]", false), (.yesNo(true), "q.q contains yes", false),
            (.yesNo(true), "q.q < 5", false),
            (.choice("a"), "q.q == a", true), (.choice("a"), "q.q == b", false),
            (.choice("a"), "q.q != b", true), (.choice("a"), "q.q != a", false),
            (.choice("a"), "q.q in [a, b]", true), (.choice("a"), "q.q in [b, c]", false),
            (.choice("a"), "q.q", false), (.choice("a"), "q.q == \"a\"", false),
            (.choice("a"), "q.q contains a", false),
            (.choices(["a", "b"]), "q.q contains a", true),
            (.choices(["a", "b"]), "q.q contains c", false),
            (.choices(["a", "b"]), "q.q contains \"a\"", false),
            (.choices(["a"]), "q.q == a", false), (.choices(["a"]), "q.q != a", true),
            (.choices(["a"]), "q.q in [a]", false), (.choices([]), "q.q contains a", false),
            (.text("hello"), "q.q == \"hello\"", true), (.text("hello"), "q.q == hello", true),
            (.text("hello"), "q.q == \"Hello\"", false), (.text("hello"), "q.q != \"x\"", true),
            (.text("hello"), "q.q < 5", false), (.text("5"), "q.q == 5", false),
            (.number(5), "q.q == 5", true), (.number(5), "q.q == 5.0", true),
            (.number(5), "q.q != 5", false), (.number(5), "q.q < 5", false),
            (.number(5), "q.q <= 5", true), (.number(5), "q.q > 4.5", true),
            (.number(5), "q.q >= 6", false), (.number(5), "q.q in [4, 5]", true),
            (.number(5), "q.q == \"5\"", false), (.number(5), "q.q < 2024-01-01", false),
            (.number(-2.5), "q.q < 0", true), (.number(-2.5), "q.q == -2.5", true),
            (.date(day(2024, 2, 29)), "q.q == 2024-02-29", true),
            (.date(day(2024, 2, 29)), "q.q != 2024-01-01", true),
            (.date(day(2024, 2, 29)), "q.q < 2024-03-01", true),
            (.date(day(2024, 2, 29)), "q.q > 2024-03-01", false),
            (.date(day(2024, 2, 29)), "q.q >= 2024-02-29", true),
            (.date(day(2024, 2, 29)), "q.q <= 2024-02-28", false),
            (.date(day(2024, 2, 29)), "q.q < 5", false),
            (.date(day(2024, 2, 29)), "q.q > 2023-12-31", true),
        ])
    func withValue(value: AnswerValue, source: String, expected: Bool) throws {
        let condition = try ConditionParser.parse(source).get().condition
        #expect(condition.evaluate { _ in .value(value) } == Truth(expected))
    }

    @Test(
        "answered and unknown are never unknown themselves",
        arguments: [
            (AnswerState.notApplicable, false, false), (.unanswered, false, false),
            (.unknown, false, true), (.value(.yesNo(false)), true, false),
            (.value(.choices([])), true, false), (.value(.text("")), true, false),
        ])
    func answeredAndUnknown(state: AnswerState, answered: Bool, unknown: Bool) {
        #expect(Condition.answered("q.q").evaluate { _ in state } == Truth(answered))
        #expect(Condition.unknown("q.q").evaluate { _ in state } == Truth(unknown))
    }

    @Test("each question is looked up in the given state")
    func perQuestionState() throws {
        let states: [QuestionID: AnswerState] = [
            "a.a": .value(.yesNo(true)), "b.b": .value(.choice("x")), "c.c": .notApplicable,
        ]
        let condition = try ConditionParser.parse("a.a and b.b == x and c.c != y").get().condition
        #expect(condition.evaluate { states[$0] ?? .unanswered } == .true)
        let other = try ConditionParser.parse("a.a and b.b == z").get().condition
        #expect(other.evaluate { states[$0] ?? .unanswered } == .false)
    }

    // MARK: Decisive questions

    @Test(
        "decisive questions are those the result turned on",
        arguments: [
            ("a.a and b.b and c.c", ["a.a": yes, "b.b": no], ["b.b"]),
            ("a.a and b.b", ["a.a": yes, "b.b": yes], ["a.a", "b.b"]),
            ("a.a and b.b", ["a.a": yes], ["b.b"]),
            ("a.a or b.b or c.c", ["a.a": no, "b.b": yes, "c.c": .unknown], ["b.b"]),
            ("a.a or b.b", ["a.a": no, "b.b": no], ["a.a", "b.b"]),
            ("a.a or b.b", ["a.a": no], ["b.b"]),
            ("a.a != x and b.b", ["a.a": .notApplicable, "b.b": yes], ["b.b"]),
            ("not (a.a or b.b)", ["a.a": no, "b.b": yes], ["b.b"]),
            (
                "b.b == x or b.b == y or a.a", ["b.b": .value(.choice("q")), "a.a": no],
                ["b.b", "a.a"]
            ),
            ("(a.a or b.b) and c.c", ["a.a": yes, "b.b": no, "c.c": yes], ["a.a", "c.c"]),
            ("true or a.a", ["a.a": no], []),
            ("answered(a.a)", [:], ["a.a"]),
        ] as [(String, [QuestionID: AnswerState], [QuestionID])])
    func decisive(source: String, states: [QuestionID: AnswerState], expected: [QuestionID])
        throws
    {
        let condition = try ConditionParser.parse(source).get().condition
        #expect(condition.decisiveQuestions { states[$0] ?? .unanswered } == expected)
    }
}

private let yes = AnswerState.value(.yesNo(true))
private let no = AnswerState.value(.yesNo(false))
