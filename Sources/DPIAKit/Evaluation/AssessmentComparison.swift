/// What changed between two assessments of the same processing (last year's and this year's, or
/// before and after the measures): answers, findings, red patterns and the verdict. Pure.
public struct AssessmentComparison: Sendable {
    /// One question whose answer differs.
    public struct AnswerChange: Hashable, Sendable {
        /// The question.
        public var question: QuestionID
        /// The answer before, nil when there was none.
        public var old: Answer?
        /// The answer after, nil when there is none.
        public var new: Answer?
    }

    /// A finding or red pattern present on one side and not, or not in the same state, on the other.
    public struct RuleChange: Hashable, Sendable {
        /// The rule or pattern id.
        public var id: String
        /// Its headline.
        public var title: String
        /// `fired` / `open` with the severity for findings (`fired, high`); nil when absent.
        public var old: String?
        /// The state after; nil when absent.
        public var new: String?
    }

    /// A measure of the register whose record (status, owner, due date, evidence) differs, or that is
    /// in one register only.
    public struct MeasureChange: Hashable, Sendable {
        /// The measure id.
        public var id: String
        /// The entry before; nil when the measure was not in the register.
        public var old: MeasureEntry?
        /// The entry after; nil when it is no longer in the register.
        public var new: MeasureEntry?
    }

    /// A risk whose decided or residual rating, or justification, differs.
    public struct RiskChange: Hashable, Sendable {
        /// The risk id.
        public var id: String
        /// The risk before; nil when it did not apply.
        public var old: RiskAssessment?
        /// The risk after; nil when it no longer applies.
        public var new: RiskAssessment?
    }

    /// The earlier assessment.
    public var old: Assessment
    /// The later assessment.
    public var new: Assessment

    /// Creates a comparison.
    public init(old: Assessment, new: Assessment) {
        self.old = old
        self.new = new
    }

    /// Questions whose answer, note or evidence differs, in the order the new bundle asks them
    /// (questions only the old bundle has come last).
    public var changedAnswers: [AnswerChange] {
        let order = new.bundle.questions.map(\.id) + old.bundle.questions.map(\.id)
        var seen: Set<QuestionID> = []
        return order.compactMap { id -> AnswerChange? in
            guard seen.insert(id).inserted else { return nil }
            let before = old.answers.answers[id]
            let after = new.answers.answers[id]
            guard before?.comparable != after?.comparable else { return nil }
            return AnswerChange(question: id, old: before, new: after)
        }
    }

    /// Findings in the new assessment only, or in another state or severity.
    public var findingsAdded: [RuleChange] { changes(old.findings, new.findings).filter { $0.new != nil } }
    /// Findings in the old assessment only.
    public var findingsResolved: [RuleChange] { changes(old.findings, new.findings).filter { $0.new == nil } }
    /// Red patterns in the new assessment only, or in another state.
    public var redPatternsAdded: [RuleChange] { changes(old.redPatterns, new.redPatterns).filter { $0.new != nil } }
    /// Red patterns in the old assessment only.
    public var redPatternsResolved: [RuleChange] { changes(old.redPatterns, new.redPatterns).filter { $0.new == nil } }

    /// Measures whose status, owner, due date or evidence changed, or that entered or left the register.
    public var measureChanges: [MeasureChange] {
        let before = Dictionary(
            old.register.entries.map { ($0.measure.id, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(
            new.register.entries.map { ($0.measure.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ids =
            new.register.entries.map(\.measure.id) + old.register.entries.map(\.measure.id).filter { after[$0] == nil }
        return ids.compactMap { id in
            let a = before[id]
            let b = after[id]
            guard a?.status != b?.status || a?.record?.comparable != b?.record?.comparable || (a == nil) != (b == nil)
            else { return nil }
            return MeasureChange(id: id, old: a, new: b)
        }
    }

    /// Risks whose decided or residual levels or justification changed, or that started or stopped applying.
    public var riskChanges: [RiskChange] {
        let before = Dictionary(old.risks.map { ($0.risk.id, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.risks.map { ($0.risk.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ids = new.risks.map(\.risk.id) + old.risks.map(\.risk.id).filter { after[$0] == nil }
        return ids.compactMap { id in
            let a = before[id]
            let b = after[id]
            guard a?.decided != b?.decided || a?.residual != b?.residual || a?.justification != b?.justification
            else { return nil }
            return RiskChange(id: id, old: a, new: b)
        }
    }

    private func changes(_ before: [Finding], _ after: [Finding]) -> [RuleChange] {
        ruleChanges(
            before.map { ($0.rule.id, $0.rule.title.text(), "\($0.status.rawValue), \($0.severity.rawValue)") },
            after.map { ($0.rule.id, $0.rule.title.text(), "\($0.status.rawValue), \($0.severity.rawValue)") })
    }

    private func changes(_ before: [RedPatternMatch], _ after: [RedPatternMatch]) -> [RuleChange] {
        ruleChanges(
            before.map { ($0.pattern.id, $0.pattern.title.text(), $0.status.rawValue) },
            after.map { ($0.pattern.id, $0.pattern.title.text(), $0.status.rawValue) })
    }

    private func ruleChanges(
        _ before: [(id: String, title: String, state: String)], _ after: [(id: String, title: String, state: String)]
    ) -> [RuleChange] {
        let oldStates = Dictionary(before.map { ($0.id, $0.state) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(after.map(\.id))
        var result: [RuleChange] = after.compactMap { item in
            oldStates[item.id] == item.state
                ? nil
                : RuleChange(id: item.id, title: item.title, old: oldStates[item.id], new: item.state)
        }
        result += before.filter { !newIDs.contains($0.id) }.map {
            RuleChange(id: $0.id, title: $0.title, old: $0.state, new: nil)
        }
        return result
    }
}

extension MeasureRecord {
    /// The parts of a record that mean something: not where it was written.
    fileprivate var comparable: [String] {
        [status.rawValue, owner ?? "\u{0}", due?.description ?? "\u{0}", reason ?? "\u{0}", evidence ?? "\u{0}"]
    }
}

extension Answer {
    /// The parts of an answer that mean something: not where it was written.
    fileprivate var comparable: [String] {
        ["\(state)", note ?? "\u{0}", evidence ?? "\u{0}"]
    }
}
