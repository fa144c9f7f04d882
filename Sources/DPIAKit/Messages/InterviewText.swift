/// Every sentence and label of the guided interview (`dpia assess`, and the quiz's interview), with
/// its arguments: the screens, the key hints, the messages after an input, the DPIA's own parts and
/// the reasons for the verdict. The keys typed (`?`, `b`, `u`, `yes`, option numbers…) are not
/// translated; the hints that name them are.
public enum InterviewText: Hashable, Sendable {
    // Metadata
    case metadataLabel(MetadataField)
    case metadataHelp(MetadataField)
    case metadataHeading(MetadataField)
    case currentValue(String, isOptional: Bool)
    case notALanguage(String, default: Language)
    case neededForReport
    case notADateOrEnter(String, default: String)

    // Questions
    case progress(section: String, position: Int, total: Int)
    case optionalMark
    case yes
    case no
    case currentAnswer(String)
    case noteLine(String)
    case evidenceLine(String)
    case entryHint(Question.Kind, optionCount: Int, isRequired: Bool)
    case helpKey
    case backKey
    case unknownKey
    case reviewKey
    case quitKey(action: String)
    case quitAction
    case finishAction
    case fromTheCase(prompt: String, answer: String)
    case firstQuestion
    case mustBeAnswered(label: String)
    case answerNeeded(allowsUnknown: Bool)
    case notAnAnswer(input: String, label: String, kind: Question.Kind, optionCount: Int, allowsUnknown: Bool)
    case notAShownNumber(Int, count: Int)
    case noneAlone
    case forbiddenInput(Unicode.Scalar)
    case backAtQuestion(label: String?)
    case backAtReview
    case stillUnanswered
    case firedPattern(title: String)
    case firedFinding(title: String, severity: Severity)

    // Help
    case noGuidance
    case provisions(String)
    case ifUnknownFires(String)
    case moreKeys(isYesNo: Bool)

    // Notes
    case noteHeading(label: String)
    case currentNote(String)
    case notePrompt
    case evidenceHeading(label: String)
    case currentEvidence(String)
    case evidencePrompt
    case noteSaved

    // Review
    case reviewTitle(isFinal: Bool, section: String, page: Int, pages: Int)
    case notedMark
    case numberChangesAnswer
    case nextPageKey
    case previousPageKey
    case enterKey(isFinal: Bool, finishAction: String)
    case lastPage
    case firstPage
    case notInList(Int, count: Int)
    case reviewKeys(isFinal: Bool)

    // Answers as shown
    case notAsked
    case notAnswered
    case unknownAnswer
    case noneOfThese

    // The DPIA's own parts
    case partsIntro
    case partsStart
    case descriptionHeading
    case stageChoice(String)
    case purposes, peopleConcerned, dataCategories, sources, systems, dataFlow
    case vendor, retention, scale
    case recipients
    case recipientRole
    case measuresIntro
    case measureLine(id: String, text: String)
    case measureRecordPrompt
    case notAStatus(String)
    case notADate(String)
    case rejectedNeedsReason
    case signOffHeading
    case opinionChoice(String)
    case opinionText
    case dpo
    case controllerDecisionChoice(String)
    case controllerPerson
    case nextReview
    case person(label: String)
    case now(String)
    case forbiddenCodePoint(String)
    case notOneOf(String, allowed: String)

    // Why the verdict
    case reasonFinding(title: String, severity: Severity, isFired: Bool)
    case reasonRedPattern(title: String)
    case reasonNotAnswered(label: String)
    case reasonOpenRedPattern(title: String)
    case moreReasons(Int)

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
