/// One recorded answer: a value or "I don't know", with the assessor's note and evidence reference.
public struct Answer: Hashable, Sendable {
    /// `.value(…)` or `.unknown`.
    public var state: AnswerState
    /// Free-text note from the person answering.
    public var note: String?
    /// Where the evidence is (a document, a contract clause, a register entry).
    public var evidence: String?
    /// Where the answer is written.
    public var location: SourceLocation

    /// Creates an answer.
    public init(state: AnswerState, note: String? = nil, evidence: String? = nil, location: SourceLocation) {
        self.state = state
        self.note = note
        self.evidence = evidence
        self.location = location
    }
}

/// Who assessed what, where and when.
public struct AssessmentMetadata: Hashable, Sendable {
    /// `eu`, `be`, `se`: picks the bundle.
    public var jurisdiction: String
    /// The controller.
    public var organisation: String
    /// The unit that wants the processing.
    public var unit: String?
    /// The processing or tool assessed.
    public var processing: String
    /// Who answered.
    public var assessor: String?
    /// The date the law is applied as of; nil when the file has none.
    public var date: CalendarDate?
    /// The security classification printed in the header of filed documents.
    public var classification: String?
    /// The language the assessment is kept in (`assessment.language`): reports, the interview and the
    /// quiz use it unless `--lang` says otherwise.
    public var language: Language?

    /// Creates metadata.
    public init(
        jurisdiction: String, organisation: String, unit: String?, processing: String,
        assessor: String?, date: CalendarDate?, classification: String? = nil
    ) {
        self.jurisdiction = jurisdiction
        self.organisation = organisation
        self.unit = unit
        self.processing = processing
        self.assessor = assessor
        self.date = date
        self.classification = classification
    }
}

/// The narrative block of a case file.
public struct CaseInfo: Hashable, Sendable {
    /// The case's title.
    public var title: String
    /// The facts, for readers and trainees.
    public var narrative: String?
    /// Where the facts come from.
    public var sources: [String]

    /// Creates case information.
    public init(title: String, narrative: String?, sources: [String]) {
        self.title = title
        self.narrative = narrative
        self.sources = sources
    }
}

/// An answers (or case) file, read and checked against its bundle.
public struct AnswerSet: Hashable, Sendable {
    /// The file's name as given.
    public var file: String
    /// The layer versions the answers were made against, in file order.
    public var madeAgainst: [Sourced<String>]
    /// Who, what, where, when.
    public var metadata: AssessmentMetadata
    /// The answers by question.
    public var answers: [QuestionID: Answer]
    /// Present for case files.
    public var caseInfo: CaseInfo?
    /// The trainer section of a case file (`training:`); not part of the assessment, so it changes
    /// neither the report nor its digests.
    public var training: TrainingBrief?
    /// The description of the processing (LED Art. 27(2)).
    public var description: ProcessingDescription
    /// The register's owners, dates, statuses and evidence, by measure id.
    public var measureRecords: [String: MeasureRecord]
    /// The controller's ratings of risks, by risk id.
    public var riskDecisions: [String: RiskDecision]
    /// The validation of the DPIA.
    public var signOff: SignOff?

    /// Creates an answer set.
    public init(
        file: String, madeAgainst: [Sourced<String>], metadata: AssessmentMetadata,
        answers: [QuestionID: Answer], caseInfo: CaseInfo?, training: TrainingBrief? = nil,
        description: ProcessingDescription = ProcessingDescription(), measureRecords: [String: MeasureRecord] = [:],
        riskDecisions: [String: RiskDecision] = [:], signOff: SignOff? = nil
    ) {
        self.file = file
        self.madeAgainst = madeAgainst
        self.metadata = metadata
        self.answers = answers
        self.caseInfo = caseInfo
        self.training = training
        self.description = description
        self.measureRecords = measureRecords
        self.riskDecisions = riskDecisions
        self.signOff = signOff
    }
}
