/// What `dpia explain ID` prints about a question, finding or red pattern: its text, its condition in
/// plain words, its provisions and precedents across every jurisdiction's bundle, what depends on it,
/// and which bundled cases trigger it. Pure: bundles and assessed cases in, text out.
public struct Explanation: Sendable {
    /// One bundled case, assessed.
    public struct AssessedCase: Sendable {
        /// The case's short name (`be-coc-clearview`).
        public var name: String
        /// Its assessment against its jurisdiction's bundle.
        public var assessment: Assessment

        /// Creates an assessed case.
        public init(name: String, assessment: Assessment) {
            self.name = name
            self.assessment = assessment
        }
    }

    /// The id explained.
    public var id: String
    /// Every jurisdiction's bundle.
    public var bundles: [QuestionnaireBundle]
    /// The bundled cases.
    public var cases: [AssessedCase]

    /// Creates an explanation of `id`.
    public init(id: String, bundles: [QuestionnaireBundle], cases: [AssessedCase]) {
        self.id = id
        self.bundles = bundles
        self.cases = cases
    }

    /// Every question, finding and red pattern id of the bundles, each once, in bundle order.
    public static func ids(in bundles: [QuestionnaireBundle]) -> [String] {
        var seen: Set<String> = []
        var ids: [String] = []
        for bundle in bundles {
            let all = bundle.questions.map(\.id.rawValue) + bundle.findings.map(\.id) + bundle.redPatterns.map(\.id)
            for id in all where seen.insert(id).inserted { ids.append(id) }
        }
        return ids
    }

    /// The explanation, or nil when no bundle has a question, finding or red pattern with the id.
    public func render() -> String? {
        var parts: [String] = []
        if let question = bundles.lazy.compactMap({ $0.question(QuestionID(id)) }).first {
            parts.append(questionText(question))
        }
        if bundles.contains(where: { bundle in bundle.findings.contains { $0.id == id } }) {
            parts.append(findingText())
        }
        if bundles.contains(where: { bundle in bundle.redPatterns.contains { $0.id == id } }) {
            parts.append(redPatternText())
        }
        return parts.isEmpty ? nil : parts.joined(separator: "\n\n") + "\n"
    }

    private func jurisdictions(where holds: (QuestionnaireBundle) -> Bool) -> String {
        bundles.filter(holds).map(\.jurisdiction).joined(separator: ", ")
    }

    // MARK: - Questions

    private func questionText(_ question: Question) -> String {
        let questionID = QuestionID(id)
        var lines = [
            "Question \(id) (\(question.origin.layer); in \(jurisdictions { $0.question(questionID) != nil }))"
        ]
        lines.append(question.prompt.text())
        switch question.kind {
        case .yesNo: lines.append("Answer: yes or no")
        case .singleChoice, .multipleChoice:
            lines.append(question.kind == .singleChoice ? "Answer: one of" : "Answer: any of")
            lines += question.options.map { "  \($0.id): \($0.label.text())" }
        case .text, .date, .number: lines.append("Answer: \(question.kind.rawValue)")
        }
        lines.append(question.allowsUnknown ? "\"I don't know\" is allowed." : "\"I don't know\" is not allowed.")
        lines.append("Asked: " + (question.condition.map { "only when " + $0.condition.explained() } ?? "always"))
        if let guidance = question.guidance { lines.append("Guidance: " + guidance.text().replacingLineBreaks()) }
        lines.append(
            "Provisions: " + (question.refs.isEmpty ? "none" : question.refs.map(\.description).joined(separator: ", "))
        )
        var dependents: [String] = []
        var seen: Set<String> = []
        for bundle in bundles {
            for pattern in bundle.redPatterns
            where pattern.condition?.condition.questionIDs.contains(questionID) ?? false {
                if seen.insert("r:" + pattern.id).inserted {
                    dependents.append(
                        "  red pattern \(pattern.id): fires when \(pattern.condition?.condition.explained() ?? "never")"
                    )
                }
            }
            for finding in bundle.findings where finding.condition?.condition.questionIDs.contains(questionID) ?? false
            {
                if seen.insert("f:" + finding.id).inserted {
                    dependents.append(
                        "  finding \(finding.id): fires when \(finding.condition?.condition.explained() ?? "never")")
                }
            }
            for other in bundle.questions where other.condition?.condition.questionIDs.contains(questionID) ?? false {
                if seen.insert("q:" + other.id.rawValue).inserted {
                    dependents.append(
                        "  question \(other.id): asked only when \(other.condition?.condition.explained() ?? "")")
                }
            }
        }
        lines.append("Depends on it:" + (dependents.isEmpty ? " nothing" : ""))
        lines += dependents
        lines.append("Bundled cases:")
        let renderer = ScreenRenderer(usesColor: false)
        var caseLines: [String] = []
        for assessed in cases {
            guard let entry = assessed.assessment.transcript.first(where: { $0.question.id == questionID }),
                let answer = entry.answer
            else { continue }
            caseLines.append("  \(assessed.name): \(renderer.summary(answer.state, question))")
        }
        lines += caseLines.isEmpty ? ["  none asks it"] : caseLines
        return lines.joined(separator: "\n")
    }

    // MARK: - Findings and red patterns

