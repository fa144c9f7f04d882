/// The result of a quiz as a classroom reads it on the terminal: the score first, then each answer
/// that differs from the key (the question, the trainee's answer, the key's and what it changes) and
/// what the authority decided, in plain text wrapped to the terminal. The full comparison, with
/// tables and rule ids, is in the Markdown ``TrainingRecord``. Pure.
public struct TrainingScreen: Sendable {
    /// The scored case.
    public var result: TrainingResult
    /// How many differing answers are shown before the rest is left to the record.
    public var differenceLimit: Int
    /// The language the screen is written in.
    public var language: Language

    /// Creates the screen in `language`; at most `differenceLimit` differing answers are listed.
    public init(_ result: TrainingResult, differenceLimit: Int = 10, language: Language = .en) {
        self.result = result
        self.differenceLimit = differenceLimit
        self.language = language
    }

    private func say(_ text: TrainingText) -> String { text.text(in: language) }

    /// The screen's text, wrapped to `width` columns when given.
    public func render(width: Int?, recordPath: String) -> String {
        let score = result.score
        var lines: [String] = []
        func add(_ text: String, indent: Int = 0) { lines += TextLayout.wrap(text, width: width, indent: indent) }

        add(
            say(
                .scoreHeadline(
                    points: score.points, maximum: score.maximum, percent: score.percent,
                    isAbandoned: score.isAbandoned)))
        if score.isFullMarks { add(say(.fullMarks)) }
        add(say(.answersLikeKey(score.matchingAnswers, of: score.scoredQuestions)), indent: 2)
        add(
            say(.outcomesLikeKey(score.reproducedOutcomes, of: score.keyOutcomes, extra: score.extraOutcomes)),
            indent: 2)
        let verdicts = say(
            .yoursAndKeys(yours: result.traineeAssessment.verdict, key: result.keyAssessment.verdict))
        let verdictPoint: String
        if !score.verdictInPlay {
            verdictPoint = say(.verdictNotScored)
        } else if !score.answeredAll && score.verdictMatches {
            verdictPoint = say(.verdictUnanswered)
        } else {
            verdictPoint = say(.point(earned: score.verdictEarned))
        }
        add(say(.verdictLine(verdicts: verdicts, point: verdictPoint)), indent: 2)

        let differing = result.differences
        lines.append("")
        if differing.isEmpty {
            add(say(.everyAnswerIsKeys))
        } else {
            add(say(.differingHeading(differing.count)))
            for (index, comparison) in differing.prefix(differenceLimit).enumerated() {
                let question = comparison.question
                lines.append("")
                let number = "\(index + 1). "
                add(number + question.prompt.text(in: language), indent: number.count)
                add(say(.yourAnswer(text(comparison.trainee, question, isTrainee: true))), indent: 5)
                add(say(.keysAnswer(text(comparison.key, question, isTrainee: false))), indent: 5)
                add(say(.whatItChanges(effect(comparison))), indent: 5)
            }
            if differing.count > differenceLimit {
                lines.append("")
                add(say(.moreInRecord(differing.count - differenceLimit)))
            }
        }

        let brief = result.trainingCase.brief
        lines.append("")
        add(say(.whatWasDecided))
        lines += TextLayout.reflow(brief.outcome(in: language), width: width)
        if !brief.discussion(in: language).isEmpty {
            lines.append("")
            add(say(.forDiscussion))
            for (index, question) in brief.discussion(in: language).enumerated() {
                add("\(index + 1). \(question)", indent: 3)
            }
        }
        lines.append("")
        add(say(.fullComparison(path: recordPath)))
        return lines.joined(separator: "\n") + "\n"
    }

    private func text(_ state: AnswerState, _ question: Question, isTrainee: Bool) -> String {
        switch state {
        case .notApplicable: say(.notAskedWith(isTrainee: isTrainee))
        case .unanswered: InterviewText.notAnswered.text(in: language)
        default: ScreenRenderer(usesColor: false).summary(state, question, in: language)
        }
    }

    private func effect(_ comparison: TrainingResult.AnswerComparison) -> String {
        if comparison.trainee == .notApplicable { return say(.notAskedWithEarlierAnswers) }
        if comparison.impact.isEmpty { return say(.noFindingOrRedPattern) }
        // One phrase per finding or red pattern: added, missed, or in another state.
        return comparison.effects.map { effect in
            let outcome = effect.outcome
            let name = say(.outcomeName(outcome.kind, title: outcome.title))
            let phrase: String
            switch (effect.inKey, effect.withAnswer) {
            case (let key?, let yours?):
                phrase = say(.stateDiffers(name: name, yours: state(yours), key: state(key)))
            case (_?, nil):
                phrase = say(.misses(name: name, state: state(outcome)))
            default:
                phrase = say(.adds(name: name, state: state(outcome)))
            }
            return say(.firesWhen(phrase, condition: outcome.condition))
        }.joined(separator: ". ")
    }

    private func state(_ outcome: TrainingResult.Outcome) -> String {
        say(.outcomeState(outcome.status, outcome.severity))
    }
}
