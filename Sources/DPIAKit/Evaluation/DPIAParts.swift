/// Severity and likelihood together.
public struct RiskRating: Hashable, Sendable {
    /// How badly the people concerned would be affected.
    public var severity: RiskLevel
    /// How likely it is to happen.
    public var likelihood: RiskLevel

    /// Creates a rating.
    public init(severity: RiskLevel, likelihood: RiskLevel) {
        self.severity = severity
        self.likelihood = likelihood
    }

    /// A high risk: significant or maximum on both scales (the upper right of the CNIL risk map).
    public var isHigh: Bool { severity >= .significant && likelihood >= .significant }
}

/// A risk of the catalogue as it applies to one assessment: suggested, decided and residual levels.
public struct RiskAssessment: Hashable, Sendable {
    /// The risk.
    public var risk: Risk
    /// The levels the rules suggest on the answers.
    public var suggested: RiskRating
    /// The levels that count: the controller's decision where one is recorded and allowed, else the suggestion.
    public var decided: RiskRating
    /// The levels after the measures done or planned, as the rules compute them.
    public var suggestedResidual: RiskRating
    /// The residual levels that count.
    public var residual: RiskRating
    /// The controller's written justification.
    public var justification: String?
    /// True when the answers file lowers a level without a justification, so its decision was not applied.
    public var isLoweringUnjustified: Bool
    /// The fired or open findings and red patterns that raise it.
    public var raisedBy: [RuleReference]
    /// The measures, done or planned, that lowered it.
    public var mitigatedBy: [String]

    /// Creates a risk assessment.
    public init(
        risk: Risk, suggested: RiskRating, decided: RiskRating, suggestedResidual: RiskRating, residual: RiskRating,
        justification: String?, isLoweringUnjustified: Bool, raisedBy: [RuleReference], mitigatedBy: [String]
    ) {
        self.risk = risk
        self.suggested = suggested
        self.decided = decided
        self.suggestedResidual = suggestedResidual
        self.residual = residual
        self.justification = justification
        self.isLoweringUnjustified = isLoweringUnjustified
        self.raisedBy = raisedBy
        self.mitigatedBy = mitigatedBy
    }

    /// True when the controller's decision differs from the suggestion.
    public var isOverridden: Bool { decided != suggested || residual != suggestedResidual }
}

/// One measure of the register.
public struct MeasureEntry: Hashable, Sendable {
    /// The measure.
    public var measure: Measure
    /// The severity of the most severe rule it answers (red patterns count as blockers).
    public var priority: Severity
    /// The findings, red patterns and risks it answers.
    public var answers: [RuleReference]
    /// What the answers file records for it.
    public var record: MeasureRecord?

    /// Creates an entry.
    public init(measure: Measure, priority: Severity, answers: [RuleReference], record: MeasureRecord?) {
        self.measure = measure
        self.priority = priority
        self.answers = answers
        self.record = record
    }

    /// Its status: recorded, or to do.
    public var status: MeasureStatus { record?.status ?? .todo }
}

/// The measures register: every measure owed or recorded, once, most urgent first.
public struct MeasureRegister: Hashable, Sendable {
    /// The measures.
    public var entries: [MeasureEntry]
    /// The red patterns and prohibitions that make the use unlawful whatever is done; empty otherwise.
    public var neverLawfulBecause: [RuleReference]
    /// Safeguards not offered because nothing can make the use lawful.
    public var withheld: [String]

    /// Creates a register.
    public init(entries: [MeasureEntry] = [], neverLawfulBecause: [RuleReference] = [], withheld: [String] = []) {
        self.entries = entries
        self.neverLawfulBecause = neverLawfulBecause
        self.withheld = withheld
    }

    /// The entry for measure `id`.
    public func entry(_ id: String) -> MeasureEntry? { entries.first { $0.measure.id == id } }
}

/// Counts by state, for the decision page and the JSON summary.
public struct StateCounts: Hashable, Sendable {
    /// Established.
    public var established = 0
    /// Fired on "I don't know" with the burden on the controller.
    public var notDemonstrated = 0
    /// Open.
    public var cannotBeExcluded = 0

    /// Creates counts.
    public init(established: Int = 0, notDemonstrated: Int = 0, cannotBeExcluded: Int = 0) {
        self.established = established
        self.notDemonstrated = notDemonstrated
        self.cannotBeExcluded = cannotBeExcluded
    }

    mutating func add(_ state: Establishment) {
        switch state {
        case .established: established += 1
        case .notDemonstrated: notDemonstrated += 1
        case .cannotBeExcluded: cannotBeExcluded += 1
        }
    }
}

/// One line of the decision page's reasons.
public struct DecisiveReason: Hashable, Sendable {
    /// The finding or red pattern.
    public var rule: RuleReference
    /// How firmly it stands.
    public var establishment: Establishment
    /// Its severity (red patterns count as blockers).
    public var severity: Severity
    /// Its binding provisions, or all of them when none binds yet.
    public var citations: [AppliedCitation]
    /// The precedents it rests on.
    public var precedents: [String]

    /// Creates a reason.
    public init(
        rule: RuleReference, establishment: Establishment, severity: Severity, citations: [AppliedCitation],
        precedents: [String]
    ) {
        self.rule = rule
        self.establishment = establishment
        self.severity = severity
        self.citations = citations
        self.precedents = precedents
    }
}

/// Why prior consultation of the supervisory authority is required, if it is.
public enum PriorConsultationReason: Hashable, Sendable {
    /// A risk is high before the measures (LED Art. 28(1)(a)).
    case highRiskBeforeMeasures([String])
    /// A risk stays high after the measures: it can only be accepted after consulting the authority.
    case residualHighRisk([String])
}

/// What the first page of the report shows: the verdict, its decisive reasons, what must happen
/// before any (further) use, the unknowns that block the decision and honest counts.
public struct Decision: Hashable, Sendable {
    /// At most seven reasons, most decisive first.
    public var reasons: [DecisiveReason]
    /// How many more findings and red patterns would qualify.
    public var moreReasons: Int
    /// The measures that must happen before any (further) use.
    public var beforeUse: [String]
    /// Open points on which a blocker, a high finding or a red pattern depends.
    public var blockingUnknowns: [QuestionID]
    /// Red patterns by state.
    public var redPatterns: StateCounts
    /// Findings by state.
    public var findings: StateCounts
    /// Fired findings by severity.
    public var severities: [Severity: Int]
    /// Why prior consultation is required; empty when it is not.
    public var priorConsultation: [PriorConsultationReason]

    /// Creates a decision.
    public init(
        reasons: [DecisiveReason] = [], moreReasons: Int = 0, beforeUse: [String] = [],
        blockingUnknowns: [QuestionID] = [], redPatterns: StateCounts = StateCounts(),
        findings: StateCounts = StateCounts(), severities: [Severity: Int] = [:],
        priorConsultation: [PriorConsultationReason] = []
    ) {
        self.reasons = reasons
        self.moreReasons = moreReasons
        self.beforeUse = beforeUse
        self.blockingUnknowns = blockingUnknowns
        self.redPatterns = redPatterns
        self.findings = findings
        self.severities = severities
        self.priorConsultation = priorConsultation
    }
}
