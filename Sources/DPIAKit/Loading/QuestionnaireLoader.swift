internal import Yams

/// Reads one questionnaire layer from YAML text into the model, reporting every problem it meets
/// (unknown keys, missing keys, wrong types, malformed ids and conditions, duplicates) at its line
/// and column. Checks that need other layers happen when a bundle is assembled.
public enum QuestionnaireLoader {
    /// The `format:` value this version reads.
    public static let format = "dpia-questionnaire/1"

    /// Loads a layer; returns nil when the file is too broken to yield one. Problems go to `log`.
    public static func load(text: String, file: String, log: DiagnosticLog) -> Questionnaire? {
        let document = YAMLDocument(text: text, file: file, log: log)
        guard let root = document.root else { return nil }
        var reader = LayerReader(
            reader: NodeReader(file: file, log: log, blankedLines: document.blankedLines),
            lines: document.lines, digest: CanonicalForm.questionnaireDigest(text))
        return reader.read(root)
    }
}

/// The patterns ids must follow, with the wording used when one does not.
enum IDPattern {
    static func isLayer(_ s: String) -> Bool { matches(s, extra: "-", dots: false) }
    static func isWord(_ s: String) -> Bool { matches(s, extra: "_", dots: false) }
    static func isDotted(_ s: String) -> Bool { matches(s, extra: "_", dots: true) }
    static func isPrecedent(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { isLower($0) || isDigit($0) || $0 == "-" }
    }

    static let layerRule = "lowercase letters, digits and '-', starting with a letter"
    static let wordRule = "lowercase letters, digits and '_', starting with a letter"
    static let dottedRule = "lowercase words of letters, digits and '_', joined by '.'"
    static let precedentRule = "lowercase letters, digits and '-'"

    private static func isLower(_ c: Unicode.Scalar) -> Bool { c >= "a" && c <= "z" }
    private static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

    private static func matches(_ s: String, extra: Unicode.Scalar, dots: Bool) -> Bool {
        let parts = dots ? s.split(separator: ".", omittingEmptySubsequences: false) : [Substring(s)]
        return parts.allSatisfy { part in
            guard let first = part.unicodeScalars.first, isLower(first) else { return false }
            return part.unicodeScalars.allSatisfy { isLower($0) || isDigit($0) || $0 == extra }
        }
    }
}

/// The state of reading one layer: its id (for origins) and the ids seen so far (for duplicates).
private struct LayerReader {
    let reader: NodeReader
    let lines: [[Unicode.Scalar]]
    var layer = ""
    var seen: [String: [String: SourceLocation]] = [:]
    let references = ReferenceTable()
    let digest: ContentDigest

    init(reader: NodeReader, lines: [[Unicode.Scalar]], digest: ContentDigest) {
        self.reader = reader
        self.lines = lines
        self.digest = digest
    }

    var log: DiagnosticLog { reader.log }

    func origin(_ node: Node) -> Origin {
        Origin(layer: layer, location: reader.location(node))
    }

    /// Records an id; reports it when the same kind of id was already declared in this layer.
    mutating func claim(_ id: String, kind: String, at node: Node) -> Bool {
        let location = reader.location(node)
        if let first = seen[kind]?[id] {
            log.error(
                "duplicate \(kind) id '\(id)'", at: location,
                notes: [.note("first defined here", at: first)])
            return false
        }
        seen[kind, default: [:]][id] = location
        return true
    }

