/// Where an item came from: the questionnaire layer that declared it and its place in that file.
public struct Origin: Hashable, Sendable {
    /// The layer id (`led-core`, `be-police`).
    public var layer: String
    /// Where the item starts in the layer's file.
    public var location: SourceLocation

    /// Creates an origin.
    public init(layer: String, location: SourceLocation) {
        self.layer = layer
        self.location = location
    }
}

/// A value together with the layer that contributed it (a citation an overlay attached to a core
/// finding, say), so the report can say which layer each item came from.
public struct Sourced<Value: Hashable & Sendable>: Hashable, Sendable {
    /// The value.
    public var value: Value
    /// The layer id that contributed it.
    public var layer: String

    /// Creates a sourced value.
    public init(_ value: Value, from layer: String) {
        self.value = value
        self.layer = layer
    }
}
