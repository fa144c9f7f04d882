import DPIAKit
import Foundation
import Hummingbird

extension Pages {
    // MARK: - Description of the processing

    /// The list fields of the description, by form name, with their labels.
    var descriptionLists: [(name: String, label: ReportText, keyPath: WritableKeyPath<ProcessingDescription, [String]>)]
    {
        [
            ("purposes", .purposes, \.purposes), ("data_subjects", .peopleConcerned, \.dataSubjects),
            ("data_categories", .data, \.dataCategories), ("sources", .sourcesOfData, \.sources),
            ("systems", .systems, \.systems),
        ]
    }

    /// The one-line fields of the description.
    var descriptionTexts: [(name: String, label: ReportText, keyPath: WritableKeyPath<ProcessingDescription, String?>)]
    {
        [("vendor", .vendor, \.vendor), ("retention", .retention, \.retention), ("scale", .scale, \.scale)]
    }

    func description(
        _ file: String, errors: [String: String] = [:], notice: String? = nil, submitted: FormData? = nil
    ) -> Response {
        let loaded: AnswersStore.Loaded
        do { loaded = try store.load(file) } catch { return problemPage(error, file: file) }
        let description = loaded.answers.description
        let value = { (name: String, stored: String?) in submitted.map { $0[name] ?? "" } ?? stored }
        var body: [HTMLNode] = [H.h1(t(.descriptionHeading))]
        if let notice { body.append(Self.notice(notice)) }
        body.append(H.p(t(.descriptionIntro)))
        var controls: [HTMLNode] = [
            H.hidden("version", loaded.version),
            H.choices(
                legend: H.t(t(.stageLegend)), name: "stage",
                options: [("", t(.stageFromAnswers))] + Stage.allCases.map { ($0.rawValue, r(.stageLabel($0))) },
                checked: [value("stage", description.stage?.rawValue) ?? ""], multiple: false,
                error: error(errors["stage"])),
        ]
        for list in descriptionLists {
            controls.append(
                H.textarea(
                    r(list.label), name: list.name,
                    value: value(list.name, description[keyPath: list.keyPath].joined(separator: "\n")),
                    hint: t(.oneALine), error: error(errors[list.name])))
        }
        controls.append(
            H.textarea(
                r(.recipients), name: "recipients",
                value: value(
                    "recipients",
                    description.recipients.map { [$0.name, $0.role, $0.country ?? ""].joined(separator: "; ") }
                        .joined(separator: "\n")),
                hint: t(.recipientsHint), error: error(errors["recipients"])))
        controls.append(
            H.textarea(
                t(.dataFlowField), name: "data_flow",
                value: value("data_flow", description.dataFlow.joined(separator: "\n")),
                hint: t(.oneALine), error: error(errors["data_flow"]), rows: 6))
        for text in descriptionTexts {
            controls.append(
                H.field(
                    r(text.label), name: text.name, value: value(text.name, description[keyPath: text.keyPath]),
                    error: error(errors[text.name])))
        }
        controls.append(H.button(t(.saveDescription), value: "save", primary: true))
        body.append(H.form("/a/" + urlEncoded(file) + "/description", controls))
        return Self.html(
            page(t(.descriptionHeading), nav: nav(file), body: body),
            status: notice != nil ? .conflict : errors.isEmpty ? .ok : .unprocessableContent)
    }

