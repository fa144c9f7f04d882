import Foundation

/// Escaping for text that a user typed (answers, notes, metadata) or that a questionnaire holds, so no
/// value can break the report's structure in GitHub, CommonMark or pandoc Markdown.
public enum Markdown {
    /// Characters with a meaning somewhere in CommonMark, GFM tables or pandoc's extensions
    /// (`@` citations, `$` maths, `^`/`~` super- and subscript).
    private static let escaped: Set<Character> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "!", "&", "@", "$", "^", "{", "}",
    ]

    /// `text` as inline Markdown: one line, every special character escaped, so it reads literally,
    /// and every character a reader could not see (a control character, a bidirectional override,
    /// a zero-width space) written as its code point, `<U+202E>`, so the report cannot read
    /// differently from what it holds.
    public static func inline(_ text: String) -> String {
        var out = ""
        var atStart = true
        for character in VisibleText.shown(text.replacingLineBreaks()) {
            if escaped.contains(character) {
                out.append("\\")
            } else if atStart && ["-", "+", "=", ":"].contains(character) {
                // Would start a list item, setext underline or definition at the start of a line.
                out.append("\\")
            }
            out.append(character)
            atStart = false
        }
        // "1. text" or "1) text" at the start of a line would open an ordered list.
        if let dot = out.firstIndex(where: { !$0.isNumber }), dot != out.startIndex,
            [".", ")"].contains(out[dot])
        {
            out.insert("\\", at: dot)
        }
        return out.trimmingSpaces()
    }

    /// `text` as Markdown blocks: blank lines separate paragraphs, other line breaks join, and lines
    /// starting with `- ` or `* ` become list items (continuation lines join their item). Every
    /// piece is escaped with `inline`, so the text cannot add headings, tables or HTML.
    public static func blocks(_ text: String) -> [String] {
        var blocks: [String] = []
        let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false)
            .split(whereSeparator: { $0.allSatisfy(\.isWhitespace) })
        for lines in paragraphs {
            var lead: [Substring] = []
            var items: [[Substring]] = []
            for line in lines {
                let trimmed = line.drop { $0 == " " || $0 == "\t" }
                if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") {
                    items.append([trimmed.dropFirst(2)])
                } else if items.isEmpty {
                    lead.append(trimmed)
                } else {
                    items[items.count - 1].append(trimmed)
                }
            }
            let paragraph = inline(lead.joined(separator: " "))
            if !paragraph.isEmpty { blocks.append(paragraph) }
            if !items.isEmpty {
                blocks.append(items.map { "- " + inline($0.joined(separator: " ")) }.joined(separator: "\n"))
            }
        }
        return blocks
    }

    /// Inline code for an id (`legal_basis.not_specific`); ids never hold backticks.
    public static func code(_ text: String) -> String {
        "`" + text.filter { $0 != "`" && !$0.isNewline } + "`"
    }

    /// A value for the YAML front matter: double-quoted, escaped for YAML and for pandoc, which reads
    /// metadata strings as Markdown.
    public static func yamlString(_ text: String) -> String {
        var out = "\""
        for character in inline(text) {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.append(character)
            }
        }
        return out + "\""
    }

    /// A GFM pipe table. Cells must already be inline-escaped. `widths`, when given, are the columns'
    /// relative widths: pandoc gives a table whose rows are long the proportions of the separator's
    /// dashes, so the annex's Question column is wider than its Id in DOCX and PDF.
    public static func table(header: [String], rows: [[String]], widths: [Int]? = nil) -> String {
        var lines = ["| " + header.joined(separator: " | ") + " |"]
        let dashes = widths.map { $0.map { max(3, $0) } } ?? header.map { _ in 3 }
        lines.append("|" + dashes.map { String(repeating: "-", count: $0) + "|" }.joined())
        for row in rows {
            lines.append("| " + row.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// Every kind of line break (LF, CR, CRLF, NEL, LS, PS) replaced by a space.
    func replacingLineBreaks() -> String {
        String(map { $0.isNewline ? " " : $0 })
    }

    func trimmingSpaces() -> String {
        var result = Substring(self)
        while result.first == " " { result = result.dropFirst() }
        while result.last == " " && !result.hasSuffix("\\ ") { result = result.dropLast() }
        return String(result)
    }
}
