/// A parsed `when:` expression: a tree that can be checked, evaluated and explained, never run.
///
/// ``ConditionParser`` produces trees in which `all` and `any` hold at least two children and
/// never directly contain a node of their own kind; other trees are valid too and evaluate and
/// print sensibly (an empty `all` is `true`, an empty `any` is `false`).
public indirect enum Condition: Hashable, Sendable {
    /// `true` or `false`.
    case constant(Bool)
    /// A bare question id, shorthand for `q == yes`.
    case isYes(QuestionID)
    /// `q == v`, `q != v`, `q < v`, `q <= v`, `q > v` or `q >= v`.
    case compare(QuestionID, ComparisonOperator, Literal)
    /// `q in [a, b]`: the single answer is one of the listed values.
    case oneOf(QuestionID, [Literal])
    /// `q contains a`: a multiple-choice answer includes the option.
    case contains(QuestionID, Literal)
    /// `answered(q)`: the question has a definite answer.
    case answered(QuestionID)
    /// `unknown(q)`: the question was answered "I don't know".
    case unknown(QuestionID)
    /// `not e`.
    case not(Condition)
    /// `e and e and …`.
    case all([Condition])
    /// `e or e or …`.
    case any([Condition])

    /// The questions the condition names, each once, in order of first appearance.
    /// True when this condition holding makes `other` hold too, judged on their conjunctions: every
    /// part of `other` is a part of this one, or a choice (`or`) one of whose branches is. Conservative:
    /// false when it cannot tell.
    public func implies(_ other: Condition) -> Bool {
        let mine = Set(conjuncts)
        return other.conjuncts.allSatisfy { part in
            if mine.contains(part) { return true }
            if case .any(let branches) = part { return branches.contains(where: mine.contains) }
            return false
        }
    }

    /// The parts of a conjunction (`a and b and c`), or the condition itself.
    private var conjuncts: [Condition] {
        if case .all(let children) = self { return children.flatMap(\.conjuncts) }
        return [self]
    }

    /// The options a `contains` test names for `question`, in the order written.
    public func optionsNamed(for question: QuestionID) -> [String] {
        switch self {
        case .contains(let id, let literal) where id == question:
            if case .word(let word) = literal { return [word] }
            return []
        case .oneOf(let id, let literals) where id == question:
            return literals.compactMap { if case .word(let word) = $0 { word } else { nil } }
        case .not(let inner): return inner.optionsNamed(for: question)
        case .all(let children), .any(let children): return children.flatMap { $0.optionsNamed(for: question) }
        default: return []
        }
    }

    public var questionIDs: [QuestionID] {
        var seen: Set<QuestionID> = []
        var ordered: [QuestionID] = []
        collectQuestionIDs(into: &ordered, seen: &seen)
        return ordered
    }

    private func collectQuestionIDs(into ordered: inout [QuestionID], seen: inout Set<QuestionID>) {
        switch self {
        case .constant:
            break
        case .isYes(let id), .compare(let id, _, _), .oneOf(let id, _), .contains(let id, _),
            .answered(let id), .unknown(let id):
            if seen.insert(id).inserted { ordered.append(id) }
        case .not(let inner):
            inner.collectQuestionIDs(into: &ordered, seen: &seen)
        case .all(let children), .any(let children):
            for child in children { child.collectQuestionIDs(into: &ordered, seen: &seen) }
        }
    }

    /// Renders the condition in plain English for reports, such as
    /// `transfer.outside_eea is yes and vendor.kind is private_company`.
    ///
    /// A `not` directly around a single test is folded into it (`a.b is not yes`); other
    /// negations read `not (…)`. Mixed `and`/`or` groups are parenthesised so that the text
    /// cannot be misread.
    public func explained(in language: Language = .en) -> String {
        let w = { (word: ConditionText) in word.text(in: language) }
        switch self {
        case .constant(let value):
            return w(value ? .always : .never)
        case .isYes(let id):
            return "\(id) \(w(.isYes))"
        case .compare(let id, let op, let literal):
            return "\(id) \(w(Condition.phrase(for: op))) \(Condition.spoken(literal))"
        case .oneOf(let id, let literals):
            if literals.count == 1, let only = literals.first {
                return "\(id) \(w(.isValue)) \(Condition.spoken(only))"
            }
            return "\(id) \(w(.isOneOf)) \(Condition.spoken(literals))"
        case .contains(let id, let literal):
            return "\(id) \(w(.includes)) \(Condition.spoken(literal))"
        case .answered(let id):
            return "\(id) \(w(.isAnswered))"
        case .unknown(let id):
            return "\(id) \(w(.isUnknown))"
        case .not(let inner):
            return inner.explainedNegation(in: language)
        case .all(let children):
            return Condition.explained(children, joinedBy: w(.and), identity: true, in: language)
        case .any(let children):
            return Condition.explained(children, joinedBy: w(.or), identity: false, in: language)
        }
    }

    private func explainedNegation(in language: Language) -> String {
        let w = { (word: ConditionText) in word.text(in: language) }
        switch self {
        case .constant(let value):
            return w(value ? .never : .always)
        case .isYes(let id):
            return "\(id) \(w(.isNotYes))"
        case .compare(let id, .equal, let literal):
            return "\(id) \(w(.isNotValue)) \(Condition.spoken(literal))"
        case .compare(let id, .notEqual, let literal):
            return "\(id) \(w(.isValue)) \(Condition.spoken(literal))"
        case .compare(let id, let op, let literal):
            // Not "at least" for "not less than": on a missing or mismatched answer the two
            // differ, so the wording keeps the negation explicit.
            return "\(id) \(w(Condition.negatedPhrase(for: op))) \(Condition.spoken(literal))"
        case .oneOf(let id, let literals):
            if literals.count == 1, let only = literals.first {
                return "\(id) \(w(.isNotValue)) \(Condition.spoken(only))"
            }
            return "\(id) \(w(.isNoneOf)) \(Condition.spoken(literals))"
        case .contains(let id, let literal):
            return "\(id) \(w(.doesNotInclude)) \(Condition.spoken(literal))"
        case .answered(let id):
            return "\(id) \(w(.isNotAnswered))"
        case .unknown(let id):
            return "\(id) \(w(.isNotUnknown))"
        case .not, .all, .any:
            return "\(w(.not)) (\(explained(in: language)))"
        }
    }

    private static func explained(
        _ children: [Condition], joinedBy word: String, identity: Bool, in language: Language
    ) -> String {
        guard children.count > 1 else {
            return children.first?.explained(in: language) ?? Condition.constant(identity).explained(in: language)
        }
        return children.map { child in
            child.precedence <= .and ? "(\(child.explained(in: language)))" : child.explained(in: language)
        }.joined(separator: " \(word) ")
    }

    private static func phrase(for op: ComparisonOperator) -> ConditionText {
        switch op {
        case .equal: .isValue
        case .notEqual: .isNotValue
        case .less: .less
        case .lessOrEqual: .lessOrEqual
        case .greater: .greater
        case .greaterOrEqual: .greaterOrEqual
        }
    }

    private static func negatedPhrase(for op: ComparisonOperator) -> ConditionText {
        switch op {
        case .equal: .isNotValue
        case .notEqual: .isValue
        case .less: .notLess
        case .lessOrEqual: .notLessOrEqual
        case .greater: .notGreater
        case .greaterOrEqual: .notGreaterOrEqual
        }
    }

    private static func spoken(_ literal: Literal) -> String {
        literal.description
    }

    private static func spoken(_ literals: [Literal]) -> String {
        literals.map(spoken).joined(separator: ", ")
    }
}

