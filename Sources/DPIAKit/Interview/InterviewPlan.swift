/// The order of a guided interview over one bundle: which questions are asked with the answers given
/// so far, which comes before or after a question, and where to resume. Pure: value in, value out.
///
/// A question is asked when its condition is true or unknown (`RuleEngine.answerStates`), so the plan
/// changes as answers change; answers to questions that stop applying are never dropped.
public struct InterviewPlan: Hashable, Sendable {
    /// The questionnaires the interview walks.
    public let bundle: QuestionnaireBundle
    /// When set, only these questions are asked (a training case's subset); the others keep the
    /// answers they have, so relevance is still decided by the whole answer set.
    public let focus: Set<QuestionID>?

    /// Creates the plan of `bundle`, asking only the questions in `focus` when it is given.
    public init(bundle: QuestionnaireBundle, focus: Set<QuestionID>? = nil) {
        self.bundle = bundle
        self.focus = focus
    }

    /// Where one question stands in the interview, for the progress line.
    public struct Progress: Hashable, Sendable {
        /// The title of the question's section.
        public var section: String
        /// The question's 1-based place among the questions asked with the answers so far.
        public var position: Int
        /// How many questions are asked with the answers so far; later answers may change it.
        public var estimatedTotal: Int
    }

    /// The questions asked with `answers`, in bundle order.
    ///
    /// Once the answers make an out-of-scope finding true (the processing falls outside the law the
    /// bundle applies), only the questions that finding's condition names are still asked, so they
    /// can be revised; the rest of the questionnaire does not apply and is not asked.
    public func askedQuestions(_ answers: AnswerSet) -> [Question] {
        let states = RuleEngine.answerStates(answers, bundle: bundle)
        let scope = scopeQuestions(states)
        return bundle.questions.filter { question in
            (states[question.id] ?? .notApplicable) != .notApplicable
                && (focus?.contains(question.id) ?? true)
                && (scope?.contains(question.id) ?? true)
        }
    }

    /// The questions named by the out-of-scope findings whose conditions are true with `states`, or
    /// nil when no such finding is established.
    private func scopeQuestions(_ states: [QuestionID: AnswerState]) -> Set<QuestionID>? {
        let outOfScope = bundle.findings.filter(\.isOutOfScope)
        let established = outOfScope.filter { rule in
            rule.condition?.condition.evaluate { states[$0] ?? .notApplicable } == .true
        }
        guard !established.isEmpty else { return nil }
        return Set(outOfScope.flatMap { $0.condition?.condition.questionIDs ?? [] })
    }

    /// The first question asked after `id` (or the first question at all when `id` is nil).
    public func question(after id: QuestionID?, _ answers: AnswerSet) -> Question? {
        let asked = askedQuestions(answers)
        guard let id else { return asked.first }
        let order = bundle.questions.map(\.id)
        guard let place = order.firstIndex(of: id) else { return nil }
        return asked.first { (order.firstIndex(of: $0.id) ?? 0) > place }
    }

    /// The last question asked before `id`, or nil at the start.
    public func question(before id: QuestionID, _ answers: AnswerSet) -> Question? {
        let order = bundle.questions.map(\.id)
        guard let place = order.firstIndex(of: id) else { return nil }
        return askedQuestions(answers).last { (order.firstIndex(of: $0.id) ?? 0) < place }
    }

    /// Where to resume: the first unanswered question after the last answered one, so a question the
    /// user chose to skip is not asked again; else the first required question still unanswered; nil
    /// when nothing is left to ask.
    public func resumePoint(_ answers: AnswerSet) -> Question? {
        let states = RuleEngine.answerStates(answers, bundle: bundle)
        let asked = askedQuestions(answers)
        let lastAnswered = asked.lastIndex { states[$0.id] != .unanswered }
        let frontier = asked[(lastAnswered.map { $0 + 1 } ?? 0)...].first { states[$0.id] == .unanswered }
        return frontier ?? firstMissingRequired(answers)
    }

    /// The first required question that is asked and still unanswered.
    public func firstMissingRequired(_ answers: AnswerSet) -> Question? {
        let states = RuleEngine.answerStates(answers, bundle: bundle)
        return askedQuestions(answers).first { $0.isRequired && states[$0.id] == .unanswered }
    }

    /// The section (its title in `language`), place and estimated total of `id` with `answers`.
    public func progress(of id: QuestionID, _ answers: AnswerSet, in language: Language = .en) -> Progress {
        let asked = askedQuestions(answers)
        let question = bundle.question(id)
        let title = question.flatMap { bundle.section($0.section) }?.title.text(in: language) ?? ""
        let position = (asked.firstIndex { $0.id == id } ?? 0) + 1
        return Progress(section: title, position: position, estimatedTotal: asked.count)
    }

    /// Whether `id` is the first question asked in its section, so the section's intro belongs before it.
    public func opensSection(_ id: QuestionID, _ answers: AnswerSet) -> Bool {
        guard let question = bundle.question(id) else { return false }
        return askedQuestions(answers).first { $0.section == question.section }?.id == id
    }
}
