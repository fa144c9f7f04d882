/// How far the tool has come: it decides whether measures say "do not start" or "stop", and whether
/// remedies for a past use are owed.
public enum Stage: String, Hashable, Sendable, CaseIterable {
    /// Not used yet.
    case planned
    /// Used in a trial, a test or a pilot.
    case trial
    /// Used in operations.
    case inUse = "in_use"

    /// True once anyone has used the tool, in a trial or in operations.
    public var hasBeenUsed: Bool { self != .planned }
}

/// A recipient, processor or sub-processor of the data, with its country.
public struct Recipient: Hashable, Sendable {
    /// Its name.
    public var name: String
    /// `processor`, `sub-processor`, `recipient`, `joint controller` or as the assessor wrote it.
    public var role: String
    /// Where it is established or processes the data.
    public var country: String?

    /// Creates a recipient.
    public init(name: String, role: String, country: String?) {
        self.name = name
        self.role = role
        self.country = country
    }
}

/// The general description of the envisaged processing (LED Art. 27(2)): the facts the assessment
/// is about, as the assessor recorded them.
public struct ProcessingDescription: Hashable, Sendable {
    /// What the processing is for.
    public var purposes: [String] = []
    /// Whose data: suspects, victims, witnesses, staff...
    public var dataSubjects: [String] = []
    /// Which data: facial images, templates, case references...
    public var dataCategories: [String] = []
    /// Where the data come from.
    public var sources: [String] = []
    /// Who receives or processes the data.
    public var recipients: [Recipient] = []
    /// The systems used.
    public var systems: [String] = []
    /// The provider of the tool.
    public var vendor: String?
    /// The steps the data go through, in order.
    public var dataFlow: [String] = []
    /// How long each kind of data is kept.
    public var retention: String?
    /// How much: searches, people, images.
    public var scale: String?
    /// Planned, in trial or in use.
    public var stage: Stage?

    /// Creates a description.
    public init(
        purposes: [String] = [], dataSubjects: [String] = [], dataCategories: [String] = [],
        sources: [String] = [], recipients: [Recipient] = [], systems: [String] = [], vendor: String? = nil,
        dataFlow: [String] = [], retention: String? = nil, scale: String? = nil, stage: Stage? = nil
    ) {
        self.purposes = purposes
        self.dataSubjects = dataSubjects
        self.dataCategories = dataCategories
        self.sources = sources
        self.recipients = recipients
        self.systems = systems
        self.vendor = vendor
        self.dataFlow = dataFlow
        self.retention = retention
        self.scale = scale
        self.stage = stage
    }

    /// True when nothing is recorded.
    public var isEmpty: Bool { self == ProcessingDescription() }
}

/// Where a measure stands.
public enum MeasureStatus: String, Hashable, Sendable, CaseIterable {
    /// Nothing done yet.
    case todo
    /// Decided, with an owner and a date.
    case planned
    /// Done, with evidence.
    case done
    /// Not taken, with the reason.
    case rejected
}

/// What the answers file records about one measure of the register.
public struct MeasureRecord: Hashable, Sendable {
    /// Who is responsible.
    public var owner: String?
    /// By when.
    public var due: CalendarDate?
    /// Where it stands.
    public var status: MeasureStatus
    /// Why it was rejected (required then).
    public var reason: String?
    /// Where the proof is.
    public var evidence: String?
    /// Where it is written.
    public var location: SourceLocation

    /// Creates a record.
    public init(
        owner: String? = nil, due: CalendarDate? = nil, status: MeasureStatus = .todo, reason: String? = nil,
        evidence: String? = nil, location: SourceLocation
    ) {
        self.owner = owner
        self.due = due
        self.status = status
        self.reason = reason
        self.evidence = evidence
        self.location = location
    }
}

/// The controller's own rating of a risk, overriding the suggested levels.
public struct RiskDecision: Hashable, Sendable {
    /// Severity before the measures.
    public var severity: RiskLevel?
    /// Likelihood before the measures.
    public var likelihood: RiskLevel?
    /// Severity after the measures.
    public var residualSeverity: RiskLevel?
    /// Likelihood after the measures.
    public var residualLikelihood: RiskLevel?
    /// Why (required when a level is set below the suggestion).
    public var justification: String?
    /// Where it is written.
    public var location: SourceLocation

    /// Creates a decision.
    public init(
        severity: RiskLevel? = nil, likelihood: RiskLevel? = nil, residualSeverity: RiskLevel? = nil,
        residualLikelihood: RiskLevel? = nil, justification: String? = nil, location: SourceLocation
    ) {
        self.severity = severity
        self.likelihood = likelihood
        self.residualSeverity = residualSeverity
        self.residualLikelihood = residualLikelihood
        self.justification = justification
        self.location = location
    }
}

/// A person who signed a part of the DPIA.
public struct Signatory: Hashable, Sendable {
    /// Name.
    public var name: String
    /// Role or function.
    public var role: String?
    /// Date of signature.
    public var date: CalendarDate?

    /// Creates a signatory.
    public init(name: String, role: String?, date: CalendarDate?) {
        self.name = name
        self.role = role
        self.date = date
    }
}

/// The data protection officer's opinion on the DPIA (LED Art. 34).
public enum OpinionKind: String, Hashable, Sendable, CaseIterable {
    case favourable
    case favourableWithReservations = "favourable_with_reservations"
    case unfavourable
}

/// What the controller decided.
public enum ControllerDecisionKind: String, Hashable, Sendable, CaseIterable {
    /// Go ahead.
    case proceed
    /// Go ahead once the measures are done.
    case proceedAfterMeasures = "proceed_after_measures"
    /// Do not go ahead, or stop.
    case doNotProceed = "do_not_proceed"
}

/// The validation of the DPIA (ICO step 7, CNIL validation): who approved what, and when it is reviewed.
public struct SignOff: Hashable, Sendable {
    /// The DPO's opinion.
    public var dpoOpinion: OpinionKind?
    /// Its text.
    public var dpoOpinionText: String?
    /// The DPO who gave it.
    public var dpo: Signatory?
    /// Who approved the measures.
    public var measuresApprovedBy: Signatory?
    /// Who accepted the residual risks.
    public var residualRisksAcceptedBy: Signatory?
    /// When the DPIA was sent to the supervisory authority for prior consultation.
    public var priorConsultationSent: CalendarDate?
    /// What the supervisory authority said.
    public var priorConsultationOutcome: String?
    /// The controller's decision.
    public var controllerDecision: ControllerDecisionKind?
    /// Its text.
    public var controllerDecisionText: String?
    /// Who decided for the controller.
    public var controller: Signatory?
    /// When the DPIA is next reviewed.
    public var nextReview: CalendarDate?
    /// Where it is written.
    public var location: SourceLocation

    /// Creates a sign-off.
    public init(location: SourceLocation) {
        self.location = location
    }

    /// True when the controller decided to go ahead although the DPO's opinion was unfavourable.
    public var overridesDPO: Bool {
        dpoOpinion == .unfavourable && (controllerDecision == .proceed || controllerDecision == .proceedAfterMeasures)
    }
}
