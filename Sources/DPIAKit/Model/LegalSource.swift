/// An instrument that citations point into, with the dates from which it, or one of its
/// provisions, binds.
public struct LegalSource: Hashable, Sendable {
    /// A provision with its own date of application (`AI Act Art. 5` from 2025-02-02).
    public struct DatedProvision: Hashable, Sendable {
        /// The provision prefix, `Art. 5`.
        public var provision: String
        /// The first day it binds.
        public var appliesFrom: CalendarDate

        /// Creates a dated provision.
        public init(provision: String, appliesFrom: CalendarDate) {
            self.provision = provision
            self.appliesFrom = appliesFrom
        }
    }

    /// A provision whose text was checked, with where and when (`Art. 10`, "EUR-Lex, 2026-11-22").
    public struct CheckedProvision: Hashable, Sendable {
        /// The provision prefix; it covers its subdivisions (`Art. 39` covers `Art. 39(1)(b)`).
        public var provision: String
        /// Where its text was read and on what date.
        public var checked: String

        /// Creates a checked provision.
        public init(provision: String, checked: String) {
            self.provision = provision
            self.checked = checked
        }
    }

    /// The short key citations start with.
    public var key: String
    /// The full title.
    public var title: LocalizedText
    /// The official URL.
    public var url: String
    /// The first day the instrument binds, if it matters.
    public var appliesFrom: CalendarDate?
    /// Provisions that bind from a later date than the instrument.
    public var datedProvisions: [DatedProvision]
    /// The provisions whose text was checked; `dpia lint` warns about citations outside them.
    public var checkedProvisions: [CheckedProvision]
    /// Where it was declared.
    public var origin: Origin
    /// How a lawyer writing in each language cites a provision of it (`cite:`): a template around
    /// `{provision}`, such as `{provision} WPA` or `{provision} brottsdatalagen`.
    public var citationTemplates: [Language: String] = [:]

    /// Creates a legal source.
    public init(
        key: String, title: LocalizedText, url: String, appliesFrom: CalendarDate?,
        datedProvisions: [DatedProvision], checkedProvisions: [CheckedProvision] = [], origin: Origin
    ) {
        self.key = key
        self.title = title
        self.url = url
        self.appliesFrom = appliesFrom
        self.datedProvisions = datedProvisions
        self.checkedProvisions = checkedProvisions
        self.origin = origin
    }

    /// Whether `citation` falls under a provision listed as checked.
    public func isChecked(_ citation: Citation) -> Bool {
        citation.sourceKey == key && checkedProvisions.contains { citation.isCovered(byProvision: $0.provision) }
    }

    /// The first day `citation` binds: its longest matching dated provision, else the instrument's.
    public func appliesFrom(_ citation: Citation) -> CalendarDate? {
        let match = datedProvisions.filter { citation.isCovered(byProvision: $0.provision) }
            .max { $0.provision.count < $1.provision.count }
        return match?.appliesFrom ?? appliesFrom
    }
}

/// A decision of a supervisory authority or court that condemned a pattern.
public struct Precedent: Hashable, Sendable {
    /// Stable id, `imy-di-2020-2719`.
    public var id: String
    /// The deciding authority.
    public var authority: LocalizedText
    /// The authority's own reference, `DI-2020-2719`.
    public var reference: String
    /// `YYYY-MM-DD` or `YYYY-MM`.
    public var date: String
    /// What the decision is.
    public var title: LocalizedText
    /// Where to read it.
    public var url: String?
    /// What it found and ordered, in a sentence.
    public var outcome: LocalizedText?
    /// The short key the report refers to it by, `COC 2022`.
    public var citeAs: String
    /// Where it was declared.
    public var origin: Origin

    /// Creates a precedent.
    public init(
        id: String, authority: LocalizedText, reference: String, date: String, title: LocalizedText,
        url: String?, outcome: LocalizedText?, citeAs: String? = nil, origin: Origin
    ) {
        self.id = id
        self.authority = authority
        self.reference = reference
        self.date = date
        self.title = title
        self.url = url
        self.outcome = outcome
        self.citeAs = citeAs ?? Precedent.defaultKey(authority: authority.text(), date: date)
        self.origin = origin
    }
}

/// A heading under which findings are grouped.
public struct Area: Hashable, Sendable {
    /// Stable id, `legal_basis`.
    public var id: String
    /// The heading.
    public var title: LocalizedText
    /// Where it was declared.
    public var origin: Origin

    /// Creates an area.
    public init(id: String, title: LocalizedText, origin: Origin) {
        self.id = id
        self.title = title
        self.origin = origin
    }
}

extension Precedent {
    /// The abbreviation in brackets in the authority's name (or its first word) and the year:
    /// `Controleorgaan op de politionele informatie (COC), Belgium` of 2022-02 gives `COC 2022`.
    static func defaultKey(authority: String, date: String) -> String {
        var name = authority.split(separator: " ").first.map(String.init) ?? authority
        if let open = authority.firstIndex(of: "("), let close = authority[open...].firstIndex(of: ")") {
            name = String(authority[authority.index(after: open)..<close])
        }
        return "\(name) \(date.prefix(4))"
    }

    /// The year and month it was decided, to compare with an assessment date.
    public var decided: CalendarDate? { CalendarDate(date) ?? CalendarDate(date + "-01") }
}
