/// A trainee's answers to a training case compared with the key: which answers differ, which
/// findings and red patterns each wrong answer adds or misses, both assessments, and the score.
/// Pure: value in, value out.
///
/// The score (documented in the README, "For trainers") counts only what the trainee decided:
/// - one point for every scored question answered exactly like the key (a question is scored when
///   the key answers it, it is among the questions the trainee is asked, and it is not free text);
/// - one point for every finding and red pattern *in play* that the key's answers fire and the
///   trainee's answers fire too, at the same severity, when the trainee answered at least one of the
///   quiz questions its condition names (a finding or red pattern is in play when its condition
///   names a question of the quiz; the others follow from the case's facts, not from the trainee);
/// - minus one point for every finding or red pattern the trainee's own answers fire (its condition
///   names a quiz question the trainee answered) that the key's do not fire (this part never goes
///   below zero);
/// - one point when the verdict is the key's, the trainee answered every question asked, and the
///   verdict is in play: something the quiz asks about decides it (for DO NOT DEPLOY and DEPLOY ONLY
///   AFTER MEASURES, one of the key's red patterns or findings that make it is in play).
///
/// A quiz ended before the last question is *abandoned*: it is scored the same way, and says so.
public struct TrainingResult: Hashable, Sendable {
    /// One question, as the trainee and the key answered it.
    public struct AnswerComparison: Hashable, Sendable {
        /// The question.
        public var question: Question
        /// The trainee's answer (`notApplicable` when the trainee's earlier answers hid it).
        public var trainee: AnswerState
        /// The key's answer (`notApplicable` when the key does not ask it).
        public var key: AnswerState
        /// Whether it counts towards the score.
        public var isScored: Bool
        /// What this answer alone, put in the key's place, changes in the key's assessment; empty
        /// when the answer matches, or the trainee was not asked the question.
        public var impact: [OutcomeChange]

        /// Whether the trainee's answer is the key's.
        public var matches: Bool { TrainingResult.same(trainee, key) }

        /// What the answer changes, one entry per finding or red pattern, in the order first met.
        public var effects: [Effect] {
            var order: [String] = []
            var byID: [String: [OutcomeChange]] = [:]
            for change in impact {
                let id = "\(change.outcome.kind.rawValue):\(change.outcome.id)"
                if byID[id] == nil { order.append(id) }
                byID[id, default: []].append(change)
            }
            return order.compactMap { id in
                guard let changes = byID[id], let first = changes.first else { return nil }
                return Effect(
                    outcome: first.outcome, inKey: changes.first { $0.direction == .missed }?.outcome,
                    withAnswer: changes.first { $0.direction == .added }?.outcome)
            }
        }
    }

    /// What one answer changes about one finding or red pattern: it adds it (only `withAnswer`),
    /// misses it (only `inKey`), or puts it in another state (both).
    public struct Effect: Hashable, Sendable {
        /// The finding or red pattern, as the first change names it (its title and condition).
        public var outcome: Outcome
        /// It in the key's assessment, when the answer misses it or changes its state.
        public var inKey: Outcome?
        /// It with the trainee's answer, when the answer adds it or changes its state.
        public var withAnswer: Outcome?
    }

    /// A finding or red pattern in one assessment, as scored.
    public struct Outcome: Hashable, Sendable {
        /// What kind of rule it is.
        public enum Kind: String, Hashable, Sendable {
            case finding = "finding"
            case redPattern = "red pattern"
        }

        /// Finding or red pattern.
        public var kind: Kind
        /// The rule's id.
        public var id: String
        /// Its headline.
        public var title: String
        /// Fired, or not yet excluded.
        public var status: RuleStatus
        /// The severity it counts with (findings only).
        public var severity: Severity?
        /// When it fires, in plain words: questions and options by their labels.
        public var condition: String
        /// Its provisions on the assessment date.
        public var citations: [Citation]
        /// The decisions that found it (red patterns only).
        public var precedents: [String]

        /// The state compared between the two assessments.
        var state: String { [status.rawValue, severity?.rawValue].compactMap { $0 }.joined(separator: ", ") }
    }

    /// A finding or red pattern one assessment has and the other does not (in that state).
    public struct OutcomeChange: Hashable, Sendable {
        /// Whether the trainee's answers add it or miss it.
        public enum Direction: String, Hashable, Sendable {
            case added, missed
        }

        /// Added (the trainee's answers produce it, the key's do not) or missed.
        public var direction: Direction
        /// The outcome, as the side that has it produces it.
        public var outcome: Outcome
    }

    /// The points, part by part.
    public struct Score: Hashable, Sendable {
        /// Scored questions answered like the key.
        public var matchingAnswers: Int
        /// Scored questions.
        public var scoredQuestions: Int
        /// The key's fired findings and red patterns that the trainee's answers fire too.
        public var reproducedOutcomes: Int
        /// The key's fired findings and red patterns.
        public var keyOutcomes: Int
        /// Findings and red patterns the trainee's answers fire and the key's do not.
        public var extraOutcomes: Int
        /// Whether the verdict is the key's.
        public var verdictMatches: Bool
        /// Whether the verdict counts: the quiz's questions decide it.
        public var verdictInPlay: Bool = true
        /// Whether the trainee answered every question asked (the verdict point needs it).
        public var answeredAll: Bool = true
        /// Whether the quiz was ended before its last question.
        public var isAbandoned: Bool = false

