/// Renders an interview's current screen as terminal text: the progress line, the question, the
/// numbered options, the current answer and the keys, ending with the `> ` prompt. Pure.
public struct ScreenRenderer: Sendable {
    /// Whether to use ANSI colours (only on a terminal, never with `NO_COLOR`).
    public var usesColor: Bool
    /// What `q` does, as the key line says it.
    public var quitAction: String
    /// What Enter does at the final review.
    public var finishAction: String
    /// Keys the caller handles itself, shown on a question's hint line (a quiz's `f` for the facts).
    public var extraHints: [String] = []

    /// Creates a renderer; a quiz (`dpia train`) names its own `q` and final Enter.
    public init(usesColor: Bool, quitAction: String = "quit", finishAction: String = "write the report") {
        self.usesColor = usesColor
        self.quitAction = quitAction
        self.finishAction = finishAction
    }

    /// The text for `interviewer`'s current screen, wrapped at word boundaries to `width` columns
    /// when given (no line is wider), else one line per paragraph.
    public func render(_ interviewer: Interviewer, width: Int? = nil) -> String {
        var screen = Lines(width: width, renderer: self)
        screen.blank()
        switch interviewer.screen.step {
        case .metadata(let field):
            metadataLines(field, interviewer, into: &screen)
        case .question(let id):
            guard let question = interviewer.plan.bundle.question(id) else { break }
            questionLines(question, interviewer, into: &screen)
        case .note(let id):
            screen.add(.bold, "Note on “\(label(id, interviewer))” (Enter keeps it, - removes it, q quits)")
            if let note = interviewer.note(for: id) { screen.add(nil, "Current note: \(note)", indent: 2) }
            screen.add(nil, "Note:")
        case .evidence(let id):
            screen.add(
                .bold,
                "Evidence for “\(label(id, interviewer))”: a document, contract clause or register entry (Enter keeps it, - removes it, q quits; the note is saved)"
            )
            if let evidence = interviewer.evidence(for: id) {
                screen.add(nil, "Current evidence: \(evidence)", indent: 2)
            }
            screen.add(nil, "Evidence:")
        case .review(let isFinal):
            reviewLines(isFinal: isFinal, interviewer, into: &screen)
        case .finished, .quit:
            message(interviewer.screen.message, into: &screen)
            screen.lines.removeFirst()
            return screen.lines.isEmpty ? "" : screen.lines.joined(separator: "\n") + "\n"
        }
        message(interviewer.screen.message, into: &screen)
        if case .question(let id) = interviewer.screen.step, case .guidance = interviewer.screen.message,
            let question = interviewer.plan.bundle.question(id)
        {
            screen.add(.dim, moreKeys(question), indent: 2)
        }
        return screen.lines.joined(separator: "\n") + "\n> "
    }

    /// Text laid out for the terminal: each paragraph wrapped to the width, then coloured line by
    /// line (so no escape code counts towards the width).
    struct Lines {
        var width: Int?
        var renderer: ScreenRenderer
        var lines: [String] = []

        mutating func blank() { lines.append("") }

        /// One paragraph, continuation lines indented by `indent` columns.
        mutating func add(_ color: Color?, _ text: String, indent: Int = 0) {
            for line in TextLayout.wrap(text, width: width, indent: indent) {
                lines.append(color.map { renderer.style($0, line) } ?? line)
            }
        }

        /// Prose written pre-wrapped: reflowed into paragraphs, each wrapped.
        mutating func prose(_ color: Color?, _ text: String) {
            for line in TextLayout.reflow(text, width: width) {
                lines.append(color.map { renderer.style($0, line) } ?? line)
            }
        }

        /// Key hints joined by ` · `, broken only between hints.
        mutating func hints(_ items: [String]) {
            var line = ""
            for item in items {
                let joined = line.isEmpty ? item : line + " · " + item
                if let width, !line.isEmpty, TextLayout.columns(of: joined) > width {
                    add(.dim, line)
                    line = item
                } else {
                    line = joined
                }
            }
            if !line.isEmpty { add(.dim, line) }
        }

        /// One line cut to the width with `…`.
        mutating func truncated(_ text: String) {
            lines.append(width.map { TextLayout.truncated(text, to: $0) } ?? text)
        }
    }

