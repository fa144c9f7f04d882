internal import Yams

/// Reads typed values out of a composed YAML tree, reporting every problem at the node that has it.
struct NodeReader {
    /// The file's name in diagnostics.
    var file: String
    /// Where problems go.
    var log: DiagnosticLog
    /// Lines dropped after syntax errors (see `YAMLDocument`).
    var blankedLines: Set<Int> = []

    func location(_ node: Node) -> SourceLocation {
        YAMLDocument.location(of: node, in: file)
    }

    /// Whether a line dropped after a syntax error lies within `node` (or just after it).
    func spansBlankedLine(_ node: Node) -> Bool {
        guard !blankedLines.isEmpty, let start = node.mark?.line else { return false }
        var last = start
        var stack = [node]
        while let next = stack.popLast() {
            last = max(last, next.mark?.line ?? last)
            switch next {
            case .sequence(let items): stack.append(contentsOf: items)
            case .mapping(let pairs): for (key, value) in pairs { stack.append(key); stack.append(value) }
            default: break
            }
        }
        return blankedLines.contains { $0 >= start && $0 <= last + 1 }
    }

    /// Reads a mapping whose allowed keys are `keys`; reports unknown keys with a suggestion.
    func mapping(_ node: Node, _ what: String, keys: [String]) -> MappingReader? {
        guard case .mapping(let mapping) = node else {
            log.error("\(what) must be a mapping of keys to values", at: location(node))
            return nil
        }
        var entries: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                log.error("keys must be plain words", at: location(key))
                continue
            }
            guard keys.contains(name) else {
                var message = "unknown key '\(Diagnostic.excerpt(name))' in \(what)"
                if let suggestion = Suggestion.closest(to: name, among: keys) {
                    message += "; did you mean '\(suggestion)'?"
                }
                log.error(message, at: location(key))
                continue
            }
            entries[name] = (key, value)
        }
        return MappingReader(node: node, what: what, entries: entries, reader: self)
    }

    /// Reads a string scalar.
    func string(_ node: Node, _ what: String) -> String? {
        guard let scalar = node.scalar else {
            log.error("\(what) must be a single value, not a list or mapping", at: location(node))
            return nil
        }
        return scalar.string
    }

    /// Reads prose: a string, or a map from language tags to strings.
    func text(_ node: Node, _ what: String) -> LocalizedText? {
        if let scalar = node.scalar { return LocalizedText(scalar.string) }
        guard case .mapping(let mapping) = node else {
            log.error("\(what) must be text or a map of languages to text", at: location(node))
            return nil
        }
        var translations: [String: String] = [:]
        for (key, value) in mapping {
            guard let tag = key.scalar?.string, let text = value.scalar?.string else {
                log.error("\(what) translations must be 'language: text'", at: location(key))
                continue
            }
            translations[tag] = text
        }
        return translations.isEmpty ? nil : LocalizedText(translations: translations)
    }

    /// Reads `true`/`false` strictly: YAML 1.1 words such as `yes` or `on` are refused.
    func bool(_ node: Node, _ what: String) -> Bool? {
        switch node.scalar?.string {
        case "true": return true
        case "false": return false
        default:
            log.error("\(what) must be 'true' or 'false'", at: location(node))
            return nil
        }
    }

    /// Reads a `YYYY-MM-DD` date.
    func date(_ node: Node, _ what: String) -> CalendarDate? {
        guard let text = string(node, what) else { return nil }
        guard let date = CalendarDate(text) else {
            log.error(
                "\(what) must be a date written YYYY-MM-DD, found '\(Diagnostic.excerpt(text))'", at: location(node))
            return nil
        }
        return date
    }

    /// Reads a list; a single scalar is not accepted.
    func list(_ node: Node, _ what: String) -> [Node]? {
        guard case .sequence(let sequence) = node else {
            log.error("\(what) must be a list", at: location(node))
            return nil
        }
        return Array(sequence)
    }

    /// An answer as written, before it is checked against its question.
    func writtenAnswer(_ node: Node) -> WrittenAnswer {
        switch node {
        case .scalar(let scalar):
            return .scalar(scalar.string, isPlain: scalar.style == .plain)
        case .sequence(let items):
            return .list(items.map { $0.scalar?.string })
        default:
            return .nested
        }
    }

    /// Reads a web address that the report prints as a link: `https:` (or `http:`) with a host, and no
    /// whitespace, control character, `<` or `>`, so it can neither be a `javascript:` link nor end
    /// the link early and add text to the report.
    func url(_ node: Node, _ what: String) -> String? {
        guard let text = string(node, what) else { return nil }
        guard WebAddress.isValid(text) else {
            log.error(
                "'\(Diagnostic.excerpt(text))' is not a valid \(what): write an https: (or http:) address with no spaces, control characters, '<' or '>'",
                at: location(node))
            return nil
        }
        return text
    }

    /// Reads a layer version: a semantic version, `MAJOR.MINOR.PATCH` with an optional pre-release
    /// and build (`1.2.0`, `2.0.0-rc.1`), which the report's front matter can hold as is.
    func semanticVersion(_ node: Node, _ what: String) -> String? {
        guard let text = string(node, what) else { return nil }
        guard SemanticVersion.isValid(text) else {
            log.error(
                "'\(Diagnostic.excerpt(text))' is not a semantic version (MAJOR.MINOR.PATCH, like '1.2.0')",
                at: location(node))
            return nil
        }
        return text
    }

    /// Reads an id that must match `pattern`'s description.
    func identifier(_ node: Node, _ what: String, valid: (String) -> Bool, rule: String) -> String? {
        guard let text = string(node, what) else { return nil }
        guard valid(text) else {
            log.error("'\(Diagnostic.excerpt(text))' is not a valid \(what) (\(rule))", at: location(node))
            return nil
        }
        return text
    }
}