        /// Whether the verdict point is earned.
        public var verdictEarned: Bool { verdictMatches && verdictInPlay && answeredAll }

        /// The points earned.
        public var points: Int {
            matchingAnswers + max(0, reproducedOutcomes - extraOutcomes) + (verdictEarned ? 1 : 0)
        }

        /// The points available.
        public var maximum: Int { scoredQuestions + keyOutcomes + (verdictInPlay ? 1 : 0) }

        /// The points as a whole percentage, rounded down.
        public var percent: Int { maximum == 0 ? 100 : points * 100 / maximum }

        /// Whether every point was earned.
        public var isFullMarks: Bool { points == maximum }
    }

    /// The case.
    public var trainingCase: TrainingCase
    /// The key's assessment.
    public var keyAssessment: Assessment
    /// The trainee's assessment.
    public var traineeAssessment: Assessment
    /// Every question the trainee was asked or the key answers, among the questions in the quiz,
    /// in questionnaire order.
    public var answers: [AnswerComparison]
    /// Findings and red patterns the trainee's answers add or miss, overall.
    public var outcomeChanges: [OutcomeChange]
    /// The score.
    public var score: Score

    /// Scores `trainee` (already made ready with ``TrainingCase/traineeAnswers(_:)``) against the
    /// case's key; `isAbandoned` when the quiz was ended before its last question. Titles and
    /// conditions are written in `language`.
    public static func evaluate(
        _ trainee: AnswerSet, on trainingCase: TrainingCase, today: CalendarDate, isAbandoned: Bool = false,
        language: Language = .en
    ) -> TrainingResult {
        let bundle = trainingCase.bundle
        let key = trainingCase.key
        let keyAssessment = RuleEngine.assess(key, with: bundle, today: today)
        let traineeAssessment = RuleEngine.assess(trainee, with: bundle, today: today)
        let keyStates = RuleEngine.answerStates(key, bundle: bundle)
        let traineeStates = RuleEngine.answerStates(trainee, bundle: bundle)
        let keyOutcomes = outcomes(of: keyAssessment, language: language)

        var comparisons: [AnswerComparison] = []
        for question in bundle.questions where trainingCase.focus?.contains(question.id) ?? true {
            let keyState = keyStates[question.id] ?? .notApplicable
            let traineeState = traineeStates[question.id] ?? .notApplicable
            let keyAnswers = keyState.isAnswered
            guard keyAnswers || traineeState.isAnswered else { continue }
            var impact: [OutcomeChange] = []
            if !same(traineeState, keyState), traineeState != .notApplicable {
                // The answer alone in the key's place: what it changes with everything else right.
                var variant = key
                variant.answers[question.id] = trainee.answers[question.id]
                let assessed = RuleEngine.assess(variant, with: bundle, today: today)
                impact = changes(from: keyOutcomes, to: outcomes(of: assessed, language: language))
            }
            comparisons.append(
                AnswerComparison(
                    question: question, trainee: traineeState, key: keyState,
                    isScored: keyAnswers && question.kind != .text, impact: impact))
        }

        let traineeOutcomes = outcomes(of: traineeAssessment, language: language)
        let changes = changes(from: keyOutcomes, to: traineeOutcomes)

        // What the trainee decided: the questions of the quiz, and those of them answered.
        let quiz = Set(bundle.questions.map(\.id).filter { trainingCase.focus?.contains($0) ?? true })
        let answered = quiz.filter { traineeStates[$0]?.isAnswered ?? false }
        let conditions = ruleQuestions(bundle)
        let inPlay = { (outcome: Outcome) in
            !(conditions["\(outcome.kind.rawValue):\(outcome.id)"] ?? []).isDisjoint(with: quiz)
        }
        let decided = { (outcome: Outcome) in
            !(conditions["\(outcome.kind.rawValue):\(outcome.id)"] ?? []).isDisjoint(with: answered)
        }
        let keyFired = keyOutcomes.filter { $0.status == .fired && inPlay($0) }
        let traineeFired = traineeOutcomes.filter { $0.status == .fired && decided($0) }
        let firedKeys = { (outcomes: [Outcome]) in Set(outcomes.map { "\($0.kind.rawValue):\($0.id):\($0.state)" }) }
        let allKeyFiredIDs = Set(keyOutcomes.filter { $0.status == .fired }.map { "\($0.kind.rawValue):\($0.id)" })
        let scored = comparisons.filter(\.isScored)
        let asked = InterviewPlan(bundle: bundle, focus: trainingCase.focus).askedQuestions(trainee)
        let score = Score(
            matchingAnswers: scored.filter(\.matches).count, scoredQuestions: scored.count,
            reproducedOutcomes: firedKeys(keyFired).intersection(firedKeys(traineeFired)).count,
            keyOutcomes: keyFired.count,
            extraOutcomes: traineeFired.filter { !allKeyFiredIDs.contains("\($0.kind.rawValue):\($0.id)") }.count,
            verdictMatches: keyAssessment.verdict == traineeAssessment.verdict,
            verdictInPlay: verdictInPlay(keyAssessment, keyOutcomes: keyOutcomes, inPlay: inPlay, quiz: quiz),
            answeredAll: asked.allSatisfy { traineeStates[$0.id]?.isAnswered ?? false },
            isAbandoned: isAbandoned)
        return TrainingResult(
            trainingCase: trainingCase, keyAssessment: keyAssessment, traineeAssessment: traineeAssessment,
            answers: comparisons, outcomeChanges: changes, score: score)
    }

