import DPIAKit
import Foundation
import Hummingbird

/// The pages of `dpia serve`, each a function from the request's values to a response.
struct Pages: Sendable {
    let server: WebServer

    var store: AnswersStore { server.store }

    // MARK: - Responses

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    static func problemPage(_ problem: AnswersStore.Problem, file: String) -> Response {
        switch problem {
        case .badName:
            return html(
                Layout.page(
                    title: "Not an answers file",
                    body: [
                        H.h1("Not an answers file"),
                        H.p(
                            "A file is named by its plain name in the register folder, ending in .yaml; paths are refused."
                        ),
                    ]), status: .badRequest)
        case .missing:
            return html(
                Layout.page(
                    title: "No such file", body: [H.h1("No such file"), H.p("\(file) is not in the register folder.")]),
                status: .notFound)
        case .invalid(let message), .refused(let message):
            return html(
                Layout.page(
                    title: "Cannot use \(file)", body: [H.h1("Cannot use \(file)"), H.p(message)]),
                status: .unprocessableContent)
        case .stale:
            return html(
                Layout.page(
                    title: "Changed elsewhere",
                    body: [H.h1("Changed elsewhere"), H.p("\(file) was changed in another window; reload the page.")]),
                status: .conflict)
        }
    }

    func nav(_ file: String) -> [(String, String)] {
        let base = "/a/" + urlEncoded(file)
        return [
            (base, "Assessment"), (base + "/review", "Review"), (base + "/measures", "Measures"),
            (base + "/sign-off", "Sign-off"), (base + "/report", "Report"),
        ]
    }

    // MARK: - Register

