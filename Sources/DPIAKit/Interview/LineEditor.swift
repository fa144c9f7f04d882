/// The line being typed at a terminal in raw mode: the text, the cursor, and the earlier answers
/// that up and down bring back. Pure: keys in (from ``KeyDecoder``), the line out, and the text that
/// redraws it; `SystemTerminal` in the `dpia` executable reads the keys and writes the text.
///
/// Only printable characters are ever inserted, so a finished line holds no control character.
public struct LineEditor: Sendable {
    /// A key as the editor understands it.
    public enum Key: Hashable, Sendable {
        /// Printable text typed or pasted.
        case insert(String)
        case left, right, home, end, wordLeft, wordRight
        case backspace, delete, deleteWordBefore, deleteToStart, deleteToEnd
        case up, down
        /// Enter: the line is done.
        case enter
        /// Ctrl-D: the end of input on an empty line, else delete.
        case endOfInput
    }

    /// What a key did to the line.
    public enum Outcome: Hashable, Sendable {
        /// The line is still being edited; redraw it.
        case editing
        /// Enter was pressed: the line typed.
        case line(String)
        /// Ctrl-D on an empty line.
        case endOfInput
    }

    /// The characters typed so far.
    public private(set) var text: [Character] = []
    /// Where the cursor is, as an index into ``text``.
    public private(set) var cursor = 0
    /// The first character shown when the line is wider than the terminal.
    private var scroll = 0
    /// Earlier answers, oldest first; up shows the newest first.
    private let history: [String]
    /// Which history entry is shown (`history.count` is the line being typed).
    private var historyIndex: Int
    /// The line being typed, kept while up and down show earlier answers.
    private var draft: [Character] = []

    /// Creates an empty line whose up key brings back `history`, newest last.
    public init(history: [String] = []) {
        self.history = history.filter { !$0.isEmpty }
        historyIndex = self.history.count
    }

    /// The line as typed so far.
    public var line: String { String(text) }

    /// Applies `key`.
    public mutating func apply(_ key: Key) -> Outcome {
        switch key {
        case .insert(let typed):
            let clean = Array(typed.removingControlCharacters())
            text.insert(contentsOf: clean, at: cursor)
            cursor += clean.count
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = text.count
        case .wordLeft: cursor = wordStart(before: cursor)
        case .wordRight: cursor = wordEnd(after: cursor)
        case .backspace:
            if cursor > 0 {
                text.remove(at: cursor - 1)
                cursor -= 1
            }
        case .delete:
            if cursor < text.count { text.remove(at: cursor) }
        case .deleteWordBefore:
            let start = wordStart(before: cursor)
            text.removeSubrange(start..<cursor)
            cursor = start
        case .deleteToStart:
            text.removeSubrange(0..<cursor)
            cursor = 0
        case .deleteToEnd:
            text.removeSubrange(cursor...)
        case .up: showHistory(historyIndex - 1)
        case .down: showHistory(historyIndex + 1)
        case .enter: return .line(line)
        case .endOfInput:
            if text.isEmpty { return .endOfInput }
            if cursor < text.count { text.remove(at: cursor) }
        }
        return .editing
    }

    /// The text that redraws the line after `prompt` on a terminal `width` columns wide: back to the
    /// start of the line, the prompt and as much of the text as fits around the cursor, the rest of
    /// the line cleared, the cursor put in place. Never wider than `width - 1` columns.
    public mutating func redraw(prompt: String, width: Int) -> String {
        let promptWidth = TextLayout.columns(of: prompt)
        let room = max(1, width - promptWidth - 1)
        if cursor < scroll { scroll = cursor }
        while scroll < cursor && TextLayout.columns(of: String(text[scroll..<cursor])) > room - 1 {
            scroll += 1
        }
        if TextLayout.columns(of: String(text)) <= room { scroll = 0 }
        var shown = ""
        var used = 0
        for character in text[scroll...] {
            let size = TextLayout.columns(of: character)
            if used + size > room { break }
            shown.append(character)
            used += size
        }
        let column = promptWidth + TextLayout.columns(of: String(text[scroll..<cursor]))
        return "\r" + prompt + shown + "\u{1B}[K\r" + (column > 0 ? "\u{1B}[\(column)C" : "")
    }

    // MARK: - Words and history

