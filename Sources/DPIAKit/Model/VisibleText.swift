/// Which characters a reader cannot see, and how dpia shows them: control characters break YAML and
/// terminals, and bidirectional overrides or zero-width characters can make a report read
/// differently from what it holds.
public enum VisibleText {
    /// Whether `scalar` is a C0 or C1 control character or DEL (tab and line feed included).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Whether `scalar` may not appear in text dpia reads: a control character other than a tab or
    /// a line break (line feed, carriage return, NEL), or a Unicode noncharacter (U+FFFE, U+FDD0 …),
    /// which YAML readers refuse.
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar.value == 0x85 { return false }
        return isControl(scalar) || isNoncharacter(scalar)
    }

    /// Whether `scalar` is a Unicode noncharacter.
    public static func isNoncharacter(_ scalar: Unicode.Scalar) -> Bool {
        (0xFDD0...0xFDEF).contains(scalar.value) || scalar.value & 0xFFFE == 0xFFFE
    }

    /// Whether `scalar` changes how text reads without being seen: a bidirectional embedding,
    /// override, isolate or mark, or a zero-width character.
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// `control character U+0092` or `noncharacter U+FFFE`: a refused character, for messages.
    public static func describe(_ scalar: Unicode.Scalar) -> String {
        let code = codePoint(scalar).dropFirst().dropLast()
        return "\(isNoncharacter(scalar) ? "noncharacter" : "control character") \(code)"
    }

    /// `<U+202E>`: how a character nobody could see is shown.
    public static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "<U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex)>"
    }

    /// `text` with every invisible or forbidden character written as its code point, so what a reader sees is what the text holds.
    public static func shown(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { needsShowing($0) }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsShowing(scalar) {
                result.append(contentsOf: codePoint(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func needsShowing(_ scalar: Unicode.Scalar) -> Bool {
        isForbidden(scalar) || isInvisible(scalar)
    }
}
