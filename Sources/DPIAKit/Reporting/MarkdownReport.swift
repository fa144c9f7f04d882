extension String {
    /// The text without a final full stop, so it can end a sentence the report writes.
    var trimmingTrailingPeriod: String { hasSuffix(".") ? String(dropLast()) : self }
}

/// Renders an assessment as the Markdown DPIA: front matter; the decision; the description of the
/// processing; lawfulness (red patterns and findings); the risk register; the measures register;
/// sign-off; annexes (answers, precedents, sources, case). Deterministic: the same assessment gives
/// the same bytes. Every value shown comes from the assessment; nothing is computed here.
public struct MarkdownReport: Sendable {
    /// The assessment rendered.
    public var assessment: Assessment

    /// Creates a report.
    public init(_ assessment: Assessment) {
        self.assessment = assessment
    }

    /// The whole document, unsigned: its content followed by its integrity record (`ReportLayout`).
    public func render() -> String {
        document(with: integrityRecord())
    }

    /// The front matter's own keys and the body: everything the `report` digest covers.
    func content() -> (frontMatter: [String], body: String) {
        var blocks: [String] = ["# \(Markdown.inline(title))"]
        blocks += decisionSection()
        blocks += descriptionSection()
        blocks += lawfulnessSection()
        blocks += riskSection()
        blocks += measureSection()
        blocks += signOffSection()
        blocks += annex()
        return (frontMatter(), blocks.joined(separator: "\n\n") + "\n\n")
    }

    var bundle: QuestionnaireBundle { assessment.bundle }
    var metadata: AssessmentMetadata { assessment.answers.metadata }
    var decision: Decision { assessment.decision }
    private var title: String { "DPIA: \(metadata.processing)" }
    private var isOutOfScope: Bool { assessment.verdict == .outOfScope }

    // MARK: - Front matter

    /// The front matter's keys, without the `---` lines and the integrity record.
    private func frontMatter() -> [String] {
        var lines: [String] = []
        lines.append("title: \(Markdown.yamlString(title))")
        let subtitle = [metadata.organisation, metadata.unit].compactMap { $0 }.joined(separator: ", ")
        lines.append("subtitle: \(Markdown.yamlString(subtitle))")
        if let assessor = metadata.assessor { lines.append("author: \(Markdown.yamlString(assessor))") }
        lines.append("date: \"\(assessment.date)\"")
        lines.append("lang: en")
        lines.append("keywords: [DPIA, Law Enforcement Directive, \(bundle.jurisdiction.uppercased())]")
        if let classification = metadata.classification {
            lines.append("classification: \(Markdown.yamlString(classification))")
        }
        lines.append("dpia:")
        lines.append("  verdict: \"\(assessment.verdict.rawValue)\"")
        lines.append("  jurisdiction: \(bundle.jurisdiction)")
        lines.append("  stage: \(assessment.stage.rawValue)")
        lines.append("  questionnaires:")
        for layer in bundle.layers { lines.append("    \(layer.id): \"\(layer.version)\"") }
        lines.append("  tool: \"dpia \(ToolVersion.current)\"")
        lines.append("  answers_file: \(IntegrityRecord.quoted(assessment.answers.file))")
        if let override = assessment.dateOverride { lines.append("  date_override: \"\(override)\"") }
        let replaced = bundle.layers.filter { $0.replacedBuiltIn != nil }
        if !replaced.isEmpty {
            lines.append("  replaced_builtin_layers:")
            for layer in replaced {
                lines.append("    \(layer.id):")
                lines.append("      file: \(IntegrityRecord.quoted(layer.file))")
                lines.append("      sha256: \"\(layer.digest.hex)\"")
            }
        }
        return lines
    }

    // MARK: - 1. Decision

