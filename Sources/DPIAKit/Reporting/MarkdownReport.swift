/// Renders an assessment as the Markdown audit report: front matter, verdict, red patterns, findings,
/// action plan, open points, scope, annex. Deterministic: the same assessment gives the same bytes.
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
        blocks += verdictSection()
        blocks += redPatternSection()
        blocks += findingSection()
        blocks += actionPlanSection()
        blocks += openPointSection()
        blocks += scopeSection()
        blocks += annex()
        return (frontMatter(), blocks.joined(separator: "\n\n") + "\n\n")
    }

    var bundle: QuestionnaireBundle { assessment.bundle }
    var metadata: AssessmentMetadata { assessment.answers.metadata }
    private var title: String { "DPIA report: \(metadata.processing)" }

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
        lines.append("dpia:")
        lines.append("  verdict: \"\(assessment.verdict.rawValue)\"")
        lines.append("  jurisdiction: \(bundle.jurisdiction)")
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

    // MARK: - 1. Verdict

    private func verdictSection() -> [String] {
        let fired = assessment.firedFindings
        let count = { (severity: Severity) in fired.filter { $0.severity == severity }.count }
        let open =
            assessment.findings.filter { $0.status == .open }.count
            + assessment.redPatterns.filter { $0.status == .open }.count
        var blocks = ["## 1. Verdict"]
        blocks.append("**\(assessment.verdict.rawValue)**")
        blocks.append(
            "Red patterns: \(assessment.firedRedPatterns.count). Findings: \(count(.blocker)) blocker, "
                + "\(count(.high)) high, \(count(.medium)) medium, \(count(.advice)) advice. "
                + "Not yet excluded: \(open). Open points: \(assessment.openPoints.count). "
                + "Unanswered required questions: \(assessment.unanswered.count).")
        blocks.append(Markdown.inline(verdictReason))
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
        return blocks
    }

    private var verdictReason: String {
        switch assessment.verdict {
        case .outOfScope:
            "The answers place the processing outside the legal frame these questionnaires assess, so it was not assessed against them and no finding, red pattern or verdict on deployment is given; the finding below names the frame that applies instead."
        case .doNotDeploy:
            "A red pattern was detected or a blocker finding fired: the processing must not start, and if it has started it must stop."
        case .incomplete:
            "Required questions are unanswered, so no verdict on deployment can be given yet; see the annex."
        case .deployOnlyAfterMeasures:
            "High findings fired, or serious findings cannot be excluded on the answers given: deploy only once the action plan is done and the open points are settled."
        case .proceedWithRecommendations:
            assessment.findings.isEmpty && assessment.openPoints.isEmpty
                ? "No finding, red pattern or open point: the processing may proceed as described."
                : "No blocker, high finding or red pattern: the processing may proceed; the recommendations below still apply."
        }
    }

    // MARK: - 2. Red patterns

    private func redPatternSection() -> [String] {
        var blocks = ["## 2. Red patterns"]
        if assessment.verdict == .outOfScope {
            return blocks + ["Not assessed: the processing is outside the scope of these questionnaires."]
        }
        guard !assessment.redPatterns.isEmpty else {
            return blocks + ["No red pattern was detected."]
        }
        for match in assessment.redPatterns {
            let status = match.status == .fired ? "Detected" : "Cannot be excluded"
            blocks.append("### \(status): \(Markdown.inline(match.pattern.title.text()))")
            blocks.append(
                "Pattern \(Markdown.code(match.pattern.id)) from \(Markdown.code(match.pattern.origin.layer)).")
            blocks += explanation(match.pattern.explanation, match.pattern.addenda)
            blocks.append("**Why:**\n\n" + reasonList(match.reasons))
            let precedents = match.pattern.precedents.compactMap { sourced -> String? in
                guard let precedent = bundle.precedents[sourced.value] else { return nil }
                return "- " + precedentLine(precedent) + layerTag(sourced.layer, base: match.pattern.origin.layer)
            }
            if !precedents.isEmpty {
                blocks.append("**Precedents:**\n\n" + precedents.joined(separator: "\n"))
            }
            blocks.append("**Provisions:** " + citationList(match.citations, base: match.pattern.origin.layer))
        }
        return blocks
    }

    private func precedentLine(_ precedent: Precedent) -> String {
        var line =
            "\(Markdown.inline(precedent.authority.text())), \(Markdown.inline(precedent.reference)) "
            + "(\(Markdown.inline(precedent.date))): \(Markdown.inline(precedent.title.text()))."
        if let outcome = precedent.outcome { line += " \(Markdown.inline(outcome.text()))" }
        if let url = precedent.url { line += " <\(url)>" }
        return line
    }

    // MARK: - 3. Findings

    private func findingSection() -> [String] {
        var blocks = ["## 3. Findings"]
        guard !assessment.findings.isEmpty else { return blocks + ["No finding."] }
        for area in bundle.areas {
            let findings = assessment.findings.filter { $0.rule.area == area.id }
            guard !findings.isEmpty else { continue }
            blocks.append("### \(Markdown.inline(area.title.text()))")
            for finding in findings { blocks += render(finding) }
        }
        return blocks
    }

    private func render(_ finding: Finding) -> [String] {
        let label: String
        switch (finding.status, finding.isComingIntoForce) {
        case (_, true): label = "Advice (coming into force)"
        case (.open, _): label = "Cannot be excluded (\(finding.severity.rawValue))"
        case (.fired, _): label = finding.severity.rawValue.capitalized
        }
        var blocks = ["#### \(label): \(Markdown.inline(finding.rule.title.text()))"]
        blocks.append("Finding \(Markdown.code(finding.rule.id)) from \(Markdown.code(finding.rule.origin.layer)).")
        if finding.isComingIntoForce, let from = finding.citations.compactMap(\.notBindingUntil).min() {
            blocks.append(
                "On \(assessment.date) none of its provisions binds yet; they apply from \(from). It is reported as advice, not at its \(finding.rule.severity.rawValue) severity."
            )
        }
        if finding.status == .open {
            blocks.append(
                "The answers do not settle it: it depends on questions answered \"I don't know\" or not answered. Until they are settled, it must be treated as a risk."
            )
        }
        blocks += explanation(finding.rule.explanation, finding.rule.addenda)
        blocks.append("**Why:**\n\n" + reasonList(finding.reasons))
        blocks.append("**Provisions:** " + citationList(finding.citations, base: finding.rule.origin.layer))
        if !finding.rule.measures.isEmpty {
            let items = finding.rule.measures.map { "- " + measureText($0, base: finding.rule.origin.layer) }
            blocks.append("**Measures:**\n\n" + items.joined(separator: "\n"))
        }
        return blocks
    }

    private func explanation(_ text: LocalizedText, _ addenda: [Addendum]) -> [String] {
        Markdown.blocks(text.text())
            + addenda.flatMap { addendum in
                Markdown.blocks(addendum.text.text()).map { "*\(addendum.layer):* " + $0 }
            }
    }

    private func reasonList(_ reasons: [Reason]) -> String {
        guard !reasons.isEmpty else { return "- (no answer was needed: the rule always applies)" }
        return reasons.map { reason in
            let prompt = bundle.question(reason.question).map { Markdown.inline($0.prompt.text()) } ?? ""
            return
                "- \(Markdown.code(reason.question.rawValue)) \(prompt) **\(answerText(reason.state, reason.question))**"
        }.joined(separator: "\n")
    }

    // MARK: - 4. Action plan

    private func actionPlanSection() -> [String] {
        var blocks = ["## 4. Action plan"]
        var seen: Set<String> = []
        var items: [String] = []
        for match in assessment.redPatterns where match.status == .fired {
            for measure in match.pattern.measures where seen.insert(measure.id).inserted {
                items.append(
                    "- [ ] " + measureText(measure, base: match.pattern.origin.layer)
                        + " (red pattern \(Markdown.code(match.pattern.id)))")
            }
        }
        for finding in assessment.findings where finding.status == .fired {
            for measure in finding.rule.measures where seen.insert(measure.id).inserted {
                items.append(
                    "- [ ] " + measureText(measure, base: finding.rule.origin.layer)
                        + " (\(finding.severity.rawValue): \(Markdown.code(finding.rule.id)))")
            }
        }
        for point in assessment.openPoints {
            items.append(
                "- [ ] Find out and document: \(Markdown.inline(point.question.prompt.text())) (\(Markdown.code(point.question.id.rawValue)))"
            )
        }
        blocks.append(items.isEmpty ? "No measure is owed." : items.joined(separator: "\n"))
        return blocks
    }

    private func measureText(_ measure: Measure, base: String) -> String {
        var text = Markdown.inline(measure.text.text())
        if !measure.refs.isEmpty {
            text += " [" + measure.refs.map(\.description).map(Markdown.inline).joined(separator: "; ") + "]"
        }
        return text + layerTag(measure.origin.layer, base: base)
    }

    // MARK: - 5. Open points

    private func openPointSection() -> [String] {
        var blocks = ["## 5. Open points"]
        if assessment.openPoints.isEmpty && assessment.unanswered.isEmpty {
            return blocks + ["None: every relevant question has a definite answer."]
        }
        if !assessment.openPoints.isEmpty {
            blocks.append(
                "Each \"I don't know\" is itself a gap: the controller must be able to demonstrate that the processing complies, so each must be found out and documented."
            )
            let items = assessment.openPoints.map { point -> String in
                var line =
                    "- \(Markdown.code(point.question.id.rawValue)) \(Markdown.inline(point.question.prompt.text()))"
                if let note = point.note { line += " Note: \(Markdown.inline(note))" }
                if !point.dependents.isEmpty {
                    line += " Depends on it: " + point.dependents.map(Markdown.inline).joined(separator: "; ") + "."
                }
                return line
            }
            blocks.append(items.joined(separator: "\n"))
        }
        if !assessment.unanswered.isEmpty {
            blocks.append("Required questions not answered:")
            blocks.append(
                assessment.unanswered.map {
                    "- \(Markdown.code($0.id.rawValue)) \(Markdown.inline($0.prompt.text()))"
                }.joined(separator: "\n"))
        }
        return blocks
    }

    // MARK: - Shared pieces

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

    private func citationList(_ citations: [AppliedCitation], base: String) -> String {
        guard !citations.isEmpty else { return "none" }
        return citations.map { applied in
            var text = Markdown.inline(applied.citation.description)
            if let from = applied.notBindingUntil {
                text += " (applies from \(from); not binding on \(assessment.date))"
            }
            return text + layerTag(applied.layer, base: base)
        }.joined(separator: "; ")
    }

    private func layerTag(_ layer: String, base: String) -> String {
        layer == base ? "" : " *[\(layer)]*"
    }
}
