import Foundation

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
    /// The language the report is written in.
    public var language: Language

    /// Creates a report in `language`.
    public init(_ assessment: Assessment, language: Language = .en) {
        self.assessment = assessment
        self.language = language
    }

    /// A sentence of the report in its language.
    func t(_ text: ReportText) -> String { text.text(in: language) }

    /// A questionnaire's text in the report's language (marked when it falls back to English).
    func t(_ text: LocalizedText) -> String { text.text(in: language) }

    /// A date as the report's language writes it.
    func t(_ date: CalendarDate) -> String { language.date(date) }

    /// The colon the report's own sentences put after a label: French sets a no-break space before it.
    var colon: String { language == .fr ? "\u{A0}:" : ":" }

    /// The separator of the report's own lists: French sets a no-break space before a semicolon.
    var semicolon: String { language == .fr ? "\u{A0}; " : "; " }

    /// A provision as lawyers in the report's language cite it.
    func cite(_ citation: Citation) -> String { bundle.citationText(citation, in: language) }

    /// The whole document, unsigned: its content followed by its integrity record (`ReportLayout`).
    public func render() -> String {
        document(with: integrityRecord())
    }

    /// The front matter's own keys and the body: everything the `report` digest covers.
    func content() -> (frontMatter: [String], body: String) {
        let blocks = bodyParts().flatMap(\.blocks)
        return (frontMatter(), blocks.joined(separator: "\n\n") + "\n\n")
    }

    /// The report's body, part by part, as the Markdown blocks this report writes (a heading, a
    /// paragraph, a list or a table each), followed by the integrity annex: what `render()` joins,
    /// for a renderer of another format (the HTML report of `dpia serve`) to show the same text.
    public func parts() -> [ReportPart] {
        let annex = integrityRecord().annex.trimmingCharacters(in: .newlines)
        return bodyParts() + [ReportPart(kind: .integrity, blocks: annex.components(separatedBy: "\n\n"))]
    }

    private func bodyParts() -> [ReportPart] {
        [
            ReportPart(kind: .title, blocks: ["# \(Markdown.inline(title))"]),
            ReportPart(kind: .decision, blocks: decisionSection()),
            ReportPart(kind: .description, blocks: descriptionSection()),
            ReportPart(kind: .lawfulness, blocks: lawfulnessSection()),
            ReportPart(kind: .risks, blocks: riskSection()),
            ReportPart(kind: .measures, blocks: measureSection()),
            ReportPart(kind: .signOff, blocks: signOffSection()),
            ReportPart(kind: .annexes, blocks: annex()),
        ]
    }

    var bundle: QuestionnaireBundle { assessment.bundle }
    var metadata: AssessmentMetadata { assessment.answers.metadata }
    var decision: Decision { assessment.decision }
    private var title: String { t(.documentTitle(processing: metadata.processing)) }
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
        lines.append("lang: \(language.rawValue)")
        lines.append("keywords: " + t(.keywords(jurisdiction: bundle.jurisdiction.uppercased())))
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
        var blocks = [
            "## " + t(.decisionHeading),
            "**\(t(.verdictLabel(assessment.verdict)))**\(colon) " + Markdown.inline(verdictReason),
        ]
        for layer in bundle.layers {
            guard let original = layer.replacedBuiltIn else { continue }
            blocks.append(
                t(
                    .notBuiltIn(
                        layer: Markdown.code(layer.id), version: layer.version, file: Markdown.inline(layer.file),
                        digest: Markdown.code(layer.digest.hex), builtInVersion: original.version,
                        builtInDigest: Markdown.code(original.digest.hex))))
        }
        if let override = assessment.dateOverride {
            blocks.append(t(.lawAppliedAsOf(date: t(override), answersDate: metadata.date.map(t))))
        }
        if assessment.isDateDefaulted {
            blocks.append(t(.dateDefaulted(date: t(assessment.date))))
        }
        guard !isOutOfScope else {
            blocks += decisiveReasons()
            return blocks
        }
        blocks.append(counts())
        blocks += decisiveReasons()
        if !decision.beforeUse.isEmpty {
            // The measures' text is in the register: each is printed once.
            blocks.append(
                t(
                    .beforeUse(
                        hasBeenUsed: assessment.stage.hasBeenUsed,
                        measures: decision.beforeUse.map(Markdown.code).joined(separator: ", "))))
        }
        if !decision.blockingUnknowns.isEmpty {
            // The first screen stays short: the whole list is in section 5.
            let shown = decision.blockingUnknowns.prefix(8)
            var items = shown.compactMap { bundle.question($0) }.map { "- " + questionReference($0) }
            if decision.blockingUnknowns.count > shown.count {
                items.append("- " + t(.andMoreInSection5(decision.blockingUnknowns.count - shown.count)))
            }
            blocks.append(t(.blockingUnknownsHeading) + "\n\n" + items.joined(separator: "\n"))
        }
        blocks.append(t(.priorConsultationLead) + priorConsultationLine())
        blocks.append(t(.signOffLead) + signOffSummary())
        blocks.append(t(.legend))
        return blocks
    }

    private var verdictReason: String {
        t(
            .verdictReason(
                assessment.verdict, hasBeenUsed: assessment.stage.hasBeenUsed,
                nothingOpen: assessment.findings.isEmpty && assessment.openPoints.isEmpty))
    }

    private func counts() -> String {
        let severity = { (level: Severity) in decision.severities[level] ?? 0 }
        var text = t(
            .counts(
                patterns: decision.redPatterns, findings: decision.findings, blocker: severity(.blocker),
                high: severity(.high), medium: severity(.medium), advice: severity(.advice),
                openPoints: assessment.openPoints.count, blocking: decision.blockingUnknowns.count))
        if !assessment.unanswered.isEmpty { text += " " + t(.unansweredCount(assessment.unanswered.count)) }
        return text
    }

    private func decisiveReasons() -> [String] {
        guard !decision.reasons.isEmpty else { return [] }
        let lines = decision.reasons.enumerated().map { index, reason -> String in
            var line = "\(index + 1). \(stateLabel(reason))\(colon) \(Markdown.inline(ruleTitle(reason.rule)))"
            line += " (\(Markdown.code(reason.rule.id)))"
            // The first three provisions; section 3 lists them all.
            if !reason.citations.isEmpty {
                line +=
                    colon + " "
                    + reason.citations.prefix(3).map { Markdown.inline(cite($0.citation)) }
                    .joined(separator: semicolon)
                if reason.citations.count > 3 { line += "…" }
            }
            let keys = reason.precedents.compactMap { precedentKey($0) }
            if !keys.isEmpty { line += " " + keys.joined(separator: " ") }
            return line
        }
        var block = t(.decisiveReasonsHeading) + "\n\n" + lines.joined(separator: "\n")
        if decision.moreReasons > 0 {
            block += "\n\n" + t(.moreInSection3(decision.moreReasons))
        }
        return [block]
    }

    private func stateLabel(_ reason: DecisiveReason) -> String {
        reason.rule.kind == .redPattern
            ? t(.redPatternState(reason.establishment)) : t(.severityState(reason.severity, reason.establishment))
    }

    func establishmentLabel(_ state: Establishment, isPattern: Bool) -> String {
        t(.establishment(state, isPattern: isPattern))
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
            parts.append(t(.consultationRequired(risks: number(before))))
        }
        if !after.isEmpty {
            parts.append(t(.consultationStillHigh(risks: after == before ? nil : number(after))))
        }
        if assessment.firedFindings.contains(where: { $0.rule.id == "dpia.no_prior_consultation" }) && parts.isEmpty {
            parts.append(t(.consultationRequiredByFinding))
        }
        guard !parts.isEmpty else { return t(.consultationNotRequired) }
        var line = parts.joined(separator: "; ") + "."
        if let sent = assessment.answers.signOff?.priorConsultationSent {
            line += t(.consultationSentOn(date: t(sent)))
        }
        return line
    }

    // MARK: - 2. Description of the processing

    private func descriptionSection() -> [String] {
        let description = assessment.answers.description
        var rows: [[String]] = [
            [t(.controller), Markdown.inline(metadata.organisation)],
            [t(.unit), metadata.unit.map(Markdown.inline) ?? notRecorded],
            [t(.processingOrTool), Markdown.inline(metadata.processing)],
            [t(.stage), stageLabel(assessment.stage) + (description.stage == nil ? t(.stageFromAnswers) : "")],
        ]
        func list(_ label: ReportText, _ values: [String]) {
            rows.append([t(label), values.isEmpty ? notRecorded : values.map(Markdown.inline).joined(separator: "; ")])
        }
        list(.purposes, description.purposes)
        list(.peopleConcerned, description.dataSubjects)
        list(.data, description.dataCategories)
        list(.sourcesOfData, description.sources)
        list(.systems, description.systems)
        rows.append([t(.vendor), description.vendor.map(Markdown.inline) ?? notRecorded])
        list(
            .recipients,
            description.recipients.map { recipient in
                recipient.name + " ("
                    + ([recipient.role] + [recipient.country].compactMap { $0 }).joined(separator: ", ")
                    + ")"
            })
        rows.append([t(.retention), description.retention.map(Markdown.inline) ?? notRecorded])
        rows.append([t(.scale), description.scale.map(Markdown.inline) ?? notRecorded])
        rows.append([t(.assessor), metadata.assessor.map(Markdown.inline) ?? notRecorded])
        rows.append(
            [t(.assessmentDate), t(assessment.date) + (assessment.isDateDefaulted ? t(.dateOfReport) : "")])
        rows.append([t(.jurisdiction), bundle.jurisdiction])
        if let classification = metadata.classification {
            rows.append([t(.classification), Markdown.inline(classification)])
        }
        var blocks = [
            "## " + t(.descriptionHeading),
            Markdown.table(header: [t(.itemColumn), t(.valueColumn)], rows: rows, widths: [20, 80]),
        ]
        if description.dataFlow.isEmpty {
            blocks.append(t(.dataFlowNotRecorded))
        } else {
            blocks.append(
                t(.dataFlowLead) + "\n\n"
                    + description.dataFlow.enumerated().map { "\($0.offset + 1). " + Markdown.inline($0.element) }
                    .joined(separator: "\n"))
        }
        return blocks
    }

    func stageLabel(_ stage: Stage) -> String { t(.stageLabel(stage)) }

    private var notRecorded: String { t(.notRecorded) }

    // MARK: - 3. Lawfulness

    private func lawfulnessSection() -> [String] {
        var blocks = ["## " + t(.lawfulnessHeading)]
        if isOutOfScope {
            blocks.append(t(.redPatternsNotAssessed))
        } else if assessment.redPatterns.isEmpty {
            blocks.append(t(.noRedPattern))
        } else {
            blocks.append("### " + t(.redPatternsHeading))
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
        guard !assessment.findings.isEmpty else { return blocks + [t(.noFinding)] }
        for area in bundle.areas {
            let findings = assessment.findings.filter { $0.rule.area == area.id }
            guard !findings.isEmpty else { continue }
            blocks.append("### \(Markdown.inline(t(area.title)))")
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
        var blocks = ["#### \(state)\(colon) \(Markdown.inline(t(match.pattern.title)))"]
        var line = t(.redPatternLine(id: Markdown.code(match.pattern.id))) + layerNote(match.pattern.origin.layer)
        let keys = match.pattern.precedents.compactMap { precedentKey($0.value) }
        if !keys.isEmpty { line += ". " + t(.precedentsLead) + keys.joined(separator: " ") }
        line += ". " + t(.provisionsLead) + citationList(match.citations, base: match.pattern.origin.layer) + "."
        blocks.append(line)
        blocks += explanation(match.pattern.explanation, match.pattern.addenda)
        blocks.append(t(.answersLead) + reasonList(match.reasons))
        return blocks
    }

    private func compact(_ match: RedPatternMatch) -> String {
        let state = establishmentLabel(match.establishment, isPattern: true)
        var line =
            "**\(state)\(colon)** \(Markdown.inline(t(match.pattern.title))) (\(Markdown.code(match.pattern.id)); "
        line += citationList(match.citations, base: match.pattern.origin.layer) + ")"
        let keys = match.pattern.precedents.compactMap { precedentKey($0.value) }
        if !keys.isEmpty { line += " " + keys.joined(separator: " ") }
        return line + "." + answersPart(match.establishment, match.reasons)
    }

    private func render(_ finding: Finding) -> [String] {
        [
            "#### \(findingLabel(finding))\(colon) \(Markdown.inline(findingTitle(finding)))",
            t(.findingLine(id: Markdown.code(finding.rule.id))) + layerNote(finding.rule.origin.layer) + ". "
                + findingFacts(finding),
            t(.answersLead) + reasonList(finding.reasons),
        ]
    }

    /// `- **High, established:** title (`id`; provisions). Answers: …`
    private func compact(_ finding: Finding) -> String {
        "**\(findingLabel(finding))\(colon)** \(Markdown.inline(findingTitle(finding))) (\(Markdown.code(finding.rule.id)); "
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
        guard state == .cannotBeExcluded else { return " " + t(.answersLead) + reasonList(reasons) }
        return known.isEmpty ? "" : " " + t(.answersLead) + reasonList(known)
    }

    private func findingLabel(_ finding: Finding) -> String {
        if finding.isComingIntoForce {
            let from = finding.citations.compactMap(\.notBindingUntil).min().map(t)
            return t(.comingIntoForce(from: from, severity: finding.rule.severity))
        }
        return t(.severityState(finding.severity, finding.establishment))
    }

    private func findingTitle(_ finding: Finding) -> String {
        t(assessment.stage.hasBeenUsed ? (finding.rule.titleInUse ?? finding.rule.title) : finding.rule.title)
    }

    /// The provisions; the measures each finding calls for are named in the register (section 5), which
    /// lists for each measure the findings it answers.
    private func findingFacts(_ finding: Finding) -> String {
        t(.provisionsLead) + citationList(finding.citations, base: finding.rule.origin.layer) + "."
    }

    private func layerNote(_ layer: String) -> String {
        layer == "led-core" ? "" : " (\(Markdown.code(layer)))"
    }

    private func explanation(_ text: LocalizedText, _ addenda: [Addendum]) -> [String] {
        Markdown.blocks(t(text))
            + addenda.flatMap { addendum in
                Markdown.blocks(t(addendum.text)).map { "*\(addendum.layer):* " + $0 }
            }
    }

    /// The answers a rule depended on, on one line; the questions are printed in annex A. An answer
    /// implied by another (a question asked only on it) is left out: `vendor.kind` private implies
    /// `vendor.external` yes.
    private func reasonList(_ reasons: [Reason]) -> String {
        guard !reasons.isEmpty else { return t(.noAnswersNeeded) }
        let gates = Set(
            reasons.flatMap { reason in bundle.question(reason.question)?.condition?.condition.questionIDs ?? [] })
        let shown = reasons.filter { reason in
            guard gates.contains(reason.question), case .value = reason.state else { return true }
            return false
        }
        return (shown.isEmpty ? reasons : shown).map { reason in
            let label =
                bundle.question(reason.question)?.writtenLabel.map { " (" + Markdown.inline(t($0)) + ")" } ?? ""
            // Of a multiple choice, the options the rule names are what decided it; annex A has them all.
            if !reason.decisiveOptions.isEmpty, case .value(.choices(let chosen)) = reason.state,
                chosen.count > reason.decisiveOptions.count
            {
                let shown = answerText(.value(.choices(reason.decisiveOptions)), reason.question)
                return "\(Markdown.code(reason.question.rawValue))\(label) **\(shown)** "
                    + t(.amongChosen(chosen.count))
            }
            return "\(Markdown.code(reason.question.rawValue))\(label) **\(answerText(reason.state, reason.question))**"
        }.joined(separator: semicolon) + "."
    }

    /// `scope.already_used` (already used), as reasons and lists refer to a question printed in annex A.
    func questionReference(_ question: Question) -> String {
        Markdown.code(question.id.rawValue)
            + (question.writtenLabel.map { " (" + Markdown.inline(t($0)) + ")" } ?? "")
    }

    // MARK: - 4. Risk register

    private func riskSection() -> [String] {
        var blocks = ["## " + t(.riskHeading)]
        guard !isOutOfScope else { return blocks + [t(.riskNotAssessed)] }
        guard !assessment.risks.isEmpty else { return blocks + [t(.noRisk)] }
        blocks.append(t(.riskLegend))
        // The "decided" column appears once the controller has rated a risk; until then it repeats the suggestion.
        let decided = assessment.risks.contains(where: \.isOverridden)
        let rows = assessment.risks.enumerated().map { index, risk -> [String] in
            [
                "R\(index + 1)", Markdown.inline(t(risk.risk.title)) + " " + Markdown.code(risk.risk.id),
                risk.risk.rights.map { Markdown.inline(t($0)) }.joined(separator: "; "), rating(risk.suggested),
            ] + (decided ? [rating(risk.decided)] : []) + [
                rating(risk.residual),
                risk.raisedBy.isEmpty
                    ? t(.noneFired) : risk.raisedBy.map { Markdown.code($0.id) }.joined(separator: ", "),
            ]
        }
        let header =
            [t(.riskNumberColumn), t(.riskColumn), t(.rightsColumn), t(.suggestedColumn)]
            + (decided ? [t(.decidedColumn)] : []) + [t(.residualColumn), t(.raisedByColumn)]
        let widths = [4, 30, 24, 9] + (decided ? [9] : []) + [9, 20]
        blocks.append(Markdown.table(header: header, rows: rows, widths: widths))
        let notes = assessment.risks.enumerated().compactMap { index, risk -> String? in
            var parts: [String] = []
            if risk.isLoweringUnjustified {
                parts.append(t(.loweringUnjustified))
            } else if let justification = risk.justification {
                parts.append(t(.justification(Markdown.inline(justification.trimmingTrailingPeriod))))
            }
            if !risk.mitigatedBy.isEmpty {
                parts.append(t(.loweredBy(risk.mitigatedBy.map(Markdown.code).joined(separator: ", "))))
            }
            return parts.isEmpty ? nil : "- R\(index + 1)\(colon) " + parts.joined(separator: semicolon) + "."
        }
        if !notes.isEmpty { blocks.append(notes.joined(separator: "\n")) }
        blocks.append("### " + t(.riskMapBefore))
        blocks.append(riskMap(\.decided))
        blocks.append("### " + t(.riskMapAfter))
        blocks.append(riskMap(\.residual))
        return blocks
    }

    /// `S4 L3`, bold when high.
    private func rating(_ rating: RiskRating) -> String {
        let text = t(.rating(severity: rating.severity.rawValue, likelihood: rating.likelihood.rawValue))
        return rating.isHigh ? "**\(text)**" : text
    }

    /// A 4 x 4 table: likelihood from maximum (top) to negligible, severity from negligible to maximum.
    private func riskMap(_ level: KeyPath<RiskAssessment, RiskRating>) -> String {
        let ratings = assessment.risks.map { $0[keyPath: level] }
        let rows = RiskLevel.allCases.reversed().map { likelihood -> [String] in
            [t(.likelihoodRow(likelihood))]
                + RiskLevel.allCases.map { severity in
                    ratings.indices.filter { ratings[$0].likelihood == likelihood && ratings[$0].severity == severity }
                        .map { "R\($0 + 1)" }.joined(separator: " ")
                }
        }
        return Markdown.table(
            header: [" "] + RiskLevel.allCases.map { t(.severityColumn($0)) }, rows: rows)
    }

    // MARK: - 5. Measures register

    private func measureSection() -> [String] {
        var blocks = ["## " + t(.measuresHeading)]
        let register = assessment.register
        if !register.neverLawfulBecause.isEmpty {
            blocks.append(
                t(.neverLawful(rules: register.neverLawfulBecause.map { Markdown.code($0.id) }.joined(separator: ", ")))
            )
        }
        if register.entries.isEmpty {
            blocks.append(t(.noMeasure))
        } else {
            if register.entries.allSatisfy({ $0.record == nil }) {
                blocks.append(t(.noRecordYet))
            }
            blocks.append(register.entries.map(measureLine).joined(separator: "\n"))
        }
        if !assessment.openPoints.isEmpty {
            blocks.append("### " + t(.pointsToFindOut))
            blocks.append(
                assessment.openPoints.map { point -> String in
                    var line = "- [ ] " + questionReference(point.question)
                    if !point.dependents.isEmpty {
                        line += t(.bearsOn(point.dependents.map { Markdown.code($0.id) }.joined(separator: ", ")))
                    }
                    return line
                }.joined(separator: "\n"))
        }
        return blocks
    }

    private func measureLine(_ entry: MeasureEntry) -> String {
        let box = entry.status == .done ? "[x]" : "[ ]"
        var line = "- \(box) \(Markdown.code(entry.measure.id)) "
        line += Markdown.inline(t(entry.measure.text(for: assessment.stage)))
        if !entry.measure.refs.isEmpty {
            line += " [" + entry.measure.refs.map { Markdown.inline(cite($0)) }.joined(separator: "; ") + "]"
        }
        // A safeguard that no finding or red pattern calls for has no priority: it is recorded as in place.
        let owed = entry.answers.contains { $0.kind != .risk }
        var facts = owed ? ["*" + t(.priority(entry.priority)) + "*"] : []
        if !entry.answers.isEmpty {
            facts.append(t(.forRules(entry.answers.map { Markdown.code($0.id) }.joined(separator: ", "))))
        }
        var status = statusLabel(entry.status)
        if let record = entry.record {
            if entry.status == .rejected {
                status += " (" + (record.reason.map(Markdown.inline) ?? t(.noReasonGiven)) + ")"
            }
            status += t(.owner(record.owner.map(Markdown.inline)))
            status += t(.due(record.due.map(t)))
            status += t(.evidence(record.evidence.map(Markdown.inline)))
        } else if assessment.register.entries.contains(where: { $0.record != nil }) {
            status += t(.noOwnerOrDue)
        } else {
            status = ""
        }
        if !status.isEmpty { facts.append(status) }
        return line + " (" + facts.joined(separator: "; ") + ")"
    }

    func statusLabel(_ status: MeasureStatus) -> String { t(.status(status)) }

    // MARK: - 6. Sign-off

    private func signOffSummary() -> String {
        guard let signOff = assessment.answers.signOff else { return t(.notSignedOffSummary) }
        var line = t(.signOffSummary(opinion: signOff.dpoOpinion, decision: signOff.controllerDecision))
        if signOff.overridesDPO { line += t(.controllerOverrodeShort) }
        return line
    }

    private func signOffSection() -> [String] {
        var blocks = ["## " + t(.signOffHeading)]
        let signOff = assessment.answers.signOff
        // Nothing recorded: one line names every part that is missing.
        guard signOff != nil else {
            return blocks + [t(.notSignedOffBlock(consultationRequired: !decision.priorConsultation.isEmpty))]
        }
        func person(_ signatory: Signatory?) -> String {
            guard let signatory else { return t(.notSignedOff) }
            return
                ([Markdown.inline(signatory.name)]
                + [signatory.role.map(Markdown.inline), signatory.date.map(t)]
                .compactMap { $0 }).joined(separator: ", ")
        }
        var opinion = signOff?.dpoOpinion.map(opinionLabel) ?? t(.notSignedOff)
        if let dpo = signOff?.dpo { opinion += " (" + person(dpo) + ")" }
        if let text = signOff?.dpoOpinionText { opinion += colon + " " + Markdown.inline(text) }
        var consultation = t(
            decision.priorConsultation.isEmpty ? .consultationNotRequiredByRegister : .consultationRequiredShort)
        if let sent = signOff?.priorConsultationSent {
            consultation += t(
                .consultationSent(date: t(sent), outcome: signOff?.priorConsultationOutcome.map(Markdown.inline)))
        } else if !decision.priorConsultation.isEmpty {
            consultation += t(.consultationNotSent)
        }
        var controller = signOff?.controllerDecision.map(decisionLabel) ?? t(.notSignedOff)
        if let who = signOff?.controller { controller += " (" + person(who) + ")" }
        if let text = signOff?.controllerDecisionText { controller += colon + " " + Markdown.inline(text) }
        let rows: [[String]] = [
            [t(.dpoOpinionRow), opinion],
            [t(.measuresApprovedRow), person(signOff?.measuresApprovedBy)],
            [t(.residualRisksAcceptedRow), person(signOff?.residualRisksAcceptedBy)],
            [t(.priorConsultationRow), consultation],
            [t(.controllerDecisionRow), controller],
            [
                t(.nextReviewRow),
                signOff?.nextReview.map { t($0) + (assessment.date > $0 ? t(.overdueOnAssessmentDate) : "") }
                    ?? t(.notSignedOff),
            ],
        ]
        blocks.append(Markdown.table(header: [t(.partColumn), t(.recordColumn)], rows: rows, widths: [30, 70]))
        var note = t(.signOffNote)
        if signOff?.overridesDPO == true { note += t(.controllerOverrodeLong) }
        blocks.append(note)
        return blocks
    }

    func opinionLabel(_ opinion: OpinionKind) -> String { t(.opinion(opinion)) }

    func decisionLabel(_ decision: ControllerDecisionKind) -> String { t(.controllerDecision(decision)) }

    // MARK: - Shared pieces

    /// The title of a finding or red pattern.
    func ruleTitle(_ reference: RuleReference) -> String {
        switch reference.kind {
        case .redPattern: return bundle.redPatterns.first { $0.id == reference.id }.map { t($0.title) } ?? reference.id
        case .finding:
            guard let rule = bundle.findings.first(where: { $0.id == reference.id }) else { return reference.id }
            return t(assessment.stage.hasBeenUsed ? (rule.titleInUse ?? rule.title) : rule.title)
        case .risk: return bundle.risks.first { $0.id == reference.id }.map { t($0.title) } ?? reference.id
        }
    }

    /// `[COC 2022]`, or `[COC 2022, later decision]` when decided after the assessment date.
    func precedentKey(_ id: String) -> String? {
        guard let precedent = bundle.precedents[id] else { return nil }
        return "[" + Markdown.inline(precedent.citeAs) + (isLater(precedent) ? t(.laterDecisionMark) + "]" : "]")
    }

    func isLater(_ precedent: Precedent) -> Bool {
        precedent.decided.map { $0 > assessment.date } ?? false
    }

    /// How an answer reads in the report.
    func answerText(_ state: AnswerState, _ id: QuestionID) -> String {
        switch state {
        case .notApplicable: return t(.notApplicable)
        case .unanswered: return t(.notAnswered)
        case .unknown: return t(.unknownAnswer)
        case .value(let value):
            switch value {
            case .yesNo(let yes): return t(yes ? .yes : .no)
            case .choice(let option): return optionLabel(option, of: id)
            case .choices(let options):
                return options.isEmpty
                    ? t(.noneOfThese) : options.map { optionLabel($0, of: id) }.joined(separator: "; ")
            case .text(let text): return Markdown.inline(text)
            case .date(let date): return t(date)
            case .number(let number): return Markdown.inline("\(number)")
            }
        }
    }

    private func optionLabel(_ option: String, of id: QuestionID) -> String {
        guard let label = bundle.question(id)?.option(option)?.label else { return Markdown.code(option) }
        return Markdown.inline(t(label))
    }

    // The instrument names the layer (`LPD art. 58` is Belgian); the JSON report records each layer.
    private func citationList(_ citations: [AppliedCitation], base: String) -> String {
        guard !citations.isEmpty else { return t(.noProvisions) }
        return citations.map { applied in
            var text = Markdown.inline(cite(applied.citation))
            if let from = applied.notBindingUntil { text += t(.bindingFrom(date: t(from))) }
            return text
        }.joined(separator: semicolon)
    }
}
