/// How severe a finding is, most severe first.
public enum Severity: String, Hashable, Sendable, CaseIterable, Comparable {
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
public enum UnknownPolicy: String, Hashable, Sendable, CaseIterable {
    /// Treated as fired: the law puts the burden of showing compliance on the controller.
    case fires
    /// Listed under open points as "cannot be excluded".
    case open
    /// Dropped.
    case ignore
}

/// What a measure does, which decides whether it is still offered when the use can never be lawful.
public enum MeasureKind: String, Hashable, Sendable, CaseIterable {
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
public struct Measure: Hashable, Sendable {
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
public struct Addendum: Hashable, Sendable {
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

/// Which of the two kinds of rule a rule is.
public enum RuleKind: String, Hashable, Sendable, CaseIterable {
    /// A rule that produces a finding.
    case finding
    /// A condemned combination of facts.
    case redPattern = "red_pattern"

    /// The kind as diagnostics name it: `finding`, `red pattern`.
    public var noun: String {
        switch self {
        case .finding: "finding"
        case .redPattern: "red pattern"
        }
    }
}

/// What every rule has, whatever its kind: its id, title, condition, explanation, provisions,
/// measures, examples and origin.
public struct RuleBody: Hashable, Sendable {
    /// Stable id.
    public var id: String
    /// The headline (a finding's title, a red pattern's name).
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
    /// When true, an established and binding rule means no measure can make the use lawful (a
    /// prohibition), so the register offers only measures that stop, remedy and prevent.
    public var isNeverLawful: Bool
    /// Answer sets that show when it fires and when it does not, checked by `dpia lint`.
    public var examples: [RuleExample]
    /// The layer that declared it and where.
    public var origin: Origin

    /// Creates a rule body.
    public init(
        id: String, title: LocalizedText, condition: LocatedCondition?, ifUnknown: UnknownPolicy,
        explanation: LocalizedText, addenda: [Addendum] = [], refs: [Sourced<Citation>], measures: [Measure],
        isNeverLawful: Bool = false, examples: [RuleExample] = [], origin: Origin
    ) {
        self.id = id
        self.title = title
        self.condition = condition
        self.ifUnknown = ifUnknown
        self.explanation = explanation
        self.addenda = addenda
        self.refs = refs
        self.measures = measures
        self.isNeverLawful = isNeverLawful
        self.examples = examples
        self.origin = origin
    }
}

/// A finding rule or a red pattern: a kind with a shared `RuleBody`, whose fields it reads and
/// writes as its own, so the loader, the assembler, the example check and the engine treat both
/// kinds in one pass.
@dynamicMemberLookup
public protocol Rule: Hashable, Sendable {
    /// The kind every rule of this type has.
    static var kind: RuleKind { get }
    /// The shared fields.
    var body: RuleBody { get set }
}

extension Rule {
    /// The rule's kind.
    public var kind: RuleKind { Self.kind }
    /// A field of the body, read and written as the rule's own.
    public subscript<Value>(dynamicMember keyPath: WritableKeyPath<RuleBody, Value>) -> Value {
        get { body[keyPath: keyPath] }
        set { body[keyPath: keyPath] = newValue }
    }

    /// The rule named by kind and id.
    public var reference: RuleReference {
        RuleReference(Self.kind == .finding ? .finding : .redPattern, body.id)
    }
}

/// A rule that produces a finding when its condition holds.
public struct FindingRule: Rule {
    /// The kind of every finding rule.
    public static let kind = RuleKind.finding
    /// The fields every rule has.
    public var body: RuleBody
    /// The area it is reported under.
    public var area: String
    /// How severe it is.
    public var severity: Severity
    /// When true, firing means the processing is outside the questionnaires' legal frame: the
    /// assessment stops there and the report says which frame applies instead.
    public var isOutOfScope: Bool
    /// A title worded for a tool already used, when it differs.
    public var titleInUse: LocalizedText?
    /// Findings whose conditions exclude this one's (they answer the same question differently): when
    /// one of them fires, this one is not listed as open on the same unknown.
    public var excludes: [String] = []

    /// Creates a finding rule from its body.
    public init(
        body: RuleBody, area: String, severity: Severity, isOutOfScope: Bool = false,
        titleInUse: LocalizedText? = nil, excludes: [String] = []
    ) {
        self.body = body
        self.area = area
        self.severity = severity
        self.isOutOfScope = isOutOfScope
        self.titleInUse = titleInUse
        self.excludes = excludes
    }

    /// Creates a finding rule.
    public init(
        id: String, area: String, severity: Severity, title: LocalizedText,
        condition: LocatedCondition?, ifUnknown: UnknownPolicy, explanation: LocalizedText,
        addenda: [Addendum] = [], refs: [Sourced<Citation>], measures: [Measure],
        isOutOfScope: Bool = false, examples: [RuleExample] = [], origin: Origin
    ) {
        self.init(
            body: RuleBody(
                id: id, title: title, condition: condition, ifUnknown: ifUnknown, explanation: explanation,
                addenda: addenda, refs: refs, measures: measures, examples: examples, origin: origin),
            area: area, severity: severity, isOutOfScope: isOutOfScope)
    }
}

/// A named combination of facts that supervisory authorities have already condemned; detecting one
/// makes the verdict `DO NOT DEPLOY`.
public struct RedPattern: Rule {
    /// The kind of every red pattern.
    public static let kind = RuleKind.redPattern
    /// The fields every rule has.
    public var body: RuleBody
    /// The decisions that found it, each with the layer that attached it.
    public var precedents: [Sourced<String>]

    /// Creates a red pattern from its body.
    public init(body: RuleBody, precedents: [Sourced<String>]) {
        self.body = body
        self.precedents = precedents
    }

    /// Creates a red pattern.
    public init(
        id: String, title: LocalizedText, condition: LocatedCondition?, ifUnknown: UnknownPolicy,
        explanation: LocalizedText, addenda: [Addendum] = [], refs: [Sourced<Citation>],
        precedents: [Sourced<String>], measures: [Measure], examples: [RuleExample] = [],
        origin: Origin
    ) {
        self.init(
            body: RuleBody(
                id: id, title: title, condition: condition, ifUnknown: ifUnknown, explanation: explanation,
                addenda: addenda, refs: refs, measures: measures, examples: examples, origin: origin),
            precedents: precedents)
    }
}

/// An overlay's additions to a finding or red pattern of a layer it extends.
public struct Amendment: Hashable, Sendable {
    /// What is amended.
    public enum Target: Hashable, Sendable {
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

extension QuestionnaireBundle {
    /// Every rule of the bundle whatever its kind: the findings, then the red patterns.
    public var rules: [any Rule] { findings.map { $0 as any Rule } + redPatterns.map { $0 as any Rule } }
}
