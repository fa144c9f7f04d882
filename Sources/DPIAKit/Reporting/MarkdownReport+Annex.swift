/// Section 7 of the report: the annexes that hold, once, what the sections above refer to: every
/// question with its answer, the precedents in full, the sources, and the case.
extension MarkdownReport {
    func annex() -> [String] {
        var blocks = ["## 7. Annexes"]
        blocks += answersAnnex()
        blocks += precedentsAnnex()
        blocks += sourcesAnnex()
        blocks += caseAnnex()
        return blocks
    }

    // MARK: - A. Questions and answers

    private func answersAnnex() -> [String] {
        var blocks = ["### A. Questions asked and answers given"]
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
        let rows = entries.map { entry -> [String] in
            let question = entry.question
            let answer = entry.answer.map { answerText($0.state, question.id) } ?? "(not answered)"
            return [
                Markdown.code(question.id.rawValue), Markdown.inline(question.prompt.text()), answer,
                entry.answer?.note.map(Markdown.inline) ?? "", entry.answer?.evidence.map(Markdown.inline) ?? "",
            ]
        }
        blocks.append(
            Markdown.table(
                header: ["Id", "Question", "Answer", "Note", "Evidence"], rows: rows, widths: [15, 29, 16, 20, 20]))
        if !assessment.unanswered.isEmpty {
            blocks.append(
                "Required questions not answered: "
                    + assessment.unanswered.map { questionReference($0) }.joined(separator: ", ") + ".")
        }
        let mismatched = assessment.answers.madeAgainst.filter { made in
            bundle.layers.first { $0.id == made.layer }?.version != made.value
        }
        if !mismatched.isEmpty {
            blocks.append(
                "The answers were made against other versions: "
                    + mismatched.map { "\(Markdown.code($0.layer)) \(Markdown.inline($0.value))" }.joined(
                        separator: ", ")
                    + ".")
        }
        if !assessment.ignoredAnswers.isEmpty {
            blocks.append(
                "Answers kept in the file but not used, because their questions do not apply: "
                    + assessment.ignoredAnswers.map { Markdown.code($0.rawValue) }.joined(separator: ", ") + ".")
        }
        return blocks
    }

    // MARK: - B. Precedents

    private func precedentsAnnex() -> [String] {
        var ids: [String] = []
        for match in assessment.redPatterns {
            for sourced in match.pattern.precedents where !ids.contains(sourced.value) { ids.append(sourced.value) }
        }
        for reason in decision.reasons {
            for id in reason.precedents where !ids.contains(id) { ids.append(id) }
        }
        var blocks = ["### B. Precedents"]
        let precedents = ids.compactMap { bundle.precedents[$0] }
        guard !precedents.isEmpty else { return blocks + ["No precedent is cited."] }
        blocks.append(
            precedents.map { precedent -> String in
                var line =
                    "- [\(Markdown.inline(precedent.citeAs))] \(Markdown.inline(precedent.authority.text())),"
                    + " \(Markdown.inline(precedent.reference)) (\(Markdown.inline(precedent.date))):"
                    + " \(Markdown.inline(precedent.title.text()))."
                if let outcome = precedent.outcome { line += " \(Markdown.inline(outcome.text()))" }
                if isLater(precedent) {
                    line += " Decided after this assessment's date: a later decision, not a ground of it."
                }
                if let url = precedent.url { line += " <\(url)>" }
                return line
            }.joined(separator: "\n"))
        return blocks
    }

    // MARK: - C. Sources

    private func sourcesAnnex() -> [String] {
        var blocks = ["### C. Sources"]
        blocks.append(
            Markdown.table(
                header: ["Questionnaire", "Version", "Law as of", "Extends"],
                rows: bundle.layers.map {
                    [
                        Markdown.code($0.id), Markdown.inline($0.version), "\($0.lawAsOf)",
                        $0.extends.map(Markdown.code) ?? "",
                    ]
                }))
        var used: Set<String> = []
        for finding in assessment.findings { used.formUnion(finding.citations.map(\.citation.sourceKey)) }
        for match in assessment.redPatterns { used.formUnion(match.citations.map(\.citation.sourceKey)) }
        for risk in assessment.risks { used.formUnion(risk.risk.refs.map(\.value.sourceKey)) }
        for entry in assessment.transcript { used.formUnion(entry.question.refs.map(\.sourceKey)) }
        let sources = bundle.sources.values.filter { used.contains($0.key) }.sorted { $0.key < $1.key }
        blocks.append(
            Markdown.table(
                header: ["Key", "Instrument", "Official text"],
                rows: sources.map { [Markdown.inline($0.key), Markdown.inline($0.title.text()), "<\($0.url)>"] }))
        blocks.append(
            "Digests: section 8. What each provision was checked against, and when: `docs/legal-sources.md`.")
        return blocks
    }

    // MARK: - D. Case

    private func caseAnnex() -> [String] {
        guard let caseInfo = assessment.answers.caseInfo else { return [] }
        var blocks = ["### D. Case: \(Markdown.inline(caseInfo.title))"]
        // The narrative is the case file's (and the JSON report's); the report records which case it is.
        if caseInfo.narrative != nil {
            blocks.append("The facts are in the case file's narrative (`case.narrative`).")
        }
        if !caseInfo.sources.isEmpty {
            blocks.append(
                "Case sources:\n\n" + caseInfo.sources.map { "- " + Markdown.inline($0) }.joined(separator: "\n"))
        }
        return blocks
    }
}