    /// The non-empty lines of a text area, trimmed.
    static func lines(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    func saveDescription(_ file: String, form: FormData) -> Response {
        var errors: [String: String] = [:]
        var description = ProcessingDescription()
        if let stage = form.text("stage") {
            if let value = Stage(rawValue: stage) {
                description.stage = value
            } else {
                errors["stage"] = t(.stageLegend)
            }
        }
        for list in descriptionLists { description[keyPath: list.keyPath] = Self.lines(form[list.name]) }
        description.dataFlow = Self.lines(form["data_flow"])
        for text in descriptionTexts { description[keyPath: text.keyPath] = form.text(text.name) }
        for (index, line) in Self.lines(form["recipients"]).enumerated() {
            let parts = line.split(separator: ";", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard let name = parts.first, !name.isEmpty else {
                errors["recipients"] = t(.recipientLineProblem(line: index + 1))
                continue
            }
            let role = parts.count > 1 && !parts[1].isEmpty ? parts[1] : "recipient"
            let country = parts.count > 2 && !parts[2].isEmpty ? parts[2] : nil
            description.recipients.append(Recipient(name: name, role: role, country: country))
        }
        for (name, value) in form.fields {
            if let problem = invisibleCharacter(value) { errors[name] = problem }
        }
        guard errors.isEmpty else { return self.description(file, errors: errors, submitted: form) }
        do {
            _ = try store.update(file, expected: form["version"]) { answers, _ throws(AnswersStore.Problem) in
                answers.description = description
            }
        } catch .stale {
            return self.description(file, notice: t(.staleDescription), submitted: form)
        } catch {
            return problemPage(error, file: file)
        }
        return Self.redirect("/a/" + urlEncoded(file) + "/report#description")
    }

    // MARK: - Risk decisions

    /// The four level fields of a risk decision, by form name suffix.
    var riskLevels: [(suffix: String, label: WebText, keyPath: WritableKeyPath<RiskDecision, RiskLevel?>)] {
        [
            ("severity", .severityBefore, \.severity), ("likelihood", .likelihoodBefore, \.likelihood),
            ("residual_severity", .severityAfter, \.residualSeverity),
            ("residual_likelihood", .likelihoodAfter, \.residualLikelihood),
        ]
    }

    func rating(_ rating: RiskRating) -> String {
        t(.ratingText(severity: rating.severity.rawValue, likelihood: rating.likelihood.rawValue))
    }

    func risks(_ file: String, errors: [String: String] = [:], notice: String? = nil) -> Response {
        let loaded: AnswersStore.Loaded
        do { loaded = try store.load(file) } catch { return problemPage(error, file: file) }
        let assessment = assess(loaded)
        var body: [HTMLNode] = [H.h1(t(.risksHeading))]
        if let notice { body.append(Self.notice(notice)) }
        body.append(H.p(t(.risksIntro)))
        if assessment.risks.isEmpty { body.append(H.p(t(.noRiskToDecide))) }
        let levelOptions = [("", t(.asSuggested))] + RiskLevel.allCases.map { ($0.id, t(.level($0))) }
        for risk in assessment.risks {
            let id = risk.risk.id
            let decision = loaded.answers.riskDecisions[id]
            var controls: [HTMLNode] = [
                H.el("legend", [], [H.t(t(.riskLegend(title: t(risk.risk.title), id: id)))]),
                H.p(
                    t(.suggestedRating(before: rating(risk.suggested), after: rating(risk.suggestedResidual))),
                    [("class", "hint")]),
            ]
            if risk.isLoweringUnjustified {
                controls.append(H.el("p", [("class", "error"), ("role", "status")], [H.t(t(.loweringUnjustifiedNow))]))
            }
            for level in riskLevels {
                controls.append(
                    H.select(
                        t(level.label), name: id + "-" + level.suffix, options: levelOptions,
                        selected: decision?[keyPath: level.keyPath]?.id ?? ""))
            }
            controls.append(
                H.textarea(
                    t(.justificationField), name: id + "-justification", value: decision?.justification,
                    hint: t(.justificationHint), error: error(errors[id + "-justification"]), rows: 3))
            controls.append(H.button(t(.saveRisk), value: "save", primary: true))
            body.append(
                H.form(
                    "/a/" + urlEncoded(file) + "/risks",
                    [
                        H.hidden("version", loaded.version), H.hidden("risk", id),
                        H.el("fieldset", [("id", "risk-" + id)], controls),
                    ]))
        }
        return Self.html(
            page(t(.risksHeading), nav: nav(file), body: body),
            status: notice != nil ? .conflict : errors.isEmpty ? .ok : .unprocessableContent)
    }

    func saveRisk(_ file: String, form: FormData) -> Response {
        let loaded: AnswersStore.Loaded
        do { loaded = try store.load(file) } catch { return problemPage(error, file: file) }
        guard let id = form["risk"], assess(loaded).risks.contains(where: { $0.risk.id == id }) else {
            return problemPage(.refused(t(.noRiskToDecide)), file: file)
        }
        var errors: [String: String] = [:]
        if let problem = invisibleCharacter(form[id + "-justification"]) { errors[id + "-justification"] = problem }
        guard errors.isEmpty else { return risks(file, errors: errors) }
        let levels = riskLevels
        do {
            _ = try store.update(file, expected: form["version"]) { answers, _ throws(AnswersStore.Problem) in
                let location = SourceLocation(file: answers.file, line: 1, column: 1)
                var decision = RiskDecision(
                    justification: form.text(id + "-justification"),
                    location: answers.riskDecisions[id]?.location ?? location)
                for level in levels {
                    decision[keyPath: level.keyPath] = form.text(id + "-" + level.suffix).flatMap(RiskLevel.init(id:))
                }
                let isEmpty =
                    levels.allSatisfy { decision[keyPath: $0.keyPath] == nil } && decision.justification == nil
                answers.riskDecisions[id] = isEmpty ? nil : decision
            }
        } catch .stale {
            return risks(file, notice: t(.staleRisk))
        } catch {
            return problemPage(error, file: file)
        }
        return Self.redirect("/a/" + urlEncoded(file) + "/risks#risk-" + urlEncoded(id))
    }
}