    private func decisionSection() -> [String] {
        var blocks = ["## 1. Decision", "**\(assessment.verdict.rawValue)**: " + Markdown.inline(verdictReason)]
        for layer in bundle.layers {
            guard let original = layer.replacedBuiltIn else { continue }
            blocks.append(
                "**Not the built-in questionnaire:** \(Markdown.code(layer.id)) \(layer.version) was read from "
                    + "\(Markdown.inline(layer.file)) (SHA-256 \(Markdown.code(layer.digest.hex))), given with "
                    + "`--questionnaires`, in place of the built-in \(Markdown.code(layer.id)) \(original.version) "
                    + "(SHA-256 \(Markdown.code(original.digest.hex))).")
        }
        if let override = assessment.dateOverride {
            let own = metadata.date.map { "dated \($0)" } ?? "undated"
            blocks.append(
                "The law was applied as of \(override), the date given with `--date`; the answers are \(own).")
        }
        if assessment.isDateDefaulted {
            blocks.append(
                "The answers carry no assessment date; the law was applied as of \(assessment.date), the day the report was generated."
            )
        }
        guard !isOutOfScope else {
            blocks += decisiveReasons()
            return blocks
        }
        blocks.append(counts())
        blocks += decisiveReasons()
        if !decision.beforeUse.isEmpty {
            let heading = assessment.stage.hasBeenUsed ? "Before any further use" : "Before any use"
            // The measures' text is in the register: each is printed once.
            blocks.append(
                "**\(heading)** (section 5): " + decision.beforeUse.map(Markdown.code).joined(separator: ", ") + ".")
        }
        if !decision.blockingUnknowns.isEmpty {
            // The first screen stays short: the whole list is in section 5.
            let shown = decision.blockingUnknowns.prefix(8)
            var items = shown.compactMap { bundle.question($0) }.map { "- " + questionReference($0) }
            if decision.blockingUnknowns.count > shown.count {
                items.append("- and \(decision.blockingUnknowns.count - shown.count) more (section 5)")
            }
            blocks.append("**Unknowns that block the decision:**\n\n" + items.joined(separator: "\n"))
        }
        blocks.append("**Prior consultation of the supervisory authority:** " + priorConsultationLine())
        blocks.append("**Sign-off:** " + signOffSummary())
        blocks.append(
            "*Established*: the answers show it. *Not demonstrated*: answered \"I don't know\"; the controller"
                + " must show the opposite. *Cannot be excluded*: open until answered. `dpia explain ID` explains any item."
        )
        return blocks
    }

    private var verdictReason: String {
        let used = assessment.stage.hasBeenUsed
        switch assessment.verdict {
        case .outOfScope:
            return
                "the answers place the processing outside the Law Enforcement Directive, so it was not assessed against these questionnaires; the reason below names the frame that applies instead."
        case .doNotDeploy:
            return used
                ? "a red pattern or a blocker stands against the processing: stop it and repair what was done."
                : "a red pattern or a blocker stands against the processing: do not start it."
        case .incomplete:
            return "required questions are unanswered, so no decision on deployment can be given yet (annex A)."
        case .deployOnlyAfterMeasures:
            return
                "high findings stand, or serious ones cannot be excluded: deploy only once the measures register is done and the open points are settled."
        case .proceedWithRecommendations:
            return assessment.findings.isEmpty && assessment.openPoints.isEmpty
                ? "no finding, red pattern or open point: the processing may proceed as described."
                : "no blocker, high finding or red pattern: the processing may proceed; the measures below still apply."
        }
    }

    private func counts() -> String {
        let patterns = decision.redPatterns
        let findings = decision.findings
        let severity = { (level: Severity) in decision.severities[level] ?? 0 }
        var text =
            "Red patterns: \(patterns.established) detected, \(patterns.notDemonstrated) not demonstrated, "
            + "\(patterns.cannotBeExcluded) cannot be excluded. Findings: \(findings.established) established, "
            + "\(findings.notDemonstrated) not demonstrated, \(findings.cannotBeExcluded) cannot be excluded "
            + "(\(severity(.blocker)) blocker, \(severity(.high)) high, \(severity(.medium)) medium, "
            + "\(severity(.advice)) advice). "
            + "Open points: \(assessment.openPoints.count), of which \(decision.blockingUnknowns.count) block the decision."
        if !assessment.unanswered.isEmpty { text += " Required questions unanswered: \(assessment.unanswered.count)." }
        return text
    }

