import DPIAKit

/// The DPIA report as HTML, from the same parts and sentences as the Markdown report
/// (``MarkdownReport/parts()``, worded by `ReportText`): decision first, then the description,
/// lawfulness, the risk register with its two maps, the measures register, the sign-off, the
/// annexes and the integrity record. Each finding, red pattern, risk, measure, answer and precedent
/// gets an anchor where the report lists it, and every mention of its id elsewhere links to it.
///
/// The blocks are the small Markdown subset the report writes (headings, paragraphs, lists, task
/// lists, pipe tables; strong, emphasis, code spans, autolinks and backslash escapes), so every
/// character of an answer or questionnaire arrives escaped and leaves as a text node.
struct ReportHTML {
    /// The anchor of each id the report lists, and the part that lists it.
    private var targets: [String: (anchor: String, part: ReportPart.Kind)] = [:]
    /// The anchors given so far, and those that the whole report gives (links go only there).
    private var defined: Set<String> = []
    private var linkable: Set<String> = []

    init(_ assessment: Assessment) {
        func add(_ id: String, _ prefix: String, _ part: ReportPart.Kind) {
            if targets[id] == nil { targets[id] = (prefix + id, part) }
        }
        for match in assessment.redPatterns { add(match.pattern.id, "rp-", .lawfulness) }
        for finding in assessment.findings { add(finding.rule.id, "finding-", .lawfulness) }
        for risk in assessment.risks { add(risk.risk.id, "risk-", .risks) }
        for entry in assessment.register.entries { add(entry.measure.id, "measure-", .measures) }
        for entry in assessment.transcript { add(entry.question.id.rawValue, "answer-", .annexes) }
        for precedent in assessment.bundle.precedents.values {
            add("[" + precedent.citeAs + "]", "precedent-", .annexes)
            targets["[" + precedent.citeAs + "]"]?.anchor = "precedent-" + precedent.id
        }
    }

    /// The report's body, anchored and linked.
    static func render(_ report: MarkdownReport) -> [HTMLNode] {
        let parts = report.parts()
        var first = ReportHTML(report.assessment)
        _ = parts.map { first.render($0) }
        var second = ReportHTML(report.assessment)
        second.linkable = first.defined
        return parts.map { second.render($0) }
    }

    // MARK: - Blocks

    private mutating func render(_ part: ReportPart) -> HTMLNode {
        var nodes: [HTMLNode] = []
        for block in part.blocks.flatMap({ $0.components(separatedBy: "\n\n") }) where !block.isEmpty {
            nodes.append(render(block: block, in: part.kind))
        }
        // The decision's first paragraph opens with the verdict in bold: it is what a reader looks for.
        if part.kind == .decision, nodes.count > 1,
            case .element("p", let attributes, var children) = nodes[1],
            case .element("strong", let strong, let verdict)? = children.first
        {
            children[0] = .element("strong", strong + [("id", "verdict")], verdict)
            nodes[1] = .element("p", attributes + [("class", "verdict")], children)
        }
        let tag = part.kind == .title ? "div" : "section"
        return H.el(tag, [("class", "report-part")], nodes)
    }

    private mutating func render(block: String, in part: ReportPart.Kind) -> HTMLNode {
        let lines = block.components(separatedBy: "\n")
        if let heading = lines.first, lines.count == 1, heading.hasPrefix("#") {
            let level = heading.prefix { $0 == "#" }.count
            let text = String(heading.dropFirst(level)).trimmingCharacters(in: .whitespaces)
            let attributes: [(String, String)] =
                level <= 2 && part != .title ? [("id", part.rawValue)] : []
            return H.el("h\(min(level, 6))", attributes, inline(text))
        }
        if lines.first?.hasPrefix("| ") == true, lines.count >= 2 {
            return table(lines, in: part)
        }
        if lines.allSatisfy({ Self.listItem($0) != nil }) {
            let ordered = lines.first.map { $0.first?.isNumber ?? false } ?? false
            let items = lines.compactMap(Self.listItem).map { item in container("li", item, in: part) }
            return H.el(ordered ? "ol" : "ul", [], items)
        }
        return container("p", lines.joined(separator: " "), in: part)
    }

