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
        asciiInline(text) ?? characterInline(text)
    }

    /// `inline` computed character by character, for any text.
    static func characterInline(_ text: String) -> String {
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

    /// Which ASCII characters `inline` escapes, by code: the bytes of `escaped`.
    private static let escapedASCII: [Bool] = (0..<128).map { code in
        escaped.contains(Character(Unicode.Scalar(UInt8(code))))
    }

    /// `inline` for text that is all ASCII, where every character is one byte (but CR LF, one line
    /// break), computed on the bytes: the same result without walking grapheme clusters. Nil for
    /// any other text.
    private static func asciiInline(_ text: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        var atStart = true
        var afterCR = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            // CR LF is one line break, already written as a space.
            if afterCR && byte == 0x0A {
                afterCR = false
                continue
            }
            afterCR = byte == 0x0D
            if (0x0A...0x0D).contains(byte) {
                out.append(0x20)
            } else if byte != 0x09 && (byte < 0x20 || byte == 0x7F) {
                // Shown as its code point, `<U+0007>`, whose brackets are then escaped.
                for shown in VisibleText.codePoint(Unicode.Scalar(byte)).utf8 {
                    if escapedASCII[Int(shown)] { out.append(0x5C) }
                    out.append(shown)
                }
            } else {
                if escapedASCII[Int(byte)] || (atStart && [0x2D, 0x2B, 0x3D, 0x3A].contains(byte)) {
                    out.append(0x5C)
                }
                out.append(byte)
            }
            atStart = false
        }
        // "1. text" or "1) text" at the start of a line would open an ordered list.
        if let dot = out.firstIndex(where: { !(0x30...0x39).contains($0) }), dot != 0,
            out[dot] == 0x2E || out[dot] == 0x29
        {
            out.insert(0x5C, at: dot)
        }
        var start = 0
        while start < out.count && out[start] == 0x20 { start += 1 }
        var end = out.count
        // A trailing space after a backslash is an escaped space, and stays.
        while end > start && out[end - 1] == 0x20 && !(end - 2 >= start && out[end - 2] == 0x5C) { end -= 1 }
        return String(decoding: out[start..<end], as: UTF8.self)
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
        // An id or a path is ASCII with no backtick or line break: nothing to drop, so no need to
        // walk its characters.
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "`") && !(0x0A...0x0D).contains($0) }) {
            return "`" + text + "`"
        }
        return "`" + text.filter { $0 != "`" && !$0.isNewline } + "`"
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
