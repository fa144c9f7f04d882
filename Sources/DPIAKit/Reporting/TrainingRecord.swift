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
    /// The language the record is written in.
    public var language: Language

    /// Creates a record in `language`.
    public init(_ result: TrainingResult, trainee: String?, date: CalendarDate, language: Language = .en) {
        self.result = result
        self.trainee = trainee
        self.date = date
        self.language = language
    }

    private func say(_ text: TrainingText) -> String { text.text(in: language) }

    private var trainingCase: TrainingCase { result.trainingCase }
    private var score: TrainingResult.Score { result.score }
    private let answerText = ScreenRenderer(usesColor: false)

    /// The whole document: front matter for pandoc, then the body.
    public func render() -> String {
        var lines = ["---"]
        lines.append("title: \(Markdown.yamlString(say(.recordTitle(trainingCase.title))))")
        lines.append("subtitle: \(Markdown.yamlString(trainee ?? say(.traineeNotNamed)))")
        if score.isAbandoned { lines.append("status: abandoned") }
        lines.append("date: \"\(date)\"")
        lines.append("lang: \(language.rawValue)")
        lines.append("keywords: [DPIA, training, \(trainingCase.bundle.jurisdiction.uppercased())]")
        lines.append("---")
        return lines.joined(separator: "\n") + "\n\n" + body()
    }

    /// The record without front matter, as shown on the terminal at the end of a quiz.
    public func body() -> String {
        var blocks = ["# " + say(.recordTitle(Markdown.inline(trainingCase.title)))]
        blocks += summary()
        blocks += differences()
        blocks += outcomes()
        blocks += decision()
        if !trainingCase.brief.discussion(in: language).isEmpty {
            blocks.append("## " + say(.discussionHeading))
            blocks.append(
                trainingCase.brief.discussion(in: language).enumerated()
                    .map { "\($0.offset + 1). \(Markdown.inline($0.element))" }.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    // MARK: - Summary and score

    private func summary() -> [String] {
        let asked =
            trainingCase.focus == nil
            ? say(.everyQuestion)
            : say(.chosenQuestions(trainingCase.brief.questions.count))
        let rows = [
            [say(.traineeRow), Markdown.inline(trainee ?? say(.notNamed))],
            [say(.caseRow), "\(Markdown.code(trainingCase.name)): \(Markdown.inline(trainingCase.title))"],
            [say(.dateRow), language.date(date)],
            [say(.questionsRow), asked],
            [say(.scoreRow), say(.scoreValue(points: score.points, maximum: score.maximum, percent: score.percent))],
        ]
        let status = [say(.statusRow), say(score.isAbandoned ? .abandonedStatus : .completedStatus)]
        var blocks = [Markdown.table(header: [say(.recordColumn), say(.detailColumn)], rows: rows + [status])]
        blocks.append("## " + say(.scoreHeading))
        let penalty = score.extraOutcomes == 0 ? "" : say(.penalty(score.extraOutcomes))
        let verdicts = say(
            .yoursAndKeys(yours: result.traineeAssessment.verdict, key: result.keyAssessment.verdict))
        let verdictPoint: String
        if !score.verdictInPlay {
            verdictPoint = say(.verdictNotScoredRecord)
        } else if score.verdictMatches && !score.answeredAll {
            verdictPoint = say(.verdictUnansweredRecord)
        } else {
            verdictPoint = say(.point(earned: score.verdictEarned))
        }
        blocks.append(
            [
                say(.answersLikeKeyRecord(score.matchingAnswers, of: score.scoredQuestions)),
                say(.outcomesLikeKeyRecord(score.reproducedOutcomes, of: score.keyOutcomes, penalty: penalty)),
                say(.verdictRecord(verdicts: verdicts, point: verdictPoint)),
            ].joined(separator: "\n"))
        if score.isFullMarks {
            blocks.append(say(.fullMarks))
        }
        return blocks
    }

    // MARK: - Answers

    private func differences() -> [String] {
        var blocks = ["## " + say(.differencesHeading)]
        let differing = result.differences
        guard !differing.isEmpty else {
            blocks.append(say(.noneDiffer))
            return blocks
        }
        let rows = differing.map { comparison in
            [
                Markdown.code(comparison.question.id.rawValue),
                Markdown.inline(comparison.question.prompt.text(in: language)),
                Markdown.inline(text(comparison.trainee, comparison.question, isTrainee: true)),
                Markdown.inline(text(comparison.key, comparison.question, isTrainee: false)),
            ]
        }
        let header = [say(.questionColumn), say(.askedColumn), say(.yourAnswerColumn), say(.keyColumn)]
        blocks.append(Markdown.table(header: header, rows: rows))
        blocks.append(say(.changesLead))
        blocks.append(
            differing.map { comparison in
                let effect: String
                if comparison.trainee == .notApplicable {
                    effect = say(.notAskedSeeHiding)
                } else if comparison.impact.isEmpty {
                    effect = say(.changesNothing)
                } else {
                    effect = comparison.impact.map(change).joined(separator: "; ")
                }
                return "- \(Markdown.code(comparison.question.id.rawValue)): \(effect)."
            }.joined(separator: "\n"))
        return blocks
    }

    private func text(_ state: AnswerState, _ question: Question, isTrainee: Bool) -> String {
        switch state {
        case .notApplicable: say(.notAskedWith(isTrainee: isTrainee))
        case .unanswered: InterviewText.notAnswered.text(in: language)
        default: answerText.summary(state, question, in: language)
        }
    }

    private func change(_ change: TrainingResult.OutcomeChange) -> String {
        let outcome = change.outcome
        return say(
            .change(
                added: change.direction == .added, kind: outcome.kind, id: Markdown.code(outcome.id),
                state: state(outcome)))
    }

    private func state(_ outcome: TrainingResult.Outcome) -> String {
        say(.outcomeState(outcome.status, outcome.severity))
    }

    // MARK: - Findings and red patterns

    private func outcomes() -> [String] {
        var blocks = ["## " + say(.outcomesHeading)]
        let mine = TrainingResult.outcomes(of: result.traineeAssessment, language: language)
        let key = TrainingResult.outcomes(of: result.keyAssessment, language: language)
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
            blocks.append(say(.noneFire))
            return blocks
        }
        let rows = shown.map { id -> [String] in
            let mineState = mine.first { $0.id == id }.map(state) ?? say(.notFired)
            let keyState = key.first { $0.id == id }.map(state) ?? say(.notFired)
            let (kind, title) = titles[id] ?? (.finding, id)
            let mark = say(mineState == keyState ? .same : .differs)
            let name = say(.outcomeRow(title: Markdown.inline(title), kind: kind, id: Markdown.code(id)))
            return [name, mineState, keyState, mark]
        }
        blocks.append(say(.outcomesLead))
        let header = [say(.outcomeColumn), say(.yourAnswersColumn), say(.keyColumn), ""]
        blocks.append(Markdown.table(header: header, rows: rows))
        blocks.append(say(.verdicts(yours: result.traineeAssessment.verdict, key: result.keyAssessment.verdict)))
        let changes = result.outcomeChanges
        if !changes.isEmpty {
            blocks.append("### " + say(.whyHeading))
            blocks.append(
                changes.map { change in
                    let outcome = change.outcome
                    var line = say(
                        .onlyWith(
                            isTrainee: change.direction == .added, title: Markdown.inline(outcome.title),
                            id: Markdown.code(outcome.id), state: state(outcome)))
                    line += say(.firesWhenSentence(Markdown.inline(outcome.condition)))
                    if !outcome.citations.isEmpty {
                        let provisions = outcome.citations.map(\.description).joined(separator: ", ")
                        line += say(.provisionsSentence(Markdown.inline(provisions)))
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
        var blocks = ["## " + say(.outcomeAndPrecedentsHeading)]
        blocks += Markdown.blocks(brief.outcome(in: language))
        let precedents = brief.precedents.compactMap { trainingCase.bundle.precedents[$0] }
        if !precedents.isEmpty {
            blocks.append(
                precedents.map { precedent in
                    var line =
                        "- \(Markdown.inline(precedent.authority.text(in: language))), \(Markdown.inline(precedent.reference)), "
                    line +=
                        "\(precedent.date): \(Markdown.inline(precedent.title.text(in: language))) (\(Markdown.code(precedent.id)))."
                    if let outcome = precedent.outcome { line += " \(Markdown.inline(outcome.text(in: language)))" }
                    return line
                }.joined(separator: "\n"))
        }
        return blocks
    }
}
