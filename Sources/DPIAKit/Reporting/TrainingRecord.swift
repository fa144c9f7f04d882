/// Renders a scored training case as the Markdown record a trainer keeps: who, which case, when, the
/// score part by part, the answers that differ from the key with the findings each one adds or
/// misses, the findings and red patterns side by side, what the authority decided and the discussion
/// questions. Deterministic: the same result and date give the same bytes.
public struct TrainingRecord: Sendable {
    /// The scored case.
    public var result: TrainingResult
    /// The trainee's name, if given.
    public var trainee: String?
    /// The day of the training session.
    public var date: CalendarDate

    /// Creates a record.
    public init(_ result: TrainingResult, trainee: String?, date: CalendarDate) {
        self.result = result
        self.trainee = trainee
        self.date = date
    }

    private var trainingCase: TrainingCase { result.trainingCase }
    private var score: TrainingResult.Score { result.score }
    private let answerText = ScreenRenderer(usesColor: false)

    /// The whole document: front matter for pandoc, then the body.
    public func render() -> String {
        var lines = ["---"]
        lines.append("title: \(Markdown.yamlString("Training record: \(trainingCase.title)"))")
        lines.append("subtitle: \(Markdown.yamlString(trainee ?? "Trainee not named"))")
        if score.isAbandoned { lines.append("status: abandoned") }
        lines.append("date: \"\(date)\"")
        lines.append("lang: en")
        lines.append("keywords: [DPIA, training, \(trainingCase.bundle.jurisdiction.uppercased())]")
        lines.append("---")
        return lines.joined(separator: "\n") + "\n\n" + body()
    }

