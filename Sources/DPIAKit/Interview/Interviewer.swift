/// The guided interview as a state machine: given the answers so far and one line typed, it moves to
/// the next screen and updates the answers. Pure: it never reads, writes or saves anything itself, so
/// every path (going back, changing an answer that hides later questions, notes, review) is testable
/// as values.
///
/// Nothing typed is ever discarded silently: an answer that a question does not accept re-asks with
/// the reason, an answer to a question that stops applying stays in ``answers``, and a note typed
/// before its question is answered is saved at once, as an answer with no value yet.
public struct Interviewer: Sendable {
    /// The order of the questions.
    public let plan: InterviewPlan
    /// The answers so far, to be saved whenever ``handle(_:)`` says they changed.
    public private(set) var answers: AnswerSet
    /// What to show next.
    public private(set) var screen: InterviewScreen
    /// The date offered as the assessment's date.
    public let today: CalendarDate
    /// The language the interview speaks; the answer to the language question changes it.
    public private(set) var language: Language
    /// Whether the metadata starts with the language question.
    public let asksLanguage: Bool

    /// Where a review opened from a question returns to.
    private var reviewReturn: InterviewScreen.Step?
    /// Where the interview goes back to once a question chosen in the review is answered.
    private var jumpReturn: InterviewScreen.Step?
    /// The page of the review shown (one section, or part of a long one, per page).
    public private(set) var reviewPage = 0
    /// The lines typed at each step in this session, oldest first, for the line editor's history.
    private var typed: [InterviewScreen.Step: [String]] = [:]

    /// The keys a question screen understands besides answers.
    public enum Key {
        /// Shows the guidance and the provisions behind the question.
        public static let help = "?"
        /// Goes back to the previous question.
        public static let back = "b"
        /// Answers "I don't know".
        public static let unknown = "u"
        /// Attaches a note and an evidence reference (`n` too, except at a yes/no question, where
        /// `n` is no).
        public static let note = "note"
        /// Lists the answers so far, to jump to any of them.
        public static let review = "r"
        /// Saves and stops.
        public static let quit = "q"
        /// The next and the previous page of the review.
        public static let nextPage = "n"
        public static let previousPage = "p"
    }

    /// The most questions one review page lists; a longer section takes several pages.
    public static let reviewPageSize = 12

    /// Starts or resumes an interview in `language`: with the language question when `asksLanguage`
    /// (Enter keeps `language`, and the choice is stored in the answers), with the metadata when it is
    /// incomplete, else at the first question not yet answered, else at the final review.
    public init(
        plan: InterviewPlan, answers: AnswerSet, today: CalendarDate, language: Language = .en,
        asksLanguage: Bool = false
    ) {
        self.plan = plan
        self.answers = answers
        self.today = today
        self.language = language
        self.asksLanguage = asksLanguage
        let metadata = answers.metadata
        if asksLanguage {
            screen = InterviewScreen(.metadata(.language))
        } else if metadata.organisation.isEmpty || metadata.processing.isEmpty || metadata.date == nil {
            screen = InterviewScreen(.metadata(.organisation))
        } else {
            screen = Self.resumeScreen(plan, answers)
        }
    }

    /// Handles one line typed by the user (without its line break).
    /// - Returns: Whether ``answers`` changed, so the caller must save them now.
    @discardableResult
    public mutating func handle(_ line: String) -> Bool {
        let before = answers
        // Whatever the terminal sent (an arrow key through a pipe), its escape sequences are dropped; any
        // other control character (a pasted mojibake apostrophe) would break the answers file's meaning
        // and the report: ask again, as the answers loader refuses it too.
        let input = line.removingEscapeSequences().trimmingWhitespace()
        if let bad = input.unicodeScalars.first(where: VisibleText.isForbidden) {
            screen = InterviewScreen(screen.step, message: .problem(say(.forbiddenInput(bad))))
            return false
        }
        if (input.count > 1 && input.lowercased() != Key.note) || (input.count == 1 && Int(input) != nil) {
            typed[screen.step, default: []].removeAll { $0 == input }
            typed[screen.step, default: []].append(input)
        }
        switch screen.step {
        case .metadata(let field): handleMetadata(field, input)
        case .question(let id): handleQuestion(id, input)
        case .note(let id): handleNote(id, input, isEvidence: false)
        case .evidence(let id): handleNote(id, input, isEvidence: true)
        case .review(let isFinal): handleReview(isFinal: isFinal, input)
        case .finished, .quit: break
        }
        return answers != before
    }

