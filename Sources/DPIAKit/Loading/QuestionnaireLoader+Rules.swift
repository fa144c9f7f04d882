internal import Yams

/// Reading findings, red patterns, their measures and examples, and amendments.
extension LayerReader {

    /// Reads a `measures:` list. In a rule, an item may be a measure id naming a measure of a
    /// layer's catalogue (resolved when the bundle is assembled); in the catalogue, only definitions.
    mutating func measures(_ node: Node?, allowReferences: Bool = true) -> [Measure] {
        items(node, "'measures'") { layer, node in
            if allowReferences, case .scalar = node {
                guard
                    let id = layer.reader.identifier(
                        node, "measure id", valid: IDPattern.isDotted, rule: IDPattern.dottedRule)
                else { return nil }
                return Measure(
                    id: id, text: LocalizedText(""), refs: [], origin: layer.origin(node), isReference: true)
            }
            let keys = ["id", "text", "text_in_use", "kind", "refs"]
            guard let map = layer.reader.mapping(node, "measure", keys: keys) else { return nil }
            let idNode = map.required("id")
            let id = idNode.flatMap {
                layer.reader.identifier($0, "measure id", valid: IDPattern.isDotted, rule: IDPattern.dottedRule)
            }
            if let id, let idNode { _ = layer.claim(id, kind: "measure", at: idNode) }
            let text = map.required("text").flatMap { layer.reader.text($0, "measure 'text'") }
            let textInUse = map.optional("text_in_use").flatMap { layer.reader.text($0, "'text_in_use'") }
            var kind = MeasureKind.safeguard
            if let kindNode = map.optional("kind"), let name = layer.reader.string(kindNode, "'kind'") {
                if let value = MeasureKind(rawValue: name) {
                    kind = value
                } else {
                    layer.log.error(
                        "measure 'kind' must be one of stop, remedy, prevent, safeguard; found '\(name)'",
                        at: layer.reader.location(kindNode))
                }
            }
            let refs = layer.citations(map.optional("refs"))
            guard let id, let text else { return nil }
            return Measure(
                id: id, text: text, textInUse: textInUse, kind: kind, refs: refs, origin: layer.origin(node))
        }
    }

    func unknownPolicy(_ node: Node?) -> UnknownPolicy {
        guard let node, let text = reader.string(node, "'if_unknown'") else { return .open }
        guard let policy = UnknownPolicy(rawValue: text) else {
            log.error(
                "'if_unknown' must be one of fires, open, ignore; found '\(Diagnostic.excerpt(text))'",
                at: reader.location(node))
            return .open
        }
        return policy
    }

    mutating func finding(_ node: Node) -> FindingRule? {
        let keys = [
            "id", "area", "severity", "title", "title_in_use", "when", "if_unknown", "explanation", "refs",
            "measures", "out_of_scope", "never_lawful", "excludes", "examples",
        ]
        var area: String?
        var severity: Severity?
        guard
            let (map, body) = rule(
                node, .finding, keys: keys,
                head: { layer, map in
                    area = map.required("area").flatMap { layer.reader.string($0, "'area'") }
                    severity = map.required("severity").flatMap { layer.severity($0) }
                })
        else { return nil }
        let outOfScope = map.optional("out_of_scope").flatMap { reader.bool($0, "'out_of_scope'") } ?? false
        let titleInUse = map.optional("title_in_use").flatMap { reader.text($0, "'title_in_use'") }
        guard let body, let area, let severity else { return nil }
        let excludes =
            map.optional("excludes").flatMap { reader.list($0, "'excludes'") }?
            .compactMap { reader.string($0, "finding id") } ?? []
        return FindingRule(
            body: body, area: area, severity: severity, isOutOfScope: outOfScope, titleInUse: titleInUse,
            excludes: excludes)
    }