    /// The record without front matter, as shown on the terminal at the end of a quiz.
    public func body() -> String {
        var blocks = ["# Training record: \(Markdown.inline(trainingCase.title))"]
        blocks += summary()
        blocks += differences()
        blocks += outcomes()
        blocks += decision()
        if !trainingCase.brief.discussion.isEmpty {
            blocks.append("## Discussion questions")
            blocks.append(
                trainingCase.brief.discussion.enumerated()
                    .map { "\($0.offset + 1). \(Markdown.inline($0.element))" }.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    // MARK: - Summary and score

    private func summary() -> [String] {
        let asked =
            trainingCase.focus == nil
            ? "every question the case asks"
            : "\(trainingCase.brief.questions.count) questions chosen by the case"
        let rows = [
            ["Trainee", Markdown.inline(trainee ?? "not named")],
            ["Case", "\(Markdown.code(trainingCase.name)): \(Markdown.inline(trainingCase.title))"],
            ["Date", date.description],
            ["Questions", asked],
            ["Score", "**\(score.points) of \(score.maximum)** (\(score.percent) %)"],
        ]
        let status =
            score.isAbandoned
            ? ["Status", "abandoned: the quiz was ended before its last question; unanswered questions count as wrong"]
            : ["Status", "completed"]
        var blocks = [Markdown.table(header: ["Record", "Detail"], rows: rows + [status])]
        blocks.append("## Score")
        let penalty =
            score.extraOutcomes == 0
            ? ""
            : "; \(score.extraOutcomes) fired that the key does not fire, minus \(score.extraOutcomes)"
        let verdicts =
            "yours \(result.traineeAssessment.verdict.rawValue), the key's \(result.keyAssessment.verdict.rawValue)"
        let verdictPoint: String
        if !score.verdictInPlay {
            verdictPoint = "not scored (the case's facts outside the quiz decide it)"
        } else if score.verdictMatches && !score.answeredAll {
            verdictPoint = "0 points (not every question was answered)"
        } else {
            verdictPoint = score.verdictEarned ? "1 point" : "0 points"
        }
        blocks.append(
            [
                "- Answers like the key: \(score.matchingAnswers) of \(score.scoredQuestions) scored questions (free-text answers are shown, not scored).",
                "- Findings and red patterns your answers decide, fired as by the key: \(score.reproducedOutcomes) of \(score.keyOutcomes)\(penalty). Only those whose condition names a question of the quiz count, and only when you answered one of those questions.",
                "- Verdict: \(verdicts), \(verdictPoint).",
            ].joined(separator: "\n"))
        if score.isFullMarks {
            blocks.append("Full marks: every answer, finding, red pattern and the verdict match the key.")
        }
        return blocks
    }

    // MARK: - Answers

    private func differences() -> [String] {
        var blocks = ["## Answers that differ from the key"]
        let differing = result.differences
        guard !differing.isEmpty else {
            blocks.append("None: every answer is the key's.")
            return blocks
        }
        let rows = differing.map { comparison in
            [
                Markdown.code(comparison.question.id.rawValue), Markdown.inline(comparison.question.prompt.text()),
                Markdown.inline(text(comparison.trainee, comparison.question, side: "your")),
                Markdown.inline(text(comparison.key, comparison.question, side: "the key's")),
            ]
        }
        blocks.append(Markdown.table(header: ["Question", "Asked", "Your answer", "Key"], rows: rows))
        blocks.append("What each of these answers changes on its own, with the key's other answers:")
        blocks.append(
            differing.map { comparison in
                let effect: String
                if comparison.trainee == .notApplicable {
                    effect = "not asked with your earlier answers; see the answer that hid it"
                } else if comparison.impact.isEmpty {
                    effect = "changes no finding or red pattern"
                } else {
                    effect = comparison.impact.map(change).joined(separator: "; ")
                }
                return "- \(Markdown.code(comparison.question.id.rawValue)): \(effect)."
            }.joined(separator: "\n"))
        return blocks
    }

    private func text(_ state: AnswerState, _ question: Question, side: String) -> String {
        switch state {
        case .notApplicable: "not asked with \(side) answers"
        case .unanswered: "not answered"
        default: answerText.summary(state, question)
        }
    }

    private func change(_ change: TrainingResult.OutcomeChange) -> String {
        let outcome = change.outcome
        let verb = change.direction == .added ? "adds" : "misses"
        return "\(verb) \(outcome.kind.rawValue) \(Markdown.code(outcome.id)) (\(state(outcome)))"
    }

    private func state(_ outcome: TrainingResult.Outcome) -> String {
        let status = outcome.status == .fired ? "fired" : "not excluded"
        return outcome.severity.map { "\(status), \($0.rawValue)" } ?? status
    }

    // MARK: - Findings and red patterns

    private func outcomes() -> [String] {
        var blocks = ["## Findings and red patterns: yours and the key's"]
        let mine = TrainingResult.outcomes(of: result.traineeAssessment)
        let key = TrainingResult.outcomes(of: result.keyAssessment)
        var order: [String] = []
        var titles: [String: (kind: TrainingResult.Outcome.Kind, title: String)] = [:]
        for outcome in key + mine where titles[outcome.id] == nil {
            order.append(outcome.id)
            titles[outcome.id] = (outcome.kind, outcome.title)
        }
        // Rules neither side fires and both leave open in the same way say nothing about the answers.
        let shown = order.filter { id in
            let mineOutcome = mine.first { $0.id == id }
            let keyOutcome = key.first { $0.id == id }
            return mineOutcome?.status == .fired || keyOutcome?.status == .fired
                || mineOutcome.map(state) != keyOutcome.map(state)
        }
        guard !shown.isEmpty else {
            blocks.append("Neither your answers nor the key's fire a finding or red pattern.")
            return blocks
        }
        let rows = shown.map { id -> [String] in
            let mineState = mine.first { $0.id == id }.map(state) ?? "no"
            let keyState = key.first { $0.id == id }.map(state) ?? "no"
            let (kind, title) = titles[id] ?? (.finding, id)
            let mark = mineState == keyState ? "same" : "**differs**"
            return ["\(Markdown.inline(title)) (\(kind.rawValue) \(Markdown.code(id)))", mineState, keyState, mark]
        }
        blocks.append(
            "Every finding and red pattern fired by either side, and every one in a different state; those both sides leave equally open are not listed."
        )
        blocks.append(Markdown.table(header: ["Finding or red pattern", "Your answers", "Key", ""], rows: rows))
        blocks.append(
            "Verdict with your answers: **\(result.traineeAssessment.verdict.rawValue)**. With the key: **\(result.keyAssessment.verdict.rawValue)**."
        )
        let changes = result.outcomeChanges
        if !changes.isEmpty {
            blocks.append("### Why they differ")
            blocks.append(
                changes.map { change in
                    let outcome = change.outcome
                    let side = change.direction == .added ? "Only with your answers" : "Only with the key"
                    var line =
                        "- \(side): \(Markdown.inline(outcome.title)) (\(Markdown.code(outcome.id)), \(state(outcome))). "
                    line += "It fires when \(Markdown.inline(outcome.condition))."
                    if !outcome.citations.isEmpty {
                        line +=
                            " Provisions: \(Markdown.inline(outcome.citations.map(\.description).joined(separator: ", ")))."
                    }
                    return line
                }.joined(separator: "\n"))
        }
        return blocks
    }

    // MARK: - The decision

    private func decision() -> [String] {
        let brief = trainingCase.brief
        // One heading for real and invented cases alike: an invented case lists the precedents its
        // lesson rests on, and its outcome text says that no authority decided it.
        var blocks = ["## Outcome and precedents"]
        blocks += Markdown.blocks(brief.outcome)
        let precedents = brief.precedents.compactMap { trainingCase.bundle.precedents[$0] }
        if !precedents.isEmpty {
            blocks.append(
                precedents.map { precedent in
                    var line =
                        "- \(Markdown.inline(precedent.authority.text())), \(Markdown.inline(precedent.reference)), "
                    line +=
                        "\(precedent.date): \(Markdown.inline(precedent.title.text())) (\(Markdown.code(precedent.id)))."
                    if let outcome = precedent.outcome { line += " \(Markdown.inline(outcome.text()))" }
                    return line
                }.joined(separator: "\n"))
        }
        return blocks
    }
}