    private func findingText() -> String {
        let rules = bundles.compactMap { bundle in bundle.findings.first { $0.id == id }.map { (bundle, $0) } }
        guard let (_, rule) = rules.first else { return "" }
        var lines = ["Finding \(id) (\(rule.origin.layer); in \(rules.map(\.0.jurisdiction).joined(separator: ", ")))"]
        lines.append(rule.title.text())
        lines.append(
            "Severity: \(rule.severity.rawValue)\(rule.isOutOfScope ? " (out of scope: stops the assessment)" : "")")
        lines += ruleLines(
            condition: rule.condition, ifUnknown: rule.ifUnknown, explanation: rule.explanation,
            addenda: rules.flatMap { $0.1.addenda },
            refs: rules.flatMap { rule in rule.1.refs.map { (rule.0.jurisdiction, $0) } },
            measures: rules.flatMap { $0.1.measures })
        lines.append("Bundled cases where it fires or cannot be excluded:")
        let hits = cases.compactMap { assessed -> String? in
            guard let finding = assessed.assessment.findings.first(where: { $0.rule.id == id }) else { return nil }
            return
                "  \(assessed.name): \(finding.status == .fired ? "fired" : "not excluded"), \(finding.severity.rawValue)"
                + because(finding.reasons, in: assessed.assessment.bundle)
        }
        lines += hits.isEmpty ? ["  none"] : hits
        return lines.joined(separator: "\n")
    }

    private func redPatternText() -> String {
        let patterns = bundles.compactMap { bundle in bundle.redPatterns.first { $0.id == id }.map { (bundle, $0) } }
        guard let (_, pattern) = patterns.first else { return "" }
        var lines = [
            "Red pattern \(id) (\(pattern.origin.layer); in \(patterns.map(\.0.jurisdiction).joined(separator: ", ")))"
        ]
        lines.append(pattern.title.text())
        lines += ruleLines(
            condition: pattern.condition, ifUnknown: pattern.ifUnknown, explanation: pattern.explanation,
            addenda: patterns.flatMap { $0.1.addenda },
            refs: patterns.flatMap { item in item.1.refs.map { (item.0.jurisdiction, $0) } },
            measures: patterns.flatMap { $0.1.measures })
        var seen: Set<String> = []
        let precedents = patterns.flatMap { item in item.1.precedents.compactMap { item.0.precedents[$0.value] } }
            .filter { seen.insert($0.id).inserted }
        lines.append("Precedents:" + (precedents.isEmpty ? " none" : ""))
        lines += precedents.map { precedent in
            "  \(precedent.id): \(precedent.authority.text()), \(precedent.reference), \(precedent.date). "
                + (precedent.outcome?.text().replacingLineBreaks() ?? precedent.title.text())
        }
        lines.append("Bundled cases where it fires or cannot be excluded:")
        let hits = cases.compactMap { assessed -> String? in
            guard let match = assessed.assessment.redPatterns.first(where: { $0.pattern.id == id }) else { return nil }
            return "  \(assessed.name): \(match.status == .fired ? "fired" : "not excluded")"
                + because(match.reasons, in: assessed.assessment.bundle)
        }
        lines += hits.isEmpty ? ["  none"] : hits
        return lines.joined(separator: "\n")
    }

    private func ruleLines(
        condition: LocatedCondition?, ifUnknown: UnknownPolicy, explanation: LocalizedText, addenda: [Addendum],
        refs: [(String, Sourced<Citation>)], measures: [Measure]
    ) -> [String] {
        var lines = ["Fires when: \(condition?.condition.explained() ?? "never")"]
        switch ifUnknown {
        case .fires: lines.append("If an answer it needs is \"I don't know\" or missing: counts as fired.")
        case .open: lines.append("If an answer it needs is \"I don't know\" or missing: listed as not excluded.")
        case .ignore: lines.append("If an answer it needs is \"I don't know\" or missing: dropped.")
        }
        lines.append("Why: " + explanation.text().replacingLineBreaks())
        var seenAddenda: Set<String> = []
        for addendum in addenda where seenAddenda.insert(addendum.layer + addendum.text.text()).inserted {
            lines.append("  [\(addendum.layer)] " + addendum.text.text().replacingLineBreaks())
        }
        // A citation from the core holds everywhere; one from an overlay only in its jurisdiction.
        var order: [String] = []
        var places: [String: [String]] = [:]
        for (jurisdiction, ref) in refs {
            let key = "\(ref.value) (\(ref.layer))"
            if places[key] == nil { order.append(key) }
            if !(places[key]?.contains(jurisdiction) ?? false) { places[key, default: []].append(jurisdiction) }
        }
        let all = Set(refs.map(\.0)).count
        lines.append("Provisions:")
        lines += order.map { key in
            let where_ = places[key] ?? []
            return "  \(key)" + (where_.count == all ? "" : ", in \(where_.joined(separator: ", "))")
        }
        var seenMeasures: Set<String> = []
        let uniqueMeasures = measures.filter { seenMeasures.insert($0.id).inserted }
        if !uniqueMeasures.isEmpty {
            lines.append("Measures:")
            lines += uniqueMeasures.map { "  \($0.id): \($0.text.text().replacingLineBreaks())" }
        }
        return lines
    }

    private func because(_ reasons: [Reason], in bundle: QuestionnaireBundle) -> String {
        let renderer = ScreenRenderer(usesColor: false)
        let parts = reasons.compactMap { reason -> String? in
            guard let question = bundle.question(reason.question) else { return nil }
            return "\(reason.question) = \(renderer.summary(reason.state, question))"
        }
        return parts.isEmpty ? "" : " (because \(parts.joined(separator: "; ")))"
    }
}
