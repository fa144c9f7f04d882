/// The layers that apply in one jurisdiction, merged: the LED core, the EU modules and the national
/// overlay, with every overlay amendment applied and each item still labelled with its layer.
public struct QuestionnaireBundle: Hashable, Sendable {
    /// `eu`, `be`, `se`.
    public var jurisdiction: String
    /// The layers in bundle order (a layer after the one it extends).
    public var layers: [Questionnaire]
    /// The sections, with overlay questions appended to the core sections they extend.
    public let sections: [Section]
    /// Every question, in the order they are asked.
    public let questions: [Question]
    /// Each question's position in `questions`, so lookups stay constant-time on large bundles.
    private let positions: [QuestionID: Int]
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
    /// The risks to the people concerned, amended.
    public var risks: [Risk]
    /// Every measure by id: the layers' catalogues and the measures written inside rules.
    public var measures: [String: Measure]

    /// Creates a bundle.
    public init(
        jurisdiction: String, layers: [Questionnaire], sections: [Section], areas: [Area],
        findings: [FindingRule], redPatterns: [RedPattern], sources: [String: LegalSource],
        precedents: [String: Precedent], risks: [Risk] = [], measures: [String: Measure] = [:]
    ) {
        self.jurisdiction = jurisdiction
        self.layers = layers
        self.sections = sections
        let questions = sections.flatMap(\.questions)
        self.questions = questions
        var positions: [QuestionID: Int] = [:]
        for (index, question) in questions.enumerated() where positions[question.id] == nil {
            positions[question.id] = index
        }
        self.positions = positions
        self.areas = areas
        self.findings = findings
        self.redPatterns = redPatterns
        self.sources = sources
        self.precedents = precedents
        self.risks = risks
        self.measures = measures
    }

    /// The question with `id`.
    public func question(_ id: QuestionID) -> Question? {
        positions[id].map { questions[$0] }
    }

    /// Where `id` comes in the interview order.
    public func position(of id: QuestionID) -> Int? {
        positions[id]
    }

    /// The section with `id`.
    public func section(_ id: String) -> Section? {
        sections.first { $0.id == id }
    }

    /// The latest `law_as_of` of its layers.
    public var lawAsOf: CalendarDate? { layers.map(\.lawAsOf).max() }
}