extension Condition: CustomStringConvertible {
    /// The condition as canonical source text that parses back to the same tree.
    ///
    /// Operators are spaced, redundant parentheses are dropped and text is re-escaped, so
    /// `(a.b=="x")` prints as `a.b == "x"`.
    public var description: String {
        source(minimumPrecedence: .or)
    }

    fileprivate enum Precedence: Int, Comparable {
        case or, and, not, atom

        static func < (lhs: Precedence, rhs: Precedence) -> Bool {
            lhs.rawValue < rhs.rawValue
        }
    }

    fileprivate var precedence: Precedence {
        switch self {
        case .all(let children) where children.count > 1: .and
        case .any(let children) where children.count > 1: .or
        case .all(let children), .any(let children): children.first?.precedence ?? .atom
        case .not: .not
        default: .atom
        }
    }

    private func source(minimumPrecedence: Precedence) -> String {
        let text = unparenthesisedSource()
        return precedence < minimumPrecedence ? "(\(text))" : text
    }

    private func unparenthesisedSource() -> String {
        switch self {
        case .constant(let value):
            return value ? "true" : "false"
        case .isYes(let id):
            return id.rawValue
        case .compare(let id, let op, let literal):
            return "\(id) \(op.rawValue) \(literal)"
        case .oneOf(let id, let literals):
            return "\(id) in [\(literals.map(\.description).joined(separator: ", "))]"
        case .contains(let id, let literal):
            return "\(id) contains \(literal)"
        case .answered(let id):
            return "answered(\(id))"
        case .unknown(let id):
            return "unknown(\(id))"
        case .not(let inner):
            return "not " + inner.source(minimumPrecedence: .not)
        case .all(let children):
            return Condition.source(children, joinedBy: "and", level: .and, identity: true)
        case .any(let children):
            return Condition.source(children, joinedBy: "or", level: .or, identity: false)
        }
    }

    private static func source(
        _ children: [Condition], joinedBy word: String, level: Precedence, identity: Bool
    ) -> String {
        guard children.count > 1 else {
            return children.first?.unparenthesisedSource() ?? (identity ? "true" : "false")
        }
        // Children must bind tighter than this level: a nested group of the same kind only
        // occurs in hand-built trees, and parenthesising it keeps the printed grouping honest.
        return children.map { child in
            child.source(minimumPrecedence: Precedence(rawValue: level.rawValue + 1) ?? .atom)
        }.joined(separator: " \(word) ")
    }
}
