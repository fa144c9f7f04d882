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
        do { loaded = try store.load(file) } catch { return problemPage(error, file: file) }
        return Self.html(
            measuresPage(file, loaded, errors: errors, notice: notice),
            status: notice != nil ? .conflict : errors.isEmpty ? .ok : .unprocessableContent)
    }

    func statusOptions() -> [(value: String, label: String)] {
        MeasureStatus.allCases.map { ($0.rawValue, t(.status($0))) }
    }

    func measuresPage(_ file: String, _ loaded: AnswersStore.Loaded, errors: [String: String], notice: String?)
        -> String
    {
        let assessment = assess(loaded)
        let base = "/a/" + urlEncoded(file)
        var body: [HTMLNode] = [H.h1(t(.measuresHeading))]
        if let notice { body.append(Self.notice(notice)) }
        if assessment.register.entries.isEmpty { body.append(H.p(t(.noMeasureOwed))) }
        for (index, entry) in assessment.register.entries.enumerated() {
            let id = entry.measure.id
            let record = entry.record
            let key = "m\(index)"
            let legend = t(
                .measureLegend(
                    text: t(entry.measure.text(for: assessment.stage)), id: id, priority: r(.priority(entry.priority))))
            body.append(
                H.form(
                    base + "/measures",
                    [
                        H.hidden("version", loaded.version),
                        H.hidden("measure", id),
                        H.el(
                            "fieldset", [("id", "measure-" + id)],
                            [
                                H.el("legend", [], [H.t(legend)]),
                                H.p(
                                    t(
                                        .measureAnswers(
                                            entry.answers.map { "\($0.kind.rawValue) \($0.id)" }.joined(separator: ", ")
                                        )),
                                    [("class", "hint")]),
                                H.select(
                                    t(.statusField), name: key + "-status", options: statusOptions(),
                                    selected: record?.status.rawValue ?? "todo"),
                                H.field(
                                    t(.ownerField), name: key + "-owner", value: record?.owner,
                                    error: error(errors[id + "-owner"])),
                                H.field(
                                    t(.dueField), name: key + "-due", value: record?.due?.description,
                                    hint: t(.dateHint),
                                    error: error(errors[id + "-due"])),
                                H.field(
                                    t(.measureEvidenceField), name: key + "-evidence", value: record?.evidence,
                                    error: error(errors[id + "-evidence"])),
                                H.field(
                                    t(.rejectionReasonField), name: key + "-reason", value: record?.reason,
                                    error: error(errors[id + "-reason"])),
                                H.hidden("key", key),
                                H.button(t(.saveMeasure), value: "save", primary: true),
                            ]),
                    ]))
        }
        // Safeguards in place or decided belong to the DPIA even when no finding calls for them.
        let listed = Set(assessment.register.entries.map(\.measure.id))
        let others = loaded.bundle.measures.values.filter { !listed.contains($0.id) }.sorted { $0.id < $1.id }
        if !others.isEmpty {
            body.append(H.h2(t(.recordAnotherMeasure), id: "add"))
            body.append(
                H.form(
                    base + "/measures",
                    [
                        H.hidden("version", loaded.version),
                        H.hidden("key", "new"),
                        H.select(
                            t(.measureField), name: "measure",
                            options: others.map { ($0.id, "\($0.id): \(t($0.text(for: assessment.stage)))") },
                            selected: nil),
                        H.select(t(.statusField), name: "new-status", options: statusOptions(), selected: "planned"),
                        H.field(t(.ownerField), name: "new-owner", value: nil, error: error(errors["new-owner"])),
                        H.field(
                            t(.dueField), name: "new-due", value: nil, hint: t(.dateHint),
                            error: error(errors["new-due"])),
                        H.field(
                            t(.measureEvidenceField), name: "new-evidence", value: nil,
                            error: error(errors["new-evidence"])),
                        H.field(
                            t(.rejectionReasonField), name: "new-reason", value: nil, error: error(errors["new-reason"])
                        ),
                        H.button(t(.recordMeasure), value: "save", primary: true),
                    ]))
        }
        return page(t(.measures), nav: nav(file), body: body)
    }

    func saveMeasure(_ file: String, form: FormData) -> Response {
        let loaded: AnswersStore.Loaded
        do { loaded = try store.load(file) } catch { return problemPage(error, file: file) }
        guard let id = form["measure"], let key = form["key"],
            key == "new" || (key.hasPrefix("m") && Int(key.dropFirst()) != nil),
            assess(loaded).register.entry(id) != nil || loaded.bundle.measures[id] != nil
        else { return problemPage(.refused(t(.noSuchMeasure)), file: file) }
        var errors: [String: String] = [:]
        let status = MeasureStatus(rawValue: form[key + "-status"] ?? "") ?? .todo
        let due = form.text(key + "-due")
        let errorKey = key == "new" ? "new" : id
        if let due, CalendarDate(due) == nil { errors[errorKey + "-due"] = t(.writeADate) }
        if status == .rejected && form.text(key + "-reason") == nil {
            errors[errorKey + "-reason"] = t(.rejectedNeedsReason)
        }
        for field in ["owner", "evidence", "reason"] {
            if let problem = invisibleCharacter(form[key + "-" + field]) { errors[errorKey + "-" + field] = problem }
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
            return measures(file, notice: t(.staleMeasure))
        } catch {
            return problemPage(error, file: file)
        }
        return Self.redirect("/a/" + urlEncoded(file) + "/measures#measure-" + urlEncoded(id))
    }

    // MARK: - Sign-off

    /// The sign-off's people, by the prefix of their fields, with their legends.
    var signatories: [(prefix: String, legend: WebText, keyPath: WritableKeyPath<SignOff, Signatory?>)] {
        [
            ("dpo", .dpoPerson, \.dpo), ("measures_approved", .measuresApprovedPerson, \.measuresApprovedBy),
            ("residual_risks", .residualRisksAcceptedPerson, \.residualRisksAcceptedBy),
            ("controller", .controllerPerson, \.controller),
        ]
    }

    func signOff(_ file: String, errors: [String: String] = [:], notice: String? = nil, submitted: FormData? = nil)
        -> Response
    {
        let loaded: AnswersStore.Loaded
        do { loaded = try store.load(file) } catch { return problemPage(error, file: file) }
        let signOff = loaded.answers.signOff
        let base = "/a/" + urlEncoded(file)
        // What the form shows: what was sent when it could not be saved, else what the file holds.
        let value = { (name: String, stored: String?) in submitted.map { $0[name] ?? "" } ?? stored }
        func person(_ prefix: String, _ legend: WebText, _ signatory: Signatory?) -> HTMLNode {
            H.el(
                "fieldset", [("id", "f-" + prefix)],
                [
                    H.el("legend", [], [H.t(t(legend))]),
                    H.field(
                        t(.nameField), name: prefix + "_name", value: value(prefix + "_name", signatory?.name),
                        error: error(errors[prefix + "_name"])),
                    H.field(
                        t(.roleField), name: prefix + "_role", value: value(prefix + "_role", signatory?.role),
                        error: error(errors[prefix + "_role"])),
                    H.field(
                        t(.dateField), name: prefix + "_date",
                        value: value(prefix + "_date", signatory?.date?.description),
                        hint: t(.dateHint), error: error(errors[prefix + "_date"])),
                ])
        }
        let opinion = value("dpo_opinion", signOff?.dpoOpinion?.rawValue) ?? ""
        let decision = value("controller_decision", signOff?.controllerDecision?.rawValue) ?? ""
        var body: [HTMLNode] = [H.h1(t(.signOffHeading))]
        if let notice { body.append(Self.notice(notice)) }
        body.append(H.p(t(.signOffNeverChangesVerdict)))
        let people = signatories
        body.append(
            H.form(
                base + "/sign-off",
                [
                    H.hidden("version", loaded.version),
                    H.choices(
                        legend: H.t(t(.dpoOpinionLegend)), name: "dpo_opinion",
                        options: [("", t(.noOpinionYet))] + OpinionKind.allCases.map { ($0.rawValue, r(.opinion($0))) },
                        checked: [opinion], multiple: false),
                    H.textarea(
                        t(.dpoOpinionTextField), name: "dpo_opinion_text",
                        value: value("dpo_opinion_text", signOff?.dpoOpinionText),
                        error: error(errors["dpo_opinion_text"]),
                        rows: 3),
                    person(people[0].prefix, people[0].legend, signOff?.dpo),
                    person(people[1].prefix, people[1].legend, signOff?.measuresApprovedBy),
                    person(people[2].prefix, people[2].legend, signOff?.residualRisksAcceptedBy),
                    H.el(
                        "fieldset", [("id", "f-prior_consultation")],
                        [
                            H.el("legend", [], [H.t(t(.priorConsultationLegend))]),
                            H.field(
                                t(.priorConsultationSentField), name: "prior_consultation_sent",
                                value: value("prior_consultation_sent", signOff?.priorConsultationSent?.description),
                                hint: t(.dateHint), error: error(errors["prior_consultation_sent"])),
                            H.field(
                                t(.priorConsultationOutcomeField), name: "prior_consultation_outcome",
                                value: value("prior_consultation_outcome", signOff?.priorConsultationOutcome),
                                error: error(errors["prior_consultation_outcome"])),
                        ]),
                    H.choices(
                        legend: H.t(t(.controllerDecisionLegend)), name: "controller_decision",
                        options: [("", t(.noDecisionYet))]
                            + ControllerDecisionKind.allCases.map { ($0.rawValue, r(.controllerDecision($0))) },
                        checked: [decision], multiple: false),
                    H.textarea(
                        t(.controllerDecisionTextField), name: "controller_decision_text",
                        value: value("controller_decision_text", signOff?.controllerDecisionText),
                        error: error(errors["controller_decision_text"]), rows: 3),
                    person(people[3].prefix, people[3].legend, signOff?.controller),
                    H.field(
                        t(.nextReviewField), name: "next_review",
                        value: value("next_review", signOff?.nextReview?.description),
                        hint: t(.dateHint), error: error(errors["next_review"])),
                    H.button(t(.saveSignOff), value: "save", primary: true),
                ]))
        return Self.html(
            page(t(.signOff), nav: nav(file), body: body),
            status: notice != nil ? .conflict : errors.isEmpty ? .ok : .unprocessableContent)
    }

    func saveSignOff(_ file: String, form: FormData) -> Response {
        var errors: [String: String] = [:]
        var dates: [String: CalendarDate] = [:]
        let dateFields = signatories.map { $0.prefix + "_date" } + ["prior_consultation_sent", "next_review"]
        for name in dateFields {
            guard let text = form.text(name) else { continue }
            if let date = CalendarDate(text) { dates[name] = date } else { errors[name] = t(.writeADate) }
        }
        for person in signatories where form.text(person.prefix + "_name") == nil {
            if form.text(person.prefix + "_role") != nil { errors[person.prefix + "_name"] = t(.nameNeeded) }
            if form.text(person.prefix + "_date") != nil { errors[person.prefix + "_name"] = t(.nameNeeded) }
        }
        for (name, value) in form.fields {
            if let problem = invisibleCharacter(value) { errors[name] = problem }
        }
        guard errors.isEmpty else { return signOff(file, errors: errors, submitted: form) }
        let people = signatories
        do {
            _ = try store.update(file, expected: form["version"]) { answers, _ throws(AnswersStore.Problem) in
                let location = SourceLocation(file: answers.file, line: 1, column: 1)
                var signOff = SignOff(location: answers.signOff?.location ?? location)
                signOff.dpoOpinion = form["dpo_opinion"].flatMap(OpinionKind.init)
                signOff.dpoOpinionText = form.text("dpo_opinion_text")
                for person in people {
                    signOff[keyPath: person.keyPath] = form.text(person.prefix + "_name").map {
                        Signatory(
                            name: $0, role: form.text(person.prefix + "_role"), date: dates[person.prefix + "_date"])
                    }
                }
                signOff.priorConsultationSent = dates["prior_consultation_sent"]
                signOff.priorConsultationOutcome = form.text("prior_consultation_outcome")
                signOff.controllerDecision = form["controller_decision"].flatMap(ControllerDecisionKind.init)
                signOff.controllerDecisionText = form.text("controller_decision_text")
                signOff.nextReview = dates["next_review"]
                answers.signOff = signOff == SignOff(location: signOff.location) ? nil : signOff
            }
        } catch .stale {
            return signOff(file, notice: t(.staleSignOff), submitted: form)
        } catch {
            return problemPage(error, file: file)
        }
        return Self.redirect("/a/" + urlEncoded(file) + "/report")
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
            H.h1(t(.explainHeading)),
            H.el(
                "form", [("method", "get"), ("action", "/explain")],
                [
                    H.field(t(.explainField), name: "id", value: query["id"]),
                    H.button(t(.explainButton), value: "explain", primary: true),
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
            if let text = Explanation(id: id, bundles: bundles, cases: cases, language: language).render() {
                body.append(H.h2(id))
                body.append(H.el("pre", [], [H.t(text)]))
            } else {
                body.append(H.el("p", [("class", "error"), ("role", "alert")], [H.t(t(.notAnID(id)))]))
            }
        }
        body.append(H.h2(t(.everyID)))
        body.append(H.ul(ids.map { H.a("/explain?id=" + urlEncoded($0), $0) }))
        return Self.html(page(t(.explain), body: body))
    }

    func checklist(_ query: FormData) -> Response {
        let jurisdictions = server.catalog.jurisdictions
        var body: [HTMLNode] = [
            H.h1(t(.checklistHeading)),
            H.el(
                "form", [("method", "get"), ("action", "/checklist")],
                [
                    H.select(
                        t(.questionnairesField), name: "jurisdiction", options: jurisdictions.map { ($0, $0) },
                        selected: query["jurisdiction"]),
                    H.button(t(.showChecklist), value: "show", primary: true),
                ]),
        ]
        if let code = query["jurisdiction"], jurisdictions.contains(code),
            let bundle = server.pipeline.bundle(for: code, log: DiagnosticLog())
        {
            body.append(H.el("pre", [], [H.t(Checklist(bundle, language: language).render())]))
        }
        return Self.html(page(t(.checklist), body: body))
    }
}
