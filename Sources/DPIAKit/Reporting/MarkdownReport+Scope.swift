/// Sections 6 (scope and metadata) and 7 (annex) of the report.
extension MarkdownReport {
    // MARK: - 6. Scope

    func scopeSection() -> [String] {
        var rows: [[String]] = [
            ["Organisation", Markdown.inline(metadata.organisation)],
            ["Unit", Markdown.inline(metadata.unit ?? "")],
            ["Processing or tool", Markdown.inline(metadata.processing)],
            ["Assessor", Markdown.inline(metadata.assessor ?? "")],
            ["Assessment date", "\(assessment.date)" + (assessment.isDateDefaulted ? " (date of the report)" : "")],
            ["Jurisdiction", bundle.jurisdiction],
            ["Answers file", Markdown.inline(assessment.answers.file)],
        ]
        if let caseInfo = assessment.answers.caseInfo { rows.append(["Case", Markdown.inline(caseInfo.title)]) }
        var blocks = ["## 6. Scope and metadata", Markdown.table(header: ["Item", "Value"], rows: rows)]
        blocks.append(
            Markdown.table(
                header: ["Questionnaire", "Version", "Law as of", "Jurisdiction", "Extends"],
                rows: bundle.layers.map {
                    [
                        Markdown.code($0.id), Markdown.inline($0.version), "\($0.lawAsOf)", $0.jurisdiction,
                        $0.extends.map(Markdown.code) ?? "",
                    ]
                }))
        let mismatched = assessment.answers.madeAgainst.filter { made in
            bundle.layers.first { $0.id == made.layer }?.version != made.value
        }
        if !mismatched.isEmpty {
            blocks.append(
                "The answers were made against other versions: "
                    + mismatched.map {
                        "\(Markdown.code($0.layer)) \(Markdown.inline($0.value))"
                    }.joined(separator: ", ") + ".")
        }
        if !assessment.ignoredAnswers.isEmpty {
            blocks.append(
                "Answers kept in the file but not used, because their questions do not apply: "
                    + assessment.ignoredAnswers.map { Markdown.code($0.rawValue) }.joined(separator: ", ") + ".")
        }
        if let caseInfo = assessment.answers.caseInfo {
            if let narrative = caseInfo.narrative {
                blocks.append("### Case narrative")
                blocks += Markdown.blocks(narrative)
            }
            if !caseInfo.sources.isEmpty {
                blocks.append(
                    "Case sources:\n\n" + caseInfo.sources.map { "- " + Markdown.inline($0) }.joined(separator: "\n"))
            }
        }
        return blocks
    }

    // MARK: - 7. Annex

    func annex() -> [String] {
        var blocks = ["## 7. Annex", "### A. Questions asked and answers given"]
        // Out of scope, the assessment stops at the scope questions: the questions after them were
        // never asked, so listing them as "(not answered)" would suggest an unfinished interview.
        let isOutOfScope = assessment.verdict == .outOfScope
        let entries = isOutOfScope ? assessment.transcript.filter { $0.answer != nil } : assessment.transcript
        if isOutOfScope {
            blocks.append(
                "The assessment stopped at scope: only the questions answered are listed. The other questions"
                    + " were not asked: they apply the Law Enforcement Directive, which does not govern this processing."
            )
        }
        let rows = entries.enumerated().map { index, entry -> [String] in
            let question = entry.question
            var detail: [String] = []
            if let note = entry.answer?.note { detail.append("Note: " + Markdown.inline(note)) }
            if let evidence = entry.answer?.evidence { detail.append("Evidence: " + Markdown.inline(evidence)) }
            let answer = entry.answer.map { answerText($0.state, question.id) } ?? "(not answered)"
            return [
                "\(index + 1)", Markdown.code(question.id.rawValue), Markdown.inline(question.prompt.text()),
                answer, detail.joined(separator: " "),
            ]
        }
        blocks.append(Markdown.table(header: ["#", "Id", "Question", "Answer", "Note and evidence"], rows: rows))
        blocks.append("### B. Legal sources")
        let used = Set(
            assessment.findings.flatMap { $0.citations.map(\.citation.sourceKey) }
                + assessment.redPatterns.flatMap { $0.citations.map(\.citation.sourceKey) }
                + entries.flatMap { $0.question.refs.map(\.sourceKey) })
        let sources = bundle.sources.values.filter { used.contains($0.key) }.sorted { $0.key < $1.key }
        blocks.append(
            Markdown.table(
                header: ["Key", "Instrument", "Official text", "Declared by"],
                rows: sources.map {
                    [
                        Markdown.inline($0.key), Markdown.inline($0.title.text()), "<\($0.url)>",
                        Markdown.code($0.origin.layer),
                    ]
                }))
        let notes = bundle.layers.compactMap { layer -> String? in
            guard let notes = layer.sourceNotes else { return nil }
            return (["Source notes of \(Markdown.code(layer.id)):"] + Markdown.blocks(notes.text())).joined(
                separator: "\n\n")
        }
        if !notes.isEmpty {
            blocks.append("### C. Source notes")
            blocks += notes
        }
        return blocks
    }
}
