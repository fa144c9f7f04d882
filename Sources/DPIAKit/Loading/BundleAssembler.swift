/// Merges the layers of one jurisdiction into a `QuestionnaireBundle` and checks everything that spans
/// layers: what a layer extends, duplicate ids across layers, conditions (questions, options, order,
/// operators, cycles), citations of undeclared sources, unknown areas, precedents and amendment targets.
public enum BundleAssembler {
    /// Assembles the bundle for `jurisdiction` from `layers`; problems go to `log`. With `checking`
    /// false, only what merging meets is reported, not the checks of the assembled bundle: for layers
    /// that were checked in this bundle when `dpia` was built.
    public static func assemble(
        _ available: [Questionnaire], jurisdiction: String, log: DiagnosticLog, checking: Bool = true
    ) -> QuestionnaireBundle {
        let ordered = order(available.filter { $0.jurisdiction == "eu" || $0.jurisdiction == jurisdiction }, log: log)
        var sections: [Section] = []
        var areas: [Area] = []
        var findings: [FindingRule] = []
        var redPatterns: [RedPattern] = []
        var sources: [String: LegalSource] = [:]
        var precedents: [String: Precedent] = [:]
        var firstQuestion: [QuestionID: SourceLocation] = [:]
        var firstRule: [RuleKind: [String: SourceLocation]] = [:]
        var risks: [Risk] = []
        var measures: [String: Measure] = [:]
        for layer in ordered {
            for risk in layer.risks {
                if let first = risks.first(where: { $0.id == risk.id }) {
                    log.error(
                        "risk id '\(risk.id)' is already used by another layer", at: risk.origin.location,
                        notes: [.note("first defined here", at: first.origin.location)])
                    continue
                }
                risks.append(risk)
            }
            let inline =
                layer.measures + layer.findings.flatMap(\.measures) + layer.redPatterns.flatMap(\.measures)
                + layer.amendments.flatMap(\.measures)
            for measure in inline where !measure.isReference {
                if let first = measures[measure.id], first.origin.location.file != measure.origin.location.file {
                    log.error(
                        "measure id '\(measure.id)' is already used by another layer", at: measure.origin.location,
                        notes: [.note("first defined here", at: first.origin.location)])
                    continue
                }
                measures[measure.id] = measures[measure.id] ?? measure
            }
            for source in layer.sources where sources[source.key] == nil {
                sources[source.key] = source
            }
            for precedent in layer.precedents where precedents[precedent.id] == nil {
                precedents[precedent.id] = precedent
            }
            for area in layer.areas where !areas.contains(where: { $0.id == area.id }) {
                areas.append(area)
            }
            for section in layer.sections {
                for question in section.questions {
                    if let first = firstQuestion[question.id], first.file != question.origin.location.file {
                        log.error(
                            "question id '\(question.id)' is already used by another layer",
                            at: question.origin.location, notes: [.note("first defined here", at: first)])
                    }
                    firstQuestion[question.id] = firstQuestion[question.id] ?? question.origin.location
                }
                if let index = sections.firstIndex(where: { $0.id == section.id }) {
                    sections[index].questions += section.questions
                } else {
                    if section.title.text().isEmpty {
                        log.error(
                            "section '\(section.id)' needs a 'title' (no layer it extends declares it)",
                            at: section.origin.location)
                    }
                    sections.append(section)
                }
            }
            merge(layer.findings, into: &findings, first: &firstRule[.finding, default: [:]], log: log)
            merge(layer.redPatterns, into: &redPatterns, first: &firstRule[.redPattern, default: [:]], log: log)
        }
        // A rule names a shared measure by id: every rule that owes it then shares one register entry.
        let resolve = { (list: [Measure]) -> [Measure] in
            list.compactMap { measure in
                guard measure.isReference else { return measure }
                guard let found = measures[measure.id] else {
                    var message = "no measure '\(measure.id)' in the '\(jurisdiction)' questionnaires"
                    if let guess = Suggestion.closest(to: measure.id, among: Array(measures.keys)) {
                        message += "; did you mean '\(guess)'?"
                    }
                    log.error(message + "; declare it under 'measures'", at: measure.origin.location)
                    return nil
                }
                return found
            }
        }
        for index in findings.indices { findings[index].measures = resolve(findings[index].measures) }
        for index in redPatterns.indices { redPatterns[index].measures = resolve(redPatterns[index].measures) }
        var bundle = QuestionnaireBundle(
            jurisdiction: jurisdiction, layers: ordered, sections: sections, areas: areas,
            findings: findings, redPatterns: redPatterns, sources: sources, precedents: precedents, risks: risks,
            measures: measures)
        // Amendments only reach layers a layer extends, which all come earlier in the order.
        for layer in ordered {
            for var amendment in layer.amendments {
                amendment.measures = resolve(amendment.measures)
                apply(amendment, layer: layer, to: &bundle, log: log)
            }
        }
        if checking { check(bundle, log: log) }
        return bundle
    }