    private func decisiveReasons() -> [String] {
        guard !decision.reasons.isEmpty else { return [] }
        let lines = decision.reasons.enumerated().map { index, reason -> String in
            var line = "\(index + 1). \(stateLabel(reason)): \(Markdown.inline(ruleTitle(reason.rule)))"
            line += " (\(Markdown.code(reason.rule.id)))"
            // The first three provisions; section 3 lists them all.
            if !reason.citations.isEmpty {
                line +=
                    ": "
                    + reason.citations.prefix(3).map { Markdown.inline($0.citation.description) }
                    .joined(separator: "; ")
                if reason.citations.count > 3 { line += "…" }
            }
            let keys = reason.precedents.compactMap { precedentKey($0) }
            if !keys.isEmpty { line += " " + keys.joined(separator: " ") }
            return line
        }
        var block = "**Decisive reasons:**\n\n" + lines.joined(separator: "\n")
        if decision.moreReasons > 0 {
            block += "\n\n\(decision.moreReasons) more in section 3."
        }
        return [block]
    }

    private func stateLabel(_ reason: DecisiveReason) -> String {
        let state = establishmentLabel(reason.establishment, isPattern: reason.rule.kind == .redPattern)
        return reason.rule.kind == .redPattern
            ? "Red pattern, " + state.lowercased() : reason.severity.rawValue.capitalized + ", " + state.lowercased()
    }

    func establishmentLabel(_ state: Establishment, isPattern: Bool) -> String {
        switch state {
        case .established: isPattern ? "Detected" : "Established"
        case .notDemonstrated: "Not demonstrated"
        case .cannotBeExcluded: "Cannot be excluded"
        }
    }

    private func priorConsultationLine() -> String {
        var parts: [String] = []
        let number = { (ids: [String]) in
            ids.map { id in assessment.risks.firstIndex { $0.risk.id == id }.map { "R\($0 + 1)" } ?? Markdown.code(id) }
                .joined(separator: ", ")
        }
        var before: [String] = []
        var after: [String] = []
        for reason in decision.priorConsultation {
            switch reason {
            case .highRiskBeforeMeasures(let ids): before = ids
            case .residualHighRisk(let ids): after = ids
            }
        }
        if !before.isEmpty {
            parts.append("required (LED Art. 28(1)): risks high before measures (\(number(before)))")
        }
        if !after.isEmpty {
            let which = after == before ? "all of them" : number(after)
            parts.append("still high after them: \(which), to be accepted only after consulting the authority")
        }
        if assessment.firedFindings.contains(where: { $0.rule.id == "dpia.no_prior_consultation" }) && parts.isEmpty {
            parts.append("required (LED Art. 28(1)); see finding `dpia.no_prior_consultation`")
        }
        guard !parts.isEmpty else { return "not required by the risk register." }
        var line = parts.joined(separator: "; ") + "."
        if let sent = assessment.answers.signOff?.priorConsultationSent { line += " Sent on \(sent)." }
        return line
    }

    // MARK: - 2. Description of the processing

    private func descriptionSection() -> [String] {
        let description = assessment.answers.description
        var rows: [[String]] = [
            ["Controller", Markdown.inline(metadata.organisation)],
            ["Unit", Markdown.inline(metadata.unit ?? "not recorded")],
            ["Processing or tool", Markdown.inline(metadata.processing)],
            ["Stage", stageLabel(assessment.stage) + (description.stage == nil ? " (from the answers)" : "")],
        ]
        func list(_ label: String, _ values: [String]) {
            rows.append([label, values.isEmpty ? "not recorded" : values.map(Markdown.inline).joined(separator: "; ")])
        }
        list("Purposes", description.purposes)
        list("People concerned", description.dataSubjects)
        list("Data", description.dataCategories)
        list("Sources of the data", description.sources)
        list("Systems", description.systems)
        rows.append(["Vendor", description.vendor.map(Markdown.inline) ?? "not recorded"])
        list(
            "Recipients, processors and sub-processors",
            description.recipients.map { recipient in
                recipient.name + " ("
                    + ([recipient.role] + [recipient.country].compactMap { $0 }).joined(separator: ", ")
                    + ")"
            })
        rows.append(["Retention", description.retention.map(Markdown.inline) ?? "not recorded"])
        rows.append(["Scale", description.scale.map(Markdown.inline) ?? "not recorded"])
        rows.append(["Assessor", Markdown.inline(metadata.assessor ?? "not recorded")])
        rows.append(
            ["Assessment date", "\(assessment.date)" + (assessment.isDateDefaulted ? " (date of the report)" : "")])
        rows.append(["Jurisdiction", bundle.jurisdiction])
        if let classification = metadata.classification {
            rows.append(["Classification", Markdown.inline(classification)])
        }
        var blocks = [
            "## 2. Description of the processing",
            Markdown.table(header: ["Item", "Value"], rows: rows, widths: [20, 80]),
        ]
        if description.dataFlow.isEmpty {
            blocks.append("Data flow: not recorded.")
        } else {
            blocks.append(
                "Data flow:\n\n"
                    + description.dataFlow.enumerated().map { "\($0.offset + 1). " + Markdown.inline($0.element) }
                    .joined(separator: "\n"))
        }
        return blocks
    }

