/// How severe a finding is, most severe first.
public enum Severity: String, Hashable, Sendable, CaseIterable, Comparable, Codable {
    /// The processing must not start, or must stop.
    case blocker
    /// Fix before deployment.
    case high
    /// Fix soon.
    case medium
    /// Good practice.
    case advice

    /// 0 for the most severe.
    public var rank: Int { Severity.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// What a rule means when its condition is unknown (depends on "I don't know" or a missing answer).
public enum UnknownPolicy: String, Hashable, Sendable, CaseIterable, Codable {
    /// Treated as fired: the law puts the burden of showing compliance on the controller.
    case fires
    /// Listed under open points as "cannot be excluded".
    case open
    /// Dropped.
    case ignore
}

/// What a measure does, which decides whether it is still offered when the use can never be lawful.
public enum MeasureKind: String, Hashable, Sendable, CaseIterable, Codable {
    /// Ends the use, or keeps it from starting.
    case stop
    /// Repairs a past use: deletion at a provider, breach notification, informing people. Owed only
    /// once the tool has been used.
    case remedy
    /// Keeps it from happening again: instructions, rules, training.
    case prevent
    /// A condition for lawful use: a contract, a test, a procedure. Not offered when nothing can make
    /// the use lawful.
    case safeguard
}

/// One action-plan item owed when a finding, red pattern or risk calls for it.
public struct Measure: Hashable, Sendable, Codable {
    /// Stable id.
    public var id: String
    /// The action, worded for a tool that is planned ("do not start").
    public var text: LocalizedText
    /// The action worded for a tool already used ("stop"), when it differs.
    public var textInUse: LocalizedText?
    /// What it does.
    public var kind: MeasureKind
    /// The provisions that require it.
    public var refs: [Citation]
    /// The layer that contributed it and where.
    public var origin: Origin
    /// True while it only names a measure of a layer's `measures:` catalogue, before assembly.
    public var isReference: Bool

    /// Creates a measure.
    public init(
        id: String, text: LocalizedText, textInUse: LocalizedText? = nil, kind: MeasureKind = .safeguard,
        refs: [Citation], origin: Origin, isReference: Bool = false
    ) {
        self.id = id
        self.text = text
        self.textInUse = textInUse
        self.kind = kind
        self.refs = refs
        self.origin = origin
        self.isReference = isReference
    }

    /// The text for a tool at `stage`.
    public func text(for stage: Stage) -> LocalizedText {
        stage.hasBeenUsed ? (textInUse ?? text) : text
    }
}

/// A national or module paragraph added to a core item's explanation.
public struct Addendum: Hashable, Sendable, Codable {
    /// The paragraph.
    public var text: LocalizedText
    /// The layer that added it.
    public var layer: String

    /// Creates an addendum.
    public init(text: LocalizedText, layer: String) {
        self.text = text
        self.layer = layer
    }
}

/// A rule that produces a finding when its condition holds.
public struct FindingRule: Hashable, Sendable, Codable {
    /// Stable id.
    public var id: String
    /// The area it is reported under.
    public var area: String
    /// How severe it is.
    public var severity: Severity
    /// The finding's headline.
    public var title: LocalizedText
    /// When it fires.
    public var condition: LocatedCondition?
    /// What an unknown condition means.
    public var ifUnknown: UnknownPolicy
    /// Why it matters, in plain language.
    public var explanation: LocalizedText
    /// Paragraphs overlays added.
    public var addenda: [Addendum]
    /// The provisions, each with the layer that attached it.
    public var refs: [Sourced<Citation>]
    /// The measures owed.
    public var measures: [Measure]
    /// When true, firing means the processing is outside the questionnaires' legal frame: the
    /// assessment stops there and the report says which frame applies instead.
    public var isOutOfScope: Bool
    /// When true, an established and binding finding means no measure can make the use lawful (a
    /// prohibition), so the register offers only measures that stop, remedy and prevent.
    public var isNeverLawful: Bool = false
    /// A title worded for a tool already used, when it differs.
    public var titleInUse: LocalizedText?
    /// Findings whose conditions exclude this one's (they answer the same question differently): when
    /// one of them fires, this one is not listed as open on the same unknown.
    public var excludes: [String] = []
    /// Answer sets that show when it fires and when it does not, checked by `dpia lint`.
    public var examples: [RuleExample]
    /// The layer that declared it and where.
    public var origin: Origin

    /// Creates a finding rule.
    public init(
        id: String, area: String, severity: Severity, title: LocalizedText,
        condition: LocatedCondition?, ifUnknown: UnknownPolicy, explanation: LocalizedText,
        addenda: [Addendum] = [], refs: [Sourced<Citation>], measures: [Measure],
        isOutOfScope: Bool = false, examples: [RuleExample] = [], origin: Origin
    ) {
        self.id = id
        self.area = area
        self.severity = severity
        self.title = title
        self.condition = condition
        self.ifUnknown = ifUnknown
        self.explanation = explanation
        self.addenda = addenda
        self.refs = refs
        self.measures = measures
        self.isOutOfScope = isOutOfScope
        self.examples = examples
        self.origin = origin
    }
}

/// A named combination of facts that supervisory authorities have already condemned; detecting one
/// makes the verdict `DO NOT DEPLOY`.
public struct RedPattern: Hashable, Sendable, Codable {
    /// Stable id.
    public var id: String
    /// The pattern's name.
    public var title: LocalizedText
    /// When it is detected.
    public var condition: LocatedCondition?
    /// What an unknown condition means.
    public var ifUnknown: UnknownPolicy
    /// Why the combination is condemned.
    public var explanation: LocalizedText
    /// Paragraphs overlays added.
    public var addenda: [Addendum]
    /// The provisions, each with the layer that attached it.
    public var refs: [Sourced<Citation>]
    /// The decisions that found it, each with the layer that attached it.
    public var precedents: [Sourced<String>]
    /// The measures owed.
    public var measures: [Measure]
    /// When true, detecting it means no measure can make the use lawful, so the register offers only
    /// measures that stop, remedy and prevent.
    public var isNeverLawful: Bool = false
    /// Answer sets that show when it is detected and when it is not, checked by `dpia lint`.
    public var examples: [RuleExample]
    /// The layer that declared it and where.
    public var origin: Origin

    /// Creates a red pattern.
    public init(
        id: String, title: LocalizedText, condition: LocatedCondition?, ifUnknown: UnknownPolicy,
        explanation: LocalizedText, addenda: [Addendum] = [], refs: [Sourced<Citation>],
        precedents: [Sourced<String>], measures: [Measure], examples: [RuleExample] = [],
        origin: Origin
    ) {
        self.id = id
        self.title = title
        self.condition = condition
        self.ifUnknown = ifUnknown
        self.explanation = explanation
        self.addenda = addenda
        self.refs = refs
        self.precedents = precedents
        self.measures = measures
        self.examples = examples
        self.origin = origin
    }
}

/// An overlay's additions to a finding or red pattern of a layer it extends.
public struct Amendment: Hashable, Sendable, Codable {
    /// What is amended.
    public enum Target: Hashable, Sendable, Codable {
        case finding(String)
        case redPattern(String)
        case risk(String)
    }

    /// What is amended.
    public var target: Target
    /// Citations added.
    public var refs: [Citation]
    /// Precedent ids added (red patterns only).
    public var precedents: [String]
    /// A paragraph added to the explanation.
    public var explanation: LocalizedText?
    /// Measures added.
    public var measures: [Measure]
    /// Findings and red patterns added to a risk's `raised_by` (risks only).
    public var raisedBy: [String] = []
    /// The amending layer and where the amendment is.
    public var origin: Origin

    /// Creates an amendment.
    public init(
        target: Target, refs: [Citation], precedents: [String], explanation: LocalizedText?,
        measures: [Measure], origin: Origin
    ) {
        self.target = target
        self.refs = refs
        self.precedents = precedents
        self.explanation = explanation
        self.measures = measures
        self.origin = origin
    }
}
