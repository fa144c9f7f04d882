/// The layers that apply in one jurisdiction, merged: the LED core, the EU modules and the national
/// overlay, with every overlay amendment applied and each item still labelled with its layer.
public struct QuestionnaireBundle: Hashable, Sendable {
    /// `eu`, `be`, `se`.
    public var jurisdiction: String
    /// The layers in bundle order (a layer after the one it extends).
    public var layers: [Questionnaire]
    /// The sections, with overlay questions appended to the core sections they extend.
    public var sections: [Section]
    /// Headings for findings, in report order.
    public var areas: [Area]
    /// The finding rules, amended.
    public var findings: [FindingRule]
    /// The red patterns, amended.
    public var redPatterns: [RedPattern]
    /// Every legal source, by key.
    public var sources: [String: LegalSource]
    /// Every precedent, by id.
    public var precedents: [String: Precedent]

    /// Creates a bundle.
    public init(
        jurisdiction: String, layers: [Questionnaire], sections: [Section], areas: [Area],
        findings: [FindingRule], redPatterns: [RedPattern], sources: [String: LegalSource],
        precedents: [String: Precedent]
    ) {
        self.jurisdiction = jurisdiction
        self.layers = layers
        self.sections = sections
        self.areas = areas
        self.findings = findings
        self.redPatterns = redPatterns
        self.sources = sources
        self.precedents = precedents
    }

    /// Every question, in the order they are asked.
    public var questions: [Question] { sections.flatMap(\.questions) }

    /// The question with `id`.
    public func question(_ id: QuestionID) -> Question? {
        for section in sections {
            if let question = section.questions.first(where: { $0.id == id }) { return question }
        }
        return nil
    }

    /// The section with `id`.
    public func section(_ id: String) -> Section? {
        sections.first { $0.id == id }
    }

    /// The latest `law_as_of` of its layers.
    public var lawAsOf: CalendarDate? { layers.map(\.lawAsOf).max() }
}
