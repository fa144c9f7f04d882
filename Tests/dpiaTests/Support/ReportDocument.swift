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

        /// The citations of the block's `**Provisions:**` line, without layer labels or dates.
        var provisions: [String] {
            guard let line = lines.first(where: { $0.hasPrefix(Self.provisionsPrefix) }) else {
                return []
            }
            return line.dropFirst(Self.provisionsPrefix.count)
                .components(separatedBy: "; ")
                .map { citation in
                    var bare = citation
                    for marker in [" *[", " (applies from"] {
                        if let range = bare.range(of: marker) {
                            bare = String(bare[..<range.lowerBound])
                        }
                    }
                    return bare.trimmingCharacters(in: .whitespaces)
                }
        }

        private static let provisionsPrefix = "**Provisions:** "

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

    /// The verdict: the first bold line of the Verdict section, without the asterisks.
    var verdict: String? {
        guard let line = section("Verdict")?.lines.first(where: { $0.hasPrefix("**") }) else {
            return nil
        }
        return line.trimmingCharacters(in: CharacterSet(charactersIn: "*"))
    }

    /// The `### ` blocks of the Red patterns section.
    var redPatterns: [Block] {
        section("Red patterns")?.blocks(level: 3) ?? []
    }

    /// The `#### ` finding blocks of the Findings section, across all its areas.
    var findings: [Block] {
        (section("Findings")?.blocks(level: 3) ?? []).flatMap { $0.blocks(level: 4) }
    }

    /// The action-plan items that are measures, leaving out the "Find out and document" items
    /// the plan adds for open points.
    var measures: [String] {
        (section("Action plan")?.lines ?? []).filter {
            $0.hasPrefix("- [ ] ") && !$0.hasPrefix("- [ ] Find out and document:")
        }
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
    /// Whether the finding fired at one of these severities (`Blocker: …`, `High: …`), as
    /// opposed to "Cannot be excluded (…)" or "Advice (coming into force)".
    func fired(asOneOf severities: [String]) -> Bool {
        severities.contains { heading.hasPrefix("\($0): ") }
    }
}