    func stageLabel(_ stage: Stage) -> String {
        switch stage {
        case .planned: "planned (not used yet)"
        case .trial: "in trial or test"
        case .inUse: "in use"
        }
    }

    // MARK: - 3. Lawfulness

    private func lawfulnessSection() -> [String] {
        var blocks = ["## 3. Lawfulness: red patterns and findings"]
        if isOutOfScope {
            blocks.append(
                "Red patterns were not assessed: the processing is outside the scope of these questionnaires.")
        } else if assessment.redPatterns.isEmpty {
            blocks.append("No red pattern was detected or remains open.")
        } else {
            blocks.append("### Red patterns")
            // A pattern that can never be made lawful gets its explanation; the others, whose facts
            // the findings below detail, take one line each (`dpia explain ID` explains them).
            // A pattern whose facts are part of one already shown in full is listed in a line.
            var items: [String] = []
            var shown: [Condition] = []
            for match in assessment.redPatterns {
                let condition = match.pattern.condition?.condition
                let isPart = condition.map { part in shown.contains { $0.implies(part) } } ?? false
                if match.pattern.isNeverLawful && match.status == .fired && !isPart {
                    blocks += render(match)
                    if let condition { shown.append(condition) }
                } else {
                    items.append("- " + compact(match))
                }
            }
            if !items.isEmpty { blocks.append(items.joined(separator: "\n")) }
        }
        guard !assessment.findings.isEmpty else { return blocks + ["No finding."] }
        for area in bundle.areas {
            let findings = assessment.findings.filter { $0.rule.area == area.id }
            guard !findings.isEmpty else { continue }
            blocks.append("### \(Markdown.inline(area.title.text()))")
            var items: [String] = []
            for finding in findings {
                if isDecisive(finding) {
                    if !items.isEmpty { blocks.append(items.joined(separator: "\n")) }
                    items = []
                    blocks += render(finding)
                } else {
                    items.append("- " + compact(finding))
                }
            }
            if !items.isEmpty { blocks.append(items.joined(separator: "\n")) }
        }
        return blocks
    }

    /// A binding blocker that stands decides alone: it gets its own heading. The others take one
    /// line each. Explanations are in the JSON report and `dpia explain ID`.
    private func isDecisive(_ finding: Finding) -> Bool {
        finding.establishment != .cannotBeExcluded && finding.severity == .blocker
    }

    private func render(_ match: RedPatternMatch) -> [String] {
        let state = establishmentLabel(match.establishment, isPattern: true)
        var blocks = ["#### \(state): \(Markdown.inline(match.pattern.title.text()))"]
        var line = "Red pattern \(Markdown.code(match.pattern.id))" + layerNote(match.pattern.origin.layer)
        let keys = match.pattern.precedents.compactMap { precedentKey($0.value) }
        if !keys.isEmpty { line += ". Precedents: " + keys.joined(separator: " ") }
        line += ". Provisions: " + citationList(match.citations, base: match.pattern.origin.layer) + "."
        blocks.append(line)
        blocks += explanation(match.pattern.explanation, match.pattern.addenda)
        blocks.append("Answers: " + reasonList(match.reasons))
        return blocks
    }

    private func compact(_ match: RedPatternMatch) -> String {
        let state = establishmentLabel(match.establishment, isPattern: true)
        var line = "**\(state):** \(Markdown.inline(match.pattern.title.text())) (\(Markdown.code(match.pattern.id)); "
        line += citationList(match.citations, base: match.pattern.origin.layer) + ")"
        let keys = match.pattern.precedents.compactMap { precedentKey($0.value) }
        if !keys.isEmpty { line += " " + keys.joined(separator: " ") }
        return line + "." + answersPart(match.establishment, match.reasons)
    }