    private func wordStart(before index: Int) -> Int {
        var place = index
        while place > 0 && !isWordCharacter(text[place - 1]) { place -= 1 }
        while place > 0 && isWordCharacter(text[place - 1]) { place -= 1 }
        return place
    }

    private func wordEnd(after index: Int) -> Int {
        var place = index
        while place < text.count && !isWordCharacter(text[place]) { place += 1 }
        while place < text.count && isWordCharacter(text[place]) { place += 1 }
        return place
    }

    private func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    private mutating func showHistory(_ index: Int) {
        guard (0...history.count).contains(index), index != historyIndex else { return }
        if historyIndex == history.count { draft = text }
        historyIndex = index
        text = index == history.count ? draft : Array(history[index])
        cursor = text.count
    }
}

/// Turns the bytes a terminal sends in raw mode into ``LineEditor/Key``s: UTF-8 text, control keys
/// (Ctrl-A, Ctrl-U…) and escape sequences (arrows, Home, End, Delete, Ctrl- and Alt-arrows). Unknown
/// sequences are swallowed whole, so they never reach the text.
public struct KeyDecoder: Sendable {
    private var pending: [UInt8] = []

    /// Creates a decoder.
    public init() {}

    /// The keys completed by `byte`; empty while a sequence or a character is incomplete.
    public mutating func feed(_ byte: UInt8) -> [LineEditor.Key] {
        pending.append(byte)
        guard let first = pending.first else { return [] }
        if first == 0x1B { return escape() }
        if first < 0x20 || first == 0x7F {
            pending.removeAll()
            return control(first).map { [$0] } ?? []
        }
        // UTF-8: wait for the whole character.
        let expected = first < 0x80 ? 1 : first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1
        guard pending.count >= expected else { return [] }
        let text = String(decoding: pending, as: UTF8.self)
        pending.removeAll()
        return [.insert(text)]
    }

    private func control(_ byte: UInt8) -> LineEditor.Key? {
        switch byte {
        case 0x0D, 0x0A: .enter
        case 0x01: .home  // Ctrl-A
        case 0x05: .end  // Ctrl-E
        case 0x02: .left  // Ctrl-B
        case 0x06: .right  // Ctrl-F
        case 0x08, 0x7F: .backspace  // Ctrl-H, Backspace
        case 0x04: .endOfInput  // Ctrl-D
        case 0x15: .deleteToStart  // Ctrl-U
        case 0x0B: .deleteToEnd  // Ctrl-K
        case 0x17: .deleteWordBefore  // Ctrl-W
        case 0x10: .up  // Ctrl-P
        case 0x0E: .down  // Ctrl-N
        case 0x09: .insert(" ")
        default: nil
        }
    }

    private mutating func escape() -> [LineEditor.Key] {
        guard pending.count >= 2 else { return [] }
        let second = pending[1]
        switch second {
        case UInt8(ascii: "["):
            // CSI: parameters and intermediates until a final byte 0x40-0x7E.
            guard pending.count >= 3, let last = pending.last, (0x40...0x7E).contains(last) else {
                if pending.count > 32 { pending.removeAll() }
                return []
            }
            let body = String(decoding: pending[2...], as: UTF8.self)
            pending.removeAll()
            return csi(body).map { [$0] } ?? []
        case UInt8(ascii: "O"):
            guard pending.count >= 3 else { return [] }
            let final = pending[2]
            pending.removeAll()
            return csi(String(UnicodeScalar(final))).map { [$0] } ?? []
        default:
            pending.removeAll()
            switch second {
            case UInt8(ascii: "b"): return [.wordLeft]  // Alt-B
            case UInt8(ascii: "f"): return [.wordRight]  // Alt-F
            case 0x7F, 0x08: return [.deleteWordBefore]  // Alt-Backspace
            case 0x1B: pending = [0x1B]
            default: break
            }
            return []
        }
    }

    private func csi(_ body: String) -> LineEditor.Key? {
        let modified = body.contains(";5") || body.contains(";3")
        switch body.last {
        case "A": return .up
        case "B": return .down
        case "C": return modified ? .wordRight : .right
        case "D": return modified ? .wordLeft : .left
        case "H": return .home
        case "F": return .end
        case "~":
            switch body.dropLast() {
            case "1", "7": return .home
            case "4", "8": return .end
            case "3": return .delete
            default: return nil
            }
        default: return nil
        }
    }
}
