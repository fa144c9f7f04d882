/// Renders a jurisdiction's whole questionnaire as a printable Markdown handout: every section and
/// question with its options as empty checkboxes, when it is asked, its guidance and provisions, the
/// findings and red patterns its answer bears on, and then every finding and red pattern with the
/// answers that make it fire, in plain words. Deterministic, and clean through pandoc and the
/// Markdown linter (`.pymarkdown.yaml`).
public struct Checklist: Sendable {
    /// The questionnaires rendered.
    public var bundle: QuestionnaireBundle
    /// The language the checklist is written in.
    public var language: Language

    /// Creates a checklist in `language`.
    public init(_ bundle: QuestionnaireBundle, language: Language = .en) {
        self.bundle = bundle
        self.language = language
    }

    private func say(_ text: ChecklistText) -> String { text.text(in: language) }

    private var title: String { say(.title(jurisdiction: bundle.jurisdiction.uppercased())) }

    /// The whole document: front matter for pandoc, then the body.
    public func render() -> String {
        var lines = ["---"]
        lines.append("title: \(Markdown.yamlString(title))")
        let layers = bundle.layers.map { "\($0.id) \($0.version)" }.joined(separator: ", ")
        lines.append("subtitle: \(Markdown.yamlString(say(.subtitle(layers: layers))))")
        lines.append("lang: \(language.rawValue)")
        lines.append("keywords: \(say(.keywords(jurisdiction: bundle.jurisdiction.uppercased())))")
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
        blocks.append(say(.introduction))
        blocks.append(say(.afterQuestions(jurisdiction: bundle.jurisdiction)))
        let rows = bundle.layers.map { layer in
            [
                Markdown.code(layer.id), layer.version, language.date(layer.lawAsOf),
                Markdown.inline(layer.title.text(in: language)),
            ]
        }
        let header = [say(.questionnaireColumn), say(.versionColumn), say(.lawAsOfColumn), say(.titleColumn)]
        blocks.append(Markdown.table(header: header, rows: rows))
        return blocks
    }

    // MARK: - Questions

    private func sectionBlocks(_ section: Section, number: Int) -> [String] {
        var blocks = ["## \(number). \(Markdown.inline(section.title.text(in: language)))"]
        if let intro = section.intro { blocks += Markdown.blocks(intro.text(in: language)) }
        for (index, question) in section.questions.enumerated() {
            blocks += questionBlocks(question, number: "\(number).\(index + 1)")
        }
        return blocks
    }

    private func questionBlocks(_ question: Question, number: String) -> [String] {
        var blocks = ["### \(number) \(headingText(question.prompt.text(in: language)))"]
        var facts = [
            Markdown.code(question.id.rawValue), say(.kind(question.kind)), say(.required(question.isRequired)),
        ]
        if question.origin.layer != bundle.layers.first?.id {
            facts.append(say(.fromLayer(Markdown.code(question.origin.layer))))
        }
        blocks.append(facts.joined(separator: " · "))
        if let condition = question.condition {
            blocks.append(say(.askedOnlyWhen(Markdown.inline(condition.condition.explained(in: language)))))
        }
        blocks.append(answerLines(question))
        if let guidance = question.guidance {
            let paragraphs = Markdown.blocks(guidance.text(in: language))
            if let first = paragraphs.first, !first.hasPrefix("- ") {
                blocks.append(say(.guidance) + " " + first)
                blocks += paragraphs.dropFirst()
            } else {
                blocks.append(say(.guidance))
                blocks += paragraphs
            }
        }
        if !question.refs.isEmpty {
            blocks.append(say(.provisions(Markdown.inline(question.refs.map(\.description).joined(separator: ", ")))))
        }
        let dependents = dependents(of: question.id)
        if !dependents.isEmpty {
            blocks.append(say(.bearsOn(dependents.joined(separator: "; "))))
        }
        return blocks
    }

    private func answerLines(_ question: Question) -> String {
        var lines: [String]
        switch question.kind {
        case .yesNo:
            lines = ["- [ ] " + say(.yes), "- [ ] " + say(.no)]
        case .singleChoice, .multipleChoice:
            lines = question.options.map {
                "- [ ] \(Markdown.inline($0.label.text(in: language))) (\(Markdown.code($0.id)))"
            }
            if question.kind == .multipleChoice { lines.append("- [ ] " + say(.noneOfThese)) }
        case .text, .date, .number:
            lines = ["- [ ] " + say(.blank(question.kind))]
        }
        if question.allowsUnknown { lines.append("- [ ] " + say(.unknownBox)) }
        return lines.joined(separator: "\n")
    }

    /// The findings and red patterns whose condition names `id`, as inline Markdown.
    private func dependents(of id: QuestionID) -> [String] {
        let patterns = bundle.redPatterns.filter { $0.condition?.condition.questionIDs.contains(id) ?? false }
            .map { say(.redPatternReference(Markdown.code($0.id))) }
        let findings = bundle.findings.filter { $0.condition?.condition.questionIDs.contains(id) ?? false }
            .map { say(.findingReference(Markdown.code($0.id))) }
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
        var blocks = ["## \(number). " + say(.rulesHeading)]
        blocks.append(say(.rulesIntro))
        blocks.append("### \(number).1 " + say(.redPatternsHeading))
        for (index, pattern) in bundle.redPatterns.enumerated() {
            blocks.append("#### R\(index + 1) \(headingText(pattern.title.text(in: language)))")
            var facts = [Markdown.code(pattern.id), say(.redPattern)]
            let precedents = pattern.precedents.compactMap { bundle.precedents[$0.value] }
                .map {
                    "\(Markdown.inline($0.authority.text(in: language))) \(Markdown.inline($0.reference)) (\($0.date))"
                }
            if !precedents.isEmpty { facts.append(say(.condemnedBy(precedents.joined(separator: "; ")))) }
            blocks.append(facts.joined(separator: " · "))
            blocks += conditionBlocks(pattern.condition, ifUnknown: pattern.ifUnknown, refs: pattern.refs)
        }
        var counter = 0
        for (areaIndex, area) in bundle.areas.enumerated() {
            let findings = bundle.findings.filter { $0.area == area.id }
            guard !findings.isEmpty else { continue }
            let heading = say(.findingsHeading(area: Markdown.inline(area.title.text(in: language))))
            blocks.append("### \(number).\(areaIndex + 2) " + heading)
            for finding in findings {
                counter += 1
                blocks.append("#### F\(counter) \(headingText(finding.title.text(in: language)))")
                blocks.append(
                    [
                        Markdown.code(finding.id), say(.finding),
                        ReportText.priority(finding.severity).text(in: language),
                    ]
                    .joined(separator: " · "))
                blocks += conditionBlocks(finding.condition, ifUnknown: finding.ifUnknown, refs: finding.refs)
            }
        }
        return blocks
    }

    private func conditionBlocks(_ condition: LocatedCondition?, ifUnknown: UnknownPolicy, refs: [Sourced<Citation>])
        -> [String]
    {
        var blocks: [String] = []
        let when = condition.map { $0.condition.explained(in: language) } ?? say(.never)
        blocks.append(say(.firesWhen(Markdown.inline(when))))
        switch ifUnknown {
        case .fires: blocks.append(say(.unknownFires))
        case .open: blocks.append(say(.unknownOpen))
        case .ignore: break
        }
        var seen: Set<Citation> = []
        let citations = refs.filter { seen.insert($0.value).inserted }.map(\.value.description)
        if !citations.isEmpty {
            blocks.append(say(.provisions(Markdown.inline(citations.joined(separator: ", ")))))
        }
        return blocks
    }
}
