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
struct LayerReader {
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
                "duplicate \(kind) id '\(Diagnostic.excerpt(id))'", at: location,
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
            "findings", "red_patterns", "amend", "risks", "measures", "languages",
        ]
        guard let map = reader.mapping(root, "questionnaire", keys: keys) else { return nil }
        if let node = map.required("format"), let format = reader.string(node, "'format'"),
            format != QuestionnaireLoader.format
        {
            log.error(
                "unsupported format '\(Diagnostic.excerpt(format))'; this dpia reads '\(QuestionnaireLoader.format)'",
                at: reader.location(node))
        }
        let id = map.required("id").flatMap {
            reader.identifier($0, "questionnaire id", valid: IDPattern.isLayer, rule: IDPattern.layerRule)
        }
        layer = id ?? "?"
        let title = map.required("title").flatMap { reader.text($0, "'title'") }
        let version = map.required("version").flatMap { reader.semanticVersion($0, "'version'") }
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
        let risks = items(map.optional("risks"), "'risks'") { $0.risk($1) }
        let catalogue = measures(map.optional("measures"), allowReferences: false)
        if !amendments.isEmpty && extends == nil, let node = map.optional("amend") {
            log.error("only a layer that 'extends' another may 'amend' it", at: reader.location(node))
        }

        let languages = map.optional("languages").map(languageList) ?? [.en]

        guard let id, let title, let version, let lawAsOf, let jurisdiction else { return nil }
        var questionnaire = Questionnaire(
            id: id, title: title, version: version, lawAsOf: lawAsOf, jurisdiction: jurisdiction,
            extends: extends, summary: summary, sourceNotes: notes, sources: sources,
            precedents: precedents, areas: areas, sections: sections, findings: findings,
            redPatterns: patterns, amendments: amendments, risks: risks, measures: catalogue, file: reader.file,
            referenceLocations: references.locations, digest: digest)
        questionnaire.languages = languages
        return questionnaire
    }

    /// Reads `languages: [en, nl, fr]`: the languages every text of the layer is to have.
    private func languageList(_ node: Node) -> [Language] {
        guard let items = reader.list(node, "'languages'") else { return [.en] }
        var languages: [Language] = []
        for item in items {
            guard let tag = reader.string(item, "a language") else { continue }
            guard let language = Language(rawValue: tag) else {
                log.error(
                    "'\(Diagnostic.excerpt(tag))' is not a language dpia writes; use en, nl, fr or sv",
                    at: reader.location(item))
                continue
            }
            if !languages.contains(language) { languages.append(language) }
        }
        if !languages.contains(.en) {
            // English is the language the layer itself is written in; translations add to it.
            log.error("'languages' must include en, the language of the layer's own texts", at: reader.location(node))
        }
        return languages.isEmpty ? [.en] : languages
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
        let keys = ["key", "title", "url", "applies_from", "dated_provisions", "provisions", "cite"]
        guard let map = reader.mapping(node, "source", keys: keys) else { return nil }
        let key = map.required("key").flatMap { reader.string($0, "source 'key'") }
        if let key, let keyNode = map.required("key") {
            if key.isEmpty || key.hasPrefix(" ") || key.hasSuffix(" ")
                || Citation(parsing: key + " Art. 1")?.sourceKey != key
            {
                log.error(
                    "'\(Diagnostic.excerpt(key))' is not a valid source key (words before the provision, like 'LED' or 'AI Act')",
                    at: reader.location(keyNode))
            }
            _ = claim(key, kind: "source", at: keyNode)
        }
        let title = map.required("title").flatMap { reader.text($0, "source 'title'") }
        let url = map.required("url").flatMap { reader.url($0, "source 'url'") }
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
        let templates = map.optional("cite").map(citationTemplates) ?? [:]
        guard let key, let title, let url else { return nil }
        var source = LegalSource(
            key: key, title: title, url: url, appliesFrom: appliesFrom, datedProvisions: dated,
            checkedProvisions: checked, origin: origin(node))
        source.citationTemplates = templates
        return source
    }

    /// Reads `cite: {nl: "{provision} WPA", fr: "{provision} LFP"}`.
    private func citationTemplates(_ node: Node) -> [Language: String] {
        guard case .mapping(let mapping) = node else {
            log.error(
                "'cite' must map languages to templates, like 'nl: \"{provision} WPA\"'", at: reader.location(node))
            return [:]
        }
        var templates: [Language: String] = [:]
        for (key, value) in mapping {
            guard let tag = key.scalar?.string, let language = Language(rawValue: tag), language != .en else {
                log.error("'cite' takes nl, fr or sv (English uses the canonical form)", at: reader.location(key))
                continue
            }
            guard let template = reader.string(value, "a citation template") else { continue }
            guard template.contains("{provision}") else {
                log.error("a citation template must contain '{provision}'", at: reader.location(value))
                continue
            }
            templates[language] = template
        }
        return templates
    }

    mutating func precedent(_ node: Node) -> Precedent? {
        let keys = ["id", "authority", "reference", "date", "title", "url", "outcome", "cite_as"]
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
            log.error(
                "precedent 'date' must be YYYY-MM-DD or YYYY-MM, found '\(Diagnostic.excerpt(date))'",
                at: reader.location(dateNode))
        }
        let title = map.required("title").flatMap { reader.text($0, "'title'") }
        let url = map.optional("url").flatMap { reader.url($0, "precedent 'url'") }
        let outcome = map.optional("outcome").flatMap { reader.text($0, "'outcome'") }
        let citeAs = map.optional("cite_as").flatMap { reader.string($0, "'cite_as'") }
        guard let id, let authority, let reference, let date, let title else { return nil }
        return Precedent(
            id: id, authority: authority, reference: reference, date: date, title: title, url: url,
            outcome: outcome, citeAs: citeAs, origin: origin(node))
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

}

/// The first place each citation and precedent id is written in a layer, so checks that need the
/// whole bundle (is the source declared? does the precedent exist?) can point at it.
final class ReferenceTable {
    var locations: [String: SourceLocation] = [:]

    func record(_ key: String, at location: SourceLocation) {
        if locations[key] == nil { locations[key] = location }
    }
}
