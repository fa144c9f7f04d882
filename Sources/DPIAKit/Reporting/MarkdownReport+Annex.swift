/// Section 7 of the report: the annexes that hold, once, what the sections above refer to: every
/// question with its answer, the precedents in full, the sources, and the case.
extension MarkdownReport {
    func annex() -> [String] {
        var blocks = ["## " + t(.annexHeading)]
        blocks += answersAnnex()
        blocks += precedentsAnnex()
        blocks += sourcesAnnex()
        blocks += caseAnnex()
        return blocks
    }

    // MARK: - A. Questions and answers

    private func answersAnnex() -> [String] {
        var blocks = ["### " + t(.answersAnnexHeading)]
        // Out of scope, the assessment stops at the scope questions: the questions after them were
        // never asked, so listing them as "(not answered)" would suggest an unfinished interview.
        let isOutOfScope = assessment.verdict == .outOfScope
        let entries = isOutOfScope ? assessment.transcript.filter { $0.answer != nil } : assessment.transcript
        if isOutOfScope {
            blocks.append(t(.stoppedAtScope))
        }
        let rows = entries.map { entry -> [String] in
            let question = entry.question
            let answer = entry.answer.map { answerText($0.state, question.id) } ?? t(.notAnswered)
            return [
                Markdown.code(question.id.rawValue), Markdown.inline(t(question.prompt)), answer,
                entry.answer?.note.map(Markdown.inline) ?? "", entry.answer?.evidence.map(Markdown.inline) ?? "",
            ]
        }
        blocks.append(
            Markdown.table(
                header: [t(.idColumn), t(.questionColumn), t(.answerColumn), t(.noteColumn), t(.evidenceColumn)],
                rows: rows, widths: [15, 29, 16, 20, 20]))
        if !assessment.unanswered.isEmpty {
            blocks.append(
                t(.requiredNotAnswered(assessment.unanswered.map { questionReference($0) }.joined(separator: ", "))))
        }
        let mismatched = assessment.answers.madeAgainst.filter { made in
            bundle.layers.first { $0.id == made.layer }?.version != made.value
        }
        if !mismatched.isEmpty {
            blocks.append(
                t(
                    .otherVersions(
                        mismatched.map { "\(Markdown.code($0.layer)) \(Markdown.inline($0.value))" }.joined(
                            separator: ", "))))
        }
        if !assessment.ignoredAnswers.isEmpty {
            blocks.append(
                t(.answersNotUsed(assessment.ignoredAnswers.map { Markdown.code($0.rawValue) }.joined(separator: ", ")))
            )
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
        var blocks = ["### " + t(.precedentsHeading)]
        let precedents = ids.compactMap { bundle.precedents[$0] }
        guard !precedents.isEmpty else { return blocks + [t(.noPrecedent)] }
        blocks.append(
            precedents.map { precedent -> String in
                var line =
                    "- [\(Markdown.inline(precedent.citeAs))] \(Markdown.inline(t(precedent.authority))),"
                    + " \(Markdown.inline(precedent.reference)) (\(Markdown.inline(precedent.date))):"
                    + " \(Markdown.inline(t(precedent.title)))."
                if let outcome = precedent.outcome { line += " \(Markdown.inline(t(outcome)))" }
                if isLater(precedent) { line += t(.decidedAfterAssessment) }
                if let url = precedent.url { line += " <\(url)>" }
                return line
            }.joined(separator: "\n"))
        return blocks
    }

    // MARK: - C. Sources

    private func sourcesAnnex() -> [String] {
        var blocks = ["### " + t(.sourcesHeading)]
        blocks.append(
            Markdown.table(
                header: [t(.questionnaireColumn), t(.versionColumn), t(.lawAsOfColumn), t(.extendsColumn)],
                rows: bundle.layers.map {
                    [
                        Markdown.code($0.id), Markdown.inline($0.version), t($0.lawAsOf),
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
                header: [t(.keyColumn), t(.instrumentColumn), t(.officialTextColumn)],
                rows: sources.map { [Markdown.inline($0.key), Markdown.inline(t($0.title)), "<\($0.url)>"] }))
        blocks.append(t(.digestsNote))
        return blocks
    }

    // MARK: - D. Case

    private func caseAnnex() -> [String] {
        guard let caseInfo = assessment.answers.caseInfo else { return [] }
        var blocks = ["### " + t(.caseHeading(title: Markdown.inline(caseInfo.title)))]
        // The narrative is the case file's (and the JSON report's); the report records which case it is.
        if caseInfo.narrative != nil {
            blocks.append(t(.narrativeNote))
        }
        if !caseInfo.sources.isEmpty {
            blocks.append(
                t(.caseSourcesLead) + "\n\n"
                    + caseInfo.sources.map { "- " + Markdown.inline($0) }.joined(separator: "\n"))
        }
        return blocks
    }
}