    // MARK: - Screens

    private func metadataLines(_ field: MetadataField, _ interviewer: Interviewer, into screen: inout Lines) {
        let metadata = interviewer.answers.metadata
        let current: String?
        switch field {
        case .organisation: current = metadata.organisation
        case .unit: current = metadata.unit
        case .processing: current = metadata.processing
        case .assessor: current = metadata.assessor
        case .date: current = (metadata.date ?? interviewer.today).description
        }
        screen.add(.cyan, "Assessment · \(field.rawValue)")
        screen.add(.bold, field.label)
        if let current, !current.isEmpty {
            screen.add(
                nil, "Current: \(current) (Enter keeps it\(field.isOptional ? ", - removes it" : ""))", indent: 2)
        }
        screen.hints(["? help", "b back", "q \(quitAction)"])
    }

    private func questionLines(_ question: Question, _ interviewer: Interviewer, into screen: inout Lines) {
        let answers = interviewer.answers
        let plan = interviewer.plan
        let progress = plan.progress(of: question.id, answers)
        screen.add(.cyan, "\(progress.section) · \(progress.position) of ~\(progress.estimatedTotal)")
        if plan.opensSection(question.id, answers),
            let intro = plan.bundle.section(question.section)?.intro?.text()
        {
            screen.prose(nil, intro)
        }
        for line in context(question, interviewer) { screen.add(.dim, line, indent: 2) }
        screen.add(.bold, question.prompt.text() + (question.isRequired ? "" : " (optional)"))
        let labels: [String]
        switch question.kind {
        case .yesNo: labels = ["yes", "no"]
        case .singleChoice, .multipleChoice: labels = question.options.map { $0.label.text() }
        case .text, .date, .number: labels = []
        }
        let numberWidth = String(labels.count).count
        for (index, label) in labels.enumerated() {
            let number = String(index + 1)
            let marker = "  " + String(repeating: " ", count: numberWidth - number.count) + number + ") "
            screen.add(nil, marker + label, indent: marker.count)
        }
        if let answer = answers.answers[question.id] {
            screen.add(nil, "Current answer: \(summary(answer.state, question)) (Enter keeps it)", indent: 2)
        }
        if let note = interviewer.note(for: question.id) { screen.add(nil, "Note: \(note)", indent: 2) }
        if let evidence = interviewer.evidence(for: question.id) {
            screen.add(nil, "Evidence: \(evidence)", indent: 2)
        }
        let entry: String
        switch question.kind {
        case .yesNo: entry = "1-2 answer"
        case .singleChoice: entry = "1-\(question.options.count) answer"
        case .multipleChoice: entry = "numbers, 0 for none"
        case .text: entry = question.isRequired ? "type your answer" : "Enter skips"
        case .date: entry = "a date YYYY-MM-DD"
        case .number: entry = "a number"
        }
        var hints = [entry, "? help", "b back"]
        if question.allowsUnknown { hints.append("u don't know") }
        hints += extraHints + ["r review", "q \(quitAction)"]
        screen.hints(hints)
    }

    /// In a quiz of a subset, what the case answers to the questions this one builds on that are not
    /// asked (the question before it in its section, and those its condition names), so that "that
    /// provision" is never a question the trainee has not seen.
    private func context(_ question: Question, _ interviewer: Interviewer) -> [String] {
        let plan = interviewer.plan
        guard let focus = plan.focus else { return [] }
        let bundle = plan.bundle
        var ids: [QuestionID] = []
        if let place = bundle.questions.firstIndex(where: { $0.id == question.id }), place > 0,
            bundle.questions[place - 1].section == question.section
        {
            ids.append(bundle.questions[place - 1].id)
        }
        for id in question.condition?.condition.questionIDs ?? [] where !ids.contains(id) { ids.append(id) }
        return ids.compactMap { id in
            guard !focus.contains(id), let earlier = bundle.question(id),
                let state = interviewer.answers.answers[id]?.state, state.isAnswered
            else { return nil }
            return "From the case: \(earlier.prompt.text()) → \(summary(state, earlier))"
        }
    }