    /// What up and down bring back at the current prompt, newest last: the current answer as it
    /// would be typed, then the lines typed here earlier in this session.
    public var history: [String] {
        var entries: [String] = []
        switch screen.step {
        case .metadata(let field):
            let metadata = answers.metadata
            let value: String? =
                switch field {
                case .language: metadata.language?.rawValue
                case .organisation: metadata.organisation
                case .unit: metadata.unit
                case .processing: metadata.processing
                case .assessor: metadata.assessor
                case .date: metadata.date?.description
                }
            if let value, !value.isEmpty { entries.append(value) }
        case .question(let id):
            if case .value(let value) = answers.answers[id]?.state, let question = plan.bundle.question(id) {
                entries.append(InterviewInput.typed(value, for: question))
            }
        case .note(let id):
            if let note = note(for: id) { entries.append(note) }
        case .evidence(let id):
            if let evidence = evidence(for: id) { entries.append(evidence) }
        case .review, .finished, .quit:
            break
        }
        for line in typed[screen.step] ?? [] where !entries.contains(line) {
            entries.append(line)
        }
        return entries
    }

    // MARK: - Metadata

    private mutating func handleMetadata(_ field: MetadataField, _ input: String) {
        let fields = MetadataField.allCases.filter { asksLanguage || $0 != .language }
        let index = fields.firstIndex(of: field) ?? 0
        switch input.lowercased() {
        case Key.quit:
            screen = InterviewScreen(.quit)
            return
        case Key.back:
            screen = InterviewScreen(.metadata(fields[max(0, index - 1)]))
            return
        case Key.help:
            screen = InterviewScreen(.metadata(field), message: .guidance(field.help(in: language), refs: []))
            return
        default:
            break
        }
        let metadata = answers.metadata
        switch field {
        case .language:
            guard input.isEmpty || Language(tag: input) != nil else {
                screen = InterviewScreen(
                    .metadata(.language), message: .problem(say(.notALanguage(input, default: language))))
                return
            }
            language = Language(tag: input) ?? language
            answers.metadata.language = language
        case .organisation, .processing:
            let current = field == .organisation ? metadata.organisation : metadata.processing
            guard !input.isEmpty || !current.isEmpty else {
                screen = InterviewScreen(
                    .metadata(field), message: .problem(say(.neededForReport)))
                return
            }
            if !input.isEmpty {
                if field == .organisation {
                    answers.metadata.organisation = input
                } else {
                    answers.metadata.processing = input
                }
            }
        case .unit, .assessor:
            // Enter keeps what is there; '-' removes it.
            if input == "-" || !input.isEmpty {
                let value = input == "-" ? nil : input
                if field == .unit { answers.metadata.unit = value } else { answers.metadata.assessor = value }
            }
        case .date:
            if input.isEmpty {
                answers.metadata.date = metadata.date ?? today
            } else if let date = CalendarDate(input) {
                answers.metadata.date = date
            } else {
                screen = InterviewScreen(
                    .metadata(.date),
                    message: .problem(say(.notADateOrEnter(input, default: language.date(metadata.date ?? today)))))
                return
            }
        }
        if index + 1 < fields.count {
            screen = InterviewScreen(.metadata(fields[index + 1]))
        } else {
            screen = resumeScreen()
        }
    }

    // MARK: - Questions

