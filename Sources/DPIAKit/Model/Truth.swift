/// A three-valued truth value: the result of evaluating a condition under Kleene logic.
public enum Truth: Hashable, Sendable {
    /// The condition holds.
    case `true`
    /// The condition does not hold.
    case `false`
    /// The answers given so far cannot decide the condition.
    case unknown

    /// Converts a definite Boolean.
    public init(_ bool: Bool) {
        self = bool ? .true : .false
    }

    /// The Kleene negation: `true` and `false` swap, `unknown` stays `unknown`.
    public var negated: Truth {
        switch self {
        case .true: .false
        case .false: .true
        case .unknown: .unknown
        }
    }

    /// The Kleene conjunction: `false` if either side is `false`, else `unknown` if either is.
    public static func and(_ lhs: Truth, _ rhs: Truth) -> Truth {
        if lhs == .false || rhs == .false { return .false }
        if lhs == .unknown || rhs == .unknown { return .unknown }
        return .true
    }

    /// The Kleene disjunction: `true` if either side is `true`, else `unknown` if either is.
    public static func or(_ lhs: Truth, _ rhs: Truth) -> Truth {
        if lhs == .true || rhs == .true { return .true }
        if lhs == .unknown || rhs == .unknown { return .unknown }
        return .false
    }
}