    mutating func read(_ root: Node) -> Questionnaire? {
        let keys = [
            "format", "id", "title", "version", "law_as_of", "jurisdiction", "extends",
            "description", "source_notes", "sources", "precedents", "areas", "sections",
            "findings", "red_patterns", "amend",
        ]
        guard let map = reader.mapping(root, "questionnaire", keys: keys) else { return nil }
        if let node = map.required("format"), let format = reader.string(node, "'format'"),
            format != QuestionnaireLoader.format
        {
            log.error(
                "unsupported format '\(format)'; this dpia reads '\(QuestionnaireLoader.format)'",
                at: reader.location(node))
        }
        let id = map.required("id").flatMap {
            reader.identifier($0, "questionnaire id", valid: IDPattern.isLayer, rule: IDPattern.layerRule)
        }
        layer = id ?? "?"
        let title = map.required("title").flatMap { reader.text($0, "'title'") }
        let version = map.required("version").flatMap { reader.string($0, "'version'") }
        let lawAsOf = map.required("law_as_of").flatMap { reader.date($0, "'law_as_of'") }
        let jurisdiction = map.required("jurisdiction").flatMap {
            reader.identifier(
                $0, "jurisdiction", valid: { IDPattern.isWord($0) && $0.count == 2 },
                rule: "'eu' or a two-letter lowercase country code")
        }
        let extends = map.optional("extends").flatMap {
            reader.identifier($0, "layer id", valid: IDPattern.isLayer, rule: IDPattern.layerRule)
        }
        let summary = map.optional("description").flatMap { reader.text($0, "'description'") }
        let notes = map.optional("source_notes").flatMap { reader.text($0, "'source_notes'") }

        let sources = items(map.optional("sources"), "'sources'") { $0.source($1) }
        let precedents = items(map.optional("precedents"), "'precedents'") { $0.precedent($1) }
        let areas = items(map.optional("areas"), "'areas'") { $0.area($1) }
        let sections = items(map.optional("sections"), "'sections'") { $0.section($1) }
        let findings = items(map.optional("findings"), "'findings'") { $0.finding($1) }
        let patterns = items(map.optional("red_patterns"), "'red_patterns'") { $0.redPattern($1) }
        let amendments = items(map.optional("amend"), "'amend'") { $0.amendment($1) }
        if !amendments.isEmpty && extends == nil, let node = map.optional("amend") {
            log.error("only a layer that 'extends' another may 'amend' it", at: reader.location(node))
        }

        guard let id, let title, let version, let lawAsOf, let jurisdiction else { return nil }
        return Questionnaire(
            id: id, title: title, version: version, lawAsOf: lawAsOf, jurisdiction: jurisdiction,
            extends: extends, summary: summary, sourceNotes: notes, sources: sources,
            precedents: precedents, areas: areas, sections: sections, findings: findings,
            redPatterns: patterns, amendments: amendments, file: reader.file,
            referenceLocations: references.locations, digest: digest)
    }

    /// Reads each element of an optional list with `element`, skipping the ones that fail.
    mutating func items<T>(
        _ node: Node?, _ what: String, _ element: (inout LayerReader, Node) -> T?
    ) -> [T] {
        guard let node, let list = reader.list(node, what) else { return [] }
        return list.compactMap { element(&self, $0) }
    }

    // MARK: - Sources, precedents, areas

    mutating func source(_ node: Node) -> LegalSource? {
        let keys = ["key", "title", "url", "applies_from", "dated_provisions", "provisions"]
        guard let map = reader.mapping(node, "source", keys: keys) else { return nil }
        let key = map.required("key").flatMap { reader.string($0, "source 'key'") }
        if let key, let keyNode = map.required("key") {
            if key.isEmpty || key.hasPrefix(" ") || key.hasSuffix(" ")
                || Citation(parsing: key + " Art. 1")?.sourceKey != key
            {
                log.error(
                    "'\(key)' is not a valid source key (words before the provision, like 'LED' or 'AI Act')",
                    at: reader.location(keyNode))
            }
            _ = claim(key, kind: "source", at: keyNode)
        }
        let title = map.required("title").flatMap { reader.text($0, "source 'title'") }
        let url = map.required("url").flatMap { reader.string($0, "source 'url'") }
        let appliesFrom = map.optional("applies_from").flatMap { reader.date($0, "'applies_from'") }
        let dated: [LegalSource.DatedProvision] = items(map.optional("dated_provisions"), "'dated_provisions'") {
            layer, node in
            guard let entry = layer.reader.mapping(node, "dated provision", keys: ["provision", "applies_from"]) else {
                return nil
            }
            let provision = entry.required("provision").flatMap { layer.reader.string($0, "'provision'") }
            let date = entry.required("applies_from").flatMap { layer.reader.date($0, "'applies_from'") }
            guard let provision, let date else { return nil }
            return LegalSource.DatedProvision(provision: provision, appliesFrom: date)
        }
        let checked: [LegalSource.CheckedProvision] = items(map.optional("provisions"), "'provisions'") {
            layer, node in
            guard let entry = layer.reader.mapping(node, "checked provision", keys: ["provision", "checked"]) else {
                return nil
            }
            let provision = entry.required("provision").flatMap { layer.reader.string($0, "'provision'") }
            let checked = entry.required("checked").flatMap { layer.reader.string($0, "'checked'") }
            guard let provision, let checked else { return nil }
            return LegalSource.CheckedProvision(provision: provision, checked: checked)
        }
        guard let key, let title, let url else { return nil }
        return LegalSource(
            key: key, title: title, url: url, appliesFrom: appliesFrom, datedProvisions: dated,
            checkedProvisions: checked, origin: origin(node))
    }

