import Testing

@testable import DPIAKit

/// `Markdown.inline` takes a shortcut through the bytes of ASCII text; it must give exactly what the
/// walk over characters gives.
@Suite("Markdown.inline on ASCII text")
struct MarkdownInlineTests {
    static let samples = [
        "", " ", "  lead and trail  ", "plain words", "- item", "+ plus", "= equals", ": colon", "1. first",
        "12) twelve", "123", "1.", "a1. not a list", "#*_[]<>|~!&@$^{}`\\", "tab\there", "line\nbreak",
        "cr\rlf\r\nmixed\n\r", "\r\n- after a break", "bell\u{07} and del\u{7F}", "\u{00}null", "ends with \\ ",
        "ends with \\", "trailing \\  ", "form\u{0C}feed\u{0B}tab", "- ", "--", "1\\. escaped",
    ]

    @Test("the ASCII shortcut gives what the character walk gives", arguments: samples)
    func sameAsCharacterWalk(_ text: String) {
        #expect(Markdown.inline(text) == Markdown.characterInline(text))
    }

    @Test("text with any other character takes the character walk")
    func nonASCII() {
        #expect(Markdown.inline("§ 5 *å*") == "§ 5 \\*å\\*")
        #expect(Markdown.inline("e\u{301}*") == Markdown.characterInline("e\u{301}*"))
        #expect(Markdown.inline("*\u{301}") == "*\u{301}")
    }
}
