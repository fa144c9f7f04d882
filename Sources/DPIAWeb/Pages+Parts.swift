import DPIAKit
import Foundation
import Hummingbird

extension AnswerState {
    /// Answered, with a value or "I don't know".
    var isGiven: Bool {
        switch self {
        case .unknown, .value: true
        case .unanswered, .notApplicable: false
        }
    }
}

extension Pages {
    // MARK: - Measures register

    func measures(_ file: String, errors: [String: String] = [:], notice: String? = nil) -> Response {
        let loaded: AnswersStore.Loaded
        do { loaded = try store.load(file) } catch { return Self.problemPage(error, file: file) }
        return Self.html(
            measuresPage(file, loaded, errors: errors, notice: notice),
            status: errors.isEmpty && notice == nil ? .ok : .unprocessableContent)
    }

    func measuresPage(_ file: String, _ loaded: AnswersStore.Loaded, errors: [String: String], notice: String?)
        -> String
    {
        let assessment = assess(loaded)
        let base = "/a/" + urlEncoded(file)
        var body: [HTMLNode] = [H.h1("Measures register")]
        if let notice { body.append(H.el("div", [("class", "notice"), ("role", "alert")], [H.p(notice)])) }
        if assessment.register.entries.isEmpty { body.append(H.p("No measure is owed with the answers so far.")) }
        for (index, entry) in assessment.register.entries.enumerated() {
            let id = entry.measure.id
            let record = entry.record
            let key = "m\(index)"
            body.append(
                H.form(
                    base + "/measures",
                    [
                        H.hidden("version", loaded.version),
                        H.hidden("measure", id),
                        H.el(
                            "fieldset", [("id", "measure-" + id)],
                            [
                                H.el(
                                    "legend", [],
                                    [
                                        H.t(
                                            "\(entry.measure.text(for: assessment.stage).text()) (\(id), priority \(entry.priority.rawValue))"
                                        )
                                    ]),
                                H.p(
                                    "Answers: "
                                        + entry.answers.map { "\($0.kind.rawValue) \($0.id)" }.joined(separator: ", "),
                                    [("class", "hint")]),
                                H.select(
                                    "Status", name: key + "-status",
                                    options: MeasureStatus.allCases.map { ($0.rawValue, $0.rawValue) },
                                    selected: record?.status.rawValue ?? "todo"),
                                H.field(
                                    "Owner", name: key + "-owner", value: record?.owner, error: errors[id + "-owner"]),
                                H.field(
                                    "Due date", name: key + "-due", value: record?.due?.description, hint: "YYYY-MM-DD",
                                    error: errors[id + "-due"]),
                                H.field("Evidence", name: key + "-evidence", value: record?.evidence),
                                H.field(
                                    "Reason (when rejected)", name: key + "-reason", value: record?.reason,
                                    error: errors[id + "-reason"]),
                                H.hidden("key", key),
                                H.button("Save this measure", value: "save", primary: true),
                            ]),
                    ]))
        }
        // Safeguards in place or decided belong to the DPIA even when no finding calls for them.
        let listed = Set(assessment.register.entries.map(\.measure.id))
        let others = loaded.bundle.measures.values.filter { !listed.contains($0.id) }.sorted { $0.id < $1.id }
        if !others.isEmpty {
            body.append(H.h2("Record another measure", id: "add"))
            body.append(
                H.form(
                    base + "/measures",
                    [
                        H.hidden("version", loaded.version),
                        H.hidden("key", "new"),
                        H.select(
                            "Measure", name: "measure",
                            options: others.map { ($0.id, "\($0.id): \($0.text(for: assessment.stage).text())") },
                            selected: nil),
                        H.select(
                            "Status", name: "new-status",
                            options: MeasureStatus.allCases.map { ($0.rawValue, $0.rawValue) },
                            selected: "planned"),
                        H.field("Owner", name: "new-owner", value: nil, error: errors["new-owner"]),
                        H.field("Due date", name: "new-due", value: nil, hint: "YYYY-MM-DD", error: errors["new-due"]),
                        H.field("Evidence", name: "new-evidence", value: nil),
                        H.field("Reason (when rejected)", name: "new-reason", value: nil, error: errors["new-reason"]),
                        H.button("Record this measure", value: "save", primary: true),
                    ]))
        }
        return Layout.page(title: "Measures", nav: nav(file), body: body)
    }

