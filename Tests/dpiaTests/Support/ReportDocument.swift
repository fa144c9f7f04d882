import Foundation

/// A `dpia report` Markdown report split into its `## ` sections, so tests can assert on one part.
struct ReportDocument {
    /// A heading and the lines under it, up to the next heading of the same or a higher level.
    struct Block {
        /// The heading text without the `#` marks, for example `Blocker: No legal basis`.
        var heading: String
        /// The lines below the heading.
        var lines: [String]

        var text: String { lines.joined(separator: "\n") }

        /// The citations of the block, without dates: after `Provisions: ` in a headed block, after the
        /// id in a one-line item (`(`id`; LED Art. 22; LED Art. 19)`).
        var provisions: [String] {
            var rest: String
            if let start = text.range(of: Self.provisionsPrefix) {
                rest = String(text[start.upperBound...])
                for end in [". Answers: ", ".\n"] {
                    if let range = rest.range(of: end) { rest = String(rest[..<range.lowerBound]) }
                }
                if rest.hasSuffix(".") { rest.removeLast() }
            } else if let open = text.range(of: " (`"), let start = text[open.upperBound...].range(of: "`; ") {
                // The parenthesis that opened before the id closes the list; citations hold their own.
                var depth = 1
                var end = start.upperBound
                for index in text[start.upperBound...].indices {
                    if text[index] == "(" { depth += 1 }
                    if text[index] == ")" { depth -= 1 }
                    if depth == 0 {
                        end = index
                        break
                    }
                }
                rest = String(text[start.upperBound..<end])
            } else {
                return []
            }
            return rest.components(separatedBy: "; ").map { citation in
                var bare = citation
                if let range = bare.range(of: " (binding from") { bare = String(bare[..<range.lowerBound]) }
                return bare.trimmingCharacters(in: .whitespaces)
            }
        }

        private static let provisionsPrefix = "Provisions: "

        /// The blocks one heading level down (`level` is the number of `#`).
        func blocks(level: Int) -> [Block] {
            ReportDocument.split(lines, level: level)
        }
    }

    /// The Markdown after the YAML front matter.
    let body: [String]
    /// The `## ` sections; the heading drops its number (`## 3. Findings` gives `Findings`).
    let sections: [Block]

    init(_ markdown: String) {
        var lines = markdown.components(separatedBy: "\n")
        if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") {
            lines.removeSubrange(...end)
        }
        body = lines
        sections = Self.split(lines, level: 2).map { section in
            var heading = section.heading
            if let dot = heading.firstIndex(of: "."), heading[..<dot].allSatisfy(\.isNumber) {
                heading = String(heading[heading.index(after: dot)...])
                    .trimmingCharacters(in: .whitespaces)
            }
            return Block(heading: heading, lines: section.lines)
        }
    }

    /// The section with this title (without its number), for example `Red patterns`.
    func section(_ title: String) -> Block? {
        sections.first { $0.heading == title }
    }

    /// The verdict: the bold words that open the Decision section.
    var verdict: String? {
        guard let line = section("Decision")?.lines.first(where: { $0.hasPrefix("**") }) else { return nil }
        let parts = line.components(separatedBy: "**")
        return parts.count > 2 ? parts[1] : nil
    }

    /// The section of red patterns and findings.
    private var lawfulness: Block? { section("Lawfulness: red patterns and findings") }

    /// The red patterns: `#### State: title` blocks and `- **State:** title …` items.
    var redPatterns: [Block] {
        (lawfulness?.blocks(level: 3) ?? []).filter { $0.heading == "Red patterns" }.flatMap(Self.items)
    }

    /// The findings of every area, headed or listed, as blocks whose heading is `Severity, state: title`.
    var findings: [Block] {
        (lawfulness?.blocks(level: 3) ?? []).filter { $0.heading != "Red patterns" }.flatMap(Self.items)
    }

    /// The measures of the register (its task lines).
    var measures: [String] {
        var lines: [String] = []
        for line in section("Measures register")?.lines ?? [] {
            if line.hasPrefix("### ") { break }
            if line.hasPrefix("- [ ] ") || line.hasPrefix("- [x] ") { lines.append(line) }
        }
        return lines
    }

    /// The points to find out (one task line per open answer).
    var openPoints: [String] {
        section("Measures register")?.blocks(level: 3).first { $0.heading.hasPrefix("Points to find out") }?.lines
            .filter { $0.hasPrefix("- [ ] ") } ?? []
    }

    /// A block's `#### ` sub-blocks and its `- **Label:** …` items, each as a block.
    private static func items(_ block: Block) -> [Block] {
        var result = block.blocks(level: 4)
        for line in block.lines where line.hasPrefix("- **") {
            let rest = line.dropFirst(4)
            guard let close = rest.range(of: ":** ") else { continue }
            let label = String(rest[..<close.lowerBound])
            let title = String(rest[close.upperBound...]).components(separatedBy: " (`").first ?? ""
            result.append(Block(heading: label + ": " + title, lines: [line]))
        }
        return result
    }

    /// Every line of the body that starts with `#`.
    var headingLines: [String] {
        body.filter { $0.hasPrefix("#") }
    }

    /// Splits lines at the headings of `level`; lines before the first such heading are dropped.
    static func split(_ lines: [String], level: Int) -> [Block] {
        let marker = String(repeating: "#", count: level) + " "
        var blocks: [Block] = []
        for line in lines {
            if line.hasPrefix(marker) {
                blocks.append(Block(heading: String(line.dropFirst(marker.count)), lines: []))
            } else if let depth = headingDepth(line), depth < level, !blocks.isEmpty {
                break
            } else if !blocks.isEmpty {
                blocks[blocks.count - 1].lines.append(line)
            }
        }
        return blocks
    }

    private static func headingDepth(_ line: String) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        guard hashes > 0, line.dropFirst(hashes).first == " " else { return nil }
        return hashes
    }
}

extension ReportDocument.Block {
    /// Whether the finding fired at one of these severities (`Blocker, established: …`, `High, not
    /// demonstrated: …`), as opposed to one that cannot be excluded or is advice coming into force.
    func fired(asOneOf severities: [String]) -> Bool {
        severities.contains {
            heading.hasPrefix("\($0), established: ") || heading.hasPrefix("\($0), not demonstrated: ")
        }
    }
}
