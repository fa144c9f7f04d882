/// One questionnaire layer as written in one file: the LED core, a module such as the AI Act, or a
/// national overlay.
public struct Questionnaire: Hashable, Sendable {
    /// Stable id, `led-core`.
    public var id: String
    /// The title.
    public var title: LocalizedText
    /// Semantic version of the content.
    public var version: String
    /// The date the content reflects the law.
    public var lawAsOf: CalendarDate
    /// `eu`, or a lowercase country code (`be`, `se`).
    public var jurisdiction: String
    /// The layer this one builds on.
    public var extends: String?
    /// What the layer covers.
    public var summary: LocalizedText?
    /// What was and was not checked against official texts.
    public var sourceNotes: LocalizedText?
    /// Instruments cited.
    public var sources: [LegalSource]
    /// Decisions cited by red patterns.
    public var precedents: [Precedent]
    /// Headings for findings.
    public var areas: [Area]
    /// Sections and their questions.
    public var sections: [Section]
    /// Rules that produce findings.
    public var findings: [FindingRule]
    /// Condemned combinations of facts.
    public var redPatterns: [RedPattern]
    /// Additions to items of the layer it extends.
    public var amendments: [Amendment]
    /// Risks to the people concerned.
    public var risks: [Risk]
    /// Measures that several rules share, named by id in their `measures:`.
    public var measures: [Measure]
    /// The file it was read from, as named to the user.
    public var file: String
    /// Where each citation (by its text) and precedent id (`precedent:ID`) is first written.
    public var referenceLocations: [String: SourceLocation]
    /// The SHA-256 of the file's text with LF line endings (`CanonicalForm.questionnaire`), which
    /// reports record so an auditor can tell exactly which content was applied.
    public var digest: ContentDigest
    /// The built-in layer this one replaces (a layer given with `--questionnaires` that has a
    /// built-in layer's id), so a report can say it did not apply the bundled content.
    public var replacedBuiltIn: ReplacedLayer?
    /// The languages the layer promises a text in (`languages:`); English always.
    public var languages: [Language] = [.en]
    /// The SHA-256 of each translation file applied to the layer, by language.
    public var translationDigests: [Language: ContentDigest] = [:]

    /// Creates a layer.
    public init(
        id: String, title: LocalizedText, version: String, lawAsOf: CalendarDate,
        jurisdiction: String, extends: String?, summary: LocalizedText?,
        sourceNotes: LocalizedText?, sources: [LegalSource], precedents: [Precedent],
        areas: [Area], sections: [Section], findings: [FindingRule], redPatterns: [RedPattern],
        amendments: [Amendment], risks: [Risk] = [], measures: [Measure] = [], file: String,
        referenceLocations: [String: SourceLocation] = [:], digest: ContentDigest
    ) {
        self.id = id
        self.title = title
        self.version = version
        self.lawAsOf = lawAsOf
        self.jurisdiction = jurisdiction
        self.extends = extends
        self.summary = summary
        self.sourceNotes = sourceNotes
        self.sources = sources
        self.precedents = precedents
        self.areas = areas
        self.sections = sections
        self.findings = findings
        self.redPatterns = redPatterns
        self.amendments = amendments
        self.risks = risks
        self.measures = measures
        self.file = file
        self.referenceLocations = referenceLocations
        self.digest = digest
    }
}

/// The built-in layer a user's layer replaces: what the report would have applied instead.
public struct ReplacedLayer: Hashable, Sendable {
    /// The built-in layer's version.
    public var version: String
    /// The SHA-256 of the built-in layer's text.
    public var digest: ContentDigest

    /// Creates the record of a replaced layer.
    public init(version: String, digest: ContentDigest) {
        self.version = version
        self.digest = digest
    }
}
