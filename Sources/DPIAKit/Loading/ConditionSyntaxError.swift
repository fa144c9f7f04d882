/// A condition that does not parse, with a compiler-style message and where the problem is.
public struct ConditionSyntaxError: Error, Sendable, Equatable {
    /// What is wrong, lowercase without a final period, such as `expected a value after '=='`.
    public let message: String
    /// Where the problem is, counted in Unicode scalars from the start of the condition
    /// (0-based); problems found at the end of the input point at the source's length.
    public let offset: Int

    /// Creates an error with a message and the offset it points at.
    public init(message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }
}