/// The entries of one mapping, read by key.
struct MappingReader {
    let node: Node
    let what: String
    let entries: [String: (key: Node, value: Node)]
    let reader: NodeReader

    /// The value of a key that must be present.
    func required(_ key: String) -> Node? {
        guard let entry = entries[key] else {
            // A key on a line dropped after a syntax error is missing because of that error.
            if reader.spansBlankedLine(node) { return nil }
            reader.log.error("missing required key '\(Diagnostic.excerpt(key))' in \(what)", at: reader.location(node))
            return nil
        }
        return entry.value
    }

    /// The value of a key that may be absent.
    func optional(_ key: String) -> Node? {
        entries[key]?.value
    }

    /// The location of the mapping.
    var location: SourceLocation { reader.location(node) }
}

/// "Did you mean" suggestions for misspelt keys and ids.
enum Suggestion {
    /// The candidate closest to `word` by edit distance, if it is close enough to be a typo. Words
    /// longer than `Diagnostic.maximumEcho` are no typo of an id and get no suggestion, which keeps a
    /// huge value from costing time quadratic in its length.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let length = word.count
        guard length <= Diagnostic.maximumEcho else { return nil }
        let limit = max(2, length / 3)
        let scored = candidates.filter { abs($0.count - length) <= limit }.map { ($0, distance(word, $0)) }
            .filter { $0.1 <= limit }
        return scored.min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    /// Levenshtein distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            previous = current
        }
        return previous[b.count]
    }
}

/// Web addresses a layer may link to.
enum WebAddress {
    /// Whether `text` is an `https:` or `http:` address with a host and nothing that could end a
    /// Markdown link or hide in it.
    static func isValid(_ text: String) -> Bool {
        let lowered = text.lowercased()
        guard let scheme = ["https://", "http://"].first(where: { lowered.hasPrefix($0) }) else { return false }
        let rest = text.unicodeScalars.dropFirst(scheme.count)
        guard let first = rest.first, first != "/" else { return false }
        return !text.unicodeScalars.contains {
            $0.properties.isWhitespace || VisibleText.isControl($0) || VisibleText.isInvisible($0)
                || VisibleText.isNoncharacter($0) || $0 == "<" || $0 == ">"
        }
    }
}

/// Semantic versions (semver.org 2.0.0).
enum SemanticVersion {
    /// Whether `text` is `MAJOR.MINOR.PATCH`, each without a leading zero, optionally followed by
    /// `-pre.release` and `+build` made of ASCII letters, digits and hyphens.
    static func isValid(_ text: String) -> Bool {
        var core = Substring(text)
        var build: Substring?
        if let plus = core.firstIndex(of: "+") {
            build = core[core.index(after: plus)...]
            core = core[..<plus]
        }
        var prerelease: Substring?
        if let dash = core.firstIndex(of: "-") {
            prerelease = core[core.index(after: dash)...]
            core = core[..<dash]
        }
        let numbers = core.split(separator: ".", omittingEmptySubsequences: false)
        guard numbers.count == 3, numbers.allSatisfy(isNumber) else { return false }
        for part in [prerelease, build].compactMap({ $0 }) {
            let identifiers = part.split(separator: ".", omittingEmptySubsequences: false)
            guard identifiers.allSatisfy(isIdentifier) else { return false }
        }
        return true
    }

    private static func isNumber(_ part: Substring) -> Bool {
        !part.isEmpty && part.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
            && (part == "0" || part.first != "0")
    }

    private static func isIdentifier(_ part: Substring) -> Bool {
        !part.isEmpty
            && part.unicodeScalars.allSatisfy {
                ("0"..."9").contains($0) || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || $0 == "-"
            }
    }
}