    private func render(_ finding: Finding) -> [String] {
        [
            "#### \(findingLabel(finding)): \(Markdown.inline(findingTitle(finding)))",
            "Finding \(Markdown.code(finding.rule.id))" + layerNote(finding.rule.origin.layer) + ". "
                + findingFacts(finding),
            "Answers: " + reasonList(finding.reasons),
        ]
    }

    /// `- **High, established:** title (`id`; provisions). Answers: …`
    private func compact(_ finding: Finding) -> String {
        "**\(findingLabel(finding)):** \(Markdown.inline(findingTitle(finding))) (\(Markdown.code(finding.rule.id)); "
            + citationList(finding.citations, base: finding.rule.origin.layer) + ")."
            + answersPart(finding.establishment, finding.reasons)
    }

    /// The answers, except for an item that cannot be excluded: its open answers are listed, with
    /// what they bear on, among the points to find out (section 5).
    private func answersPart(_ state: Establishment, _ reasons: [Reason]) -> String {
        let known = reasons.filter { reason in
            if case .value = reason.state { return true }
            return false
        }
        // A single answer that decided it is what the title already states; annex A has it.
        if state == .established, reasons.count == 1, case .value = reasons[0].state { return "" }
        guard state == .cannotBeExcluded else { return " Answers: " + reasonList(reasons) }
        return known.isEmpty ? "" : " Answers: " + reasonList(known)
    }

    private func findingLabel(_ finding: Finding) -> String {
        if finding.isComingIntoForce {
            let from = finding.citations.compactMap(\.notBindingUntil).min().map { " from \($0)" } ?? ""
            return "Advice, binding\(from) (\(finding.rule.severity.rawValue) then)"
        }
        return finding.severity.rawValue.capitalized + ", "
            + establishmentLabel(finding.establishment, isPattern: false).lowercased()
    }

    private func findingTitle(_ finding: Finding) -> String {
        (assessment.stage.hasBeenUsed ? (finding.rule.titleInUse ?? finding.rule.title) : finding.rule.title).text()
    }

    /// The provisions; the measures each finding calls for are named in the register (section 5), which
    /// lists for each measure the findings it answers.
    private func findingFacts(_ finding: Finding) -> String {
        "Provisions: " + citationList(finding.citations, base: finding.rule.origin.layer) + "."
    }

    private func layerNote(_ layer: String) -> String {
        layer == "led-core" ? "" : " (\(Markdown.code(layer)))"
    }

    private func explanation(_ text: LocalizedText, _ addenda: [Addendum]) -> [String] {
        Markdown.blocks(text.text())
            + addenda.flatMap { addendum in
                Markdown.blocks(addendum.text.text()).map { "*\(addendum.layer):* " + $0 }
            }
    }

    /// The answers a rule depended on, on one line; the questions are printed in annex A. An answer
    /// implied by another (a question asked only on it) is left out: `vendor.kind` private implies
    /// `vendor.external` yes.
    private func reasonList(_ reasons: [Reason]) -> String {
        guard !reasons.isEmpty else { return "none needed: the rule always applies." }
        let gates = Set(
            reasons.flatMap { reason in bundle.question(reason.question)?.condition?.condition.questionIDs ?? [] })
        let shown = reasons.filter { reason in
            guard gates.contains(reason.question), case .value = reason.state else { return true }
            return false
        }
        return (shown.isEmpty ? reasons : shown).map { reason in
            let label =
                bundle.question(reason.question)?.writtenLabel.map { " (" + Markdown.inline($0.text()) + ")" } ?? ""
            // Of a multiple choice, the options the rule names are what decided it; annex A has them all.
            if !reason.decisiveOptions.isEmpty, case .value(.choices(let chosen)) = reason.state,
                chosen.count > reason.decisiveOptions.count
            {
                let shown = answerText(.value(.choices(reason.decisiveOptions)), reason.question)
                return "\(Markdown.code(reason.question.rawValue))\(label) **\(shown)** (among \(chosen.count) chosen)"
            }
            return "\(Markdown.code(reason.question.rawValue))\(label) **\(answerText(reason.state, reason.question))**"
        }.joined(separator: "; ") + "."
    }

    /// `scope.already_used` (already used), as reasons and lists refer to a question printed in annex A.
    func questionReference(_ question: Question) -> String {
        Markdown.code(question.id.rawValue)
            + (question.writtenLabel.map { " (" + Markdown.inline($0.text()) + ")" } ?? "")
    }