    mutating func redPattern(_ node: Node) -> RedPattern? {
        let keys = [
            "id", "title", "when", "if_unknown", "explanation", "refs", "precedents", "measures",
            "never_lawful", "examples",
        ]
        guard let (map, body) = rule(node, .redPattern, keys: keys, head: { _, _ in }) else { return nil }
        let precedents = precedentIDs(map.optional("precedents"))
        guard let body else { return nil }
        return RedPattern(body: body, precedents: precedents.map { Sourced($0.id, from: layer) })
    }

    /// Reads what every rule has, whatever its kind, from a mapping with `keys`; `head` reads the
    /// kind's keys that come between the id and the title, so problems are reported in the order
    /// the keys are written. Nil when `node` is no mapping; a nil body when a required key is wrong.
    private mutating func rule(
        _ node: Node, _ kind: RuleKind, keys: [String], head: (LayerReader, MappingReader) -> Void
    ) -> (MappingReader, RuleBody?)? {
        guard let map = reader.mapping(node, kind.noun, keys: keys) else { return nil }
        let idNode = map.required("id")
        let id = idNode.flatMap {
            reader.identifier($0, "\(kind.noun) id", valid: IDPattern.isDotted, rule: IDPattern.dottedRule)
        }
        if let id, let idNode { _ = claim(id, kind: kind.noun, at: idNode) }
        head(self, map)
        let title = map.required("title").flatMap { reader.text($0, "\(kind.noun) 'title'") }
        let condition = map.required("when").flatMap { self.condition($0) }
        let policy = unknownPolicy(map.optional("if_unknown"))
        let explanation = map.required("explanation").flatMap { reader.text($0, "'explanation'") }
        let refs = citations(map.optional("refs"))
        if refs.isEmpty, map.optional("refs") == nil {
            log.error("\(kind.noun) '\(id ?? "?")' cites no provision; add 'refs'", at: map.location)
        }
        let measures = self.measures(map.optional("measures"))
        let neverLawful = map.optional("never_lawful").flatMap { reader.bool($0, "'never_lawful'") } ?? false
        let examples = self.examples(map.optional("examples"))
        guard let id, let title, let explanation else { return (map, nil) }
        return (
            map,
            RuleBody(
                id: id, title: title, condition: condition, ifUnknown: policy, explanation: explanation,
                refs: refs.map { Sourced($0, from: layer) }, measures: measures, isNeverLawful: neverLawful,
                examples: examples, origin: origin(node))
        )
    }

    func severity(_ node: Node) -> Severity? {
        guard let text = reader.string(node, "'severity'") else { return nil }
        guard let severity = Severity(rawValue: text) else {
            log.error(
                "'severity' must be one of blocker, high, medium, advice; found '\(Diagnostic.excerpt(text))'",
                at: reader.location(node))
            return nil
        }
        return severity
    }

    /// Reads `examples: {fires: [...], does_not_fire: [...]}`: each example maps question ids to
    /// answers written as in an answers file. Whether they name real questions, hold valid values and
    /// behave as declared is checked against the whole bundle by `RuleExampleCheck`.
    func examples(_ node: Node?) -> [RuleExample] {
        guard let node,
            let map = reader.mapping(node, "'examples'", keys: RuleExample.Expectation.allCases.map(\.rawValue))
        else { return [] }
        var result: [RuleExample] = []
        for expectation in RuleExample.Expectation.allCases {
            guard let listNode = map.optional(expectation.rawValue),
                let list = reader.list(listNode, "'\(expectation.rawValue)'")
            else { continue }
            for (index, item) in list.enumerated() {
                guard case .mapping(let pairs) = item else {
                    log.error(
                        "an example maps question ids to answers, like {biometrics.face_matching: yes}",
                        at: reader.location(item))
                    continue
                }
                let answers = exampleAnswers(pairs)
                result.append(
                    RuleExample(
                        expectation: expectation, number: index + 1, answers: answers,
                        location: reader.location(item)))
            }
        }
        return result
    }

