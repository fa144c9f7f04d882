/// The overall outcome of an assessment.
public enum Verdict: String, Hashable, Sendable, CaseIterable {
    /// An out-of-scope finding fired: the processing falls under another legal frame and was not
    /// assessed against these questionnaires.
    case outOfScope = "OUT OF SCOPE"
    /// A blocker finding or a red pattern: must not start or continue.
    case doNotDeploy = "DO NOT DEPLOY"
    /// Required questions are unanswered.
    case incomplete = "INCOMPLETE"
    /// High findings, or blockers that cannot be excluded yet: deploy only once the measures are done.
    case deployOnlyAfterMeasures = "DEPLOY ONLY AFTER MEASURES"
    /// Only medium findings and advice.
    case proceedWithRecommendations = "PROCEED WITH RECOMMENDATIONS"
}

/// Whether a rule fired or could not be excluded.
public enum RuleStatus: String, Hashable, Sendable {
    /// Its condition holds (or is unknown and the rule treats unknown as fired).
    case fired
    /// Its condition is unknown: it cannot be excluded until the open points are answered.
    case open
}

/// How firmly a finding or red pattern stands on the answers, in the words the report uses.
public enum Establishment: String, Hashable, Sendable, CaseIterable {
    /// Its condition holds on the answers given.
    case established
    /// Its condition depends on "I don't know" and the rule puts the burden of showing the
    /// opposite on the controller (LED Art. 4(4)): it counts as fired until shown otherwise.
    case notDemonstrated = "not_demonstrated"
    /// Its condition depends on "I don't know" or a missing answer: it cannot be excluded yet.
    case cannotBeExcluded = "cannot_be_excluded"
}

/// A finding, red pattern or risk, named by kind and id.
public struct RuleReference: Hashable, Sendable, Comparable {
    /// What it names.
    public enum Kind: String, Hashable, Sendable, Comparable {
        case redPattern = "red_pattern"
        case finding
        case risk

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.order < rhs.order }
        private var order: Int {
            switch self {
            case .redPattern: 0
            case .finding: 1
            case .risk: 2
            }
        }
    }

    /// What it names.
    public var kind: Kind
    /// Its id.
    public var id: String

    /// Creates a reference.
    public init(_ kind: Kind, _ id: String) {
        self.kind = kind
        self.id = id
    }

    public static func < (lhs: RuleReference, rhs: RuleReference) -> Bool { (lhs.kind, lhs.id) < (rhs.kind, rhs.id) }
}

/// A citation as it applies on the assessment date.
public struct AppliedCitation: Hashable, Sendable {
    /// The citation.
    public var citation: Citation
    /// The layer that attached it.
    public var layer: String
    /// When it starts to bind, if it does not yet on the assessment date.
    public var notBindingUntil: CalendarDate?

    /// Creates an applied citation.
    public init(citation: Citation, layer: String, notBindingUntil: CalendarDate?) {
        self.citation = citation
        self.layer = layer
        self.notBindingUntil = notBindingUntil
    }

    /// Whether it binds on the assessment date.
    public var isBinding: Bool { notBindingUntil == nil }
}

/// A question and the answer that made a rule fire, for the report's "why".
public struct Reason: Hashable, Sendable {
    /// The question.
    public var question: QuestionID
    /// Its state in the assessment.
    public var state: AnswerState
    /// For a multiple choice, the chosen options the rule's condition names: the ones that decided it.
    public var decisiveOptions: [String]

    /// Creates a reason.
    public init(question: QuestionID, state: AnswerState, decisiveOptions: [String] = []) {
        self.question = question
        self.state = state
        self.decisiveOptions = decisiveOptions
    }
}

/// A finding produced by a rule.
public struct Finding: Hashable, Sendable {
    /// The rule, amended by the bundle's overlays.
    public var rule: FindingRule
    /// Fired or open.
    public var status: RuleStatus
    /// The severity it counts with: the rule's, or `advice` when none of its provisions binds yet.
    public var severity: Severity
    /// Its provisions on the assessment date.
    public var citations: [AppliedCitation]
    /// The answers its condition depended on.
    public var reasons: [Reason]
    /// Established, not demonstrated or cannot be excluded.
    public var establishment: Establishment

    /// Creates a finding.
    public init(
        rule: FindingRule, status: RuleStatus, severity: Severity, citations: [AppliedCitation], reasons: [Reason],
        establishment: Establishment? = nil
    ) {
        self.rule = rule
        self.status = status
        self.establishment = establishment ?? (status == .fired ? .established : .cannotBeExcluded)
        self.severity = severity
        self.citations = citations
        self.reasons = reasons
    }