    // MARK: - 4. Risk register

    private func riskSection() -> [String] {
        var blocks = ["## 4. Risk register"]
        guard !isOutOfScope else {
            return blocks + ["Not assessed: the processing is outside the scope of these questionnaires."]
        }
        guard !assessment.risks.isEmpty else { return blocks + ["No risk of the catalogue applies on these answers."] }
        blocks.append(
            "Risks to the people concerned (LED Art. 27(2)): severity (S) and likelihood (L), 1 negligible to 4"
                + " maximum (CNIL scales), high in bold; residual: after measures done or planned.")
        // The "decided" column appears once the controller has rated a risk; until then it repeats the suggestion.
        let decided = assessment.risks.contains(where: \.isOverridden)
        let rows = assessment.risks.enumerated().map { index, risk -> [String] in
            [
                "R\(index + 1)", Markdown.inline(risk.risk.title.text()) + " " + Markdown.code(risk.risk.id),
                risk.risk.rights.map { Markdown.inline($0.text()) }.joined(separator: "; "), rating(risk.suggested),
            ] + (decided ? [rating(risk.decided)] : []) + [
                rating(risk.residual),
                risk.raisedBy.isEmpty
                    ? "none fired" : risk.raisedBy.map { Markdown.code($0.id) }.joined(separator: ", "),
            ]
        }
        let header =
            ["#", "Risk", "Rights concerned", "Suggested"] + (decided ? ["Decided"] : []) + ["Residual", "Raised by"]
        let widths = [4, 30, 24, 9] + (decided ? [9] : []) + [9, 20]
        blocks.append(Markdown.table(header: header, rows: rows, widths: widths))
        let notes = assessment.risks.enumerated().compactMap { index, risk -> String? in
            var parts: [String] = []
            if risk.isLoweringUnjustified {
                parts.append("the answers file lowers a level without a justification, so the suggestion stands")
            } else if let justification = risk.justification {
                parts.append("justification: " + Markdown.inline(justification.trimmingTrailingPeriod))
            }
            if !risk.mitigatedBy.isEmpty {
                parts.append("lowered by " + risk.mitigatedBy.map(Markdown.code).joined(separator: ", "))
            }
            return parts.isEmpty ? nil : "- R\(index + 1): " + parts.joined(separator: "; ") + "."
        }
        if !notes.isEmpty { blocks.append(notes.joined(separator: "\n")) }
        blocks.append("### Risk map before measures")
        blocks.append(riskMap(\.decided))
        blocks.append("### Risk map after measures")
        blocks.append(riskMap(\.residual))
        return blocks
    }

    /// `S4 L3`, bold when high.
    private func rating(_ rating: RiskRating) -> String {
        let text = "S\(rating.severity.rawValue) L\(rating.likelihood.rawValue)"
        return rating.isHigh ? "**\(text)**" : text
    }

    /// A 4 x 4 table: likelihood from maximum (top) to negligible, severity from negligible to maximum.
    private func riskMap(_ level: KeyPath<RiskAssessment, RiskRating>) -> String {
        let rows = RiskLevel.allCases.reversed().map { likelihood -> [String] in
            ["Likelihood \(likelihood.rawValue) " + likelihood.id]
                + RiskLevel.allCases.map { severity in
                    assessment.risks.enumerated().filter {
                        $0.element[keyPath: level].likelihood == likelihood
                            && $0.element[keyPath: level].severity == severity
                    }.map { "R\($0.offset + 1)" }.joined(separator: " ")
                }
        }
        return Markdown.table(
            header: [" "] + RiskLevel.allCases.map { "Severity \($0.rawValue) \($0.id)" }, rows: rows)
    }

    // MARK: - 5. Measures register

