/// An operator that compares a question's answer with a literal value.
public enum ComparisonOperator: String, Hashable, Sendable, CaseIterable {
    /// `==`: the answer equals the value.
    case equal = "=="
    /// `!=`: the answer does not equal the value.
    case notEqual = "!="
    /// `<`: the answer is a number or date before the value.
    case less = "<"
    /// `<=`: the answer is a number or date before or equal to the value.
    case lessOrEqual = "<="
    /// `>`: the answer is a number or date after the value.
    case greater = ">"
    /// `>=`: the answer is a number or date after or equal to the value.
    case greaterOrEqual = ">="

    /// Tells whether the operator orders values, so it only suits numbers and dates.
    public var isOrdering: Bool {
        switch self {
        case .equal, .notEqual: false
        case .less, .lessOrEqual, .greater, .greaterOrEqual: true
        }
    }
}