    /// True when its provisions only bind after the assessment date.
    public var isComingIntoForce: Bool { !citations.isEmpty && !citations.contains(where: \.isBinding) }
}

/// A red pattern detected (or not excluded) in an assessment.
public struct RedPatternMatch: Hashable, Sendable {
    /// The pattern, amended by the bundle's overlays.
    public var pattern: RedPattern
    /// Fired or open.
    public var status: RuleStatus
    /// Its provisions on the assessment date.
    public var citations: [AppliedCitation]
    /// The answers its condition depended on.
    public var reasons: [Reason]

    /// Established, not demonstrated or cannot be excluded.
    public var establishment: Establishment

    /// Creates a match.
    public init(
        pattern: RedPattern, status: RuleStatus, citations: [AppliedCitation], reasons: [Reason],
        establishment: Establishment? = nil
    ) {
        self.pattern = pattern
        self.status = status
        self.establishment = establishment ?? (status == .fired ? .established : .cannotBeExcluded)
        self.citations = citations
        self.reasons = reasons
    }
}

/// A question asked in the assessment with its answer, for the annex.
public struct TranscriptEntry: Hashable, Sendable {
    /// The question.
    public var question: Question
    /// The answer, or nil when unanswered.
    public var answer: Answer?

    /// Creates an entry.
    public init(question: Question, answer: Answer?) {
        self.question = question
        self.answer = answer
    }
}

/// Something the controller must still find out.
public struct OpenPoint: Hashable, Sendable {
    /// The question answered "I don't know".
    public var question: Question
    /// The note given with the answer.
    public var note: String?
    /// Findings and red patterns that cannot be settled until it is known.
    public var dependents: [RuleReference]

    /// Creates an open point.
    public init(question: Question, note: String?, dependents: [RuleReference]) {
        self.question = question
        self.note = note
        self.dependents = dependents
    }
}

/// The evaluated assessment: everything the report shows, computed from a bundle and an answer set.
public struct Assessment: Hashable, Sendable {
    /// The bundle used.
    public var bundle: QuestionnaireBundle
    /// The answers used.
    public var answers: AnswerSet
    /// The date the law was applied as of.
    public var date: CalendarDate
    /// True when the answers had no date and today's was used.
    public var isDateDefaulted: Bool
    /// The date given instead of the answers' own (`report --date`), which `date` then is; the
    /// answers keep the date they were written with, so their digest stays theirs.
    public var dateOverride: CalendarDate?
    /// Relevant questions in order, with their answers.
    public var transcript: [TranscriptEntry]
    /// Findings, fired and open, most severe first, then in rule order.
    public var findings: [Finding]
    /// Red patterns, fired and open.
    public var redPatterns: [RedPatternMatch]
    /// Every "I don't know".
    public var openPoints: [OpenPoint]
    /// Required relevant questions with no answer.
    public var unanswered: [Question]
    /// Answers kept in the file for questions that are not relevant.
    public var ignoredAnswers: [QuestionID]
    /// The verdict.
    public var verdict: Verdict
    /// Planned, in trial or in use: from the description, else from whether the tool was already used.
    public var stage: Stage
    /// The risks to the people concerned that apply, rated.
    public var risks: [RiskAssessment]
    /// The measures owed and recorded, each once.
    public var register: MeasureRegister
    /// What the decision page shows.
    public var decision: Decision

    /// Creates an assessment.
    public init(
        bundle: QuestionnaireBundle, answers: AnswerSet, date: CalendarDate, isDateDefaulted: Bool,
        transcript: [TranscriptEntry], findings: [Finding], redPatterns: [RedPatternMatch],
        openPoints: [OpenPoint], unanswered: [Question], ignoredAnswers: [QuestionID], verdict: Verdict,
        stage: Stage = .planned, risks: [RiskAssessment] = [], register: MeasureRegister = MeasureRegister(),
        decision: Decision = Decision()
    ) {
        self.bundle = bundle
        self.answers = answers
        self.date = date
        self.isDateDefaulted = isDateDefaulted
        self.transcript = transcript
        self.findings = findings
        self.redPatterns = redPatterns
        self.openPoints = openPoints
        self.unanswered = unanswered
        self.ignoredAnswers = ignoredAnswers
        self.verdict = verdict
        self.stage = stage
        self.risks = risks
        self.register = register
        self.decision = decision
    }

    /// Fired findings only.
    public var firedFindings: [Finding] { findings.filter { $0.status == .fired } }
    /// Fired red patterns only.
    public var firedRedPatterns: [RedPatternMatch] { redPatterns.filter { $0.status == .fired } }
}
