import DPIAKit
import Foundation
import Hummingbird

/// The quiz (`dpia train` in the browser): a case with a trainer section, its facts, its questions
/// in the interview's form, then the comparison with the key and the score, which DPIAKit's
/// ``TrainingResult`` computes, and the same result in large type for a projector.
extension Pages {
    func trainingCase(named name: String) -> TrainingCase? {
        server.quizzes.trainingCases(server.catalog).first { $0.name == name }
    }

    func trainingCases(errors: [String: String] = [:], values: FormData = FormData("")) -> Response {
        let cases = server.quizzes.trainingCases(server.catalog)
        var body: [HTMLNode] = [H.h1(t(.trainHeading)), H.p(t(.trainIntro))]
        if cases.isEmpty {
            body.append(H.p(t(.noTrainingCase)))
        } else {
            body.append(
                H.form(
                    "/train",
                    [
                        H.choices(
                            legend: H.t(t(.caseLegend)), name: "case",
                            options: cases.map {
                                (
                                    $0.name,
                                    t(
                                        .caseOption(
                                            title: $0.title, jurisdiction: $0.bundle.jurisdiction,
                                            questions: $0.focus?.count))
                                )
                            }, checked: [values["case"] ?? cases[0].name], multiple: false, error: error(errors["case"])
                        ),
                        H.field(
                            t(.traineeField), name: "trainee", value: values["trainee"], hint: t(.traineeHint),
                            error: error(errors["trainee"])),
                        H.button(t(.startQuiz), value: "start", primary: true),
                    ]))
        }
        return Self.html(page(t(.train), body: body), status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    func startQuiz(_ form: FormData) -> Response {
        var errors: [String: String] = [:]
        let chosen = form["case"].flatMap(trainingCase(named:))
        if chosen == nil { errors["case"] = t(.chooseACase) }
        if let problem = invisibleCharacter(form["trainee"]) { errors["trainee"] = problem }
        guard errors.isEmpty, let chosen else { return trainingCases(errors: errors, values: form) }
        let id = server.quizzes.start(chosen, trainee: form.text("trainee"))
        return Self.redirect("/train/" + id)
    }

    /// `body` with the quiz `id` and its case, or the page saying there is no such quiz.
    func withQuiz(_ id: String, _ body: (QuizStore.Quiz, TrainingCase) -> Response) -> Response {
        guard let quiz = server.quizzes.quiz(id), let trainingCase = trainingCase(named: quiz.caseName) else {
            return Self.html(
                page(t(.train), body: [H.h1(t(.train)), H.p(t(.noSuchQuiz)), H.ul([H.a("/train", t(.newQuiz))])]),
                status: .notFound)
        }
        return body(quiz, trainingCase)
    }

    /// `body` with the quiz `id`, its case and the question `questionID` of that case's quiz, or the
    /// page saying there is no such quiz or question.
    func withQuizQuestion(
        _ id: String, _ questionID: QuestionID, _ body: (QuizStore.Quiz, TrainingCase, Question) -> Response
    ) -> Response {
        withQuiz(id) { quiz, trainingCase in
            guard let question = trainingCase.bundle.question(questionID),
                trainingCase.focus?.contains(questionID) ?? true
            else { return noSuchQuestion(questionID) }
            return body(quiz, trainingCase, question)
        }
    }

    func plan(_ trainingCase: TrainingCase) -> InterviewPlan {
        InterviewPlan(bundle: trainingCase.bundle, focus: trainingCase.focus)
    }

    func quizFacts(_ id: String) -> Response {
        withQuiz(id) { quiz, trainingCase in
            let first = plan(trainingCase).question(after: nil, quiz.answers)
            let lawDate = trainingCase.key.metadata.date.map { language.date($0) } ?? language.date(server.today())
            var body: [HTMLNode] = [H.h1(t(.factsHeading(title: trainingCase.title)))]
            body += Self.paragraphs(trainingCase.brief.narrative(in: language)).map { H.p($0) }
            body.append(
                H.p(t(.quizInstructions(questions: trainingCase.focus?.count, lawDate: lawDate)), [("class", "info")]))
            let start = "/train/" + urlEncoded(id) + (first.map { "/q/" + urlEncoded($0.id.rawValue) } ?? "/result")
            body.append(H.el("p", [], [H.a(start, t(.startQuestions), [("class", "button")])]))
            return Self.html(page(t(.caseFacts), body: body))
        }
    }

    /// A case's text in paragraphs: blank lines separate them, other line breaks join.
    static func paragraphs(_ text: String) -> [String] {
        text.components(separatedBy: "\n").split { $0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { $0.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ") }
    }

    func quizQuestionPage(
        _ id: String, _ quiz: QuizStore.Quiz, _ trainingCase: TrainingCase, _ question: Question, submitted: FormData?,
        error: String?
    ) -> String {
        let base = "/train/" + urlEncoded(id)
        let form = AnswerForm(pages: self, plan: plan(trainingCase), answers: quiz.answers)
        let end = H.form(base + "/end", [H.button(t(.endQuiz), value: "end")])
        let body = form.body(
            question, action: base + "/q/" + urlEncoded(question.id.rawValue), hidden: [], submitted: submitted,
            error: error, notice: nil, previousLink: { base + "/q/" + urlEncoded($0.rawValue) },
            extraLinks: [H.a(base, t(.caseFacts))], endButton: end)
        return page(label(question), body: body)
    }

    func quizQuestion(_ id: String, _ questionID: QuestionID) -> Response {
        withQuizQuestion(id, questionID) { quiz, trainingCase, question in
            return Self.html(quizQuestionPage(id, quiz, trainingCase, question, submitted: nil, error: nil))
        }
    }

    func quizAnswer(_ id: String, _ questionID: QuestionID, form: FormData) -> Response {
        withQuizQuestion(id, questionID) { quiz, trainingCase, question in
            let plan = plan(trainingCase)
            switch AnswerForm(pages: self, plan: plan, answers: quiz.answers).read(form, for: question) {
            case .failure(let problem):
                return Self.html(
                    quizQuestionPage(id, quiz, trainingCase, question, submitted: form, error: problem.message),
                    status: .unprocessableContent)
            case .success(let submitted):
                var answers = quiz.answers
                server.quizzes.update(id) { quiz in
                    submitted.apply(to: &quiz.answers, questionID)
                    answers = quiz.answers
                }
                let base = "/train/" + urlEncoded(id)
                if let next = plan.question(after: questionID, answers) ?? plan.firstMissingRequired(answers) {
                    return Self.redirect(base + "/q/" + urlEncoded(next.id.rawValue))
                }
                return Self.redirect(base + "/result")
            }
        }
    }

    func endQuiz(_ id: String) -> Response {
        withQuiz(id) { quiz, trainingCase in
            let open = plan(trainingCase).askedQuestions(quiz.answers).contains {
                quiz.answers.answers[$0.id]?.state.isGiven != true
            }
            server.quizzes.update(id) { $0.isAbandoned = open }
            return Self.redirect("/train/" + urlEncoded(id) + "/result")
        }
    }

    func result(_ quiz: QuizStore.Quiz, _ trainingCase: TrainingCase) -> TrainingResult {
        TrainingResult.evaluate(
            trainingCase.traineeAnswers(quiz.answers), on: trainingCase, today: server.today(),
            isAbandoned: quiz.isAbandoned)
    }

    func quizResult(_ id: String, classroom: Bool) -> Response {
        withQuiz(id) { quiz, trainingCase in
            let result = result(quiz, trainingCase)
            let score = result.score
            let base = "/train/" + urlEncoded(id)
            var body: [HTMLNode] = [
                H.h1(
                    classroom
                        ? t(.classroomHeading) + ": " + trainingCase.title
                        : t(.resultHeading(title: trainingCase.title))),
                H.p(
                    t(.score(points: score.points, maximum: score.maximum, percent: score.percent)),
                    [("class", "score"), ("id", "score")]),
            ]
            if score.isAbandoned { body.append(H.p(t(.abandoned), [("class", "info")])) }
            if score.isFullMarks { body.append(H.p(t(.fullMarks))) }
            let verdictPoint: String
            if !score.verdictInPlay {
                verdictPoint = t(.verdictNotScored)
            } else if !score.answeredAll && score.verdictMatches {
                verdictPoint = t(.verdictNeedsEveryAnswer)
            } else {
                verdictPoint = t(.verdictPoints(score.verdictEarned ? 1 : 0))
            }
            body.append(
                H.ul([
                    H.t(t(.answersLikeKey(matching: score.matchingAnswers, scored: score.scoredQuestions))),
                    H.t(
                        t(
                            .outcomesLikeKey(
                                reproduced: score.reproducedOutcomes, key: score.keyOutcomes, extra: score.extraOutcomes
                            ))),
                    H.t(
                        t(
                            .verdicts(
                                yours: ReportText.verdictLabel(result.traineeAssessment.verdict).text(in: language),
                                key: ReportText.verdictLabel(result.keyAssessment.verdict).text(in: language)
                            ))
                            + "; " + verdictPoint),
                ]))
            let differing = result.differences
            body.append(H.h2(t(.differencesHeading(differing.count)), id: "differences"))
            if differing.isEmpty { body.append(H.p(t(.everyAnswerIsTheKeys))) }
            let traineeForm = AnswerForm(
                pages: self, plan: plan(trainingCase), answers: result.traineeAssessment.answers)
            body.append(
                H.el(
                    "ol", [],
                    differing.map { comparison in
                        let question = comparison.question
                        let yours =
                            comparison.trainee == .notApplicable
                            ? t(.notAskedWithYourAnswers) : traineeForm.shown(comparison.trainee, for: question)
                        let key =
                            comparison.key == .notApplicable
                            ? t(.notAskedWithKeysAnswers) : traineeForm.shown(comparison.key, for: question)
                        return H.el(
                            "li", [],
                            [
                                H.el("p", [], [H.el("strong", [], [H.t(t(question.prompt))])]),
                                H.ul([
                                    H.t(t(.yourAnswer(yours))), H.t(t(.keysAnswer(key))),
                                    H.t(t(.whatItChanges(effect(comparison)))),
                                ]),
                            ])
                    }))
            let brief = trainingCase.brief
            body.append(H.h2(t(.whatWasDecided), id: "decided"))
            body += Self.paragraphs(brief.outcome(in: language)).map { H.p($0) }
            if !brief.discussion(in: language).isEmpty {
                body.append(H.h2(t(.forDiscussion), id: "discussion"))
                body.append(H.el("ol", [], brief.discussion(in: language).map { H.el("li", [], [H.t($0)]) }))
            }
            body.append(
                H.el(
                    "nav", [("aria-label", t(.quizNavigation))],
                    [
                        H.ul(
                            (classroom
                                ? [H.a(base + "/result", t(.resultHeading(title: trainingCase.title)))]
                                : [H.a(base + "/classroom", t(.classroomView))])
                                + [
                                    H.a(base + "/record.md", t(.downloadRecord), [("download", "")]),
                                    H.a("/train", t(.newQuiz)),
                                ])
                    ]))
            return Self.html(
                page(
                    classroom ? t(.classroomHeading) : t(.scoreLabel), body: body,
                    bodyClass: classroom ? "classroom" : nil)
            )
        }
    }

    /// What one differing answer changes, in words: each finding or red pattern it adds, misses or
    /// puts in another state, with the condition that makes it fire.
    func effect(_ comparison: TrainingResult.AnswerComparison) -> String {
        if comparison.trainee == .notApplicable { return t(.notAskedWithYourAnswers) }
        if comparison.impact.isEmpty { return t(.noFindingOrRedPattern) }
        let state = { (outcome: TrainingResult.Outcome) in
            t(.outcomeState(fired: outcome.status == .fired, severity: outcome.severity))
        }
        return comparison.effects.map { effect in
            let outcome = effect.outcome
            let name = t(.outcomeName(isPattern: outcome.kind == .redPattern, title: outcome.title))
            let phrase: String
            switch (effect.inKey, effect.withAnswer) {
            case (let key?, let yours?): phrase = t(.otherStateChange(name: name, yours: state(yours), key: state(key)))
            case (_?, nil): phrase = t(.missesOutcome(name: name, state: state(outcome)))
            default: phrase = t(.addsOutcome(name: name, state: state(outcome)))
            }
            return phrase + t(.firesWhen(outcome.condition))
        }.joined(separator: ". ")
    }

    func quizRecord(_ id: String) -> Response {
        withQuiz(id) { quiz, trainingCase in
            let record = TrainingRecord(result(quiz, trainingCase), trainee: quiz.trainee, date: server.today())
                .render()
            return Response(
                status: .ok,
                headers: [
                    .contentType: "text/markdown; charset=utf-8",
                    .contentDisposition: "attachment; filename=\"dpia-training-\(trainingCase.name).md\"",
                ],
                body: .init(byteBuffer: ByteBuffer(string: record)))
        }
    }
}
