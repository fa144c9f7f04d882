/// Renders a jurisdiction's whole questionnaire as a printable Markdown handout: every section and
/// question with its options as empty checkboxes, when it is asked, its guidance and provisions, the
/// findings and red patterns its answer bears on, and then every finding and red pattern with the
/// answers that make it fire, in plain words. Deterministic, and clean through pandoc and the
/// Markdown linter (`.pymarkdown.yaml`).
public struct Checklist: Sendable {
    /// The questionnaires rendered.
    public var bundle: QuestionnaireBundle

    /// Creates a checklist.
    public init(_ bundle: QuestionnaireBundle) {
        self.bundle = bundle
    }

    private var title: String { "DPIA checklist: \(bundle.jurisdiction.uppercased())" }

    /// The whole document: front matter for pandoc, then the body.
    public func render() -> String {
        var lines = ["---"]
        lines.append("title: \(Markdown.yamlString(title))")
        let layers = bundle.layers.map { "\($0.id) \($0.version)" }.joined(separator: ", ")
        lines.append("subtitle: \(Markdown.yamlString("Questionnaires \(layers)"))")
        lines.append("lang: en")
        lines.append("keywords: [DPIA, checklist, Law Enforcement Directive, \(bundle.jurisdiction.uppercased())]")
        lines.append("---")
        var blocks = ["# \(Markdown.inline(title))"]
        blocks += introduction()
        for (index, section) in bundle.sections.enumerated() {
            blocks += sectionBlocks(section, number: index + 1)
        }
        blocks += ruleBlocks(number: bundle.sections.count + 1)
        return lines.joined(separator: "\n") + "\n\n" + blocks.joined(separator: "\n\n") + "\n"
    }

    // MARK: - Introduction

    private func introduction() -> [String] {
        var blocks: [String] = []
        blocks.append(
            "Every question `dpia` asks for this jurisdiction, for use on paper: in a class, a meeting or "
                + "before an interview. Tick one box per question, or every box that applies where it says so. "
                + "\"I don't know\" is an answer: the controller must be able to show compliance, so an unknown "
                + "is an open point, and some findings count it as a failure. A question marked \"asked only "
                + "when\" applies only with those earlier answers.")
        blocks.append(
            "After the questions, every finding and red pattern is listed with the answers that make it "
                + "fire. Enter the answers with `dpia assess --jurisdiction \(bundle.jurisdiction)` for the "
                + "report. This checklist is not legal advice.")
        let rows = bundle.layers.map { layer in
            [Markdown.code(layer.id), layer.version, layer.lawAsOf.description, Markdown.inline(layer.title.text())]
        }
        blocks.append(Markdown.table(header: ["Questionnaire", "Version", "Law as of", "Title"], rows: rows))
        return blocks
    }

    // MARK: - Questions

    private func sectionBlocks(_ section: Section, number: Int) -> [String] {
        var blocks = ["## \(number). \(Markdown.inline(section.title.text()))"]
        if let intro = section.intro { blocks += Markdown.blocks(intro.text()) }
        for (index, question) in section.questions.enumerated() {
            blocks += questionBlocks(question, number: "\(number).\(index + 1)")
        }
        return blocks
    }

    private func questionBlocks(_ question: Question, number: String) -> [String] {
        var blocks = ["### \(number) \(headingText(question.prompt.text()))"]
        var facts = [
            Markdown.code(question.id.rawValue), kindText(question), question.isRequired ? "required" : "optional",
        ]
        if question.origin.layer != bundle.layers.first?.id {
            facts.append("from \(Markdown.code(question.origin.layer))")
        }
        blocks.append(facts.joined(separator: " · "))
        if let condition = question.condition {
            blocks.append("Asked only when \(Markdown.inline(condition.condition.explained())).")
        }
        blocks.append(answerLines(question))
        if let guidance = question.guidance {
            let paragraphs = Markdown.blocks(guidance.text())
            if let first = paragraphs.first, !first.hasPrefix("- ") {
                blocks.append("*Guidance.* " + first)
                blocks += paragraphs.dropFirst()
            } else {
                blocks.append("*Guidance.*")
                blocks += paragraphs
            }
        }
        if !question.refs.isEmpty {
            blocks.append("*Provisions:* \(Markdown.inline(question.refs.map(\.description).joined(separator: ", "))).")
        }
        let dependents = dependents(of: question.id)
        if !dependents.isEmpty {
            blocks.append("*Bears on:* \(dependents.joined(separator: "; ")).")
        }
        return blocks
    }

    private func kindText(_ question: Question) -> String {
        switch question.kind {
        case .yesNo: "yes or no"
        case .singleChoice: "one answer"
        case .multipleChoice: "tick all that apply"
        case .text: "free text"
        case .date: "a date"
        case .number: "a number"
        }
    }

