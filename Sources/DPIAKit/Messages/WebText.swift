/// Every sentence, label, button, hint and error of the pages of `dpia serve`, with its arguments.
/// The pages decide what is said; these say it in each language. Texts of the questionnaires come
/// from the questionnaires (`LocalizedText`), and the report's from ``ReportText``.
public enum WebText: Hashable, Sendable {
    // The frame of every page
    case skipToContent
    case mainNavigation
    case languageNavigation
    case register, explain, checklist, train
    case assessment, review, description, measures, risks, signOff, report
    case forbidden
    case needsTokenAddress
    case formFromThisServerOnly
    case crossSiteFormRefused

    // Problems with a file
    case notAnAnswersFileTitle
    case notAnAnswersFileBody
    case noSuchFileTitle
    case noSuchFileBody(file: String)
    case cannotUse(file: String)
    case changedElsewhereTitle
    case changedElsewhereBody(file: String)
    case noSuchQuestionTitle
    case noSuchQuestionBody(id: String)

    // Register and new assessment
    case registerHeading
    case folder(String)
    case fileColumn, jurisdictionColumn, stageColumn, verdictColumn, nextReviewColumn, signOffColumn
    case registerCaption
    case noAnswersFileYet
    case noNextReview
    case notAnAnswersFile(why: String)
    case cannotBeRead
    case notSigned, decidedByController, dpoOpinionGiven
    case newAssessment
    case questionnairesJurisdiction
    case organisationField, unitField, processingField, assessorField, lawDateField, fileNameField
    case dateHint
    case fileNameHint
    case startAssessment
    case organisationNeeded, processingNeeded
    case writeADate
    case forbiddenCharacter(String)
    case chooseListedQuestionnaires
    case plainFileName
    case fileExists(name: String)
    case notCreated(fields: Int)

    // One assessment
    case assessmentLine(organisation: String, unit: String?, jurisdiction: String, file: String)
    case verdictSoFar(String)
    case continueInterview
    case everyQuestionAnswered
    case reviewEveryAnswer

    // A question
    case progressLine(section: String, position: Int, total: Int)
    case progress
    case positionOfTotal(position: Int, total: Int)
    case optional
    case yes, no, noneOfThese
    case tickEveryOption
    case guidanceAndProvisions
    case noGuidance
    case provisions(String)
    case noteField, evidenceField
    case saveAndContinue
    case dontKnow
    case previousQuestion
    case reviewTheAnswers
    case interviewNavigation
    case progressBySection
    case sectionProgress(section: String, answered: Int, asked: Int)
    case noneWithOthers
    case answerNeeded(allowsUnknown: Bool)
    case thisQuestion
    case staleAnswer(fileHolds: String)
    case notAnswered, notAsked, unknownAnswer
    case errorPrefix(String)

    // Review
    case reviewHeading
    case stillToAnswer
    case questionColumn, answerColumn, actionColumn
    case change
    case changeQuestion(String)
    case withNote(String)
    case then

    // Measures
    case measuresHeading
    case noMeasureOwed
    case measureLegend(text: String, id: String, priority: String)
    case measureAnswers(String)
    case statusField, ownerField, dueField, measureEvidenceField, rejectionReasonField
    case status(MeasureStatus)
    case saveMeasure
    case recordAnotherMeasure
    case measureField
    case recordMeasure
    case noSuchMeasure
    case rejectedNeedsReason
    case staleMeasure

    // Description of the processing
    case descriptionHeading
    case descriptionIntro
    case stageLegend
    case stageFromAnswers
    case dataFlowField
    case oneALine
    case recipientsHint
    case recipientLineProblem(line: Int)
    case saveDescription
    case staleDescription

    // Risk decisions
    case risksHeading
    case risksIntro
    case noRiskToDecide
    case riskLegend(title: String, id: String)
    case suggestedRating(before: String, after: String)
    case ratingText(severity: Int, likelihood: Int)
    case severityBefore, likelihoodBefore, severityAfter, likelihoodAfter
    case asSuggested
    case level(RiskLevel)
    case justificationField
    case justificationHint
    case loweringNeedsJustification
    case loweringUnjustifiedNow
    case saveRisk
    case staleRisk

    // Sign-off
    case signOffHeading
    case signOffNeverChangesVerdict
    case dpoOpinionLegend
    case dpoOpinionTextField
    case dpoPerson, measuresApprovedPerson, residualRisksAcceptedPerson, controllerPerson
    case nameField, roleField, dateField
    case priorConsultationLegend
    case priorConsultationSentField
    case priorConsultationOutcomeField
    case controllerDecisionLegend
    case controllerDecisionTextField
    case nextReviewField
    case noOpinionYet, noDecisionYet
    case nameNeeded
    case saveSignOff
    case staleSignOff

    // Report and downloads
    case reportHeading
    case downloads
    case downloadMarkdown, downloadJSON, downloadDOCX
    case jsonCannotBeMade
    case docxCannotBeMade(String)

    // Explain and checklist
    case explainHeading
    case explainField
    case explainButton
    case notAnID(String)
    case everyID
    case checklistHeading
    case questionnairesField
    case showChecklist

    // The quiz
    case trainHeading
    case trainIntro
    case noTrainingCase
    case caseLegend
    case caseOption(title: String, jurisdiction: String, questions: Int?)
    case traineeField
    case traineeHint
    case startQuiz
    case chooseACase
    case factsHeading(title: String)
    case quizInstructions(questions: Int?, lawDate: String)
    case startQuestions
    case caseFacts
    case endQuiz
    case quizNavigation
    case noSuchQuiz
    case newQuiz
    case resultHeading(title: String)
    case score(points: Int, maximum: Int, percent: Int)
    case abandoned
    case fullMarks
    case answersLikeKey(matching: Int, scored: Int)
    case outcomesLikeKey(reproduced: Int, key: Int, extra: Int)
    case verdicts(yours: String, key: String)
    case verdictNotScored
    case verdictNeedsEveryAnswer
    case verdictPoints(Int)
    case differencesHeading(Int)
    case everyAnswerIsTheKeys
    case yourAnswer(String)
    case keysAnswer(String)
    case whatItChanges(String)
    case notAskedWithYourAnswers
    case notAskedWithKeysAnswers
    case noFindingOrRedPattern
    case outcomeName(isPattern: Bool, title: String)
    case outcomeState(fired: Bool, severity: Severity?)
    case otherStateChange(name: String, yours: String, key: String)
    case missesOutcome(name: String, state: String)
    case addsOutcome(name: String, state: String)
    case firesWhen(String)
    case whatWasDecided
    case forDiscussion
    case classroomView
    case classroomHeading
    case downloadRecord
    case scoreLabel

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
