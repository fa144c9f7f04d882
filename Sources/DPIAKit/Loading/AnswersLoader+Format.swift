import Foundation

/// Telling answers and case files from questionnaire layers by their `format:` line, without
/// parsing them.
extension AnswersLoader {
    /// Whether `text` has a line `format: dpia-answers/…`, of any version: how `lint` tells an
    /// answers or case file from a layer, so that a version it cannot read is reported as such.
    public static func namesAnswersFormat(_ text: String) -> Bool {
        text.split(separator: "\n").contains { $0.hasPrefix("format: dpia-answers/") }
    }

    /// Whether `text` declares, at the top level, the answers format this version reads (`format:
    /// dpia-answers/1`, quoted or not): how `register` and `recheck` pick the answers files of a
    /// folder.
    public static func declaresFormat(_ text: String) -> Bool {
        lines(of: text, startingWith: "format:").contains { line in
            let value = line.dropFirst("format:".count).trimmingCharacters(in: .whitespaces)
            return [format, "\"\(format)\"", "'\(format)'"].contains(value)
        }
    }

    /// The lines of `text` (split at every kind of line break, as `split(whereSeparator:
    /// \.isNewline)` splits them) that start with `prefix`, found in its UTF-8 bytes rather than by
    /// walking every character: a line break is always a character of its own.
    private static func lines(of text: String, startingWith prefix: String) -> [Substring] {
        let bytes = Array(text.utf8)
        let needle = Array(prefix.utf8)
        guard let first = needle.first, bytes.count >= needle.count else { return [] }
        var lines: [Substring] = []
        var index = 0
        while index <= bytes.count - needle.count {
            defer { index += 1 }
            guard bytes[index] == first, bytes[index..<index + needle.count].elementsEqual(needle),
                index == 0 || endsWithLineBreak(bytes[..<index])
            else { continue }
            let rest = text[text.utf8.index(text.utf8.startIndex, offsetBy: index)...]
            let line = rest[..<(rest.firstIndex(where: \.isNewline) ?? rest.endIndex)]
            if line.hasPrefix(prefix) { lines.append(line) }
        }
        return lines
    }

    /// Whether `bytes` end with the UTF-8 of a line break: LF, VT, FF, CR, NEL, LS or PS.
    private static func endsWithLineBreak(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let last = bytes.last else { return false }
        if (0x0A...0x0D).contains(last) { return true }
        if last == 0x85 { return bytes.dropLast().last == 0xC2 }
        if last == 0xA8 || last == 0xA9 { return bytes.suffix(3).elementsEqual([0xE2, 0x80, last]) }
        return false
    }
}
