import DPIAKit
import Foundation
import Hummingbird

/// The pages of `dpia serve`, each a function from the request's values to a response.
struct Pages: Sendable {
    let server: WebServer
    let visit: Visit
    /// The language of the page.
    let language: Language

    /// The pages of one request; `answers`, on the pages of an answers file, may set the language.
    init(server: WebServer, visit: Visit, answers: AnswerSet? = nil) {
        self.server = server
        self.visit = visit
        self.language = visit.language(answers: answers)
    }

    var store: AnswersStore { server.store }

    /// A sentence of the pages in the page's language.
    func t(_ text: WebText) -> String { text.text(in: language) }

    /// A sentence of the report in the page's language (labels shared with the report).
    func r(_ text: ReportText) -> String { text.text(in: language) }

    /// A questionnaire's text in the page's language.
    func t(_ text: LocalizedText) -> String { text.text(in: language) }

    /// An error for a field, as announced with it.
    func error(_ text: String?) -> String? { text.map { t(.errorPrefix($0)) } }

    /// A question's short label in the page's language: its written label, else its prompt.
    func label(_ question: Question) -> String {
        guard let written = question.writtenLabel else {
            return language == .en ? question.label : t(question.prompt)
        }
        return t(written)
    }

    /// A whole page in the page's language.
    func page(_ title: String, nav: [(String, String)] = [], body: [HTMLNode], bodyClass: String? = nil) -> String {
        Layout.page(title: title, nav: nav, body: body, language: language, here: visit.here, bodyClass: bodyClass)
    }

    // MARK: - Responses

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    func problemPage(_ problem: AnswersStore.Problem, file: String) -> Response {
        let (title, message, status): (String, String, HTTPResponse.Status)
        switch problem {
        case .badName: (title, message, status) = (t(.notAnAnswersFileTitle), t(.notAnAnswersFileBody), .badRequest)
        case .missing: (title, message, status) = (t(.noSuchFileTitle), t(.noSuchFileBody(file: file)), .notFound)
        case .invalid(let why), .refused(let why):
            (title, message, status) = (t(.cannotUse(file: file)), why, .unprocessableContent)
        case .stale:
            (title, message, status) = (t(.changedElsewhereTitle), t(.changedElsewhereBody(file: file)), .conflict)
        }
        return Self.html(page(title, body: [H.h1(title), H.p(message)]), status: status)
    }

    /// A notice announced when the page opens (a save refused, an error).
    static func notice(_ text: String) -> HTMLNode {
        H.el("div", [("class", "notice"), ("role", "alert")], [H.p(text)])
    }

    func nav(_ file: String) -> [(String, String)] {
        let base = "/a/" + urlEncoded(file)
        return [
            (base, t(.assessment)), (base + "/review", t(.review)), (base + "/description", t(.description)),
            (base + "/measures", t(.measures)), (base + "/risks", t(.risks)), (base + "/sign-off", t(.signOff)),
            (base + "/report", t(.report)),
        ]
    }

    // MARK: - Register

    func register() -> Response {
        var rows: [HTMLNode] = []
        for name in store.names() {
            let link = "/a/" + urlEncoded(name)
            do {
                let loaded = try store.load(name)
                let assessment = assess(loaded)
                let signOff = assessment.answers.signOff
                rows.append(
                    H.el(
                        "tr", [],
                        [
                            H.el("th", [("scope", "row")], [H.a(link, name)]),
                            H.el("td", [], [H.t(loaded.answers.metadata.jurisdiction)]),
                            H.el("td", [], [H.t(r(.stageLabel(assessment.stage)))]),
                            H.el("td", [], [H.t(ReportText.verdictLabel(assessment.verdict).text(in: language))]),
                            H.el("td", [], [H.t(signOff?.nextReview.map { language.date($0) } ?? t(.noNextReview))]),
                            H.el("td", [], [H.t(signOffState(signOff))]),
                        ]))
            } catch {
                let why: String
                if case .invalid(let message) = error { why = message } else { why = t(.cannotBeRead) }
                rows.append(
                    H.el(
                        "tr", [],
                        [
                            H.el("th", [("scope", "row")], [H.t(name)]),
                            H.el("td", [("colspan", "5")], [H.t(t(.notAnAnswersFile(why: why)))]),
                        ]))
            }
        }
        let header = H.el(
            "tr", [],
            [
                t(.fileColumn), t(.jurisdictionColumn), t(.stageColumn), t(.verdictColumn), t(.nextReviewColumn),
                t(.signOffColumn),
            ].map { H.el("th", [("scope", "col")], [H.t($0)]) })
        let table: HTMLNode =
            rows.isEmpty
            ? H.p(t(.noAnswersFileYet))
            : H.el(
                "table", [],
                [H.el("caption", [], [H.t(t(.registerCaption))]), H.el("thead", [], [header])]
                    + [H.el("tbody", [], rows)])
        let body: [HTMLNode] = [
            H.h1(t(.registerHeading)),
            H.p(t(.folder(store.directory))),
            table,
            H.h2(t(.newAssessment), id: "new"),
            newForm(errors: [:], values: FormData("")),
        ]
        return Self.html(page(t(.register), body: body))
    }

