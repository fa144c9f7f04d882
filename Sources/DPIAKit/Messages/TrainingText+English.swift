extension TrainingText {
    /// The quiz's English.
    var english: String {
        switch self {
        case .always: "always"
        case .never: "never"
        case .quoted(let text): "“\(text)”"
        case .answerTo(let label): "the answer to “\(label)”"
        case .answerToID(let id): "the answer to \(id)"
        case .isYes(let subject): "\(subject) is yes"
        case .isNotYes(let subject): "\(subject) is not yes"
        case .compare(let subject, let op, let value):
            switch op {
            case .equal: "\(subject) is \(value)"
            case .notEqual: "\(subject) is not \(value)"
            case .less: "\(subject) is less than \(value)"
            case .lessOrEqual: "\(subject) is at most \(value)"
            case .greater: "\(subject) is more than \(value)"
            case .greaterOrEqual: "\(subject) is at least \(value)"
            }
        case .isOneOf(let subject, let values): "\(subject) is one of \(values)"
        case .isNoneOf(let subject, let values): "\(subject) is none of \(values)"
        case .includes(let subject, let value): "\(subject) includes \(value)"
        case .doesNotInclude(let subject, let value): "\(subject) does not include \(value)"
        case .isGiven(let subject): "\(subject) is given"
        case .isNotGiven(let subject): "\(subject) is not given"
        case .isUnknown(let subject): "\(subject) is “I don't know”"
        case .isNotUnknown(let subject): "\(subject) is not “I don't know”"
        case .notTheCase(let phrase): "it is not the case that \(phrase)"
        case .conjunction(let isAll): isAll ? "and" : "or"

        case .endQuizAction: "end the quiz"
        case .scoreAction: "score my answers"
        case .factsKey: "f the facts"

        case .briefingTitle(let title): "Training case: \(title)"
        case .briefing(let questions, let date):
            "Answer \(questions.map { "\($0) questions" } ?? "the questions of the assessment") as the data protection officer should have, from the facts above. "
                + "The law is applied as of \(date ?? "today"). "
                + "Type ? at a question for its guidance, u when the facts do not say, f to read the facts again. "
                + "At the end your answers are compared with the key and scored."

        case .kind(let kind): kind.rawValue
        case .outcomeState(let status, let severity):
            (status == .fired ? "fired" : "not excluded") + (severity.map { ", \($0.rawValue)" } ?? "")
        case .notAskedWith(let isTrainee): "not asked with \(isTrainee ? "your" : "the key's") answers"
        case .notAskedWithEarlierAnswers: "not asked with your earlier answers"
        case .yoursAndKeys(let yours, let key):
            "yours \(ReportText.verdictLabel(yours).english), the key's \(ReportText.verdictLabel(key).english)"
        case .point(let earned): earned ? "1 point" : "0 points"

        case .scoreHeadline(let points, let maximum, let percent, let isAbandoned):
            "Score: \(points) of \(maximum) (\(percent) %)"
                + (isAbandoned ? ", quiz abandoned before the last question" : "")
        case .fullMarks: "Full marks: every answer, finding, red pattern and the verdict match the key."
        case .answersLikeKey(let matching, let scored): "- answers like the key: \(matching) of \(scored)"
        case .outcomesLikeKey(let reproduced, let key, let extra):
            "- findings and red patterns your answers decide, as the key: \(reproduced) of \(key)"
                + (extra > 0 ? ", minus \(extra) the key does not have" : "")
        case .verdictNotScored: "not scored: the case's facts decide it, not the questions asked"
        case .verdictUnanswered: "0 points: not every question was answered"
        case .verdictLine(let verdicts, let point): "- verdict: \(verdicts); \(point)"
        case .everyAnswerIsKeys: "Every answer is the key's."
        case .differingHeading(let count): "Answers that differ from the key (\(count)):"
        case .yourAnswer(let text): "   Your answer: \(text)"
        case .keysAnswer(let text): "   The key's: \(text)"
        case .whatItChanges(let text): "   What it changes: \(text)"
        case .moreInRecord(let count): "… and \(count) more in the training record."
        case .noFindingOrRedPattern: "no finding or red pattern"
        case .outcomeName(let kind, let title): "the \(kind.rawValue) “\(title)”"
        case .stateDiffers(let name, let yours, let key): "\(name) is \(yours) with your answer, \(key) with the key's"
        case .misses(let name, let state): "misses \(name) (\(state))"
        case .adds(let name, let state): "adds \(name) (\(state))"
        case .firesWhen(let phrase, let condition): "\(phrase); it fires when \(condition)"
        case .whatWasDecided: "What was decided:"
        case .forDiscussion: "For discussion:"
        case .fullComparison(let path):
            "The full comparison, with every finding and red pattern, is in the training record: \(path)"

        case .recordTitle(let title): "Training record: \(title)"
        case .traineeNotNamed: "Trainee not named"
        case .notNamed: "not named"
        case .everyQuestion: "every question the case asks"
        case .chosenQuestions(let count): "\(count) questions chosen by the case"
        case .recordColumn: "Record"
        case .detailColumn: "Detail"
        case .traineeRow: "Trainee"
        case .caseRow: "Case"
        case .dateRow: "Date"
        case .questionsRow: "Questions"
        case .scoreRow: "Score"
        case .statusRow: "Status"
        case .scoreValue(let points, let maximum, let percent): "**\(points) of \(maximum)** (\(percent) %)"
        case .abandonedStatus:
            "abandoned: the quiz was ended before its last question; unanswered questions count as wrong"
        case .completedStatus: "completed"
        case .scoreHeading: "Score"
        case .penalty(let extra): "; \(extra) fired that the key does not fire, minus \(extra)"
        case .verdictNotScoredRecord: "not scored (the case's facts outside the quiz decide it)"
        case .verdictUnansweredRecord: "0 points (not every question was answered)"
        case .answersLikeKeyRecord(let matching, let scored):
            "- Answers like the key: \(matching) of \(scored) scored questions (free-text answers are shown, not scored)."
        case .outcomesLikeKeyRecord(let reproduced, let key, let penalty):
            "- Findings and red patterns your answers decide, fired as by the key: \(reproduced) of \(key)\(penalty). Only those whose condition names a question of the quiz count, and only when you answered one of those questions."
        case .verdictRecord(let verdicts, let point): "- Verdict: \(verdicts), \(point)."
        case .differencesHeading: "Answers that differ from the key"
        case .noneDiffer: "None: every answer is the key's."
        case .questionColumn: "Question"
        case .askedColumn: "Asked"
        case .yourAnswerColumn: "Your answer"
        case .keyColumn: "Key"
        case .changesLead: "What each of these answers changes on its own, with the key's other answers:"
        case .notAskedSeeHiding: "not asked with your earlier answers; see the answer that hid it"
        case .changesNothing: "changes no finding or red pattern"
        case .change(let added, let kind, let id, let state):
            "\(added ? "adds" : "misses") \(kind.rawValue) \(id) (\(state))"
        case .outcomesHeading: "Findings and red patterns: yours and the key's"
        case .noneFire: "Neither your answers nor the key's fire a finding or red pattern."
        case .notFired: "no"
        case .same: "same"
        case .differs: "**differs**"
        case .outcomeRow(let title, let kind, let id): "\(title) (\(kind.rawValue) \(id))"
        case .outcomesLead:
            "Every finding and red pattern fired by either side, and every one in a different state; those both sides leave equally open are not listed."
        case .outcomeColumn: "Finding or red pattern"
        case .yourAnswersColumn: "Your answers"
        case .verdicts(let yours, let key):
            "Verdict with your answers: **\(ReportText.verdictLabel(yours).english)**. "
                + "With the key: **\(ReportText.verdictLabel(key).english)**."
        case .whyHeading: "Why they differ"
        case .onlyWith(let isTrainee, let title, let id, let state):
            "- \(isTrainee ? "Only with your answers" : "Only with the key"): \(title) (\(id), \(state)). "
        case .firesWhenSentence(let condition): "It fires when \(condition)."
        case .provisionsSentence(let provisions): " Provisions: \(provisions)."
        case .outcomeAndPrecedentsHeading: "Outcome and precedents"
        case .discussionHeading: "Discussion questions"
        }
    }
}