    /// The questions each finding's and red pattern's condition names, keyed `kind:id`.
    private static func ruleQuestions(_ bundle: QuestionnaireBundle) -> [String: Set<QuestionID>] {
        var result: [String: Set<QuestionID>] = [:]
        for rule in bundle.findings {
            result["\(Outcome.Kind.finding.rawValue):\(rule.id)"] = Set(rule.condition?.condition.questionIDs ?? [])
        }
        for pattern in bundle.redPatterns {
            result["\(Outcome.Kind.redPattern.rawValue):\(pattern.id)"] = Set(
                pattern.condition?.condition.questionIDs ?? [])
        }
        return result
    }

    /// Whether the quiz's questions decide the key's verdict: for DO NOT DEPLOY and DEPLOY ONLY AFTER
    /// MEASURES, one of the red patterns or findings that make it is in play; any other verdict
    /// depends on every answer, so it is in play whenever the quiz asks anything.
    private static func verdictInPlay(
        _ key: Assessment, keyOutcomes: [Outcome], inPlay: (Outcome) -> Bool, quiz: Set<QuestionID>
    ) -> Bool {
        switch key.verdict {
        case .doNotDeploy:
            return keyOutcomes.contains {
                $0.status == .fired && ($0.kind == .redPattern || $0.severity == .blocker) && inPlay($0)
            }
        case .deployOnlyAfterMeasures:
            return keyOutcomes.contains {
                ($0.kind == .redPattern || ($0.severity.map { $0 <= .high } ?? false)) && inPlay($0)
            }
        default:
            return !quiz.isEmpty
        }
    }

    /// The answers that differ from the key.
    public var differences: [AnswerComparison] { answers.filter { !$0.matches } }

    /// Every finding and red pattern of an assessment, fired or open, red patterns first, with titles
    /// and conditions in `language`.
    public static func outcomes(of assessment: Assessment, language: Language = .en) -> [Outcome] {
        let never = TrainingText.never.text(in: language)
        let worded = { (condition: LocatedCondition?) in
            condition?.condition.worded(in: assessment.bundle, language: language) ?? never
        }
        let patterns = assessment.redPatterns.map { match in
            Outcome(
                kind: .redPattern, id: match.pattern.id, title: match.pattern.title.text(in: language),
                status: match.status, severity: nil, condition: worded(match.pattern.condition),
                citations: match.citations.map(\.citation), precedents: match.pattern.precedents.map(\.value))
        }
        let findings = assessment.findings.map { finding in
            Outcome(
                kind: .finding, id: finding.rule.id, title: finding.rule.title.text(in: language),
                status: finding.status, severity: finding.severity, condition: worded(finding.rule.condition),
                citations: finding.citations.map(\.citation), precedents: [])
        }
        return patterns + findings
    }

    /// What `after` adds to and misses from `before`: missed first, in `before`'s order, then added.
    static func changes(from before: [Outcome], to after: [Outcome]) -> [OutcomeChange] {
        let key = { (outcome: Outcome) in "\(outcome.kind.rawValue):\(outcome.id):\(outcome.state)" }
        let beforeKeys = Set(before.map(key))
        let afterKeys = Set(after.map(key))
        return before.filter { !afterKeys.contains(key($0)) }.map { OutcomeChange(direction: .missed, outcome: $0) }
            + after.filter { !beforeKeys.contains(key($0)) }.map { OutcomeChange(direction: .added, outcome: $0) }
    }

    /// Whether two answers are the same, ignoring the order of multiple choices.
    static func same(_ lhs: AnswerState, _ rhs: AnswerState) -> Bool {
        switch (lhs, rhs) {
        case (.value(.choices(let left)), .value(.choices(let right))):
            return left.sorted() == right.sorted()
        default:
            return lhs == rhs
        }
    }
}

extension AnswerState {
    /// Whether it is a value or "I don't know".
    var isAnswered: Bool {
        switch self {
        case .value, .unknown: true
        case .notApplicable, .unanswered: false
        }
    }
}
