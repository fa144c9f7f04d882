/// A reference to a provision in canonical short form: a source key, a space, the provision
/// (`LED Art. 39(1)(b)`, `PSA art. 44/1 §2`, `BDL 2:12`, `AI Act Art. 5(1)(e)`).
public struct Citation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The key of the legal source (`LED`, `AI Act`).
    public var sourceKey: String
    /// The provision in the instrument's own numbering (`Art. 10`, `2:12`).
    public var provision: String

    /// Creates a citation from its parts.
    public init(sourceKey: String, provision: String) {
        self.sourceKey = sourceKey
        self.provision = provision
    }

    /// Parses canonical short form: the source key is every word before the first word that starts
    /// a provision (`Art.`, `art.`, `Annex`, `Recital`, `ch.`, `§` or a digit). Returns nil when there is
    /// no key or no provision.
    public init?(parsing text: String) {
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        guard let start = words.firstIndex(where: Citation.startsProvision), start > 0,
            !words.contains(where: \.isEmpty)
        else { return nil }
        self.init(
            sourceKey: words[..<start].joined(separator: " "),
            provision: words[start...].joined(separator: " "))
    }

    private static func startsProvision(_ word: Substring) -> Bool {
        let openers = ["Art.", "art.", "Annex", "Recital", "ch.", "Chapter", "§"]
        return openers.contains { word.hasPrefix($0) } || (word.first?.isNumber ?? false)
    }

    /// The canonical text, `LED Art. 10`.
    public var description: String { "\(sourceKey) \(provision)" }

    /// Whether this citation is `prefix` or a subdivision of it: `Art. 5` covers `Art. 5(1)(e)` but not
    /// `Art. 50`.
    public func isCovered(byProvision prefix: String) -> Bool {
        guard provision.hasPrefix(prefix) else { return false }
        guard let next = provision.dropFirst(prefix.count).first else { return true }
        return next == "(" || next == " " || next == ","
    }

    public static func < (lhs: Citation, rhs: Citation) -> Bool {
        lhs.description < rhs.description
    }
}