    func saveMeasure(_ file: String, form: FormData) -> Response {
        let loaded: AnswersStore.Loaded
        do { loaded = try store.load(file) } catch { return Self.problemPage(error, file: file) }
        guard let id = form["measure"], let key = form["key"],
            key == "new" || (key.hasPrefix("m") && Int(key.dropFirst()) != nil),
            assess(loaded).register.entry(id) != nil || loaded.bundle.measures[id] != nil
        else { return Self.problemPage(.refused("no such measure in the register"), file: file) }
        var errors: [String: String] = [:]
        let status = MeasureStatus(rawValue: form[key + "-status"] ?? "") ?? .todo
        let due = form.text(key + "-due")
        let errorKey = key == "new" ? "new" : id
        if let due, CalendarDate(due) == nil { errors[errorKey + "-due"] = "write a date as YYYY-MM-DD" }
        if status == .rejected && form.text(key + "-reason") == nil {
            errors[id + "-reason"] = "a rejected measure needs the reason"
        }
        for field in ["owner", "evidence", "reason"] {
            if let value = form[key + "-" + field], let bad = value.unicodeScalars.first(where: VisibleText.isForbidden)
            {
                errors[errorKey + "-" + field] = "the text holds the \(VisibleText.describe(bad))"
            }
        }
        guard errors.isEmpty else { return measures(file, errors: errors) }
        do {
            _ = try store.update(file, expected: form["version"]) { answers, _ throws(AnswersStore.Problem) in
                let location = SourceLocation(file: answers.file, line: 1, column: 1)
                answers.measureRecords[id] = MeasureRecord(
                    owner: form.text(key + "-owner"), due: due.flatMap(CalendarDate.init), status: status,
                    reason: form.text(key + "-reason"), evidence: form.text(key + "-evidence"), location: location)
            }
        } catch .stale {
            return measures(
                file,
                notice:
                    "This assessment was changed in another tab after this page was opened: the measure was not saved. Check what the file holds now and save again."
            )
        } catch {
            return Self.problemPage(error, file: file)
        }
        return Self.redirect("/a/" + urlEncoded(file) + "/measures#measure-" + urlEncoded(id))
    }

    // MARK: - Sign-off

    func signOff(_ file: String, errors: [String: String] = [:], notice: String? = nil) -> Response {
        let loaded: AnswersStore.Loaded
        do { loaded = try store.load(file) } catch { return Self.problemPage(error, file: file) }
        let signOff = loaded.answers.signOff
        let base = "/a/" + urlEncoded(file)
        var body: [HTMLNode] = [H.h1("Sign-off")]
        if let notice { body.append(H.el("div", [("class", "notice"), ("role", "alert")], [H.p(notice)])) }
        body.append(
            H.p("The sign-off never changes the verdict; the report says when the controller decided against the DPO."))
        body.append(
            H.form(
                base + "/sign-off",
                [
                    H.hidden("version", loaded.version),
                    H.choices(
                        legend: H.t("The DPO's opinion"), name: "dpo_opinion",
                        options: OpinionKind.allCases.map {
                            ($0.rawValue, $0.rawValue.replacingOccurrences(of: "_", with: " "))
                        },
                        checked: Set([signOff?.dpoOpinion?.rawValue].compactMap { $0 }), multiple: false),
                    H.field("DPO's name", name: "dpo_name", value: signOff?.dpo?.name),
                    H.field("DPO's role", name: "dpo_role", value: signOff?.dpo?.role),
                    H.field(
                        "Date of the opinion", name: "dpo_date", value: signOff?.dpo?.date?.description,
                        hint: "YYYY-MM-DD", error: errors["dpo_date"]),
                    H.choices(
                        legend: H.t("The controller's decision"), name: "controller_decision",
                        options: ControllerDecisionKind.allCases.map {
                            ($0.rawValue, $0.rawValue.replacingOccurrences(of: "_", with: " "))
                        },
                        checked: Set([signOff?.controllerDecision?.rawValue].compactMap { $0 }), multiple: false),
                    H.field(
                        "Who decided for the controller", name: "controller_name", value: signOff?.controller?.name,
                        error: errors["controller_name"]),
                    H.field(
                        "Next review", name: "next_review", value: signOff?.nextReview?.description, hint: "YYYY-MM-DD",
                        error: errors["next_review"]),
                    H.button("Save the sign-off", value: "save", primary: true),
                ]))
        return Self.html(
            Layout.page(title: "Sign-off", nav: nav(file), body: body),
            status: errors.isEmpty && notice == nil ? .ok : .unprocessableContent)
    }

