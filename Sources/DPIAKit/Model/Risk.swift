/// A level on the two four-level scales of the CNIL method, severity and likelihood.
public enum RiskLevel: Int, Hashable, Sendable, CaseIterable, Comparable {
    /// The people concerned are not affected or meet small inconveniences; or it does not seem possible.
    case negligible = 1
    /// Significant inconveniences they can overcome; or it seems difficult.
    case limited = 2
    /// Significant consequences they can overcome only with serious difficulty; or it seems possible.
    case significant = 3
    /// Significant or irreversible consequences they may not overcome; or it seems extremely easy.
    case maximum = 4

    /// The identifier used in questionnaires, answers files and JSON.
    public var id: String {
        switch self {
        case .negligible: "negligible"
        case .limited: "limited"
        case .significant: "significant"
        case .maximum: "maximum"
        }
    }

    /// The level with identifier `id`.
    public init?(id: String) {
        guard let level = RiskLevel.allCases.first(where: { $0.id == id }) else { return nil }
        self = level
    }

    /// One level lower, never below negligible.
    public var lowered: RiskLevel { RiskLevel(rawValue: rawValue - 1) ?? .negligible }

    public static func < (lhs: RiskLevel, rhs: RiskLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A level suggested when a condition holds; the first rule of a scale whose condition holds (or
/// is unknown: the controller bears the burden) gives the level, a rule without a condition is the default.
public struct LevelRule: Hashable, Sendable {
    /// The level suggested.
    public var level: RiskLevel
    /// When it is suggested; nil for the default.
    public var condition: LocatedCondition?

    /// Creates a level rule.
    public init(level: RiskLevel, condition: LocatedCondition?) {
        self.level = level
        self.condition = condition
    }
}

/// An answer set with the levels a risk must be suggested at, checked by `dpia lint`.
public struct RiskExample: Hashable, Sendable {
    /// The answers.
    public var answers: [ExampleAnswer]
    /// The expected severity, or nil when the risk must not apply.
    public var severity: RiskLevel?
    /// The expected likelihood.
    public var likelihood: RiskLevel?
    /// 1-based position among the risk's examples.
    public var number: Int
    /// Where it is written.
    public var location: SourceLocation

    /// Creates an example.
    public init(
        answers: [ExampleAnswer], severity: RiskLevel?, likelihood: RiskLevel?, number: Int, location: SourceLocation
    ) {
        self.answers = answers
        self.severity = severity
        self.likelihood = likelihood
        self.number = number
        self.location = location
    }
}

/// A risk to the rights and freedoms of the people concerned (LED Art. 27(1)): not a compliance gap
/// but what could happen to people, rated for severity and likelihood.
public struct Risk: Hashable, Sendable {
    /// Stable id, `risk.wrongful_identification`.
    public var id: String
    /// The feared event.
    public var title: LocalizedText
    /// What it means for the people concerned.
    public var explanation: LocalizedText
    /// The rights it concerns.
    public var rights: [LocalizedText]
    /// The provisions, each with the layer that attached it.
    public var refs: [Sourced<Citation>]
    /// When it is relevant; nil when always.
    public var condition: LocatedCondition?
    /// Severity rules, first match wins.
    public var severity: [LevelRule]
    /// Likelihood rules, first match wins.
    public var likelihood: [LevelRule]
    /// Findings and red patterns that raise it.
    public var raisedBy: [String]
    /// Measures that, done or planned, lower its likelihood by one level each.
    public var lowersLikelihood: [String]
    /// Measures that, done or planned, lower its severity by one level each.
    public var lowersSeverity: [String]
    /// Checked by `dpia lint`.
    public var examples: [RiskExample]
    /// The layer that declared it and where.
    public var origin: Origin

    /// Creates a risk.
    public init(
        id: String, title: LocalizedText, explanation: LocalizedText, rights: [LocalizedText],
        refs: [Sourced<Citation>], condition: LocatedCondition?, severity: [LevelRule], likelihood: [LevelRule],
        raisedBy: [String], lowersLikelihood: [String], lowersSeverity: [String], examples: [RiskExample],
        origin: Origin
    ) {
        self.id = id
        self.title = title
        self.explanation = explanation
        self.rights = rights
        self.refs = refs
        self.condition = condition
        self.severity = severity
        self.likelihood = likelihood
        self.raisedBy = raisedBy
        self.lowersLikelihood = lowersLikelihood
        self.lowersSeverity = lowersSeverity
        self.examples = examples
        self.origin = origin
    }
}