    private func measureSection() -> [String] {
        var blocks = ["## 5. Measures register"]
        let register = assessment.register
        if !register.neverLawfulBecause.isEmpty {
            blocks.append(
                "No measure can make this use lawful ("
                    + register.neverLawfulBecause.map { Markdown.code($0.id) }.joined(separator: ", ")
                    + "): the register lists only what stops, repairs and prevents it.")
        }
        if register.entries.isEmpty {
            blocks.append("No measure is owed.")
        } else {
            if register.entries.allSatisfy({ $0.record == nil }) {
                blocks.append(
                    "No owner, due date or status is recorded yet (`measures:`): every measure is to do.")
            }
            blocks.append(register.entries.map(measureLine).joined(separator: "\n"))
        }
        if !assessment.openPoints.isEmpty {
            blocks.append("### Points to find out")
            blocks.append(
                assessment.openPoints.map { point -> String in
                    var line = "- [ ] " + questionReference(point.question)
                    if !point.dependents.isEmpty {
                        line += ": bears on " + point.dependents.map { Markdown.code($0.id) }.joined(separator: ", ")
                    }
                    return line
                }.joined(separator: "\n"))
        }
        return blocks
    }

    private func measureLine(_ entry: MeasureEntry) -> String {
        let box = entry.status == .done ? "[x]" : "[ ]"
        var line = "- \(box) \(Markdown.code(entry.measure.id)) "
        line += Markdown.inline(entry.measure.text(for: assessment.stage).text())
        if !entry.measure.refs.isEmpty {
            line += " [" + entry.measure.refs.map { Markdown.inline($0.description) }.joined(separator: "; ") + "]"
        }
        // A safeguard that no finding or red pattern calls for has no priority: it is recorded as in place.
        let owed = entry.answers.contains { $0.kind != .risk }
        var facts = owed ? ["*" + entry.priority.rawValue + "*"] : []
        if !entry.answers.isEmpty {
            facts.append("for " + entry.answers.map { Markdown.code($0.id) }.joined(separator: ", "))
        }
        var status = statusLabel(entry.status)
        if let record = entry.record {
            if entry.status == .rejected {
                status += " (" + (record.reason.map(Markdown.inline) ?? "no reason given") + ")"
            }
            status += ", owner " + (record.owner.map(Markdown.inline) ?? "not assigned")
            status += ", due " + (record.due.map { "\($0)" } ?? "not set")
            status += ", evidence " + (record.evidence.map(Markdown.inline) ?? "none")
        } else if assessment.register.entries.contains(where: { $0.record != nil }) {
            status += ", no owner or due date"
        } else {
            status = ""
        }
        if !status.isEmpty { facts.append(status) }
        return line + " (" + facts.joined(separator: "; ") + ")"
    }

    func statusLabel(_ status: MeasureStatus) -> String {
        switch status {
        case .todo: "to do"
        case .planned: "planned"
        case .done: "done"
        case .rejected: "rejected"
        }
    }

    // MARK: - 6. Sign-off

    private func signOffSummary() -> String {
        guard let signOff = assessment.answers.signOff else { return "not signed off (section 6)." }
        var parts: [String] = []
        parts.append("DPO opinion " + (signOff.dpoOpinion.map(opinionLabel) ?? "not given"))
        parts.append("controller's decision " + (signOff.controllerDecision.map(decisionLabel) ?? "not taken"))
        var line = parts.joined(separator: "; ") + " (section 6)."
        if signOff.overridesDPO { line += " The controller decided against the DPO's opinion." }
        return line
    }

    private func signOffSection() -> [String] {
        var blocks = ["## 6. Sign-off"]
        let signOff = assessment.answers.signOff
        // Nothing recorded: one line names every part that is missing.
        guard signOff != nil else {
            let consultation = decision.priorConsultation.isEmpty ? "" : " (prior consultation is required)"
            return blocks + [
                "Not signed off (`sign_off:`): no DPO opinion, approval of measures, acceptance of residual risks,"
                    + " prior consultation\(consultation), controller's decision or next review. The sign-off never"
                    + " changes the verdict."
            ]
        }
        func person(_ signatory: Signatory?) -> String {
            guard let signatory else { return "not signed off" }
            return
                ([Markdown.inline(signatory.name)]
                + [signatory.role.map(Markdown.inline), signatory.date.map { "\($0)" }]
                .compactMap { $0 }).joined(separator: ", ")
        }
        var opinion = signOff?.dpoOpinion.map(opinionLabel) ?? "not signed off"
        if let dpo = signOff?.dpo { opinion += " (" + person(dpo) + ")" }
        if let text = signOff?.dpoOpinionText { opinion += ": " + Markdown.inline(text) }
        var consultation = decision.priorConsultation.isEmpty ? "not required by the risk register" : "required"
        if let sent = signOff?.priorConsultationSent {
            consultation += "; sent on \(sent)"
            consultation += "; outcome: " + (signOff?.priorConsultationOutcome.map(Markdown.inline) ?? "awaited")
        } else if !decision.priorConsultation.isEmpty {
            consultation += "; not sent"
        }
        var controller = signOff?.controllerDecision.map(decisionLabel) ?? "not signed off"
        if let who = signOff?.controller { controller += " (" + person(who) + ")" }
        if let text = signOff?.controllerDecisionText { controller += ": " + Markdown.inline(text) }
        let rows: [[String]] = [
            ["Opinion of the data protection officer", opinion],
            ["Measures approved by", person(signOff?.measuresApprovedBy)],
            ["Residual risks accepted by", person(signOff?.residualRisksAcceptedBy)],
            ["Prior consultation of the supervisory authority", consultation],
            ["Controller's decision", controller],
            [
                "Next review",
                signOff?.nextReview.map { "\($0)" + (assessment.date > $0 ? " (overdue on the assessment date)" : "") }
                    ?? "not signed off",
            ],
        ]
        blocks.append(Markdown.table(header: ["Part", "Record"], rows: rows, widths: [30, 70]))
        var note = "The sign-off never changes the verdict, which follows from the answers."
        if signOff?.overridesDPO == true {
            note +=
                " The controller decided to go ahead against the unfavourable opinion of the data protection officer."
        }
        blocks.append(note)
        return blocks
    }