    /// The layers that `jurisdiction` uses, each after the one it extends, EU-wide layers first.
    static func order(_ layers: [Questionnaire], log: DiagnosticLog) -> [Questionnaire] {
        let byID = Dictionary(layers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var result: [Questionnaire] = []
        var placed: Set<String> = []
        var visiting: Set<String> = []
        func place(_ layer: Questionnaire) {
            guard !placed.contains(layer.id) else { return }
            guard visiting.insert(layer.id).inserted else {
                log.error("layer '\(layer.id)' extends itself through a cycle", at: location(of: layer))
                return
            }
            if let parent = layer.extends {
                if let base = byID[parent] {
                    place(base)
                } else {
                    log.error(
                        "'\(layer.id)' extends '\(parent)', which is not a known questionnaire", at: location(of: layer)
                    )
                }
            }
            visiting.remove(layer.id)
            if placed.insert(layer.id).inserted { result.append(layer) }
        }
        let sorted = layers.sorted {
            ($0.jurisdiction == "eu" ? 0 : 1, $0.extends == nil ? 0 : 1, $0.id)
                < ($1.jurisdiction == "eu" ? 0 : 1, $1.extends == nil ? 0 : 1, $1.id)
        }
        sorted.forEach(place)
        return result
    }

    static func location(of layer: Questionnaire) -> SourceLocation {
        SourceLocation(file: layer.file, line: 1, column: 1)
    }

    /// The layer ids `layer` may draw on: itself and what it extends, transitively.
    static func lineage(of layer: Questionnaire, in bundle: QuestionnaireBundle) -> Set<String> {
        var result: Set<String> = [layer.id]
        var next = layer.extends
        while let id = next, result.insert(id).inserted {
            next = bundle.layers.first { $0.id == id }?.extends
        }
        return result
    }

    /// Appends a layer's rules of one kind, reporting an id another layer already used.
    private static func merge<R: Rule>(
        _ rules: [R], into merged: inout [R], first: inout [String: SourceLocation], log: DiagnosticLog
    ) {
        for rule in rules {
            if let location = first[rule.id], location.file != rule.origin.location.file {
                log.error(
                    "\(R.kind.noun) id '\(rule.id)' is already used by another layer", at: rule.origin.location,
                    notes: [.note("first defined here", at: location)])
            }
            first[rule.id] = first[rule.id] ?? rule.origin.location
            merged.append(rule)
        }
    }

    /// Adds an amendment's provisions, measures and explanation to the rule of `rules` it names, and
    /// returns that rule's index; nil, after reporting it, when no layer `layer` extends declares it.
    private static func amend<R: Rule>(
        _ rules: inout [R], id: String, with amendment: Amendment, layer: Questionnaire, allowed: Set<String>,
        log: DiagnosticLog
    ) -> Int? {
        guard let index = rules.firstIndex(where: { $0.id == id && allowed.contains($0.origin.layer) }) else {
            var message =
                "amendment names \(R.kind.noun) '\(Diagnostic.excerpt(id))', which no layer '\(layer.id)' extends declares"
            if let guess = Suggestion.closest(to: id, among: rules.map(\.id)) {
                message += "; did you mean '\(guess)'?"
            }
            log.error(message, at: amendment.origin.location)
            return nil
        }
        rules[index].refs += amendment.refs.map { Sourced($0, from: layer.id) }
        rules[index].measures += amendment.measures
        if let text = amendment.explanation { rules[index].addenda.append(Addendum(text: text, layer: layer.id)) }
        return index
    }

    private static func apply(
        _ amendment: Amendment, layer: Questionnaire, to bundle: inout QuestionnaireBundle,
        log: DiagnosticLog
    ) {
        let allowed = lineage(of: layer, in: bundle)
        switch amendment.target {
        case .finding(let id):
            _ = amend(&bundle.findings, id: id, with: amendment, layer: layer, allowed: allowed, log: log)
        case .redPattern(let id):
            guard
                let index = amend(
                    &bundle.redPatterns, id: id, with: amendment, layer: layer, allowed: allowed, log: log)
            else { return }
            // A precedent the pattern already names is not listed twice.
            let named = Set(bundle.redPatterns[index].precedents.map(\.value))
            bundle.redPatterns[index].precedents += amendment.precedents.filter { !named.contains($0) }
                .map { Sourced($0, from: layer.id) }
        case .risk(let id):
            guard let index = bundle.risks.firstIndex(where: { $0.id == id && allowed.contains($0.origin.layer) })
            else {
                var message = "amendment names risk '\(id)', which no layer '\(layer.id)' extends declares"
                if let guess = Suggestion.closest(to: id, among: bundle.risks.map(\.id)) {
                    message += "; did you mean '\(guess)'?"
                }
                log.error(message, at: amendment.origin.location)
                return
            }
            bundle.risks[index].refs += amendment.refs.map { Sourced($0, from: layer.id) }
            bundle.risks[index].raisedBy += amendment.raisedBy.filter { !bundle.risks[index].raisedBy.contains($0) }
        }
    }
}
