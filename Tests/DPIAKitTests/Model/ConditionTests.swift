import Testing

@testable import DPIAKit

@Suite("Condition model")
struct ConditionTests {
    @Test(
        "question ids match the dotted pattern",
        arguments: [
            ("a.b", true), ("transfer.outside_eea", true), ("a1.b_2.c3", true), ("a", false),
            ("a.", false), (".a", false), ("a..b", false), ("A.b", false), ("a.1b", false),
            ("a._b", false), ("a-b.c", false), ("", false), ("a.b ", false), ("ä.b", false),
        ])
    func questionIDValidity(text: String, valid: Bool) {
        #expect(QuestionID.isValid(text) == valid)
    }

    @Test("question ids compare and print by their text")
    func questionIDBasics() {
        let id: QuestionID = "b.a"
        #expect(QuestionID("a.z") < id)
        #expect(id.description == "b.a")
        #expect(id == QuestionID("b.a"))
    }

    @Test("question ids are listed once each, in order of first appearance")
    func questionIDs() throws {
        let parsed = try ConditionParser.parse(
            "c.c and (a.a == x or not b.b) and answered(a.a) or unknown(d.d) or c.c contains y"
        ).get()
        #expect(parsed.condition.questionIDs == ["c.c", "a.a", "b.b", "d.d"])
        #expect(Condition.constant(true).questionIDs == [])
    }

    @Test(
        "conditions read as plain English",
        arguments: [
            (
                "transfer.outside_eea and vendor.kind == private_company",
                "transfer.outside_eea is yes and vendor.kind is private_company"
            ),
            ("not a.b", "a.b is not yes"),
            ("not a.b == x", "a.b is not x"),
            ("not a.b != x", "a.b is x"),
            ("a.b != \"x\"", "a.b is not \"x\""),
            ("a.b < 5", "a.b is less than 5"),
            ("a.b <= 5", "a.b is at most 5"),
            ("a.b > 2024-01-01", "a.b is more than 2024-01-01"),
            ("a.b >= 5", "a.b is at least 5"),
            ("not a.b < 5", "a.b is not less than 5"),
            ("not a.b >= 5", "a.b is not at least 5"),
            ("a.b in [x, y]", "a.b is one of x, y"),
            ("a.b in [x]", "a.b is x"),
            ("not a.b in [x, y]", "a.b is none of x, y"),
            ("not a.b in [x]", "a.b is not x"),
            ("a.b contains x", "a.b includes x"),
            ("not a.b contains x", "a.b does not include x"),
            ("answered(a.b)", "a.b is answered"),
            ("not answered(a.b)", "a.b is not answered"),
            ("unknown(a.b)", "a.b is \"I don't know\""),
            ("not unknown(a.b)", "a.b is not \"I don't know\""),
            ("true", "always"),
            ("not true", "never"),
            ("not (a.b or c.d)", "not (a.b is yes or c.d is yes)"),
            ("not not a.b", "not (a.b is not yes)"),
            ("a.a or b.b and c.c", "a.a is yes or (b.b is yes and c.c is yes)"),
            ("(a.a or b.b) and not c.c", "(a.a is yes or b.b is yes) and c.c is not yes"),
        ])
    func explained(source: String, english: String) throws {
        #expect(try ConditionParser.parse(source).get().condition.explained() == english)
    }

    @Test("literals print as condition source")
    func literalDescriptions() throws {
        let date = try #require(CalendarDate("2024-05-06"))
        #expect(Literal.word("yes").description == "yes")
        #expect(Literal.number(-1.25).description == "-1.25")
        #expect(Literal.date(date).description == "2024-05-06")
        #expect(Literal.text(#"a "b" \c"#).description == #""a \"b\" \\c""#)
    }
}