    private mutating func handleQuestion(_ id: QuestionID, _ input: String) {
        guard let question = plan.bundle.question(id) else {
            screen = resumeScreen()
            return
        }
        let key = input.lowercased()
        let isNote = key == Key.note || (key == "n" && question.kind != .yesNo)
        switch isNote ? Key.note : key {
        case Key.help:
            let refs = question.refs.map(\.description)
            screen = InterviewScreen(
                .question(id),
                message: .guidance(
                    question.guidance?.text(in: language), refs: refs, ifUnknown: firedIfUnknown(question)))
        case Key.back:
            jumpReturn = nil
            if let previous = plan.question(before: id, answers) {
                screen = InterviewScreen(.question(previous.id))
            } else {
                screen = InterviewScreen(
                    .metadata(.date), message: .info(say(.firstQuestion)))
            }
        case Key.unknown:
            accept(WrittenAnswer.scalar("unknown", isPlain: true), typed: input, for: question)
        case Key.note:
            screen = InterviewScreen(.note(id))
        case Key.review:
            reviewReturn = .question(id)
            jumpReturn = nil
            let asked = plan.askedQuestions(answers)
            let place = asked.firstIndex { $0.id == id } ?? 0
            reviewPage = reviewPages(asked).firstIndex { $0.contains(place) } ?? 0
            screen = InterviewScreen(.review(isFinal: false))
        case Key.quit:
            screen = InterviewScreen(.quit)
        case "":
            if answers.answers[id]?.state.isAnswered == true || !question.isRequired {
                advance(from: id)
            } else {
                screen = InterviewScreen(
                    .question(id),
                    message: .problem(say(.answerNeeded(allowsUnknown: question.allowsUnknown))))
            }
        default:
            switch InterviewInput.written(input, for: question, in: language) {
            case .success(let written): accept(written, typed: input, for: question)
            case .failure(let problem): screen = InterviewScreen(.question(id), message: .problem(problem.message))
            }
        }
    }

    /// Records `written` as the answer to `question` if the question accepts it, keeping the answer's
    /// note and evidence, then moves on; otherwise re-asks with the reason.
    private mutating func accept(_ written: WrittenAnswer, typed: String, for question: Question) {
        switch written.state(for: question) {
        case .failure:
            let problem =
                typed == Key.unknown
                ? say(.mustBeAnswered(label: question.label(in: language)))
                : InterviewInput.refusal(typed, for: question, in: language)
            screen = InterviewScreen(.question(question.id), message: .problem(problem))
        case .success(let state):
            let location = SourceLocation(file: answers.file, line: 1, column: 1)
            var answer = answers.answers[question.id] ?? Answer(state: state, location: location)
            answer.state = state
            answers.answers[question.id] = answer
            advance(from: question.id)
        }
    }

    /// Moves to the next question asked; after the last one, to a required question still open, else
    /// to the final review. After a question chosen in the review, back to where the user was.
    private mutating func advance(from id: QuestionID) {
        if let target = jumpReturn {
            jumpReturn = nil
            switch target {
            case .question(let back) where plan.askedQuestions(answers).contains(where: { $0.id == back }):
                let label = plan.bundle.question(back)?.label(in: language)
                screen = InterviewScreen(target, message: .info(say(.backAtQuestion(label: label))))
                return
            case .review:
                screen = InterviewScreen(target, message: .info(say(.backAtReview)))
                return
            default:
                break
            }
        }
        if let next = plan.question(after: id, answers) {
            screen = InterviewScreen(.question(next.id))
        } else if let missing = plan.firstMissingRequired(answers) {
            screen = InterviewScreen(.question(missing.id), message: .info(say(.stillUnanswered)))
        } else {
            reviewPage = 0
            screen = InterviewScreen(.review(isFinal: true))
        }
    }

    /// The findings and red patterns that "I don't know" at `question` would fire with the answers so
    /// far (rules that treat an unknown as fired, because compliance must be shown), by title.
    public func firedIfUnknown(_ question: Question) -> [String] {
        var variant = answers
        let location = SourceLocation(file: answers.file, line: 1, column: 1)
        variant.answers[question.id] = Answer(state: .unknown, location: location)
        let assessment = RuleEngine.assess(variant, with: plan.bundle, today: today)
        let patterns = assessment.redPatterns.filter {
            $0.status == .fired && $0.pattern.ifUnknown == .fires
                && ($0.pattern.condition?.condition.questionIDs.contains(question.id) ?? false)
        }.map { say(.firedPattern(title: $0.pattern.title.text(in: language))) }
        let findings = assessment.findings.filter {
            $0.status == .fired && $0.rule.ifUnknown == .fires
                && ($0.rule.condition?.condition.questionIDs.contains(question.id) ?? false)
        }.map { say(.firedFinding(title: $0.rule.title.text(in: language), severity: $0.severity)) }
        return patterns + findings
    }