    private func answerLines(_ question: Question) -> String {
        var lines: [String]
        switch question.kind {
        case .yesNo:
            lines = ["- [ ] yes", "- [ ] no"]
        case .singleChoice:
            lines = question.options.map { "- [ ] \(Markdown.inline($0.label.text())) (\(Markdown.code($0.id)))" }
        case .multipleChoice:
            lines = question.options.map { "- [ ] \(Markdown.inline($0.label.text())) (\(Markdown.code($0.id)))" }
            lines.append("- [ ] none of these")
        case .text:
            lines = ["- [ ] answer: ……………………………………………………………………"]
        case .date:
            lines = ["- [ ] date (YYYY-MM-DD): ……………………"]
        case .number:
            lines = ["- [ ] number: ……………………"]
        }
        if question.allowsUnknown { lines.append("- [ ] I don't know") }
        return lines.joined(separator: "\n")
    }

    /// The findings and red patterns whose condition names `id`, as inline Markdown.
    private func dependents(of id: QuestionID) -> [String] {
        let patterns = bundle.redPatterns.filter { $0.condition?.condition.questionIDs.contains(id) ?? false }
            .map { "red pattern \(Markdown.code($0.id))" }
        let findings = bundle.findings.filter { $0.condition?.condition.questionIDs.contains(id) ?? false }
            .map { "finding \(Markdown.code($0.id))" }
        return patterns + findings
    }

    /// A heading without the trailing punctuation the linter rejects (MD026).
    private func headingText(_ text: String) -> String {
        var heading = Markdown.inline(text)
        while let last = heading.last, ".,;:!".contains(last), !heading.hasSuffix("\\\(last)") {
            heading.removeLast()
        }
        return heading
    }

    // MARK: - Findings and red patterns

    private func ruleBlocks(number: Int) -> [String] {
        var blocks = ["## \(number). Which answers lead to which findings"]
        blocks.append(
            "A red pattern is a combination of facts a supervisory authority has already condemned; any "
                + "red pattern makes the verdict DO NOT DEPLOY. A finding's severity says what it means: "
                + "blocker (must not start or continue), high (fix before deployment), medium, advice.")
        blocks.append("### \(number).1 Red patterns")
        for (index, pattern) in bundle.redPatterns.enumerated() {
            blocks.append("#### R\(index + 1) \(headingText(pattern.title.text()))")
            var facts = [Markdown.code(pattern.id), "red pattern"]
            let precedents = pattern.precedents.compactMap { bundle.precedents[$0.value] }
                .map { "\(Markdown.inline($0.authority.text())) \(Markdown.inline($0.reference)) (\($0.date))" }
            if !precedents.isEmpty { facts.append("condemned by " + precedents.joined(separator: "; ")) }
            blocks.append(facts.joined(separator: " · "))
            blocks += conditionBlocks(pattern.condition, ifUnknown: pattern.ifUnknown, refs: pattern.refs)
        }
        var counter = 0
        for (areaIndex, area) in bundle.areas.enumerated() {
            let findings = bundle.findings.filter { $0.area == area.id }
            guard !findings.isEmpty else { continue }
            blocks.append("### \(number).\(areaIndex + 2) Findings: \(Markdown.inline(area.title.text()))")
            for finding in findings {
                counter += 1
                blocks.append("#### F\(counter) \(headingText(finding.title.text()))")
                blocks.append(
                    [Markdown.code(finding.id), "finding", finding.severity.rawValue].joined(separator: " · "))
                blocks += conditionBlocks(finding.condition, ifUnknown: finding.ifUnknown, refs: finding.refs)
            }
        }
        return blocks
    }

    private func conditionBlocks(_ condition: LocatedCondition?, ifUnknown: UnknownPolicy, refs: [Sourced<Citation>])
        -> [String]
    {
        var blocks: [String] = []
        let when = condition.map { $0.condition.explained() } ?? "never"
        blocks.append("*Fires when* \(Markdown.inline(when)).")
        switch ifUnknown {
        case .fires:
            blocks.append("An \"I don't know\" it depends on counts as fired: the controller must show compliance.")
        case .open: blocks.append("An \"I don't know\" it depends on leaves it open: it cannot be excluded.")
        case .ignore: break
        }
        var seen: Set<Citation> = []
        let citations = refs.filter { seen.insert($0.value).inserted }.map(\.value.description)
        if !citations.isEmpty {
            blocks.append("*Provisions:* \(Markdown.inline(citations.joined(separator: ", "))).")
        }
        return blocks
    }
}