    private func reviewLines(isFinal: Bool, _ interviewer: Interviewer, into screen: inout Lines) {
        let answers = interviewer.answers
        let bundle = interviewer.plan.bundle
        let asked = interviewer.plan.askedQuestions(answers)
        let pages = interviewer.reviewPages(asked)
        let page = pages.indices.contains(interviewer.reviewPage) ? interviewer.reviewPage : 0
        let places = pages.isEmpty ? [] : pages[page]
        let section = places.first.flatMap { bundle.section(asked[$0].section)?.title.text() } ?? ""
        let title = isFinal ? "Review: all questions answered" : "Review: answers so far"
        screen.add(.cyan, "\(title) · \(section) · page \(page + 1) of \(max(1, pages.count))")
        let numberWidth = String(asked.count).count
        for place in places {
            let question = asked[place]
            let state = answers.answers[question.id]?.state ?? .unanswered
            let number = String(place + 1)
            let padded = String(repeating: " ", count: max(0, numberWidth - number.count)) + number
            let noted = answers.answers[question.id]?.note != nil ? " (note)" : ""
            var answer = summary(state, question) + noted
            var prompt = question.prompt.text()
            if let width = screen.width {
                // The answer stays readable: it takes up to two fifths of the line, the question the rest.
                answer = TextLayout.truncated(answer, to: max(8, width * 2 / 5))
                let room = width - TextLayout.columns(of: padded) - 2 - 3 - TextLayout.columns(of: answer)
                prompt = TextLayout.truncated(prompt, to: max(4, room))
            }
            screen.truncated("\(padded). \(prompt) → \(answer)")
        }
        let enter = isFinal ? "Enter \(finishAction)" : "Enter go back"
        var hints = ["a number changes that answer"]
        if page + 1 < pages.count { hints.append("n next page") }
        if page > 0 { hints.append("p previous page") }
        screen.hints(hints + [enter, "q \(quitAction)"])
    }

    private func message(_ message: InterviewScreen.Message?, into screen: inout Lines) {
        switch message {
        case nil:
            break
        case .problem(let text):
            screen.add(.red, "! \(text)", indent: 2)
        case .info(let text):
            screen.add(.green, "· \(text)", indent: 2)
        case .guidance(let text, let refs, let ifUnknown):
            screen.prose(.yellow, text ?? "No guidance is written for this question.")
            if !refs.isEmpty { screen.add(.yellow, "Provisions: \(refs.joined(separator: ", "))", indent: 2) }
            if !ifUnknown.isEmpty {
                screen.add(
                    .yellow,
                    "If you answer “I don't know”, this counts against the assessment, because compliance must be shown: it fires the "
                        + ifUnknown.joined(separator: "; ") + ".", indent: 2)
            }
        }
    }

    /// The keys not on the hint line, listed with a question's help.
    private func moreKeys(_ question: Question) -> String {
        let note = question.kind == .yesNo ? "note" : "n or note"
        return "Also: \(note) adds a note and an evidence reference; Enter keeps the current answer; "
            + "up and down bring back earlier answers; every answer is saved the moment it is given."
    }

    /// A question's short label, for notes and messages.
    private func label(_ id: QuestionID, _ interviewer: Interviewer) -> String {
        interviewer.plan.bundle.question(id)?.label ?? id.rawValue
    }

    // MARK: - Text

    /// How an answer reads on screen: option labels rather than ids.
    func summary(_ state: AnswerState, _ question: Question) -> String {
        switch state {
        case .notApplicable: return "not asked"
        case .unanswered: return "not answered"
        case .unknown: return "I don't know"
        case .value(.yesNo(let yes)): return yes ? "yes" : "no"
        case .value(.choice(let id)): return question.option(id)?.label.text() ?? id
        case .value(.choices(let ids)):
            return ids.isEmpty
                ? "none of these" : ids.map { question.option($0)?.label.text() ?? $0 }.joined(separator: "; ")
        case .value(.text(let text)): return text
        case .value(.date(let date)): return date.description
        case .value(.number(let number)): return number.description
        }
    }

    enum Color: String {
        case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", cyan = "36"
    }

    func style(_ color: Color, _ text: String) -> String {
        usesColor ? "\u{1B}[\(color.rawValue)m\(text)\u{1B}[0m" : text
    }
}
