/// A partial answer set written beside a finding or red pattern to show, and test, when it fires
/// (SwiftLint's triggering and non-triggering examples). `dpia lint` evaluates every example and
/// reports one that does not behave as declared.
public struct RuleExample: Hashable, Sendable {
    /// What the example claims.
    public enum Expectation: String, Hashable, Sendable, CaseIterable {
        /// The rule's status is fired.
        case fires
        /// The rule is not fired: its condition is false, or it is open or ignored.
        case doesNotFire = "does_not_fire"
    }

    /// What the example claims.
    public var expectation: Expectation
    /// Its 1-based position in its list (`fires` or `does_not_fire`), for messages.
    public var number: Int
    /// The answers, in file order; every other question is unanswered.
    public var answers: [ExampleAnswer]
    /// Where the example is written.
    public var location: SourceLocation

    /// Creates an example.
    public init(expectation: Expectation, number: Int, answers: [ExampleAnswer], location: SourceLocation) {
        self.expectation = expectation
        self.number = number
        self.answers = answers
        self.location = location
    }
}

/// One answer of a rule example, as written.
public struct ExampleAnswer: Hashable, Sendable {
    /// The question answered.
    public var question: QuestionID
    /// The value as written (plain `unknown` is "I don't know").
    public var value: WrittenAnswer
    /// Where the question id is written.
    public var location: SourceLocation
    /// Where the value is written, and each list item's place for a list.
    public var valueLocation: SourceLocation
    /// The places of a list's items, in order.
    public var itemLocations: [SourceLocation]

    /// Creates an example answer.
    public init(
        question: QuestionID, value: WrittenAnswer, location: SourceLocation,
        valueLocation: SourceLocation, itemLocations: [SourceLocation] = []
    ) {
        self.question = question
        self.value = value
        self.location = location
        self.valueLocation = valueLocation
        self.itemLocations = itemLocations
    }
}