    func opinionLabel(_ opinion: OpinionKind) -> String {
        switch opinion {
        case .favourable: "favourable"
        case .favourableWithReservations: "favourable with reservations"
        case .unfavourable: "unfavourable"
        }
    }

    func decisionLabel(_ decision: ControllerDecisionKind) -> String {
        switch decision {
        case .proceed: "proceed"
        case .proceedAfterMeasures: "proceed once the measures are done"
        case .doNotProceed: "do not proceed"
        }
    }

    // MARK: - Shared pieces

    /// The title of a finding or red pattern.
    func ruleTitle(_ reference: RuleReference) -> String {
        switch reference.kind {
        case .redPattern: return bundle.redPatterns.first { $0.id == reference.id }?.title.text() ?? reference.id
        case .finding:
            guard let rule = bundle.findings.first(where: { $0.id == reference.id }) else { return reference.id }
            return (assessment.stage.hasBeenUsed ? (rule.titleInUse ?? rule.title) : rule.title).text()
        case .risk: return bundle.risks.first { $0.id == reference.id }?.title.text() ?? reference.id
        }
    }

    /// `[COC 2022]`, or `[COC 2022, later decision]` when decided after the assessment date.
    func precedentKey(_ id: String) -> String? {
        guard let precedent = bundle.precedents[id] else { return nil }
        return "[" + Markdown.inline(precedent.citeAs) + (isLater(precedent) ? ", later decision]" : "]")
    }

    func isLater(_ precedent: Precedent) -> Bool {
        precedent.decided.map { $0 > assessment.date } ?? false
    }

    /// How an answer reads in the report.
    func answerText(_ state: AnswerState, _ id: QuestionID) -> String {
        switch state {
        case .notApplicable: return "(not applicable)"
        case .unanswered: return "(not answered)"
        case .unknown: return "I don't know"
        case .value(let value):
            switch value {
            case .yesNo(let yes): return yes ? "Yes" : "No"
            case .choice(let option): return optionLabel(option, of: id)
            case .choices(let options):
                return options.isEmpty
                    ? "None of these" : options.map { optionLabel($0, of: id) }.joined(separator: "; ")
            case .text(let text): return Markdown.inline(text)
            case .date(let date): return "\(date)"
            case .number(let number): return Markdown.inline("\(number)")
            }
        }
    }

    private func optionLabel(_ option: String, of id: QuestionID) -> String {
        guard let label = bundle.question(id)?.option(option)?.label.text() else { return Markdown.code(option) }
        return Markdown.inline(label)
    }

    // The instrument names the layer (`LPD art. 58` is Belgian); the JSON report records each layer.
    private func citationList(_ citations: [AppliedCitation], base: String) -> String {
        guard !citations.isEmpty else { return "none" }
        return citations.map { applied in
            var text = Markdown.inline(applied.citation.description)
            if let from = applied.notBindingUntil { text += " (binding from \(from))" }
            return text
        }.joined(separator: "; ")
    }
}