    func signOffState(_ signOff: SignOff?) -> String {
        guard let signOff else { return t(.notSigned) }
        if signOff.controllerDecision != nil && signOff.controller != nil { return t(.decidedByController) }
        if signOff.dpoOpinion != nil { return t(.dpoOpinionGiven) }
        return t(.notSigned)
    }

    func newForm(errors: [String: String], values: FormData) -> HTMLNode {
        let jurisdictions = server.catalog.jurisdictions
        return H.form(
            "/new",
            [
                H.select(
                    t(.questionnairesJurisdiction), name: "jurisdiction",
                    options: jurisdictions.map { ($0, $0) }, selected: values["jurisdiction"] ?? "be"),
                H.field(
                    t(.organisationField), name: "organisation", value: values["organisation"],
                    error: error(errors["organisation"]), required: true),
                H.field(t(.unitField), name: "unit", value: values["unit"], error: error(errors["unit"])),
                H.field(
                    t(.processingField), name: "processing", value: values["processing"],
                    error: error(errors["processing"]), required: true),
                H.field(
                    t(.assessorField), name: "assessor", value: values["assessor"], error: error(errors["assessor"])),
                H.field(
                    t(.lawDateField), name: "date", value: values["date"] ?? server.today().description,
                    hint: t(.dateHint), error: error(errors["date"])),
                H.field(
                    t(.fileNameField), name: "name", value: values["name"], hint: t(.fileNameHint),
                    error: error(errors["name"])),
                H.button(t(.startAssessment), value: "create", primary: true),
            ])
    }

    /// The error for a text holding a character nobody could see, or nil.
    func invisibleCharacter(_ value: String?) -> String? {
        guard let value, let bad = value.unicodeScalars.first(where: VisibleText.isForbidden) else { return nil }
        return t(.forbiddenCharacter(VisibleText.describe(bad)))
    }

    func create(_ form: FormData) -> Response {
        var errors: [String: String] = [:]
        let organisation = form.text("organisation")
        let processing = form.text("processing")
        if organisation == nil { errors["organisation"] = t(.organisationNeeded) }
        if processing == nil { errors["processing"] = t(.processingNeeded) }
        let date = form.text("date").map { CalendarDate($0) } ?? server.today()
        if date == nil { errors["date"] = t(.writeADate) }
        for field in ["organisation", "unit", "processing", "assessor"] {
            if let problem = invisibleCharacter(form[field]) { errors[field] = problem }
        }
        let jurisdiction = form["jurisdiction"] ?? ""
        let log = DiagnosticLog()
        let bundle =
            server.catalog.jurisdictions.contains(jurisdiction)
            ? server.pipeline.bundle(for: jurisdiction, log: log) : nil
        if bundle == nil { errors["jurisdiction"] = t(.chooseListedQuestionnaires) }
        var name = form.text("name") ?? ""
        if name.isEmpty {
            let day = (date ?? server.today()).description
            name = "dpia-assessment-\(day).yaml"
            var number = 2
            while store.names().contains(name) {
                name = "dpia-assessment-\(day)-\(number).yaml"
                number += 1
            }
        } else if !AnswersStore.isValidName(name) {
            errors["name"] = t(.plainFileName)
        } else if store.names().contains(name) {
            errors["name"] = t(.fileExists(name: name))
        }
        guard errors.isEmpty, let bundle, let organisation, let processing else {
            let body: [HTMLNode] = [
                H.h1(t(.newAssessment)),
                Self.notice(t(.notCreated(fields: errors.count))),
                newForm(errors: errors, values: form),
            ]
            return Self.html(page(t(.newAssessment), body: body), status: .unprocessableContent)
        }
        var metadata = AssessmentMetadata(
            jurisdiction: jurisdiction, organisation: organisation, unit: form.text("unit"), processing: processing,
            assessor: form.text("assessor"), date: date)
        if let chosen = visit.chosen, chosen != .en { metadata.language = chosen }
        let answers = AssessmentPipeline.newAnswers(metadata, file: store.directory + "/" + name, bundle: bundle)
        do {
            try store.create(name, answers: answers, bundle: bundle)
        } catch {
            return problemPage(error, file: name)
        }
        let first = InterviewPlan(bundle: bundle).question(after: nil, answers)
        return Self.redirect("/a/" + urlEncoded(name) + (first.map { "/q/" + urlEncoded($0.id.rawValue) } ?? "/review"))
    }