    mutating func precedent(_ node: Node) -> Precedent? {
        let keys = ["id", "authority", "reference", "date", "title", "url", "outcome"]
        guard let map = reader.mapping(node, "precedent", keys: keys) else { return nil }
        let id = map.required("id").flatMap {
            reader.identifier($0, "precedent id", valid: IDPattern.isPrecedent, rule: IDPattern.precedentRule)
        }
        if let id, let idNode = map.required("id") { _ = claim(id, kind: "precedent", at: idNode) }
        let authority = map.required("authority").flatMap { reader.text($0, "'authority'") }
        let reference = map.required("reference").flatMap { reader.string($0, "'reference'") }
        let date = map.required("date").flatMap { reader.string($0, "'date'") }
        if let date, let dateNode = map.required("date"),
            CalendarDate(date) == nil && CalendarDate(date + "-01") == nil
        {
            log.error("precedent 'date' must be YYYY-MM-DD or YYYY-MM, found '\(date)'", at: reader.location(dateNode))
        }
        let title = map.required("title").flatMap { reader.text($0, "'title'") }
        let url = map.optional("url").flatMap { reader.string($0, "'url'") }
        let outcome = map.optional("outcome").flatMap { reader.text($0, "'outcome'") }
        guard let id, let authority, let reference, let date, let title else { return nil }
        return Precedent(
            id: id, authority: authority, reference: reference, date: date, title: title, url: url,
            outcome: outcome, origin: origin(node))
    }

    mutating func area(_ node: Node) -> Area? {
        guard let map = reader.mapping(node, "area", keys: ["id", "title"]) else { return nil }
        let id = map.required("id").flatMap {
            reader.identifier($0, "area id", valid: IDPattern.isWord, rule: IDPattern.wordRule)
        }
        if let id, let idNode = map.required("id") { _ = claim(id, kind: "area", at: idNode) }
        let title = map.required("title").flatMap { reader.text($0, "area 'title'") }
        guard let id, let title else { return nil }
        return Area(id: id, title: title, origin: origin(node))
    }

    // MARK: - Sections and questions

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
            "id", "type", "prompt", "guidance", "refs", "options", "when", "required",
            "allow_unknown",
        ]
        guard let map = reader.mapping(node, "question", keys: keys) else { return nil }
        let id = map.required("id").flatMap {
            reader.identifier($0, "question id", valid: IDPattern.isDotted, rule: IDPattern.dottedRule)
        }
        if let id, let idNode = map.required("id") {
            if !id.contains(".") {
                log.error(
                    "'\(id)' is not a valid question id (\(IDPattern.dottedRule), at least two words, like 'transfer.outside_eea')",
                    at: reader.location(idNode))
            }
            _ = claim(id, kind: "question", at: idNode)
        }
        var kind: Question.Kind?
        if let typeNode = map.required("type"), let text = reader.string(typeNode, "'type'") {
            kind = Question.Kind(rawValue: text)
            if kind == nil {
                let names = Question.Kind.allCases.map(\.rawValue)
                var message = "unknown question type '\(text)'; use one of \(names.joined(separator: ", "))"
                if let guess = Suggestion.closest(to: text, among: names) { message += "; did you mean '\(guess)'?" }
                log.error(message, at: reader.location(typeNode))
            }
        }
        let prompt = map.required("prompt").flatMap { reader.text($0, "'prompt'") }
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
        guard let id, let kind else { return nil }
        return Question(
            id: QuestionID(id), kind: kind, prompt: prompt ?? LocalizedText(""), guidance: guidance, refs: refs,
            options: options, condition: condition, isRequired: required,
            allowsUnknown: allowUnknown, section: section, origin: origin(node))
    }

    mutating func option(_ node: Node) -> Question.Option? {
        guard let map = reader.mapping(node, "option", keys: ["id", "label"]) else { return nil }
        let idNode = map.required("id")
        let id = idNode.flatMap {
            reader.identifier($0, "option id", valid: IDPattern.isWord, rule: IDPattern.wordRule)
        }
        if let id, let idNode, ["unknown", "yes", "no", "true", "false"].contains(id) {
            log.error("'\(id)' is reserved and cannot be an option id", at: reader.location(idNode))
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
                    "'\(text)' is not a citation in canonical form, like 'LED Art. 10', 'PSA art. 44/1 §2' or 'BDL 2:12'",
                    at: reader.location(item))
                return nil
            }
            references.record(citation.description, at: reader.location(item))
            return citation
        }
    }

    // MARK: - Findings, red patterns, amendments

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
            log.error("'if_unknown' must be one of fires, open, ignore; found '\(text)'", at: reader.location(node))
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
                    "'severity' must be one of blocker, high, medium, advice; found '\(text)'",
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

/// The first place each citation and precedent id is written in a layer, so checks that need the
/// whole bundle (is the source declared? does the precedent exist?) can point at it.
private final class ReferenceTable {
    var locations: [String: SourceLocation] = [:]

    func record(_ key: String, at location: SourceLocation) {
        if locations[key] == nil { locations[key] = location }
    }
}
