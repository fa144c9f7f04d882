/// One question of a questionnaire section.
public struct Question: Hashable, Sendable {
    /// What kind of answer a question takes.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case yesNo = "yes_no"
        case singleChoice = "single_choice"
        case multipleChoice = "multiple_choice"
        case text
        case date
        case number

        /// Whether the question lists options.
        public var hasOptions: Bool { self == .singleChoice || self == .multipleChoice }
    }

    /// One allowed answer of a choice question.
    public struct Option: Hashable, Sendable {
        /// Stable id used in answers and conditions.
        public var id: String
        /// What the person answering reads.
        public var label: LocalizedText
        /// Where it was declared.
        public var location: SourceLocation

        /// Creates an option.
        public init(id: String, label: LocalizedText, location: SourceLocation) {
            self.id = id
            self.label = label
            self.location = location
        }
    }

    /// Stable dotted id; answers are keyed by it.
    public var id: QuestionID
    /// The answer type.
    public var kind: Kind
    /// The question as asked.
    public var prompt: LocalizedText
    /// A short label written in the layer for references in reports and messages ("Legal basis
    /// type"); `label` falls back to the prompt when there is none.
    public var writtenLabel: LocalizedText?
    /// Help for the person answering.
    public var guidance: LocalizedText?
    /// The provisions behind the question.
    public var refs: [Citation]
    /// The options of a choice question, in order.
    public var options: [Option]
    /// When the question is shown; nil means always.
    public var condition: LocatedCondition?
    /// Whether leaving it unanswered makes the assessment incomplete.
    public var isRequired: Bool
    /// Whether "I don't know" is offered.
    public var allowsUnknown: Bool
    /// The section id it belongs to.
    public var section: String
    /// The layer that declared it and where.
    public var origin: Origin
    /// The ids this question had in earlier layer versions (`renamed_from:`): an answer under one of
    /// them is moved here by `dpia migrate`. Two questions naming the same old id split it: the old
    /// answer goes to each of them that accepts it.
    public var renamedFrom: [QuestionID] = []

    /// Creates a question.
    public init(
        id: QuestionID, kind: Kind, prompt: LocalizedText, guidance: LocalizedText?,
        refs: [Citation], options: [Option], condition: LocatedCondition?, isRequired: Bool,
        allowsUnknown: Bool, section: String, origin: Origin, label: LocalizedText? = nil
    ) {
        self.id = id
        self.writtenLabel = label
        self.kind = kind
        self.prompt = prompt
        self.guidance = guidance
        self.refs = refs
        self.options = options
        self.condition = condition
        self.isRequired = isRequired
        self.allowsUnknown = allowsUnknown
        self.section = section
        self.origin = origin
    }

    /// The option with `id`, if the question has it.
    public func option(_ id: String) -> Option? {
        options.first { $0.id == id }
    }
}

/// A condition as written in a file: its text, its parsed tree and where each character came from.
public struct LocatedCondition: Hashable, Sendable {
    /// The source text of the expression.
    public var text: String
    /// The parsed expression, with the positions of the questions and values it names.
    public var parsed: ParsedCondition
    /// The file position of each Unicode scalar of `text` (plus one past the end).
    public var scalarLocations: [SourceLocation]

    /// Creates a located condition.
    public init(text: String, parsed: ParsedCondition, scalarLocations: [SourceLocation]) {
        self.text = text
        self.parsed = parsed
        self.scalarLocations = scalarLocations
    }

    /// The condition tree.
    public var condition: Condition { parsed.condition }

    // Identity is the text at its place; the parse tree and positions follow from them.
    public static func == (lhs: LocatedCondition, rhs: LocatedCondition) -> Bool {
        lhs.text == rhs.text && lhs.scalarLocations.first == rhs.scalarLocations.first
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(scalarLocations.first)
    }

    /// The file position of the scalar at `offset` in `text`.
    public func location(at offset: Int) -> SourceLocation {
        guard !scalarLocations.isEmpty else { return SourceLocation(file: "", line: 0, column: 0) }
        return scalarLocations[min(max(0, offset), scalarLocations.count - 1)]
    }
}

/// A titled group of questions.
public struct Section: Hashable, Sendable {
    /// Stable id.
    public var id: String
    /// The heading.
    public var title: LocalizedText
    /// Text shown before the section's first question.
    public var intro: LocalizedText?
    /// The questions in order.
    public var questions: [Question]
    /// Where it was declared (the first declaration, for a section overlays extend).
    public var origin: Origin

    /// Creates a section.
    public init(
        id: String, title: LocalizedText, intro: LocalizedText?, questions: [Question],
        origin: Origin
    ) {
        self.id = id
        self.title = title
        self.intro = intro
        self.questions = questions
        self.origin = origin
    }
}