    /// The text of a list item line, with a task box as a character, or nil when not a list item.
    private static func listItem(_ line: String) -> String? {
        if line.hasPrefix("- [ ] ") { return "☐ " + line.dropFirst(6) }
        if line.hasPrefix("- [x] ") { return "☒ " + line.dropFirst(6) }
        if line.hasPrefix("- ") { return String(line.dropFirst(2)) }
        let digits = line.prefix { $0.isNumber }
        if !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") {
            return String(line.dropFirst(digits.count + 2))
        }
        return nil
    }

    private mutating func table(_ lines: [String], in part: ReportPart.Kind) -> HTMLNode {
        let header = Self.cells(lines[0]).map { H.el("th", [("scope", "col")], inline($0)) }
        let rows = lines.dropFirst(2).map { line -> HTMLNode in
            let cells = Self.cells(line)
            var attributes: [(String, String)] = []
            if let anchor = cells.compactMap({ definable(in: $0, part: part) }).first {
                attributes.append(("id", anchor))
                defined.insert(anchor)
            }
            return H.el(
                "tr", attributes,
                cells.enumerated().map { index, cell in
                    index == 0 ? H.el("th", [("scope", "row")], inline(cell)) : H.el("td", [], inline(cell))
                })
        }
        return H.el("table", [], [H.el("thead", [], [H.el("tr", [], header)]), H.el("tbody", [], Array(rows))])
    }

    /// The cells of a table line, split at the pipes that are not escaped.
    private static func cells(_ line: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                current.append(character)
                escaped = true
            } else if character == "|" {
                cells.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        // The pieces before the first pipe and after the last are empty.
        return Array(cells.dropFirst())
    }

    /// A paragraph or list item, anchored when it is where the report lists an item.
    private mutating func container(_ tag: String, _ text: String, in part: ReportPart.Kind) -> HTMLNode {
        var attributes: [(String, String)] = []
        if let anchor = definable(in: text, part: part) {
            attributes.append(("id", anchor))
            defined.insert(anchor)
        }
        return H.el(tag, attributes, inline(text))
    }

    /// The anchor the first id of `text` gets here, if this part lists it and it has none yet.
    private func definable(in text: String, part: ReportPart.Kind) -> String? {
        let chars = Array(text)
        var index = 0
        while index < chars.count {
            if chars[index] == "\\" {
                index += 2
                continue
            }
            if chars[index] == "`" || chars[index] == "[" {
                let close: Character = chars[index] == "`" ? "`" : "]"
                guard let end = chars[(index + 1)...].firstIndex(of: close) else { return nil }
                let inner = String(chars[(index + 1)..<end])
                let key = close == "]" ? "[" + Self.unescaped(inner) + "]" : inner
                if let target = targets[key], target.part == part {
                    return defined.contains(target.anchor) ? nil : target.anchor
                }
                return nil
            }
            index += 1
        }
        return nil
    }

    // MARK: - Inline

    private func inline(_ text: String) -> [HTMLNode] {
        inline(Array(text)[...])
    }

    private func inline(_ chars: ArraySlice<Character>) -> [HTMLNode] {
        var nodes: [HTMLNode] = []
        var plain = ""
        func flush() {
            if !plain.isEmpty { nodes.append(.text(plain)) }
            plain = ""
        }
        var index = chars.startIndex
        while index < chars.endIndex {
            let character = chars[index]
            let next = chars.index(after: index)
            if character == "\\", next < chars.endIndex {
                plain.append(chars[next])
                index = chars.index(after: next)
                continue
            }
            if character == "`", let end = chars[next...].firstIndex(of: "`") {
                flush()
                let code = String(chars[next..<end])
                let node = H.el("code", [], [.text(code)])
                if let target = targets[code], linkable.contains(target.anchor) {
                    nodes.append(H.el("a", [("href", "#" + target.anchor)], [node]))
                } else {
                    nodes.append(node)
                }
                index = chars.index(after: end)
                continue
            }
            if character == "*" {
                let strong = next < chars.endIndex && chars[next] == "*"
                let start = strong ? chars.index(after: next) : next
                if let end = Self.closing(chars, from: start, strong: strong) {
                    flush()
                    nodes.append(H.el(strong ? "strong" : "em", [], inline(chars[start..<end])))
                    index = strong ? end + 2 : end + 1
                    continue
                }
            }
            if character == "<", let end = chars[next...].firstIndex(of: ">") {
                let url = String(chars[next..<end])
                if url.hasPrefix("https://") || url.hasPrefix("http://") {
                    flush()
                    nodes.append(H.el("a", [("href", url), ("rel", "noreferrer")], [.text(url)]))
                    index = chars.index(after: end)
                    continue
                }
            }
            if character == "[", let end = chars[next...].firstIndex(of: "]") {
                let inner = String(chars[next..<end])
                let shown = Self.unescaped(inner)
                let key = "[" + (shown.components(separatedBy: ",").first ?? shown) + "]"
                if let target = targets[key], linkable.contains(target.anchor) {
                    flush()
                    nodes.append(H.el("a", [("href", "#" + target.anchor)], [.text("[" + shown + "]")]))
                    index = chars.index(after: end)
                    continue
                }
            }
            plain.append(character)
            index = next
        }
        flush()
        return nodes
    }

    /// The index of the `*` (or `**`) that closes an emphasis opened before `start`.
    private static func closing(_ chars: ArraySlice<Character>, from start: Int, strong: Bool) -> Int? {
        var index = start
        while index < chars.endIndex {
            if chars[index] == "\\" {
                index += 2
                continue
            }
            if chars[index] == "`", let end = chars[(index + 1)...].firstIndex(of: "`") {
                index = end + 1
                continue
            }
            if chars[index] == "*" {
                let double = index + 1 < chars.endIndex && chars[index + 1] == "*"
                if strong && double { return index }
                if !strong && !double { return index }
                if !strong && double {
                    index += 2
                    continue
                }
            }
            index += 1
        }
        return nil
    }

    /// Markdown text with its backslash escapes removed.
    static func unescaped(_ text: String) -> String {
        var out = ""
        var escaped = false
        for character in text {
            if !escaped && character == "\\" {
                escaped = true
                continue
            }
            out.append(character)
            escaped = false
        }
        return out
    }
}