    // MARK: - One assessment

    func assess(_ loaded: AnswersStore.Loaded) -> Assessment {
        server.pipeline.evaluate(loaded.answers, with: loaded.bundle, today: server.today())
    }

    func overview(_ file: String) -> Response {
        let loaded: AnswersStore.Loaded
        do { loaded = try store.load(file) } catch { return problemPage(error, file: file) }
        let plan = InterviewPlan(bundle: loaded.bundle)
        let assessment = assess(loaded)
        let next = plan.resumePoint(loaded.answers)
        let metadata = loaded.answers.metadata
        let base = "/a/" + urlEncoded(file)
        let body: [HTMLNode] = [
            H.h1(metadata.processing.isEmpty ? file : metadata.processing),
            H.p(
                t(
                    .assessmentLine(
                        organisation: metadata.organisation, unit: metadata.unit, jurisdiction: metadata.jurisdiction,
                        file: file))),
            H.p(
                t(.verdictSoFar(ReportText.verdictLabel(assessment.verdict).text(in: language))), [("class", "verdict")]
            ),
            H.ul(
                [
                    next.map { H.a(base + "/q/" + urlEncoded($0.id.rawValue), t(.continueInterview)) }
                        ?? H.t(t(.everyQuestionAnswered)),
                    H.a(base + "/review", t(.reviewEveryAnswer)),
                    H.a(base + "/description", t(.descriptionHeading)),
                    H.a(base + "/measures", t(.measuresHeading)),
                    H.a(base + "/risks", t(.risksHeading)),
                    H.a(base + "/sign-off", t(.signOffHeading)),
                    H.a(base + "/report", t(.report)),
                ]),
        ]
        return Self.html(page(file, nav: nav(file), body: body))
    }

    // MARK: - Questions

    func question(_ file: String, _ id: QuestionID, query: FormData) -> Response {
        let loaded: AnswersStore.Loaded
        do { loaded = try store.load(file) } catch { return problemPage(error, file: file) }
        guard let question = loaded.bundle.question(id) else { return noSuchQuestion(id) }
        // The key holds the file's version and the language: a page is never served from an older version.
        let key = [file, loaded.version, id.rawValue, query["return"] ?? "", language.rawValue, visit.here]
            .joined(separator: "\u{0}")
        return Self.html(
            store.page(key) {
                questionPage(file, loaded, question, returnTo: query["return"], submitted: nil, error: nil, notice: nil)
            })
    }

    func noSuchQuestion(_ id: QuestionID) -> Response {
        Self.html(
            page(
                t(.noSuchQuestionTitle),
                body: [H.h1(t(.noSuchQuestionTitle)), H.p(t(.noSuchQuestionBody(id: id.rawValue)))]),
            status: .notFound)
    }

    /// The page of one question; `submitted` is what the user sent when it could not be saved.
    func questionPage(
        _ file: String, _ loaded: AnswersStore.Loaded, _ question: Question, returnTo: String?, submitted: FormData?,
        error: String?, notice: String?
    ) -> String {
        let plan = InterviewPlan(bundle: loaded.bundle)
        let base = "/a/" + urlEncoded(file)
        let form = AnswerForm(pages: self, plan: plan, answers: loaded.answers)
        let body = form.body(
            question, action: base + "/q/" + urlEncoded(question.id.rawValue),
            hidden: [("version", loaded.version), ("return", returnTo ?? "")], submitted: submitted, error: error,
            notice: notice, previousLink: { base + "/q/" + urlEncoded($0.rawValue) },
            extraLinks: [H.a(base + "/review", t(.reviewTheAnswers))], endButton: nil)
        return page(label(question), nav: nav(file), body: body)
    }

