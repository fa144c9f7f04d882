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
    /// The language the explanation is written in.
    public var language: Language

    /// Creates an explanation of `id` in `language`.
    public init(id: String, bundles: [QuestionnaireBundle], cases: [AssessedCase], language: Language = .en) {
        self.id = id
        self.bundles = bundles
        self.cases = cases
        self.language = language
    }

    private func say(_ text: ExplainText) -> String { text.text(in: language) }

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
            say(
                .questionHeading(
                    id: id, layer: question.origin.layer,
                    jurisdictions: jurisdictions { $0.question(questionID) != nil }))
        ]
        lines.append(question.prompt.text(in: language))
        lines.append(say(.answerKind(question.kind)))
        if question.kind.hasOptions {
            lines += question.options.map { "  \($0.id): \($0.label.text(in: language))" }
        }
        lines.append(say(.unknownAllowed(question.allowsUnknown)))
        lines.append(
            question.condition.map { say(.askedOnlyWhen($0.condition.explained(in: language))) } ?? say(.askedAlways))
        if let guidance = question.guidance {
            lines.append(say(.guidance(guidance.text(in: language).replacingLineBreaks())))
        }
        let provisions = question.refs.isEmpty ? nil : question.refs.map(\.description).joined(separator: ", ")
        lines.append(say(.provisionsLine(provisions)))
        var dependents: [String] = []
        var seen: Set<String> = []
        for bundle in bundles {
            for pattern in bundle.redPatterns
            where pattern.condition?.condition.questionIDs.contains(questionID) ?? false {
                if seen.insert("r:" + pattern.id).inserted {
                    let condition = pattern.condition?.condition.explained(in: language) ?? say(.never)
                    dependents.append(say(.dependentRedPattern(id: pattern.id, condition: condition)))
                }
            }
            for finding in bundle.findings where finding.condition?.condition.questionIDs.contains(questionID) ?? false
            {
                if seen.insert("f:" + finding.id).inserted {
                    let condition = finding.condition?.condition.explained(in: language) ?? say(.never)
                    dependents.append(say(.dependentFinding(id: finding.id, condition: condition)))
                }
            }
            for other in bundle.questions where other.condition?.condition.questionIDs.contains(questionID) ?? false {
                if seen.insert("q:" + other.id.rawValue).inserted {
                    let condition = other.condition?.condition.explained(in: language) ?? ""
                    dependents.append(say(.dependentQuestion(id: other.id.rawValue, condition: condition)))
                }
            }
        }
        lines.append(say(.dependsOn(isEmpty: dependents.isEmpty)))
        lines += dependents
        lines.append(say(.bundledCases))
        let renderer = ScreenRenderer(usesColor: false)
        var caseLines: [String] = []
        for assessed in cases {
            guard let entry = assessed.assessment.transcript.first(where: { $0.question.id == questionID }),
                let answer = entry.answer
            else { continue }
            caseLines.append("  \(assessed.name): \(renderer.summary(answer.state, question, in: language))")
        }
        lines += caseLines.isEmpty ? [say(.noCaseAsks)] : caseLines
        return lines.joined(separator: "\n")
    }

    // MARK: - Findings and red patterns

    private func findingText() -> String {
        let rules = bundles.compactMap { bundle in bundle.findings.first { $0.id == id }.map { (bundle, $0) } }
        guard let (_, rule) = rules.first else { return "" }
        let where_ = rules.map(\.0.jurisdiction).joined(separator: ", ")
        var lines = [say(.findingHeading(id: id, layer: rule.origin.layer, jurisdictions: where_))]
        lines.append(rule.title.text(in: language))
        lines.append(say(.severity(rule.severity, isOutOfScope: rule.isOutOfScope)))
        lines += ruleLines(
            condition: rule.condition, ifUnknown: rule.ifUnknown, explanation: rule.explanation,
            addenda: rules.flatMap { $0.1.addenda },
            refs: rules.flatMap { rule in rule.1.refs.map { (rule.0.jurisdiction, $0) } },
            measures: rules.flatMap { $0.1.measures })
        lines.append(say(.casesWhereItFires))
        let hits = cases.compactMap { assessed -> String? in
            guard let finding = assessed.assessment.findings.first(where: { $0.rule.id == id }) else { return nil }
            return
                "  \(assessed.name): \(say(.caseState(isFired: finding.status == .fired, severity: finding.severity)))"
                + because(finding.reasons, in: assessed.assessment.bundle)
        }
        lines += hits.isEmpty ? [say(.none)] : hits
        return lines.joined(separator: "\n")
    }

    private func redPatternText() -> String {
        let patterns = bundles.compactMap { bundle in bundle.redPatterns.first { $0.id == id }.map { (bundle, $0) } }
        guard let (_, pattern) = patterns.first else { return "" }
        let where_ = patterns.map(\.0.jurisdiction).joined(separator: ", ")
        var lines = [say(.redPatternHeading(id: id, layer: pattern.origin.layer, jurisdictions: where_))]
        lines.append(pattern.title.text(in: language))
        lines += ruleLines(
            condition: pattern.condition, ifUnknown: pattern.ifUnknown, explanation: pattern.explanation,
            addenda: patterns.flatMap { $0.1.addenda },
            refs: patterns.flatMap { item in item.1.refs.map { (item.0.jurisdiction, $0) } },
            measures: patterns.flatMap { $0.1.measures })
        var seen: Set<String> = []
        let precedents = patterns.flatMap { item in item.1.precedents.compactMap { item.0.precedents[$0.value] } }
            .filter { seen.insert($0.id).inserted }
        lines.append(say(.precedents(isEmpty: precedents.isEmpty)))
        lines += precedents.map { precedent in
            "  \(precedent.id): \(precedent.authority.text(in: language)), \(precedent.reference), \(precedent.date). "
                + (precedent.outcome?.text(in: language).replacingLineBreaks() ?? precedent.title.text(in: language))
        }
        lines.append(say(.casesWhereItFires))
        let hits = cases.compactMap { assessed -> String? in
            guard let match = assessed.assessment.redPatterns.first(where: { $0.pattern.id == id }) else { return nil }
            return "  \(assessed.name): \(say(.caseState(isFired: match.status == .fired, severity: nil)))"
                + because(match.reasons, in: assessed.assessment.bundle)
        }
        lines += hits.isEmpty ? [say(.none)] : hits
        return lines.joined(separator: "\n")
    }

    private func ruleLines(
        condition: LocatedCondition?, ifUnknown: UnknownPolicy, explanation: LocalizedText, addenda: [Addendum],
        refs: [(String, Sourced<Citation>)], measures: [Measure]
    ) -> [String] {
        var lines = [say(.firesWhen(condition?.condition.explained(in: language) ?? say(.never)))]
        lines.append(say(.ifUnknown(ifUnknown)))
        lines.append(say(.why(explanation.text(in: language).replacingLineBreaks())))
        var seenAddenda: Set<String> = []
        for addendum in addenda where seenAddenda.insert(addendum.layer + addendum.text.text()).inserted {
            lines.append("  [\(addendum.layer)] " + addendum.text.text(in: language).replacingLineBreaks())
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
        lines.append(say(.provisions))
        lines += order.map { key in
            let where_ = places[key] ?? []
            return "  \(key)" + (where_.count == all ? "" : say(.inJurisdictions(where_.joined(separator: ", "))))
        }
        var seenMeasures: Set<String> = []
        let uniqueMeasures = measures.filter { seenMeasures.insert($0.id).inserted }
        if !uniqueMeasures.isEmpty {
            lines.append(say(.measures))
            lines += uniqueMeasures.map { "  \($0.id): \($0.text.text(in: language).replacingLineBreaks())" }
        }
        return lines
    }

    private func because(_ reasons: [Reason], in bundle: QuestionnaireBundle) -> String {
        let renderer = ScreenRenderer(usesColor: false)
        let parts = reasons.compactMap { reason -> String? in
            guard let question = bundle.question(reason.question) else { return nil }
            return "\(reason.question) = \(renderer.summary(reason.state, question, in: language))"
        }
        return parts.isEmpty ? "" : say(.because(parts.joined(separator: "; ")))
    }
}
