import DPIAKit

/// The report as HTML, made from the same `Assessment` value as the Markdown report: the decision
/// first, then red patterns, findings, the measures register, the sign-off and the precedents, with
/// links between findings, measures and precedents.
enum ReportPage {
    static func anchor(_ reference: RuleReference) -> String {
        (reference.kind == .redPattern ? "rp-" : reference.kind == .finding ? "finding-" : "risk-") + reference.id
    }

    static func title(_ reference: RuleReference, in assessment: Assessment) -> String {
        switch reference.kind {
        case .redPattern:
            assessment.redPatterns.first { $0.pattern.id == reference.id }?.pattern.title.text() ?? reference.id
        case .finding: assessment.findings.first { $0.rule.id == reference.id }?.rule.title.text() ?? reference.id
        case .risk: assessment.risks.first { $0.risk.id == reference.id }?.risk.title.text() ?? reference.id
        }
    }

    /// "Measures: " and a link to each measure in the register section.
    private static func measureLinks(_ measures: [Measure]) -> HTMLNode {
        H.el("p", [], [H.t("Measures: ")] + measures.map { H.group([H.a("#measure-" + $0.id, $0.id), H.t(" ")]) })
    }

    static func render(_ assessment: Assessment, file: String) -> [HTMLNode] {
        let base = "/a/" + urlEncoded(file)
        let metadata = assessment.answers.metadata
        var body: [HTMLNode] = [
            H.h1("DPIA: " + metadata.processing),
            H.p("\(metadata.organisation)\(metadata.unit.map { " · " + $0 } ?? "") · law as of \(assessment.date)"),
            H.ul([
                H.a(base + "/report.md", "Download the report (Markdown)"),
                H.a(base + "/report.json", "Download the report (JSON)"),
            ]),
            H.h2("1. Decision", id: "decision"),
            H.p(assessment.verdict.rawValue, [("class", "verdict"), ("id", "verdict")]),
        ]
        let decision = assessment.decision
        if !decision.reasons.isEmpty {
            body.append(H.el("h3", [], [H.t("Decisive reasons")]))
            body.append(
                H.el(
                    "ol", [],
                    decision.reasons.map { reason in
                        H.el(
                            "li", [],
                            [
                                H.a("#" + anchor(reason.rule), title(reason.rule, in: assessment)),
                                H.t(
                                    " (\(reason.severity.rawValue), \(reason.establishment.rawValue.replacingOccurrences(of: "_", with: " ")))"
                                ),
                                H.t(
                                    reason.citations.isEmpty
                                        ? ""
                                        : ": " + reason.citations.map(\.citation.description).joined(separator: "; ")),
                            ] + reason.precedents.map { H.group([H.t(" "), H.a("#precedent-" + $0, "[\($0)]")]) })
                    }))
        }
        if !decision.beforeUse.isEmpty {
            body.append(H.el("h3", [], [H.t("Before any use")]))
            body.append(H.ul(decision.beforeUse.map { H.a("#measure-" + $0, $0) }))
        }
        if !decision.blockingUnknowns.isEmpty {
            body.append(H.el("h3", [], [H.t("Unknowns that block the decision")]))
            body.append(
                H.ul(
                    decision.blockingUnknowns.map { id in
                        H.a(
                            base + "/q/" + urlEncoded(id.rawValue) + "?return=review",
                            assessment.bundle.question(id)?.label ?? id.rawValue)
                    }))
        }
        let patterns = assessment.redPatterns
        body.append(H.h2("2. Red patterns", id: "red-patterns"))
        if patterns.isEmpty { body.append(H.p("None.")) }
        for match in patterns {
            body.append(
                H.el(
                    "section", [("id", "rp-" + match.pattern.id), ("aria-label", match.pattern.title.text())],
                    [
                        H.el("h3", [], [H.t(match.pattern.title.text() + " (\(match.pattern.id))")]),
                        H.p(
                            "Status: \(match.status.rawValue), \(match.establishment.rawValue.replacingOccurrences(of: "_", with: " "))"
                        ),
                        H.p(match.pattern.explanation.text()),
                        H.p("Provisions: " + match.citations.map(\.citation.description).joined(separator: "; ")),
                        H.el(
                            "p", [],
                            [H.t("Precedents: ")]
                                + match.pattern.precedents.map {
                                    H.group([H.a("#precedent-" + $0.value, $0.value), H.t(" ")])
                                }),
                        measureLinks(match.pattern.measures),
                    ]))
        }
        let findings = assessment.findings
        body.append(H.h2("3. Findings", id: "findings"))
        if findings.isEmpty { body.append(H.p("None.")) }
        for finding in findings {
            body.append(
                H.el(
                    "section", [("id", "finding-" + finding.rule.id), ("aria-label", finding.rule.title.text())],
                    [
                        H.el("h3", [], [H.t(finding.rule.title.text() + " (\(finding.rule.id))")]),
                        H.p(
                            "Severity \(finding.severity.rawValue); \(finding.status.rawValue), \(finding.establishment.rawValue.replacingOccurrences(of: "_", with: " "))"
                        ),
                        H.p(finding.rule.explanation.text()),
                        H.p("Provisions: " + finding.citations.map(\.citation.description).joined(separator: "; ")),
                        measureLinks(finding.rule.measures),
                    ]))
        }
        body.append(H.h2("4. Measures register", id: "measures"))
        let rows = assessment.register.entries.map { entry -> HTMLNode in
            H.el(
                "tr", [("id", "measure-" + entry.measure.id)],
                [
                    H.el(
                        "th", [("scope", "row")],
                        [H.t(entry.measure.text(for: assessment.stage).text() + " (\(entry.measure.id))")]),
                    H.el("td", [], [H.t(entry.priority.rawValue)]),
                    H.el(
                        "td", [],
                        entry.answers.map { H.group([H.a("#" + anchor($0), title($0, in: assessment)), H.t("; ")]) }),
                    H.el("td", [], [H.t(entry.record?.owner ?? "")]),
                    H.el("td", [], [H.t(entry.record?.due?.description ?? "")]),
                    H.el("td", [], [H.t(entry.status.rawValue)]),
                ])
        }
        body.append(
            H.el(
                "table", [],
                [
                    H.el("caption", [], [H.t("Measures, with the findings and red patterns they answer")]),
                    H.el(
                        "thead", [],
                        [
                            H.el(
                                "tr", [],
                                ["Measure", "Priority", "Answers", "Owner", "Due", "Status"].map {
                                    H.el("th", [("scope", "col")], [H.t($0)])
                                })
                        ]),
                    H.el("tbody", [], rows),
                ]))
        body.append(H.h2("5. Sign-off", id: "sign-off"))
        let signOff = assessment.answers.signOff
        body.append(
            H.ul([
                H.t(
                    "DPO's opinion: " + (signOff?.dpoOpinion?.rawValue ?? "not given")
                        + (signOff?.dpo.map { " (\($0.name))" } ?? "")),
                H.t(
                    "Controller's decision: " + (signOff?.controllerDecision?.rawValue ?? "not taken")
                        + (signOff?.controller.map { " (\($0.name))" } ?? "")),
                H.t("Next review: " + (signOff?.nextReview?.description ?? "not set")),
            ]))
        body.append(H.h2("6. Precedents", id: "precedents"))
        let cited = Set(
            patterns.flatMap { $0.pattern.precedents.map(\.value) } + decision.reasons.flatMap(\.precedents))
        let precedents = assessment.bundle.precedents.values.filter { cited.contains($0.id) }.sorted { $0.id < $1.id }
        if precedents.isEmpty { body.append(H.p("None cited.")) }
        body.append(
            H.ul(
                precedents.map { precedent in
                    H.el(
                        "span", [("id", "precedent-" + precedent.id)],
                        [
                            H.t(
                                "[\(precedent.id)] \(precedent.authority.text()), \(precedent.date): \(precedent.title.text()) (\(precedent.reference))"
                            )
                        ])
                }))
        return body
    }
}
