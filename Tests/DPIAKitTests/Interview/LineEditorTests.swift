import Testing

@testable import DPIAKit

@Suite("The line editor at a terminal")
struct LineEditorTests {
    /// The line that typing `bytes` gives, or nil when it is not finished by Enter.
    private func edit(_ bytes: String, history: [String] = []) -> String? {
        var editor = LineEditor(history: history)
        var decoder = KeyDecoder()
        for byte in bytes.utf8 {
            for key in decoder.feed(byte) {
                if case .line(let line) = editor.apply(key) { return line }
            }
        }
        return nil
    }

    @Test("left, left and a letter insert it before the last two characters")
    func arrows() {
        #expect(edit("BDL 2 kap\u{1B}[D\u{1B}[DX\r") == "BDL 2 kXap")
    }

    @Test("Home, End, Delete, Backspace, Ctrl-A and Ctrl-E move and delete where the cursor is")
    func homeEndDelete() {
        #expect(edit("bc\u{1B}[Ha\u{1B}[F!\r") == "abc!")
        #expect(edit("xabc\u{01}\u{1B}[3~\u{05}\u{7F}d\r") == "abd")
        #expect(edit("abc\u{1B}OH>\u{1B}OF<\r") == ">abc<")
    }

    @Test("word moves and word deletion stop at word boundaries")
    func words() {
        #expect(edit("one two three\u{1B}[1;5D\u{1B}[1;5D+\r") == "one +two three")
        #expect(edit("one two\u{1B}b\u{1B}b\u{1B}f!\r") == "one! two")
        #expect(edit("one two three\u{17}four\r") == "one two four")
    }

    @Test("Ctrl-U clears what is before the cursor, Ctrl-K what is after")
    func kill() {
        #expect(edit("wrong\u{15}right\r") == "right")
        #expect(edit("keep cut\u{1B}[D\u{1B}[D\u{1B}[D\u{0B}\r") == "keep ")
    }

    @Test("up brings back earlier answers, newest first, and down returns to the line being typed")
    func history() {
        #expect(edit("\u{1B}[A\r", history: ["first", "second"]) == "second")
        #expect(edit("\u{1B}[A\u{1B}[A\u{1B}[A!\r", history: ["first", "second"]) == "first!")
        #expect(edit("draft\u{1B}[A\u{1B}[B\r", history: ["old"]) == "draft")
        #expect(edit("\u{1B}[A\u{7F}\u{7F}X\r", history: ["BDL 2 kap"]) == "BDL 2 kX")
    }

    @Test("UTF-8 characters are one character each; unknown sequences and controls never reach the text")
    func unicodeAndControls() {
        #expect(edit("Malmö\u{1B}[D\u{1B}[D\u{7F}\r") == "Mamö")
        #expect(edit("a\u{1B}[15~b\u{1B}[200~c\u{07}\u{1B}[Z\r") == "abc")
    }

    @Test("Ctrl-D ends the input on an empty line and deletes under the cursor otherwise")
    func endOfInput() {
        var editor = LineEditor()
        #expect(editor.apply(.endOfInput) == .endOfInput)
        #expect(edit("ab\u{1B}[D\u{04}\r") == "a")
    }

    @Test("the redrawn line never passes the width and counts å, é and ø as one column")
    func redraw() {
        var editor = LineEditor()
        _ = editor.apply(.insert("åéø"))
        #expect(editor.redraw(prompt: "> ", width: 80) == "\r> åéø\u{1B}[K\r\u{1B}[5C")
        _ = editor.apply(.insert(String(repeating: "x", count: 100)))
        let shown = editor.redraw(prompt: "> ", width: 20)
        let visible = shown.replacingOccurrences(of: "\u{1B}\\[[0-9]*[A-Za-z]", with: "", options: .regularExpression)
            .replacingOccurrences(of: "\r", with: "")
        #expect(TextLayout.columns(of: visible) <= 19, "\(visible)")
        #expect(visible.hasSuffix("xxx"))
    }

    @Test("removing control characters drops escape sequences whole and keeps the text")
    func sanitize() {
        #expect("Org\u{1B}[D\u{1B}[DX".removingControlCharacters() == "OrgX")
        #expect("a\u{1B}OAb\u{0}c\u{9B}d\te".removingControlCharacters() == "abcd e")
        #expect("Brottsdatalag 2 kap. 12 §".removingControlCharacters() == "Brottsdatalag 2 kap. 12 §")
    }
}
