/// A literal value in a condition together with where it was written.
public struct LocatedLiteral: Sendable, Equatable {
    /// The value.
    public let literal: Literal
    /// Where the literal starts, counted in Unicode scalars from the start of the condition.
    public let offset: Int
    /// How many Unicode scalars the literal spans in the source, quotes included.
    public let length: Int

    /// Creates a literal occurrence.
    public init(literal: Literal, offset: Int, length: Int) {
        self.literal = literal
        self.offset = offset
        self.length = length
    }
}