    func answer(_ file: String, _ id: QuestionID, form: FormData) -> Response {
        let loaded: AnswersStore.Loaded
        do { loaded = try store.load(file) } catch { return problemPage(error, file: file) }
        guard let question = loaded.bundle.question(id) else { return problemPage(.missing, file: file) }
        let returnTo = form["return"].flatMap { $0.isEmpty ? nil : $0 }
        let reask = { (error: String?, notice: String?, current: AnswersStore.Loaded, status: HTTPResponse.Status) in
            Self.html(
                questionPage(
                    file, current, question, returnTo: returnTo, submitted: form, error: error, notice: notice),
                status: status)
        }
        let answerForm = AnswerForm(pages: self, plan: InterviewPlan(bundle: loaded.bundle), answers: loaded.answers)
        let submitted: AnswerForm.Submitted
        switch answerForm.read(form, for: question) {
        case .success(let value): submitted = value
        case .failure(let problem): return reask(problem.message, nil, loaded, .unprocessableContent)
        }
        let saved: AnswersStore.Loaded
        do {
            saved = try store.update(file, expected: form["version"]) { answers, _ throws(AnswersStore.Problem) in
                submitted.apply(to: &answers, id)
            }
        } catch .stale {
            // Another tab saved first: nothing is lost, the answer sent is offered again with what the file holds.
            guard let current = try? store.load(file) else { return problemPage(.missing, file: file) }
            let now = answerForm.shown(current.answers.answers[id]?.state, for: question)
            return reask(nil, t(.staleAnswer(fileHolds: now)), current, .conflict)
        } catch {
            return problemPage(error, file: file)
        }
        let base = "/a/" + urlEncoded(file)
        if returnTo == "review" { return Self.redirect(base + "/review#q-" + urlEncoded(id.rawValue)) }
        let plan = InterviewPlan(bundle: saved.bundle)
        if let next = plan.question(after: id, saved.answers) {
            return Self.redirect(base + "/q/" + urlEncoded(next.id.rawValue))
        }
        if let missing = plan.firstMissingRequired(saved.answers) {
            return Self.redirect(base + "/q/" + urlEncoded(missing.id.rawValue))
        }
        return Self.redirect(base + "/review")
    }

    // MARK: - Review

    func review(_ file: String) -> Response {
        let loaded: AnswersStore.Loaded
        do { loaded = try store.load(file) } catch { return problemPage(error, file: file) }
        let plan = InterviewPlan(bundle: loaded.bundle)
        let asked = plan.askedQuestions(loaded.answers)
        let base = "/a/" + urlEncoded(file)
        let form = AnswerForm(pages: self, plan: plan, answers: loaded.answers)
        var body: [HTMLNode] = [H.h1(t(.reviewHeading))]
        if let missing = plan.firstMissingRequired(loaded.answers) {
            body.append(
                H.el(
                    "p", [("class", "info")],
                    [H.t(t(.stillToAnswer)), H.a(base + "/q/" + urlEncoded(missing.id.rawValue), label(missing))]))
        }
        for section in loaded.bundle.sections {
            let questions = asked.filter { $0.section == section.id }
            guard !questions.isEmpty else { continue }
            let rows = questions.map { question -> HTMLNode in
                let answer = loaded.answers.answers[question.id]
                var shown = form.shown(answer?.state, for: question)
                if let note = answer?.note { shown += t(.withNote(note)) }
                return H.el(
                    "tr", [("id", "q-" + question.id.rawValue)],
                    [
                        H.el("th", [("scope", "row")], [H.t(label(question))]),
                        H.el("td", [], [H.t(shown)]),
                        H.el(
                            "td", [],
                            [
                                H.a(
                                    base + "/q/" + urlEncoded(question.id.rawValue) + "?return=review", t(.change),
                                    [("aria-label", t(.changeQuestion(label(question))))])
                            ]),
                    ])
            }
            body.append(
                H.el(
                    "table", [],
                    [
                        H.el("caption", [], [H.t(t(section.title))]),
                        H.el(
                            "thead", [],
                            [
                                H.el(
                                    "tr", [],
                                    [t(.questionColumn), t(.answerColumn), t(.actionColumn)].map {
                                        H.el("th", [("scope", "col")], [H.t($0)])
                                    })
                            ]),
                        H.el("tbody", [], rows),
                    ]))
        }
        body.append(H.p(t(.then)))
        body.append(
            H.ul([
                H.a(base + "/description", t(.descriptionHeading)), H.a(base + "/measures", t(.measuresHeading)),
                H.a(base + "/risks", t(.risksHeading)), H.a(base + "/sign-off", t(.signOffHeading)),
                H.a(base + "/report", t(.report)),
            ]))
        return Self.html(page(t(.review), nav: nav(file), body: body))
    }
}
