/// The result of a quiz as a classroom reads it on the terminal: the score first, then each answer
/// that differs from the key (the question, the trainee's answer, the key's and what it changes) and
/// what the authority decided, in plain text wrapped to the terminal. The full comparison, with
/// tables and rule ids, is in the Markdown ``TrainingRecord``. Pure.
public struct TrainingScreen: Sendable {
    /// The scored case.
    public var result: TrainingResult
    /// How many differing answers are shown before the rest is left to the record.
    public var differenceLimit: Int

    /// Creates the screen; at most `differenceLimit` differing answers are listed.
    public init(_ result: TrainingResult, differenceLimit: Int = 10) {
        self.result = result
        self.differenceLimit = differenceLimit
    }

    /// The screen's text, wrapped to `width` columns when given.
    public func render(width: Int?, recordPath: String) -> String {
        let score = result.score
        var lines: [String] = []
        func add(_ text: String, indent: Int = 0) { lines += TextLayout.wrap(text, width: width, indent: indent) }

        var headline = "Score: \(score.points) of \(score.maximum) (\(score.percent) %)"
        if score.isAbandoned { headline += ", quiz abandoned before the last question" }
        add(headline)
        if score.isFullMarks { add("Full marks: every answer, finding, red pattern and the verdict match the key.") }
        add("- answers like the key: \(score.matchingAnswers) of \(score.scoredQuestions)", indent: 2)
        add(
            "- findings and red patterns your answers decide, as the key: \(score.reproducedOutcomes) of \(score.keyOutcomes)"
                + (score.extraOutcomes > 0 ? ", minus \(score.extraOutcomes) the key does not have" : ""), indent: 2)
        let verdicts =
            "yours \(result.traineeAssessment.verdict.rawValue), the key's \(result.keyAssessment.verdict.rawValue)"
        let verdictPoint: String
        if !score.verdictInPlay {
            verdictPoint = "not scored: the case's facts decide it, not the questions asked"
        } else if !score.answeredAll && score.verdictMatches {
            verdictPoint = "0 points: not every question was answered"
        } else {
            verdictPoint = score.verdictEarned ? "1 point" : "0 points"
        }
        add("- verdict: \(verdicts); \(verdictPoint)", indent: 2)

        let differing = result.differences
        lines.append("")
        if differing.isEmpty {
            add("Every answer is the key's.")
        } else {
            add("Answers that differ from the key (\(differing.count)):")
            for (index, comparison) in differing.prefix(differenceLimit).enumerated() {
                let question = comparison.question
                lines.append("")
                let number = "\(index + 1). "
                add(number + question.prompt.text(), indent: number.count)
                add("   Your answer: \(text(comparison.trainee, question, side: "your"))", indent: 5)
                add("   The key's: \(text(comparison.key, question, side: "the key's"))", indent: 5)
                add("   What it changes: \(effect(comparison))", indent: 5)
            }
            if differing.count > differenceLimit {
                lines.append("")
                add("… and \(differing.count - differenceLimit) more in the training record.")
            }
        }

        let brief = result.trainingCase.brief
        lines.append("")
        add("What was decided:")
        lines += TextLayout.reflow(brief.outcome, width: width)
        if !brief.discussion.isEmpty {
            lines.append("")
            add("For discussion:")
            for (index, question) in brief.discussion.enumerated() {
                add("\(index + 1). \(question)", indent: 3)
            }
        }
        lines.append("")
        add("The full comparison, with every finding and red pattern, is in the training record: \(recordPath)")
        return lines.joined(separator: "\n") + "\n"
    }

    private func text(_ state: AnswerState, _ question: Question, side: String) -> String {
        switch state {
        case .notApplicable: "not asked with \(side) answers"
        case .unanswered: "not answered"
        default: ScreenRenderer(usesColor: false).summary(state, question)
        }
    }

    private func effect(_ comparison: TrainingResult.AnswerComparison) -> String {
        if comparison.trainee == .notApplicable { return "not asked with your earlier answers" }
        if comparison.impact.isEmpty { return "no finding or red pattern" }
        // One phrase per finding or red pattern: added, missed, or in another state.
        var order: [String] = []
        var byID: [String: [TrainingResult.OutcomeChange]] = [:]
        for change in comparison.impact {
            let id = "\(change.outcome.kind.rawValue):\(change.outcome.id)"
            if byID[id] == nil { order.append(id) }
            byID[id, default: []].append(change)
        }
        return order.compactMap { id -> String? in
            guard let changes = byID[id], let first = changes.first else { return nil }
            let outcome = first.outcome
            let name = "the \(outcome.kind.rawValue) “\(outcome.title)”"
            let missed = changes.first { $0.direction == .missed }?.outcome
            let added = changes.first { $0.direction == .added }?.outcome
            let phrase: String
            switch (missed, added) {
            case (let key?, let yours?):
                phrase = "\(name) is \(state(yours)) with your answer, \(state(key)) with the key's"
            case (_?, nil):
                phrase = "misses \(name) (\(state(outcome)))"
            default:
                phrase = "adds \(name) (\(state(outcome)))"
            }
            return phrase + "; it fires when \(outcome.condition)"
        }.joined(separator: ". ")
    }

    private func state(_ outcome: TrainingResult.Outcome) -> String {
        let status = outcome.status == .fired ? "fired" : "not excluded"
        return outcome.severity.map { "\(status), \($0.rawValue)" } ?? status
    }
}
