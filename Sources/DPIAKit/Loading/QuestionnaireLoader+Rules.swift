internal import Yams

/// Reading findings, red patterns, their measures and examples, and amendments.
extension LayerReader {

    mutating func measures(_ node: Node?) -> [Measure] {
        items(node, "'measures'") { layer, node in
            guard let map = layer.reader.mapping(node, "measure", keys: ["id", "text", "refs"]) else { return nil }
            let idNode = map.required("id")
            let id = idNode.flatMap {
                layer.reader.identifier($0, "measure id", valid: IDPattern.isDotted, rule: IDPattern.dottedRule)
            }
            if let id, let idNode { _ = layer.claim(id, kind: "measure", at: idNode) }
            let text = map.required("text").flatMap { layer.reader.text($0, "measure 'text'") }
            let refs = layer.citations(map.optional("refs"))
            guard let id, let text else { return nil }
            return Measure(id: id, text: text, refs: refs, origin: layer.origin(node))
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
            "id", "area", "severity", "title", "when", "if_unknown", "explanation", "refs", "measures",
            "out_of_scope", "examples",
        ]
        guard let map = reader.mapping(node, "finding", keys: keys) else { return nil }
        let idNode = map.required("id")
        let id = idNode.flatMap {
            reader.identifier($0, "finding id", valid: IDPattern.isDotted, rule: IDPattern.dottedRule)
        }
        if let id, let idNode { _ = claim(id, kind: "finding", at: idNode) }
        let area = map.required("area").flatMap { reader.string($0, "'area'") }
        var severity: Severity?
        if let severityNode = map.required("severity"), let text = reader.string(severityNode, "'severity'") {
            severity = Severity(rawValue: text)
            if severity == nil {
                log.error(
                    "'severity' must be one of blocker, high, medium, advice; found '\(Diagnostic.excerpt(text))'",
                    at: reader.location(severityNode))
            }
        }
        let title = map.required("title").flatMap { reader.text($0, "finding 'title'") }
        let condition = map.required("when").flatMap { self.condition($0) }
        let policy = unknownPolicy(map.optional("if_unknown"))
        let explanation = map.required("explanation").flatMap { reader.text($0, "'explanation'") }
        let refs = citations(map.optional("refs"))
        if refs.isEmpty, map.optional("refs") == nil {
            log.error("finding '\(id ?? "?")' cites no provision; add 'refs'", at: map.location)
        }
        let measures = self.measures(map.optional("measures"))
        let outOfScope = map.optional("out_of_scope").flatMap { reader.bool($0, "'out_of_scope'") } ?? false
        let examples = self.examples(map.optional("examples"))
        guard let id, let area, let severity, let title, let explanation else { return nil }
        return FindingRule(
            id: id, area: area, severity: severity, title: title, condition: condition,
            ifUnknown: policy, explanation: explanation,
            refs: refs.map { Sourced($0, from: layer) }, measures: measures,
            isOutOfScope: outOfScope, examples: examples, origin: origin(node))
    }

    mutating func redPattern(_ node: Node) -> RedPattern? {
        let keys = [
            "id", "title", "when", "if_unknown", "explanation", "refs", "precedents", "measures",
            "examples",
        ]
        guard let map = reader.mapping(node, "red pattern", keys: keys) else { return nil }
        let idNode = map.required("id")
        let id = idNode.flatMap {
            reader.identifier($0, "red pattern id", valid: IDPattern.isDotted, rule: IDPattern.dottedRule)
        }
        if let id, let idNode { _ = claim(id, kind: "red pattern", at: idNode) }
        let title = map.required("title").flatMap { reader.text($0, "red pattern 'title'") }
        let condition = map.required("when").flatMap { self.condition($0) }
        let policy = unknownPolicy(map.optional("if_unknown"))
        let explanation = map.required("explanation").flatMap { reader.text($0, "'explanation'") }
        let refs = citations(map.optional("refs"))
        if refs.isEmpty, map.optional("refs") == nil {
            log.error("red pattern '\(id ?? "?")' cites no provision; add 'refs'", at: map.location)
        }
        let precedents = precedentIDs(map.optional("precedents"))
        let measures = self.measures(map.optional("measures"))
        let examples = self.examples(map.optional("examples"))
        guard let id, let title, let explanation else { return nil }
        return RedPattern(
            id: id, title: title, condition: condition, ifUnknown: policy, explanation: explanation,
            refs: refs.map { Sourced($0, from: layer) },
            precedents: precedents.map { Sourced($0.id, from: layer) }, measures: measures,
            examples: examples, origin: origin(node))
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
                var answers: [ExampleAnswer] = []
                for (key, value) in pairs {
                    guard
                        let id = reader.identifier(
                            key, "question id", valid: IDPattern.isDotted, rule: IDPattern.dottedRule)
                    else { continue }
                    let items = value.sequence.map { Array($0).map(reader.location) } ?? []
                    answers.append(
                        ExampleAnswer(
                            question: QuestionID(id), value: reader.writtenAnswer(value),
                            location: reader.location(key), valueLocation: reader.location(value),
                            itemLocations: items))
                }
                result.append(
                    RuleExample(
                        expectation: expectation, number: index + 1, answers: answers,
                        location: reader.location(item)))
            }
        }
        return result
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
        let keys = ["finding", "red_pattern", "refs", "precedents", "explanation", "measures"]
        guard let map = reader.mapping(node, "amendment", keys: keys) else { return nil }
        var target: Amendment.Target?
        switch (map.optional("finding"), map.optional("red_pattern")) {
        case (let finding?, nil):
            target = reader.string(finding, "'finding'").map { .finding($0) }
        case (nil, let pattern?):
            target = reader.string(pattern, "'red_pattern'").map { .redPattern($0) }
        case (.some, .some):
            log.error("an amendment names either a 'finding' or a 'red_pattern', not both", at: map.location)
        case (nil, nil):
            log.error("an amendment must name the 'finding' or 'red_pattern' it amends", at: map.location)
        }
        let refs = citations(map.optional("refs"))
        let precedents = precedentIDs(map.optional("precedents"))
        if case .finding = target, let node = map.optional("precedents") {
            log.error("only red patterns carry 'precedents'", at: reader.location(node))
        }
        let explanation = map.optional("explanation").flatMap { reader.text($0, "'explanation'") }
        let measures = self.measures(map.optional("measures"))
        guard let target else { return nil }
        return Amendment(
            target: target, refs: refs, precedents: precedents.map(\.id), explanation: explanation,
            measures: measures, origin: origin(node))
    }
}
