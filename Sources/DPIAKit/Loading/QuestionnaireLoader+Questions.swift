internal import Yams

/// Reading sections, questions, options, conditions and citations.
extension LayerReader {

    mutating func section(_ node: Node) -> Section? {
        guard let map = reader.mapping(node, "section", keys: ["id", "title", "intro", "questions"])
        else { return nil }
        let id = map.required("id").flatMap {
            reader.identifier($0, "section id", valid: IDPattern.isWord, rule: IDPattern.wordRule)
        }
        if let id, let idNode = map.required("id") { _ = claim(id, kind: "section", at: idNode) }
        // An overlay that adds questions to a core section repeats only its id; the title is then
        // the core's, checked when the bundle is assembled.
        let title = map.optional("title").flatMap { reader.text($0, "section 'title'") }
        let intro = map.optional("intro").flatMap { reader.text($0, "'intro'") }
        guard let id else { return nil }
        let questions = items(map.optional("questions"), "'questions'") { $0.question($1, section: id) }
        return Section(
            id: id, title: title ?? LocalizedText(""), intro: intro, questions: questions,
            origin: origin(node))
    }

    mutating func question(_ node: Node, section: String) -> Question? {
        let keys = [
            "id", "type", "prompt", "label", "guidance", "refs", "options", "when", "required",
            "allow_unknown", "renamed_from",
        ]
        guard let map = reader.mapping(node, "question", keys: keys) else { return nil }
        let id = map.required("id").flatMap {
            reader.identifier($0, "question id", valid: IDPattern.isDotted, rule: IDPattern.dottedRule)
        }
        if let id, let idNode = map.required("id") {
            if !id.contains(".") {
                log.error(
                    "'\(Diagnostic.excerpt(id))' is not a valid question id (\(IDPattern.dottedRule), at least two words, like 'transfer.outside_eea')",
                    at: reader.location(idNode))
            }
            _ = claim(id, kind: "question", at: idNode)
        }
        var kind: Question.Kind?
        if let typeNode = map.required("type"), let text = reader.string(typeNode, "'type'") {
            kind = Question.Kind(rawValue: text)
            if kind == nil {
                let names = Question.Kind.allCases.map(\.rawValue)
                var message =
                    "unknown question type '\(Diagnostic.excerpt(text))'; use one of \(names.joined(separator: ", "))"
                if let guess = Suggestion.closest(to: text, among: names) { message += "; did you mean '\(guess)'?" }
                log.error(message, at: reader.location(typeNode))
            }
        }
        let prompt = map.required("prompt").flatMap { reader.text($0, "'prompt'") }
        let label = map.optional("label").flatMap { reader.text($0, "'label'") }
        let guidance = map.optional("guidance").flatMap { reader.text($0, "'guidance'") }
        let refs = citations(map.optional("refs"))
        var options: [Question.Option] = []
        var optionIDs: [String: SourceLocation] = [:]
        if let optionsNode = map.optional("options"), let list = reader.list(optionsNode, "'options'") {
            for optionNode in list {
                guard let option = self.option(optionNode) else { continue }
                if let first = optionIDs[option.id] {
                    log.error(
                        "duplicate option id '\(option.id)'", at: option.location,
                        notes: [.note("first defined here", at: first)])
                    continue
                }
                optionIDs[option.id] = option.location
                options.append(option)
            }
        }
        if let kind {
            if kind.hasOptions && options.isEmpty {
                log.error("a \(kind.rawValue) question needs 'options'", at: map.location)
            } else if !kind.hasOptions, let optionsNode = map.optional("options") {
                log.error("a \(kind.rawValue) question takes no 'options'", at: reader.location(optionsNode))
            }
        }
        let condition = map.optional("when").flatMap { self.condition($0) }
        let required = map.optional("required").flatMap { reader.bool($0, "'required'") } ?? true
        let allowUnknown = map.optional("allow_unknown").flatMap { reader.bool($0, "'allow_unknown'") } ?? true
        // Without a prompt the question is still declared (its error is reported), so conditions
        // that name it do not cascade into "unknown question" errors.
        let renamedFrom = map.optional("renamed_from").map { renamedIDs($0, of: id) } ?? []
        guard let id, let kind else { return nil }
        var question = Question(
            id: QuestionID(id), kind: kind, prompt: prompt ?? LocalizedText(""), guidance: guidance, refs: refs,
            options: options, condition: condition, isRequired: required,
            allowsUnknown: allowUnknown, section: section, origin: origin(node), label: label)
        question.renamedFrom = renamedFrom
        return question
    }

    /// The earlier ids of a question: one id, or a list of them, each a valid question id and not
    /// the question's own.
    mutating func renamedIDs(_ node: Node, of id: String?) -> [QuestionID] {
        let items: [Node] = node.sequence.map(Array.init) ?? [node]
        var result: [QuestionID] = []
        for item in items {
            guard
                let old = reader.identifier(
                    item, "'renamed_from' id", valid: IDPattern.isDotted, rule: IDPattern.dottedRule)
            else { continue }
            if old == id {
                log.error("a question cannot be renamed from its own id '\(old)'", at: reader.location(item))
                continue
            }
            result.append(QuestionID(old))
        }
        return result
    }

    mutating func option(_ node: Node) -> Question.Option? {
        guard let map = reader.mapping(node, "option", keys: ["id", "label"]) else { return nil }
        let idNode = map.required("id")
        let id = idNode.flatMap {
            reader.identifier($0, "option id", valid: IDPattern.isWord, rule: IDPattern.wordRule)
        }
        if let id, let idNode, ["unknown", "yes", "no", "true", "false"].contains(id) {
            log.error("'\(Diagnostic.excerpt(id))' is reserved and cannot be an option id", at: reader.location(idNode))
        }
        let label = map.required("label").flatMap { reader.text($0, "option 'label'") }
        guard let id, let label, let idNode else { return nil }
        return Question.Option(id: id, label: label, location: reader.location(idNode))
    }

    // MARK: - Conditions and citations

    /// Parses a `when:` expression, reporting a syntax error at its own column.
    func condition(_ node: Node) -> LocatedCondition? {
        guard let text = reader.string(node, "'when'") else { return nil }
        let locations = ScalarLocator.locations(of: text, node: node, file: reader.file, lines: lines)
        switch ConditionParser.parse(text) {
        case .success(let parsed):
            return LocatedCondition(text: text, parsed: parsed, scalarLocations: locations)
        case .failure(let error):
            let location =
                locations.isEmpty
                ? reader.location(node) : locations[min(error.offset, locations.count - 1)]
            log.error("invalid condition: \(error.message)", at: location)
            return nil
        }
    }

    /// Reads a `refs:` list of canonical citations.
    func citations(_ node: Node?) -> [Citation] {
        guard let node, let list = reader.list(node, "'refs'") else { return [] }
        return list.compactMap { item in
            guard let text = reader.string(item, "citation") else { return nil }
            guard let citation = Citation(parsing: text) else {
                log.error(
                    "'\(Diagnostic.excerpt(text))' is not a citation in canonical form, like 'LED Art. 10', 'PSA art. 44/1 §2' or 'BDL 2:12'",
                    at: reader.location(item))
                return nil
            }
            references.record(citation.description, at: reader.location(item))
            return citation
        }
    }
}
