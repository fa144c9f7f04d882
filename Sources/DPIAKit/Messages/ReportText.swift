/// Every sentence and label of the Markdown DPIA report, with its arguments. The report's code
/// decides what is said; these say it in each language. Arguments arrive already formatted (code
/// spans, dates in the report's language); Markdown emphasis is part of the sentence.
public enum ReportText: Hashable, Sendable {
    // Front matter
    case documentTitle(processing: String)
    case keywords(jurisdiction: String)

    // 1. Decision
    case decisionHeading
    case verdictLabel(Verdict)
    case verdictReason(Verdict, hasBeenUsed: Bool, nothingOpen: Bool)
    case notBuiltIn(
        layer: String, version: String, file: String, digest: String, builtInVersion: String, builtInDigest: String)
    case lawAppliedAsOf(date: String, answersDate: String?)
    case dateDefaulted(date: String)
    case counts(
        patterns: StateCounts, findings: StateCounts, blocker: Int, high: Int, medium: Int, advice: Int,
        openPoints: Int, blocking: Int)
    case unansweredCount(Int)
    case beforeUse(hasBeenUsed: Bool, measures: String)
    case blockingUnknownsHeading
    case andMoreInSection5(Int)
    case priorConsultationLead
    case signOffLead
    case legend
    case decisiveReasonsHeading
    case moreInSection3(Int)
    case redPatternState(Establishment)
    case severityState(Severity, Establishment)
    case establishment(Establishment, isPattern: Bool)
    case consultationRequired(risks: String)
    case consultationStillHigh(risks: String?)
    case consultationRequiredByFinding
    case consultationNotRequired
    case consultationSentOn(date: String)

    // 2. Description
    case descriptionHeading
    case itemColumn, valueColumn
    case controller, unit, processingOrTool, stage, purposes, peopleConcerned, data, sourcesOfData, systems
    case vendor, recipients, retention, scale, assessor, assessmentDate, jurisdiction, classification
    case notRecorded
    case stageFromAnswers
    case dateOfReport
    case stageLabel(Stage)
    case dataFlowNotRecorded
    case dataFlowLead

    // 3. Lawfulness
    case lawfulnessHeading
    case redPatternsNotAssessed
    case noRedPattern
    case redPatternsHeading
    case noFinding
    case redPatternLine(id: String)
    case findingLine(id: String)
    case precedentsLead
    case provisionsLead
    case answersLead
    case comingIntoForce(from: String?, severity: Severity)
    case noProvisions
    case bindingFrom(date: String)
    case noAnswersNeeded
    case amongChosen(Int)

    // 4. Risks
    case riskHeading
    case riskNotAssessed
    case noRisk
    case riskLegend
    case riskNumberColumn, riskColumn, rightsColumn, suggestedColumn, decidedColumn, residualColumn, raisedByColumn
    case noneFired
    case loweringUnjustified
    case justification(String)
    case loweredBy(String)
    case riskMapBefore
    case riskMapAfter
    case rating(severity: Int, likelihood: Int)
    case likelihoodRow(RiskLevel)
    case severityColumn(RiskLevel)

    // 5. Measures
    case measuresHeading
    case neverLawful(rules: String)
    case noMeasure
    case noRecordYet
    case pointsToFindOut
    case bearsOn(String)
    case priority(Severity)
    case forRules(String)
    case status(MeasureStatus)
    case noReasonGiven
    case owner(String?)
    case due(String?)
    case evidence(String?)
    case noOwnerOrDue

    // 6. Sign-off
    case signOffHeading
    case signOffSummary(opinion: OpinionKind?, decision: ControllerDecisionKind?)
    case controllerOverrodeShort
    case notSignedOffSummary
    case notSignedOffBlock(consultationRequired: Bool)
    case notSignedOff
    case opinion(OpinionKind)
    case controllerDecision(ControllerDecisionKind)
    case consultationNotRequiredByRegister
    case consultationRequiredShort
    case consultationSent(date: String, outcome: String?)
    case consultationNotSent
    case partColumn, recordColumn
    case dpoOpinionRow, measuresApprovedRow, residualRisksAcceptedRow, priorConsultationRow, controllerDecisionRow
    case nextReviewRow
    case overdueOnAssessmentDate
    case signOffNote
    case controllerOverrodeLong

    // Shared
    case laterDecisionMark
    case notApplicable
    case notAnswered
    case unknownAnswer
    case yes
    case no
    case noneOfThese

    // 7. Annexes
    case annexHeading
    case answersAnnexHeading
    case stoppedAtScope
    case idColumn, questionColumn, answerColumn, noteColumn, evidenceColumn
    case requiredNotAnswered(String)
    case otherVersions(String)
    case answersNotUsed(String)
    case precedentsHeading
    case noPrecedent
    case decidedAfterAssessment
    case sourcesHeading
    case questionnaireColumn, versionColumn, lawAsOfColumn, extendsColumn
    case keyColumn, instrumentColumn, officialTextColumn
    case digestsNote
    case caseHeading(title: String)
    case narrativeNote
    case caseSourcesLead

    // 8. Integrity
    case integrityHeading
    case integrityIntro(tool: String)
    case canonicalAnswersRow
    case questionnaireRow(id: String, version: String)
    case translationRow(id: String, language: String)
    case reportWithoutRecordRow
    case signedWith(key: String, value: String)
    case notSigned

    /// The text in `language`.
    public func text(in language: Language) -> String {
        switch language {
        case .en: english
        case .nl: dutch
        case .fr: french
        case .sv: swedish
        }
    }
}