    /// The answers of an example, as written (`{biometrics.face_matching: yes}`); whether they name real
    /// questions and hold valid values is checked against the whole bundle by `RuleExampleCheck`.
    func exampleAnswers(_ pairs: Node.Mapping) -> [ExampleAnswer] {
        pairs.compactMap { key, value in
            guard let id = reader.identifier(key, "question id", valid: IDPattern.isDotted, rule: IDPattern.dottedRule)
            else { return nil }
            let items = value.sequence.map { Array($0).map(reader.location) } ?? []
            return ExampleAnswer(
                question: QuestionID(id), value: reader.writtenAnswer(value), location: reader.location(key),
                valueLocation: reader.location(value), itemLocations: items)
        }
    }

    /// Precedent ids with their nodes, for reporting unknown ones when the bundle is assembled.
    func precedentIDs(_ node: Node?) -> [(id: String, location: SourceLocation)] {
        guard let node, let list = reader.list(node, "'precedents'") else { return [] }
        return list.compactMap { item in
            reader.identifier(item, "precedent id", valid: IDPattern.isPrecedent, rule: IDPattern.precedentRule)
                .map { id in
                    references.record("precedent:" + id, at: reader.location(item))
                    return (id, reader.location(item))
                }
        }
    }

    mutating func amendment(_ node: Node) -> Amendment? {
        let keys = ["finding", "red_pattern", "risk", "refs", "precedents", "explanation", "measures", "raised_by"]
        guard let map = reader.mapping(node, "amendment", keys: keys) else { return nil }
        var target: Amendment.Target?
        let named = [
            ("finding", map.optional("finding")), ("red_pattern", map.optional("red_pattern")),
            ("risk", map.optional("risk")),
        ].compactMap { name, node in node.map { (name, $0) } }
        switch named.count {
        case 1:
            let (name, targetNode) = named[0]
            target = reader.string(targetNode, "'\(name)'").map { id in
                switch name {
                case "finding": .finding(id)
                case "red_pattern": .redPattern(id)
                default: .risk(id)
                }
            }
        case 0:
            log.error("an amendment must name the 'finding', 'red_pattern' or 'risk' it amends", at: map.location)
        default:
            log.error("an amendment names one 'finding', 'red_pattern' or 'risk', not several", at: map.location)
        }
        let raisedBy =
            map.optional("raised_by").flatMap { reader.list($0, "'raised_by'") }?
            .compactMap { reader.string($0, "rule id") } ?? []
        let refs = citations(map.optional("refs"))
        let precedents = precedentIDs(map.optional("precedents"))
        if case .finding = target, let node = map.optional("precedents") {
            log.error("only red patterns carry 'precedents'", at: reader.location(node))
        }
        // What an amendment may add depends on what it amends: nothing it names is dropped silently.
        if case .risk = target {
            for key in ["precedents", "explanation", "measures"] {
                if let node = map.optional(key) {
                    log.error(
                        "an amendment of a risk adds only 'refs' and 'raised_by', not '\(key)'",
                        at: reader.location(node))
                }
            }
        } else if let node = map.optional("raised_by") {
            log.error("only an amendment of a risk takes 'raised_by'", at: reader.location(node))
        }
        let explanation = map.optional("explanation").flatMap { reader.text($0, "'explanation'") }
        let measures = self.measures(map.optional("measures"))
        guard let target else { return nil }
        var amendment = Amendment(
            target: target, refs: refs, precedents: precedents.map(\.id), explanation: explanation,
            measures: measures, origin: origin(node))
        amendment.raisedBy = raisedBy
        return amendment
    }
}

// MARK: - Risks

