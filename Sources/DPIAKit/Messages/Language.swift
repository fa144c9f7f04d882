/// A language `dpia` writes in: questionnaires, reports, the interview, the quiz and messages.
public enum Language: String, Hashable, Sendable, CaseIterable, Comparable {
    case en, nl, fr, sv

    /// The language named by a BCP 47 tag or a POSIX locale (`nl`, `nl-BE`, `fr_BE.UTF-8`), if `dpia`
    /// speaks it.
    public init?(tag: String) {
        let primary = tag.lowercased().prefix { $0.isLetter }
        self.init(rawValue: String(primary))
    }

    /// The language chosen by the rule of issue 14: the one asked for, then the answers file's, then
    /// the locale's (`LC_ALL`, `LC_MESSAGES`, `LANG`), then English.
    public static func resolve(requested: Language?, answers: String?, environment: [String: String]) -> Language {
        if let requested { return requested }
        if let answers, let language = Language(tag: answers) { return language }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            // The first locale variable set decides, as in POSIX; `C` and `POSIX` mean no choice.
            return Language(tag: value) ?? .en
        }
        return .en
    }

    /// The language's name in itself, for menus.
    public var name: String {
        switch self {
        case .en: "English"
        case .nl: "Nederlands"
        case .fr: "Français"
        case .sv: "Svenska"
        }
    }

    public static func < (lhs: Language, rhs: Language) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }

    /// A date as a reader of the language writes it: ISO 8601 in English (as reports always did),
    /// `15 februari 2022`, `15 février 2022`, `15 februari 2022` in the others.
    public func date(_ date: CalendarDate) -> String {
        guard self != .en else { return "\(date)" }
        let months: [String] =
            switch self {
            case .nl:
                [
                    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                    "oktober", "november", "december",
                ]
            case .fr:
                [
                    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                    "octobre", "novembre", "décembre",
                ]
            default:
                [
                    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
                    "oktober", "november", "december",
                ]
            }
        let day = self == .fr && date.day == 1 ? "1er" : "\(date.day)"
        return "\(day) \(months[date.month - 1]) \(date.year)"
    }

    /// A whole number with the language's thousands separator (none below 10 000 in Swedish and
    /// French usage is kept simple: a narrow no-break space from 1 000 in fr and sv, a full stop in nl).
    public func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        guard self != .en, digits.count > 3 else { return "\(value)" }
        let separator = self == .nl ? "." : "\u{202F}"
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (value < 0 ? "-" : "") + groups.joined(separator: separator)
    }
}