    func register(_ request: Request) -> Response {
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
                            H.el("td", [], [H.t(assessment.stage.rawValue)]),
                            H.el("td", [], [H.t(assessment.verdict.rawValue)]),
                            H.el("td", [], [H.t(signOff?.nextReview?.description ?? "none")]),
                            H.el("td", [], [H.t(Self.signOffState(signOff))]),
                        ]))
            } catch {
                let why: String
                if case .invalid(let message) = error { why = message } else { why = "cannot be read" }
                rows.append(
                    H.el(
                        "tr", [],
                        [
                            H.el("th", [("scope", "row")], [H.t(name)]),
                            H.el("td", [("colspan", "5")], [H.t("not an answers file: " + why)]),
                        ]))
            }
        }
        let header = H.el(
            "tr", [],
            ["File", "Jurisdiction", "Stage", "Verdict", "Next review", "Sign-off"].map {
                H.el("th", [("scope", "col")], [H.t($0)])
            })
        let table: HTMLNode =
            rows.isEmpty
            ? H.p("No answers file in this folder yet.")
            : H.el(
                "table", [],
                [H.el("caption", [], [H.t("Answers files in the register folder")]), H.el("thead", [], [header])]
                    + [H.el("tbody", [], rows)])
        let body: [HTMLNode] = [
            H.h1("DPIA register"),
            H.p("Folder: " + store.directory),
            table,
            H.h2("New assessment", id: "new"),
            newForm(errors: [:], values: FormData("")),
        ]
        return Self.html(Layout.page(title: "Register", body: body))
    }

    static func signOffState(_ signOff: SignOff?) -> String {
        guard let signOff else { return "not signed" }
        if signOff.controllerDecision != nil && signOff.controller != nil { return "decided by the controller" }
        if signOff.dpoOpinion != nil { return "DPO opinion given" }
        return "not signed"
    }

    func newForm(errors: [String: String], values: FormData) -> HTMLNode {
        let jurisdictions = server.catalog.jurisdictions
        return H.form(
            "/new",
            [
                H.select(
                    "Questionnaires (jurisdiction)", name: "jurisdiction",
                    options: jurisdictions.map { ($0, $0) }, selected: values["jurisdiction"] ?? "be"),
                H.field(
                    "Organisation (the controller, such as a police force)", name: "organisation",
                    value: values["organisation"], error: errors["organisation"], required: true),
                H.field("Unit that wants the processing (optional)", name: "unit", value: values["unit"]),
                H.field(
                    "Processing or tool assessed, in one line", name: "processing", value: values["processing"],
                    error: errors["processing"], required: true),
                H.field("Assessor: your name and role (optional)", name: "assessor", value: values["assessor"]),
                H.field(
                    "Date the law is applied as of", name: "date", value: values["date"] ?? server.today().description,
                    hint: "YYYY-MM-DD", error: errors["date"]),
                H.field(
                    "File name (optional)", name: "name", value: values["name"],
                    hint:
                        "Letters, digits, dot, dash and underscore, ending in .yaml; by default dpia-assessment-DATE.yaml",
                    error: errors["name"]),
                H.button("Start the assessment", value: "create", primary: true),
            ])
    }

    func create(_ form: FormData) -> Response {
        var errors: [String: String] = [:]
        let organisation = form.text("organisation")
        let processing = form.text("processing")
        if organisation == nil { errors["organisation"] = "the organisation is needed for the report" }
        if processing == nil { errors["processing"] = "the processing is needed for the report" }
        let date = form.text("date").map { CalendarDate($0) } ?? server.today()
        if date == nil { errors["date"] = "write a date as YYYY-MM-DD" }
        for field in ["organisation", "unit", "processing", "assessor"] {
            if let value = form[field], let bad = value.unicodeScalars.first(where: VisibleText.isForbidden) {
                errors[field] = "the text holds the \(VisibleText.describe(bad)); type it again without it"
            }
        }
        let jurisdiction = form["jurisdiction"] ?? ""
        let log = DiagnosticLog()
        let bundle =
            server.catalog.jurisdictions.contains(jurisdiction)
            ? server.pipeline.bundle(for: jurisdiction, log: log) : nil
        if bundle == nil { errors["jurisdiction"] = "choose one of the questionnaires listed" }
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
            errors["name"] = "a plain file name ending in .yaml, without a folder"
        } else if store.names().contains(name) {
            errors["name"] = "\(name) exists already; open it from the register, or choose another name"
        }
        guard errors.isEmpty, let bundle, let organisation, let processing else {
            let body: [HTMLNode] = [
                H.h1("New assessment"),
                H.el(
                    "div", [("class", "notice"), ("role", "alert")],
                    [H.p("The assessment was not created: \(errors.count) field(s) need attention.")]),
                newForm(errors: errors, values: form),
            ]
            return Self.html(Layout.page(title: "New assessment", body: body), status: .unprocessableContent)
        }
        let metadata = AssessmentMetadata(
            jurisdiction: jurisdiction, organisation: organisation, unit: form.text("unit"), processing: processing,
            assessor: form.text("assessor"), date: date)
        let answers = AssessmentPipeline.newAnswers(metadata, file: store.directory + "/" + name, bundle: bundle)
        do {
            try store.create(name, answers: answers, bundle: bundle)
        } catch {
            return Self.problemPage(error, file: name)
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
        do { loaded = try store.load(file) } catch { return Self.problemPage(error, file: file) }
        let plan = InterviewPlan(bundle: loaded.bundle)
        let assessment = assess(loaded)
        let next = plan.resumePoint(loaded.answers)
        let metadata = loaded.answers.metadata
        let base = "/a/" + urlEncoded(file)
        let body: [HTMLNode] = [
            H.h1(metadata.processing.isEmpty ? file : metadata.processing),
            H.p(
                "\(metadata.organisation)\(metadata.unit.map { " · " + $0 } ?? "") · questionnaires \(metadata.jurisdiction) · file \(file)"
            ),
            H.p("Verdict with the answers so far: " + assessment.verdict.rawValue, [("class", "verdict")]),
            H.ul(
                [
                    next.map { H.a(base + "/q/" + urlEncoded($0.id.rawValue), "Continue the interview") }
                        ?? H.t("Every question is answered."),
                    H.a(base + "/review", "Review every answer"),
                    H.a(base + "/measures", "Measures register"),
                    H.a(base + "/sign-off", "Sign-off"),
                    H.a(base + "/report", "Report"),
                ]),
        ]
        return Self.html(Layout.page(title: file, nav: nav(file), body: body))
    }

    // MARK: - Questions

    /// What the page shows for `state` at `question`.
    static func shown(_ state: AnswerState?, for question: Question) -> String {
        switch state {
        case nil, .unanswered?: return "not answered"
        case .notApplicable?: return "not asked"
        case .unknown?: return "I don't know"
        case .value(let value)?:
            switch value {
            case .yesNo(let yes): return yes ? "yes" : "no"
            case .choice(let id): return question.option(id)?.label.text() ?? id
            case .choices(let ids):
                return ids.isEmpty
                    ? "none of these" : ids.map { question.option($0)?.label.text() ?? $0 }.joined(separator: "; ")
            case .text(let text): return text
            case .date(let date): return date.description
            case .number(let number): return "\(number)"
            }
        }
    }

    /// The form values that show `state`.
    static func formValues(_ state: AnswerState?) -> [String] {
        guard case .value(let value)? = state else { return [] }
        switch value {
        case .yesNo(let yes): return [yes ? "yes" : "no"]
        case .choice(let id): return [id]
        case .choices(let ids): return ids.isEmpty ? ["_none"] : ids
        case .text(let text): return [text]
        case .date(let date): return [date.description]
        case .number(let number): return ["\(number)"]
        }
    }

    func question(_ file: String, _ id: QuestionID, query: FormData) -> Response {
        let loaded: AnswersStore.Loaded
        do { loaded = try store.load(file) } catch { return Self.problemPage(error, file: file) }
        guard let question = loaded.bundle.question(id) else {
            return Self.html(
                Layout.page(
                    title: "No such question",
                    body: [H.h1("No such question"), H.p("\(id) is not a question of these questionnaires.")]),
                status: .notFound)
        }
        // The key holds the file's version: a page is never served from an older version.
        let key = [file, loaded.version, id.rawValue, query["return"] ?? ""].joined(separator: "\u{0}")
        return Self.html(
            store.page(key) {
                questionPage(file, loaded, question, returnTo: query["return"], submitted: nil, error: nil, notice: nil)
            })
    }

    /// The page of one question; `submitted` is what the user sent when it could not be saved.
    func questionPage(
        _ file: String, _ loaded: AnswersStore.Loaded, _ question: Question, returnTo: String?, submitted: FormData?,
        error: String?, notice: String?
    ) -> String {
        let plan = InterviewPlan(bundle: loaded.bundle)
        let answers = loaded.answers
        let answer = answers.answers[question.id]
        // The questions asked with these answers, worked out once for the whole page.
        let asked = plan.askedQuestions(answers)
        let place = asked.firstIndex { $0.id == question.id }
        let progress = (
            section: loaded.bundle.section(question.section)?.title.text() ?? "", position: (place ?? 0) + 1,
            estimatedTotal: asked.count
        )
        let order = Dictionary(
            loaded.bundle.questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let here = order[question.id] ?? 0
        let previous = asked.last { (order[$0.id] ?? 0) < here }
        let opensSection = asked.first { $0.section == question.section }?.id == question.id
        let base = "/a/" + urlEncoded(file)
        let current = submitted.map { $0.all("answer") } ?? Self.formValues(answer?.state)
        var body: [HTMLNode] = [
            H.p(
                "\(progress.section) · question \(progress.position) of about \(progress.estimatedTotal)",
                [("class", "hint")]),
            H.el(
                "progress",
                [
                    ("max", "\(max(progress.estimatedTotal, 1))"), ("value", "\(progress.position)"),
                    ("aria-label", "Progress"),
                ],
                [H.t("\(progress.position) of \(progress.estimatedTotal)")]),
        ]
        if let notice {
            body.append(H.el("div", [("class", "notice"), ("role", "alert")], [H.p(notice)]))
        }
        if opensSection, let intro = loaded.bundle.section(question.section)?.intro {
            body.append(H.p(intro.text(), [("class", "info")]))
        }
        let legend = H.t(question.prompt.text())
        let hint = question.isRequired ? nil : "Optional."
        var control: HTMLNode
        switch question.kind {
        case .yesNo:
            control = H.choices(
                legend: legend, name: "answer", options: [("yes", "Yes"), ("no", "No")], checked: Set(current),
                multiple: false, hint: hint, error: error)
        case .singleChoice:
            control = H.choices(
                legend: legend, name: "answer", options: question.options.map { ($0.id, $0.label.text()) },
                checked: Set(current), multiple: false, hint: hint, error: error)
        case .multipleChoice:
            control = H.choices(
                legend: legend, name: "answer",
                options: question.options.map { ($0.id, $0.label.text()) } + [("_none", "None of these")],
                checked: Set(current), multiple: true, hint: "Tick every option that applies, or None of these.",
                error: error)
        case .text, .date, .number:
            control = H.field(
                question.prompt.text(), name: "answer", value: current.first, type: "text",
                hint: hint ?? (question.kind == .date ? "YYYY-MM-DD" : nil), error: error)
        }
        body.insert(H.el("h1", [("class", "prompt")], [H.t(question.label)]), at: 0)
        var guidance: [HTMLNode] = []
        if let text = question.guidance?.text() { guidance.append(H.p(text)) }
        if !question.refs.isEmpty {
            guidance.append(H.p("Provisions: " + question.refs.map(\.description).joined(separator: "; ")))
        }
        let form = H.form(
            base + "/q/" + urlEncoded(question.id.rawValue),
            [
                H.hidden("version", loaded.version),
                H.hidden("return", returnTo ?? ""),
                control,
                H.el(
                    "details", [],
                    [H.el("summary", [], [H.t("Guidance and provisions")])]
                        + (guidance.isEmpty ? [H.p("No guidance for this question.")] : guidance)),
                H.field("Note (optional)", name: "note", value: submitted?["note"] ?? answer?.note),
                H.field(
                    "Evidence reference (optional)", name: "evidence", value: submitted?["evidence"] ?? answer?.evidence
                ),
                H.button("Save and continue", value: "answer", primary: true),
            ] + (question.allowsUnknown ? [H.button("I don't know", value: "unknown")] : []))
        body.append(form)
        var links: [HTMLNode] = []
        if let previous {
            links.append(
                H.a(base + "/q/" + urlEncoded(previous.id.rawValue), "Back to the previous question", [("rel", "prev")])
            )
        }
        links.append(H.a(base + "/review", "Review the answers"))
        body.append(H.el("nav", [("aria-label", "Interview")], [H.ul(links)]))
        body.append(sectionProgress(plan, answers, asked: asked))
        return Layout.page(title: question.label, nav: nav(file), body: body)
    }

    /// Answered and asked questions, section by section.
    func sectionProgress(_ plan: InterviewPlan, _ answers: AnswerSet, asked: [Question]) -> HTMLNode {
        let items = plan.bundle.sections.compactMap { section -> HTMLNode? in
            let inSection = asked.filter { $0.section == section.id }
            guard !inSection.isEmpty else { return nil }
            let done = inSection.filter { answers.answers[$0.id]?.state.isGiven == true }.count
            return H.t("\(section.title.text()): \(done) of \(inSection.count) answered")
        }
        return H.el("section", [("aria-label", "Progress by section")], [H.h2("Progress by section"), H.ul(items)])
    }

    func answer(_ file: String, _ id: QuestionID, form: FormData) -> Response {
        let loaded: AnswersStore.Loaded
        do { loaded = try store.load(file) } catch { return Self.problemPage(error, file: file) }
        guard let question = loaded.bundle.question(id) else { return Self.problemPage(.missing, file: file) }
        let returnTo = form["return"].flatMap { $0.isEmpty ? nil : $0 }
        let reask = { (error: String?, notice: String?, current: AnswersStore.Loaded, status: HTTPResponse.Status) in
            Self.html(
                questionPage(
                    file, current, question, returnTo: returnTo, submitted: form, error: error, notice: notice),
                status: status)
        }
        // What was sent, as an answer (nil: the question is left as it is).
        var written: WrittenAnswer?
        let values = form.all("answer").filter { !$0.isEmpty }
        if form["action"] == "unknown" {
            written = .scalar("unknown", isPlain: true)
        } else {
            switch question.kind {
            case .multipleChoice:
                if values.contains("_none") {
                    if values.count > 1 {
                        return reask(
                            "None of these cannot be ticked with other options", nil, loaded, .unprocessableContent)
                    }
                    written = .list([])
                } else if !values.isEmpty {
                    written = .list(values)
                }
            case .text:
                if let text = values.first?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty {
                    written = .scalar(text, isPlain: false)
                }
            default:
                if let value = values.first?.trimmingCharacters(in: .whitespaces), !value.isEmpty {
                    written = .scalar(value, isPlain: true)
                }
            }
        }
        for field in ["answer", "note", "evidence"] {
            for value in form.all(field) {
                if let bad = value.unicodeScalars.first(where: VisibleText.isForbidden) {
                    return reask(
                        "the text holds the \(VisibleText.describe(bad)); type it again without it", nil, loaded,
                        .unprocessableContent)
                }
            }
        }
        var state: AnswerState?
        if let written {
            switch written.state(for: question) {
            case .success(let value): state = value
            case .failure(let problem):
                return reask(
                    problem.message.replacingOccurrences(of: "'\(question.id)'", with: "this question"), nil, loaded,
                    .unprocessableContent)
            }
        } else if question.isRequired && loaded.answers.answers[id]?.state.isGiven != true {
            return reask(
                "an answer is needed" + (question.allowsUnknown ? "; choose I don't know if you don't know" : ""), nil,
                loaded,
                .unprocessableContent)
        }
        let note = form.text("note")
        let evidence = form.text("evidence")
        let saved: AnswersStore.Loaded
        do {
            saved = try store.update(file, expected: form["version"]) { answers, _ throws(AnswersStore.Problem) in
                let location = SourceLocation(file: answers.file, line: 1, column: 1)
                var answer = answers.answers[id] ?? Answer(state: state ?? .unanswered, location: location)
                if let state { answer.state = state }
                answer.note = note
                answer.evidence = evidence
                if state == nil && answer.state == .unanswered && note == nil && evidence == nil {
                    answers.answers[id] = nil
                } else {
                    answers.answers[id] = answer
                }
            }
        } catch .stale {
            // Another tab saved first: nothing is lost, the answer sent is offered again with what the file holds.
            guard let current = try? store.load(file) else { return Self.problemPage(.missing, file: file) }
            let now = Self.shown(current.answers.answers[id]?.state, for: question)
            return reask(
                nil,
                "This assessment was changed in another tab or window after this page was opened, so your answer was not saved yet. The file now holds: \(now). Your answer is shown below: check it and save again.",
                current, .conflict)
        } catch {
            return Self.problemPage(error, file: file)
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
        do { loaded = try store.load(file) } catch { return Self.problemPage(error, file: file) }
        let plan = InterviewPlan(bundle: loaded.bundle)
        let asked = plan.askedQuestions(loaded.answers)
        let base = "/a/" + urlEncoded(file)
        var body: [HTMLNode] = [H.h1("Review: every answer")]
        let missing = plan.firstMissingRequired(loaded.answers)
        if let missing {
            body.append(H.p("Still to answer: ", [("class", "info")]))
            body.append(H.a(base + "/q/" + urlEncoded(missing.id.rawValue), missing.label))
        }
        for section in loaded.bundle.sections {
            let questions = asked.filter { $0.section == section.id }
            guard !questions.isEmpty else { continue }
            let rows = questions.map { question -> HTMLNode in
                let answer = loaded.answers.answers[question.id]
                var shown = Self.shown(answer?.state, for: question)
                if let note = answer?.note { shown += " (note: \(note))" }
                return H.el(
                    "tr", [("id", "q-" + question.id.rawValue)],
                    [
                        H.el("th", [("scope", "row")], [H.t(question.label)]),
                        H.el("td", [], [H.t(shown)]),
                        H.el(
                            "td", [],
                            [
                                H.a(
                                    base + "/q/" + urlEncoded(question.id.rawValue) + "?return=review", "Change",
                                    [("aria-label", "Change: " + question.label)])
                            ]),
                    ])
            }
            body.append(
                H.el(
                    "table", [],
                    [
                        H.el("caption", [], [H.t(section.title.text())]),
                        H.el(
                            "thead", [],
                            [
                                H.el(
                                    "tr", [],
                                    ["Question", "Answer", "Action"].map { H.el("th", [("scope", "col")], [H.t($0)]) })
                            ]),
                        H.el("tbody", [], rows),
                    ]))
        }
        body.append(H.p("Then: ", []))
        body.append(
            H.ul([
                H.a(base + "/measures", "Measures register"), H.a(base + "/sign-off", "Sign-off"),
                H.a(base + "/report", "Report"),
            ]))
        return Self.html(Layout.page(title: "Review", nav: nav(file), body: body))
    }
}
