extension Condition {
    /// Evaluates the condition under Kleene logic, looking up each question's state with
    /// `state`.
    ///
    /// A test on a question answered "I don't know" or not yet answered is `unknown`; on a
    /// question that is not relevant it is `false`, except `!=`, which is `true`.
    /// `answered(q)` and `unknown(q)` are never `unknown`.
    public func evaluate(_ state: (QuestionID) -> AnswerState) -> Truth {
        switch self {
        case .constant(let value):
            return Truth(value)
        case .isYes(let id):
            return Condition.test(state(id)) { $0.equals(.word("yes")) }
        case .compare(let id, let op, let literal):
            return Condition.test(state(id), whenNotApplicable: op == .notEqual) {
                $0.compare(op, literal)
            }
        case .oneOf(let id, let literals):
            return Condition.test(state(id)) { value in literals.contains { value.equals($0) } }
        case .contains(let id, let literal):
            return Condition.test(state(id)) { $0.includes(literal) }
        case .answered(let id):
            if case .value = state(id) { return .true }
            return .false
        case .unknown(let id):
            return Truth(state(id) == .unknown)
        case .not(let inner):
            return inner.evaluate(state).negated
        case .all(let children):
            return children.reduce(.true) { Truth.and($0, $1.evaluate(state)) }
        case .any(let children):
            return children.reduce(.false) { Truth.or($0, $1.evaluate(state)) }
        }
    }

    /// The answered questions this evaluation turned on, each once, in order of first
    /// appearance, for reports that say why something applied.
    ///
    /// Where an `and` is `false` only its `false` parts count, and where an `or` is `true` only
    /// its `true` parts; where a group is `unknown` only its `unknown` parts. Questions that are
    /// not relevant are left out: they have no answer, and their own condition explains them.
    public func decisiveQuestions(_ state: (QuestionID) -> AnswerState) -> [QuestionID] {
        var seen: Set<QuestionID> = []
        return decisiveCandidates(state).filter { id in
            state(id) != .notApplicable && seen.insert(id).inserted
        }
    }

    private func decisiveCandidates(_ state: (QuestionID) -> AnswerState) -> [QuestionID] {
        switch self {
        case .not(let inner):
            return inner.decisiveCandidates(state)
        case .all(let children), .any(let children):
            let result = evaluate(state)
            let isAll = if case .all = self { true } else { false }
            let everyChildCounts = isAll ? result == .true : result == .false
            return children.flatMap { child -> [QuestionID] in
                everyChildCounts || child.evaluate(state) == result
                    ? child.decisiveCandidates(state) : []
            }
        default:
            return questionIDs
        }
    }

    /// A leaf test: decided by `test` on a value, `unknown` without one, and
    /// `whenNotApplicable` for a question that is not relevant.
    private static func test(
        _ state: AnswerState, whenNotApplicable: Bool = false, _ test: (AnswerValue) -> Bool
    ) -> Truth {
        switch state {
        case .notApplicable: Truth(whenNotApplicable)
        case .unanswered, .unknown: .unknown
        case .value(let value): Truth(test(value))
        }
    }
}

extension AnswerValue {
    /// Tells whether the answer equals a literal; answers and literals of different kinds are
    /// never equal.
    fileprivate func equals(_ literal: Literal) -> Bool {
        switch (self, literal) {
        case (.yesNo(let yes), .word(let word)): word == (yes ? "yes" : "no")
        case (.choice(let id), .word(let word)): id == word
        case (.text(let text), .text(let other)), (.text(let text), .word(let other)):
            text == other
        case (.number(let number), .number(let other)): number == other
        case (.date(let date), .date(let other)): date == other
        default: false
        }
    }

    fileprivate func compare(_ op: ComparisonOperator, _ literal: Literal) -> Bool {
        switch op {
        case .equal: return equals(literal)
        case .notEqual: return !equals(literal)
        case .less, .lessOrEqual, .greater, .greaterOrEqual: break
        }
        switch (self, literal) {
        case (.number(let number), .number(let other)): return op.orders(number, other)
        case (.date(let date), .date(let other)): return op.orders(date, other)
        default: return false
        }
    }

    fileprivate func includes(_ literal: Literal) -> Bool {
        guard case .choices(let ids) = self, case .word(let word) = literal else { return false }
        return ids.contains(word)
    }
}

extension ComparisonOperator {
    fileprivate func orders<T: Comparable>(_ lhs: T, _ rhs: T) -> Bool {
        switch self {
        case .equal: lhs == rhs
        case .notEqual: lhs != rhs
        case .less: lhs < rhs
        case .lessOrEqual: lhs <= rhs
        case .greater: lhs > rhs
        case .greaterOrEqual: lhs >= rhs
        }
    }
}
