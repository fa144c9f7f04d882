/// Every sentence and label of the quiz (`dpia train`): the briefing, the score screen, the Markdown
/// training record, and conditions in words for a trainee. Arguments arrive already formatted (labels
/// quoted by ``quoted(_:)``, code spans, dates in the quiz's language).
public enum TrainingText: Hashable, Sendable {
    // Conditions in words
    case always
    case never
    case quoted(String)
    case answerTo(label: String)
    case answerToID(String)
    case isYes(subject: String)
    case isNotYes(subject: String)
    case compare(subject: String, ComparisonOperator, value: String)
    case isOneOf(subject: String, values: String)
    case isNoneOf(subject: String, values: String)
    case includes(subject: String, value: String)
    case doesNotInclude(subject: String, value: String)
    case isGiven(subject: String)
    case isNotGiven(subject: String)
    case isUnknown(subject: String)
    case isNotUnknown(subject: String)
    case notTheCase(String)
    case conjunction(isAll: Bool)

    // The quiz's keys
    case endQuizAction
    case scoreAction
    case factsKey

    // Briefing
    case briefingTitle(String)
    case briefing(questions: Int?, date: String?)

    // Outcomes and answers
    case kind(TrainingResult.Outcome.Kind)
    case outcomeState(RuleStatus, Severity?)
    case notAskedWith(isTrainee: Bool)
    case notAskedWithEarlierAnswers
    case yoursAndKeys(yours: Verdict, key: Verdict)
    case point(earned: Bool)

    // Score screen
    case scoreHeadline(points: Int, maximum: Int, percent: Int, isAbandoned: Bool)
    case fullMarks
    case answersLikeKey(Int, of: Int)
    case outcomesLikeKey(Int, of: Int, extra: Int)
    case verdictNotScored
    case verdictUnanswered
    case verdictLine(verdicts: String, point: String)
    case everyAnswerIsKeys
    case differingHeading(Int)
    case yourAnswer(String)
    case keysAnswer(String)
    case whatItChanges(String)
    case moreInRecord(Int)
    case noFindingOrRedPattern
    case outcomeName(TrainingResult.Outcome.Kind, title: String)
    case stateDiffers(name: String, yours: String, key: String)
    case misses(name: String, state: String)
    case adds(name: String, state: String)
    case firesWhen(String, condition: String)
    case whatWasDecided
    case forDiscussion
    case fullComparison(path: String)

    // Training record
    case recordTitle(String)
    case traineeNotNamed
    case notNamed
    case everyQuestion
    case chosenQuestions(Int)
    case recordColumn, detailColumn
    case traineeRow, caseRow, dateRow, questionsRow, scoreRow, statusRow
    case scoreValue(points: Int, maximum: Int, percent: Int)
    case abandonedStatus
    case completedStatus
    case scoreHeading
    case penalty(Int)
    case verdictNotScoredRecord
    case verdictUnansweredRecord
    case answersLikeKeyRecord(Int, of: Int)
    case outcomesLikeKeyRecord(Int, of: Int, penalty: String)
    case verdictRecord(verdicts: String, point: String)
    case differencesHeading
    case noneDiffer
    case questionColumn, askedColumn, yourAnswerColumn, keyColumn
    case changesLead
    case notAskedSeeHiding
    case changesNothing
    case change(added: Bool, kind: TrainingResult.Outcome.Kind, id: String, state: String)
    case outcomesHeading
    case noneFire
    case notFired
    case same
    case differs
    case outcomeRow(title: String, kind: TrainingResult.Outcome.Kind, id: String)
    case outcomesLead
    case outcomeColumn, yourAnswersColumn
    case verdicts(yours: Verdict, key: Verdict)
    case whyHeading
    case onlyWith(isTrainee: Bool, title: String, id: String, state: String)
    case firesWhenSentence(String)
    case provisionsSentence(String)
    case outcomeAndPrecedentsHeading
    case discussionHeading

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