    func saveSignOff(_ file: String, form: FormData) -> Response {
        var errors: [String: String] = [:]
        let dpoDate = form.text("dpo_date")
        if let dpoDate, CalendarDate(dpoDate) == nil { errors["dpo_date"] = "write a date as YYYY-MM-DD" }
        let review = form.text("next_review")
        if let review, CalendarDate(review) == nil { errors["next_review"] = "write a date as YYYY-MM-DD" }
        for (name, value) in form.fields where value.unicodeScalars.contains(where: VisibleText.isForbidden) {
            errors[name] = "the text holds a control character"
        }
        guard errors.isEmpty else { return signOff(file, errors: errors) }
        do {
            _ = try store.update(file, expected: form["version"]) { answers, _ throws(AnswersStore.Problem) in
                let location = SourceLocation(file: answers.file, line: 1, column: 1)
                var signOff = answers.signOff ?? SignOff(location: location)
                signOff.dpoOpinion = form["dpo_opinion"].flatMap(OpinionKind.init)
                if let name = form.text("dpo_name") {
                    signOff.dpo = Signatory(
                        name: name, role: form.text("dpo_role"), date: dpoDate.flatMap(CalendarDate.init))
                } else {
                    signOff.dpo = nil
                }
                signOff.controllerDecision = form["controller_decision"].flatMap(ControllerDecisionKind.init)
                if let name = form.text("controller_name") {
                    signOff.controller = Signatory(
                        name: name, role: signOff.controller?.role, date: signOff.controller?.date)
                } else {
                    signOff.controller = nil
                }
                signOff.nextReview = review.flatMap(CalendarDate.init)
                answers.signOff = signOff
            }
        } catch .stale {
            return signOff(
                file,
                notice:
                    "This assessment was changed in another tab after this page was opened: the sign-off was not saved. Check it and save again."
            )
        } catch {
            return Self.problemPage(error, file: file)
        }
        return Self.redirect("/a/" + urlEncoded(file) + "/report")
    }

    // MARK: - Report

    func report(_ file: String) -> Response {
        let loaded: AnswersStore.Loaded
        do { loaded = try store.load(file) } catch { return Self.problemPage(error, file: file) }
        let body = ReportPage.render(assess(loaded), file: file)
        return Self.html(Layout.page(title: "Report", nav: nav(file), body: body))
    }

    func download(_ file: String, json: Bool) -> Response {
        let loaded: AnswersStore.Loaded
        do { loaded = try store.load(file) } catch { return Self.problemPage(error, file: file) }
        let assessment = assess(loaded)
        let stem = file.hasSuffix(".yaml") ? String(file.dropLast(5)) : String(file.dropLast(4))
        let text: String
        if json {
            guard let rendered = try? JSONReport(assessment).render() else {
                return Self.problemPage(.refused("the JSON report cannot be made"), file: file)
            }
            text = rendered
        } else {
            text = MarkdownReport(assessment).render()
        }
        let name = stem + "-report." + (json ? "json" : "md")
        return Response(
            status: .ok,
            headers: [
                .contentType: json ? "application/json; charset=utf-8" : "text/markdown; charset=utf-8",
                .contentDisposition: "attachment; filename=\"\(name)\"",
            ],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    // MARK: - Explain and checklist

    func bundles() -> [QuestionnaireBundle] {
        let log = DiagnosticLog()
        return server.catalog.jurisdictions.compactMap { server.pipeline.bundle(for: $0, log: log) }
    }

    func explain(_ query: FormData) -> Response {
        let bundles = bundles()
        let ids = Explanation.ids(in: bundles)
        var body: [HTMLNode] = [
            H.h1("Explain"),
            H.el(
                "form", [("method", "get"), ("action", "/explain")],
                [
                    H.field("Id of a question, finding or red pattern", name: "id", value: query["id"]),
                    H.button("Explain", value: "explain", primary: true),
                ]),
        ]
        if let id = query.text("id") {
            let log = DiagnosticLog()
            let cases = server.catalog.cases.sorted { $0.name < $1.name }.compactMap {
                file -> Explanation.AssessedCase? in
                guard let (answers, bundle) = server.pipeline.loadAnswers(file, log: log) else { return nil }
                let name = URL(fileURLWithPath: file.name).deletingPathExtension().lastPathComponent
                return Explanation.AssessedCase(
                    name: name, assessment: server.pipeline.evaluate(answers, with: bundle, today: server.today()))
            }
            if let text = Explanation(id: id, bundles: bundles, cases: cases).render() {
                body.append(H.h2(id))
                body.append(H.el("pre", [], [H.t(text)]))
            } else {
                body.append(
                    H.el(
                        "p", [("class", "error"), ("role", "alert")],
                        [H.t("'\(id)' is not an id of the questionnaires")]))
            }
        }
        body.append(H.h2("Every id"))
        body.append(H.ul(ids.map { H.a("/explain?id=" + urlEncoded($0), $0) }))
        return Self.html(Layout.page(title: "Explain", body: body))
    }

    func checklist(_ query: FormData) -> Response {
        let jurisdictions = server.catalog.jurisdictions
        var body: [HTMLNode] = [
            H.h1("Checklist"),
            H.el(
                "form", [("method", "get"), ("action", "/checklist")],
                [
                    H.select(
                        "Questionnaires", name: "jurisdiction", options: jurisdictions.map { ($0, $0) },
                        selected: query["jurisdiction"]),
                    H.button("Show the checklist", value: "show", primary: true),
                ]),
        ]
        if let code = query["jurisdiction"], jurisdictions.contains(code),
            let bundle = server.pipeline.bundle(for: code, log: DiagnosticLog())
        {
            body.append(H.el("pre", [], [H.t(Checklist(bundle).render())]))
        }
        return Self.html(Layout.page(title: "Checklist", body: body))
    }
}