    /// The first question not yet answered, or the final review when there is none.
    private func resumeScreen() -> InterviewScreen {
        Self.resumeScreen(plan, answers)
    }

    private static func resumeScreen(_ plan: InterviewPlan, _ answers: AnswerSet) -> InterviewScreen {
        if let question = plan.resumePoint(answers) { return InterviewScreen(.question(question.id)) }
        return InterviewScreen(.review(isFinal: true))
    }

    /// `text` in the interview's language.
    private func say(_ text: InterviewText) -> String {
        text.text(in: language)
    }

    // MARK: - Notes

    private mutating func handleNote(_ id: QuestionID, _ input: String, isEvidence: Bool) {
        // q stops here too: a note typed at the step before is already saved.
        if input.lowercased() == Key.quit {
            screen = InterviewScreen(.quit)
            return
        }
        // Enter keeps what is there, '-' removes it, anything else replaces it.
        let current = isEvidence ? self.evidence(for: id) : self.note(for: id)
        let value = input.isEmpty ? current : (input == "-" ? nil : input)
        // Saved at once, even before the question is answered: an answer with no value holds them.
        let location = SourceLocation(file: answers.file, line: 1, column: 1)
        var answer = answers.answers[id] ?? Answer(state: .unanswered, location: location)
        if isEvidence { answer.evidence = value } else { answer.note = value }
        if answer.state == .unanswered && answer.note == nil && answer.evidence == nil {
            answers.answers[id] = nil
        } else {
            answers.answers[id] = answer
        }
        guard isEvidence else {
            screen = InterviewScreen(.evidence(id))
            return
        }
        screen = InterviewScreen(.question(id), message: .info(say(.noteSaved)))
    }

    /// The note on `id`, with or without an answer.
    public func note(for id: QuestionID) -> String? {
        answers.answers[id]?.note
    }

    /// The evidence reference on `id`, with or without an answer.
    public func evidence(for id: QuestionID) -> String? {
        answers.answers[id]?.evidence
    }

    // MARK: - Review

    /// The review's pages: the places (in the questions asked) of one section each, a long section
    /// cut into pages of ``reviewPageSize``.
    public func reviewPages(_ asked: [Question]) -> [[Int]] {
        var pages: [[Int]] = []
        var section: String?
        for (place, question) in asked.enumerated() {
            if question.section != section || (pages.last?.count ?? 0) >= Self.reviewPageSize {
                pages.append([])
                section = question.section
            }
            pages[pages.count - 1].append(place)
        }
        return pages
    }

    private mutating func handleReview(isFinal: Bool, _ input: String) {
        let asked = plan.askedQuestions(answers)
        let pageCount = reviewPages(asked).count
        let key = input.lowercased()
        if key == Key.quit {
            screen = InterviewScreen(.quit)
        } else if key == Key.nextPage || key == Key.previousPage {
            let next = reviewPage + (key == Key.nextPage ? 1 : -1)
            if (0..<pageCount).contains(next) {
                reviewPage = next
                screen = InterviewScreen(.review(isFinal: isFinal))
            } else {
                let edge = key == Key.nextPage ? InterviewText.lastPage : .firstPage
                screen = InterviewScreen(.review(isFinal: isFinal), message: .info(say(edge)))
            }
        } else if let number = Int(input) {
            guard asked.indices.contains(number - 1) else {
                screen = InterviewScreen(
                    .review(isFinal: isFinal),
                    message: .problem(say(.notInList(number, count: asked.count))))
                return
            }
            jumpReturn = isFinal ? .review(isFinal: true) : reviewReturn
            screen = InterviewScreen(.question(asked[number - 1].id))
        } else if input.isEmpty || key == Key.back {
            if isFinal && input.isEmpty {
                if let missing = plan.firstMissingRequired(answers) {
                    screen = InterviewScreen(.question(missing.id), message: .info(say(.stillUnanswered)))
                } else {
                    screen = InterviewScreen(.finished)
                }
            } else if isFinal, let last = asked.last {
                screen = InterviewScreen(.question(last.id))
            } else {
                screen = reviewReturn.map { InterviewScreen($0) } ?? resumeScreen()
            }
        } else {
            screen = InterviewScreen(
                .review(isFinal: isFinal),
                message: .problem(say(.reviewKeys(isFinal: isFinal))))
        }
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }
}
