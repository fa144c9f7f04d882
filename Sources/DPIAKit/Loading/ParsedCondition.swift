/// A condition tree together with every question reference in source order.
public struct ParsedCondition: Sendable, Equatable {
    /// The tree, ready to evaluate.
    public let condition: Condition
    /// Each place a question is named, in the order the ids appear in the source.
    public let references: [ConditionReference]

    /// Creates a parsed condition.
    public init(condition: Condition, references: [ConditionReference]) {
        self.condition = condition
        self.references = references
    }
}
