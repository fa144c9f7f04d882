/// A piece of prose from a questionnaire: a plain string today, a language map later.
///
/// Files written with plain strings stay valid when translations arrive: the loader accepts either
/// `prompt: "text"` or `prompt: {en: "text", nl: "tekst"}`.
public struct LocalizedText: Hashable, Sendable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The text in each language, keyed by BCP 47 tag; a plain string is stored under `en`.
    public var translations: [String: String]

    /// Creates a text from a language map.
    public init(translations: [String: String]) {
        self.translations = translations
    }

    /// Creates an English text.
    public init(_ text: String) {
        self.translations = ["en": text]
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// The text in `language`, falling back to English, then to the first language by tag.
    public func text(in language: String = "en") -> String {
        translations[language] ?? translations["en"]
            ?? translations.sorted { $0.key < $1.key }.first?.value ?? ""
    }

    /// The English (default) text.
    public var description: String { text() }
}

extension LocalizedText {
    /// The text in `language`. A text without that language falls back to English with a visible
    /// marker, so a reader never takes an untranslated passage for a translation.
    public func text(in language: Language) -> String {
        if let text = translations[language.rawValue] { return text }
        let english = text()
        guard language != .en, !english.isEmpty else { return english }
        return "[EN] " + english
    }
}
