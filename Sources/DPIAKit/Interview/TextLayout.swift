/// Terminal text layout: how many columns a text takes, prose reflowed into paragraphs, and lines
/// wrapped at word boundaries to a width. Pure; the interview, the quiz and the line editor share it.
public enum TextLayout {
    /// The columns `character` takes at a terminal: 0 for combining marks and zero-width characters,
    /// 2 for East Asian wide characters and emoji, else 1 (so `é`, `å` and `ø` take one column).
    public static func columns(of character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        let value = first.value
        if character.unicodeScalars.allSatisfy(isZeroWidth) { return 0 }
        if isWide(value) || (first.properties.isEmojiPresentation && value > 0xFF) { return 2 }
        return 1
    }

    /// The columns `text` takes at a terminal.
    public static func columns(of text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + columns(of: $1) }
    }

    /// `text` cut to at most `width` columns, ending with `…` when something was cut.
    public static func truncated(_ text: String, to width: Int) -> String {
        guard columns(of: text) > width else { return text }
        var result = ""
        var used = 0
        for character in text {
            let size = columns(of: character)
            if used + size > width - 1 { break }
            result.append(character)
            used += size
        }
        return result + "…"
    }

    /// The paragraphs of prose written pre-wrapped (as YAML block scalars are): lines joined with a
    /// space within a paragraph; a blank line ends a paragraph, and a line starting a list item
    /// (`- `, `* `, `1. `, `a) `) starts a new one.
    public static func paragraphs(_ prose: String) -> [String] {
        var result: [String] = []
        var current: [String] = []
        func flush() {
            if !current.isEmpty { result.append(current.joined(separator: " ")) }
            current = []
        }
        for rawLine in prose.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(rawLine).trimmingWhitespace()
            if line.isEmpty {
                flush()
            } else {
                if startsListItem(line) { flush() }
                current.append(line)
            }
        }
        flush()
        return result
    }

    /// `text` (one paragraph) wrapped at word boundaries to `width` columns; continuation lines start
    /// with `indent` columns of spaces. A word longer than a line is cut. With no width, one line.
    public static func wrap(_ text: String, width: Int?, indent: Int = 0) -> [String] {
        guard let width, width > 0 else { return [text] }
        let indent = min(indent, max(0, width / 2))
        let pad = String(repeating: " ", count: indent)
        let leading = String(text.prefix { $0 == " " })
        let words = text.dropFirst(leading.count).split(separator: " ", omittingEmptySubsequences: true)
        var lines: [String] = []
        var line = leading
        var used = columns(of: leading)
        var lineHasWord = false
        for word in words {
            var word = String(word)
            let size = columns(of: word)
            if lineHasWord && used + 1 + size <= width {
                line += " " + word
                used += 1 + size
                continue
            }
            if lineHasWord {
                lines.append(line)
                line = pad
                used = indent
            }
            // A word wider than the room left is cut into pieces that fit.
            while used + columns(of: word) > width {
                var piece = ""
                var pieceWidth = 0
                for character in word {
                    let charWidth = columns(of: character)
                    if used + pieceWidth + charWidth > width { break }
                    piece.append(character)
                    pieceWidth += charWidth
                }
                if piece.isEmpty { piece = String(word.prefix(1)) }
                lines.append(line + piece)
                word.removeFirst(piece.count)
                line = pad
                used = indent
            }
            line += word
            used += columns(of: word)
            lineHasWord = true
        }
        lines.append(line)
        return lines
    }

    /// Prose reflowed and wrapped: its paragraphs, each wrapped to `width`, with a blank line between.
    public static func reflow(_ prose: String, width: Int?) -> [String] {
        var lines: [String] = []
        var previousIsItem = false
        for (index, paragraph) in paragraphs(prose).enumerated() {
            let isItem = startsListItem(paragraph)
            if index > 0 && !(isItem && previousIsItem) { lines.append("") }
            previousIsItem = isItem
            lines += wrap(paragraph, width: width, indent: listIndent(paragraph))
        }
        return lines
    }

    // MARK: - Characters

    private static func startsListItem(_ line: String) -> Bool {
        listIndent(line) > 0
    }

    /// The columns of a list item's marker and space (`- ` is 2, `12. ` is 4), or 0.
    private static func listIndent(_ line: String) -> Int {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("• ") { return 2 }
        let marker = line.prefix { $0.isNumber || ($0.isLetter && $0.isLowercase) }
        guard !marker.isEmpty, marker.count <= 3 else { return 0 }
        let rest = line.dropFirst(marker.count)
        guard rest.hasPrefix(". ") || rest.hasPrefix(") ") else { return 0 }
        // A lower-case word followed by ". " is a sentence, not an item: only one letter counts.
        if marker.contains(where: \.isLetter) && marker.count > 1 { return 0 }
        return marker.count + 2
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return scalar.value == 0x200B
        }
    }

    private static func isWide(_ value: UInt32) -> Bool {
        (0x1100...0x115F).contains(value) || (0x2E80...0x303E).contains(value)
            || (0x3041...0x33FF).contains(value) || (0x3400...0x4DBF).contains(value)
            || (0x4E00...0x9FFF).contains(value) || (0xA000...0xA4CF).contains(value)
            || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
            || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
            || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1F64F).contains(value)
            || (0x1F900...0x1F9FF).contains(value) || (0x20000...0x3FFFD).contains(value)
    }
}

extension String {
    /// The text with every control character removed: terminal escape sequences (`ESC [ D`, an arrow
    /// key typed where nothing interprets it) as a whole, and any other C0 or C1 control; a tab
    /// becomes a space. What is typed can never put a control character in an answers file.
    /// The text with terminal escape sequences (an arrow key through a pipe) removed and every other
    /// character kept, so a stray control character can still be refused with a message.
    public func removingEscapeSequences() -> String {
        removingControlCharacters(keepingOthers: true)
    }

    public func removingControlCharacters() -> String {
        removingControlCharacters(keepingOthers: false)
    }

    private func removingControlCharacters(keepingOthers: Bool) -> String {
        var result = String.UnicodeScalarView()
        var scalars = unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? scalars.next() {
            pending = nil
            switch scalar.value {
            case 0x09 where !keepingOthers:
                result.append(" ")
            case 0x1B:
                // ESC [ params final, ESC O x, or ESC x: drop the whole sequence.
                guard let next = scalars.next() else { break }
                if next == "[" {
                    while let part = scalars.next(), !(0x40...0x7E).contains(part.value) {}
                } else if next == "O" {
                    _ = scalars.next()
                } else if next.value < 0x20 || next.value == 0x7F {
                    pending = next
                }
            case 0x00..<0x20, 0x7F..<0xA0:
                if keepingOthers { result.append(scalar) }
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }
}