extension LayerReader {
    /// Reads a `risks:` entry: a risk to the people concerned with its rights, provisions, level
    /// rules, the rules that raise it, the measures that lower it and its examples.
    mutating func risk(_ node: Node) -> Risk? {
        let keys = [
            "id", "title", "explanation", "rights", "refs", "when", "severity", "likelihood", "raised_by",
            "lowers_likelihood", "lowers_severity", "examples",
        ]
        guard let map = reader.mapping(node, "risk", keys: keys) else { return nil }
        let idNode = map.required("id")
        let id = idNode.flatMap {
            reader.identifier($0, "risk id", valid: IDPattern.isDotted, rule: IDPattern.dottedRule)
        }
        if let id, let idNode { _ = claim(id, kind: "risk", at: idNode) }
        let title = map.required("title").flatMap { reader.text($0, "risk 'title'") }
        let explanation = map.required("explanation").flatMap { reader.text($0, "'explanation'") }
        let rights =
            map.optional("rights").flatMap { reader.list($0, "'rights'") }?
            .compactMap { reader.text($0, "right") } ?? []
        let refs = citations(map.optional("refs"))
        if refs.isEmpty, map.optional("refs") == nil {
            log.error("risk '\(id ?? "?")' cites no provision; add 'refs'", at: map.location)
        }
        let condition = map.optional("when").flatMap { self.condition($0) }
        let severity = levelRules(map.required("severity"), "'severity'")
        let likelihood = levelRules(map.required("likelihood"), "'likelihood'")
        let nodes = self.reader
        let ids = { (key: String) in
            map.optional(key).flatMap { nodes.list($0, "'\(key)'") }?
                .compactMap { nodes.string($0, "id") } ?? []
        }
        let examples = riskExamples(map.optional("examples"))
        guard let id, let title, let explanation else { return nil }
        return Risk(
            id: id, title: title, explanation: explanation, rights: rights,
            refs: refs.map { Sourced($0, from: layer) }, condition: condition, severity: severity,
            likelihood: likelihood, raisedBy: ids("raised_by"), lowersLikelihood: ids("lowers_likelihood"),
            lowersSeverity: ids("lowers_severity"), examples: examples, origin: origin(node))
    }

    /// `- {level: maximum, when: "..."}` items; the last may omit `when` (the default).
    private mutating func levelRules(_ node: Node?, _ what: String) -> [LevelRule] {
        items(node, what) { layer, item -> LevelRule? in
            guard let map = layer.reader.mapping(item, "level rule", keys: ["level", "when"]) else { return nil }
            let level = map.required("level").flatMap { layer.level($0) }
            let condition = map.optional("when").flatMap { layer.condition($0) }
            guard let level else { return nil }
            return LevelRule(level: level, condition: condition)
        }
    }

    func level(_ node: Node) -> RiskLevel? {
        guard let text = reader.string(node, "level") else { return nil }
        guard let level = RiskLevel(id: text) else {
            log.error(
                "a level must be one of negligible, limited, significant, maximum; found '\(text)'",
                at: reader.location(node))
            return nil
        }
        return level
    }

    /// `- {answers: {...}, severity: X, likelihood: Y}`, or `severity: none` for a risk that must not apply.
    private mutating func riskExamples(_ node: Node?) -> [RiskExample] {
        let examples: [RiskExample] = items(node, "'examples'") { layer, item -> RiskExample? in
            guard let map = layer.reader.mapping(item, "risk example", keys: ["answers", "severity", "likelihood"])
            else { return nil }
            var answers: [ExampleAnswer] = []
            if let answersNode = map.optional("answers") {
                if case .mapping(let pairs) = answersNode {
                    answers = layer.exampleAnswers(pairs)
                } else {
                    layer.log.error(
                        "'answers' maps question ids to answers, like {biometrics.face_matching: yes}",
                        at: layer.reader.location(answersNode))
                }
            }
            let none = { (key: String) in map.optional(key)?.scalar?.string == "none" }
            let severity = none("severity") ? nil : map.required("severity").flatMap { layer.level($0) }
            let likelihood = none("likelihood") ? nil : map.optional("likelihood").flatMap { layer.level($0) }
            return RiskExample(
                answers: answers, severity: severity, likelihood: likelihood, number: 0,
                location: layer.reader.location(item))
        }
        return examples.enumerated().map { index, example in
            var numbered = example
            numbered.number = index + 1
            return numbered
        }
    }
}
