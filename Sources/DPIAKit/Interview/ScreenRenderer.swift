/// Renders an interview's current screen as terminal text: the progress line, the question, the
/// numbered options, the current answer and the keys, ending with the `> ` prompt. Pure.
public struct ScreenRenderer: Sendable {
    /// Whether to use ANSI colours (only on a terminal, never with `NO_COLOR`).
    public var usesColor: Bool
    /// What `q` does, as the key line says it; nil for the interview's own ("quit").
    public var quitAction: String?
    /// What Enter does at the final review; nil for the interview's own ("write the report").
    public var finishAction: String?
    /// Keys the caller handles itself, shown on a question's hint line (a quiz's `f` for the facts).
    public var extraHints: [String] = []

    /// Creates a renderer; a quiz (`dpia train`) names its own `q` and final Enter, in its language.
    /// Everything else is written in the interviewer's language.
    public init(usesColor: Bool, quitAction: String? = nil, finishAction: String? = nil) {
        self.usesColor = usesColor
        self.quitAction = quitAction
        self.finishAction = finishAction
    }

    /// The text for `interviewer`'s current screen, wrapped at word boundaries to `width` columns
    /// when given (no line is wider), else one line per paragraph.
    public func render(_ interviewer: Interviewer, width: Int? = nil) -> String {
        let language = interviewer.language
        let say = { (text: InterviewText) in text.text(in: language) }
        var screen = Lines(width: width, renderer: self)
        screen.blank()
        switch interviewer.screen.step {
        case .metadata(let field):
            metadataLines(field, interviewer, into: &screen)
        case .question(let id):
            guard let question = interviewer.plan.bundle.question(id) else { break }
            questionLines(question, interviewer, into: &screen)
        case .note(let id):
            screen.add(.bold, say(.noteHeading(label: label(id, interviewer))))
            if let note = interviewer.note(for: id) { screen.add(nil, say(.currentNote(note)), indent: 2) }
            screen.add(nil, say(.notePrompt))
        case .evidence(let id):
            screen.add(.bold, say(.evidenceHeading(label: label(id, interviewer))))
            if let evidence = interviewer.evidence(for: id) {
                screen.add(nil, say(.currentEvidence(evidence)), indent: 2)
            }
            screen.add(nil, say(.evidencePrompt))
        case .review(let isFinal):
            reviewLines(isFinal: isFinal, interviewer, into: &screen)
        case .finished, .quit:
            message(interviewer.screen.message, language, into: &screen)
            screen.lines.removeFirst()
            return screen.lines.isEmpty ? "" : screen.lines.joined(separator: "\n") + "\n"
        }
        message(interviewer.screen.message, language, into: &screen)
        if case .question(let id) = interviewer.screen.step, case .guidance = interviewer.screen.message,
            let question = interviewer.plan.bundle.question(id)
        {
            screen.add(.dim, say(.moreKeys(isYesNo: question.kind == .yesNo)), indent: 2)
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
        let language = interviewer.language
        let metadata = interviewer.answers.metadata
        let current: String?
        switch field {
        case .language: current = "\(language.rawValue), \(language.name)"
        case .organisation: current = metadata.organisation
        case .unit: current = metadata.unit
        case .processing: current = metadata.processing
        case .assessor: current = metadata.assessor
        case .date: current = language.date(metadata.date ?? interviewer.today)
        }
        screen.add(.cyan, InterviewText.metadataHeading(field).text(in: language))
        screen.add(.bold, field.label(in: language))
        if let current, !current.isEmpty {
            screen.add(
                nil, InterviewText.currentValue(current, isOptional: field.isOptional).text(in: language), indent: 2)
        }
        screen.hints(
            [InterviewText.helpKey, .backKey, .quitKey(action: quitText(language))].map { $0.text(in: language) })
    }

    private func questionLines(_ question: Question, _ interviewer: Interviewer, into screen: inout Lines) {
        let language = interviewer.language
        let say = { (text: InterviewText) in text.text(in: language) }
        let answers = interviewer.answers
        let plan = interviewer.plan
        let progress = plan.progress(of: question.id, answers, in: language)
        screen.add(
            .cyan,
            say(.progress(section: progress.section, position: progress.position, total: progress.estimatedTotal)))
        if plan.opensSection(question.id, answers),
            let intro = plan.bundle.section(question.section)?.intro?.text(in: language)
        {
            screen.prose(nil, intro)
        }
        for line in context(question, interviewer) { screen.add(.dim, line, indent: 2) }
        screen.add(.bold, question.prompt.text(in: language) + (question.isRequired ? "" : say(.optionalMark)))
        let labels: [String]
        switch question.kind {
        case .yesNo: labels = [say(.yes), say(.no)]
        case .singleChoice, .multipleChoice: labels = question.options.map { $0.label.text(in: language) }
        case .text, .date, .number: labels = []
        }
        let numberWidth = String(labels.count).count
        for (index, label) in labels.enumerated() {
            let number = String(index + 1)
            let marker = "  " + String(repeating: " ", count: numberWidth - number.count) + number + ") "
            screen.add(nil, marker + label, indent: marker.count)
        }
        if let answer = answers.answers[question.id] {
            screen.add(nil, say(.currentAnswer(summary(answer.state, question, in: language))), indent: 2)
        }
        if let note = interviewer.note(for: question.id) { screen.add(nil, say(.noteLine(note)), indent: 2) }
        if let evidence = interviewer.evidence(for: question.id) {
            screen.add(nil, say(.evidenceLine(evidence)), indent: 2)
        }
        let entry = say(
            .entryHint(question.kind, optionCount: question.options.count, isRequired: question.isRequired))
        var hints = [entry, say(.helpKey), say(.backKey)]
        if question.allowsUnknown { hints.append(say(.unknownKey)) }
        hints += extraHints + [say(.reviewKey), say(.quitKey(action: quitText(language)))]
        screen.hints(hints)
    }

    /// In a quiz of a subset, what the case answers to the questions this one builds on that are not
    /// asked (the question before it in its section, and those its condition names), so that "that
    /// provision" is never a question the trainee has not seen.
    private func context(_ question: Question, _ interviewer: Interviewer) -> [String] {
        let plan = interviewer.plan
        let language = interviewer.language
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
            return InterviewText.fromTheCase(
                prompt: earlier.prompt.text(in: language), answer: summary(state, earlier, in: language)
            ).text(in: language)
        }
    }

    private func reviewLines(isFinal: Bool, _ interviewer: Interviewer, into screen: inout Lines) {
        let language = interviewer.language
        let say = { (text: InterviewText) in text.text(in: language) }
        let answers = interviewer.answers
        let bundle = interviewer.plan.bundle
        let asked = interviewer.plan.askedQuestions(answers)
        let pages = interviewer.reviewPages(asked)
        let page = pages.indices.contains(interviewer.reviewPage) ? interviewer.reviewPage : 0
        let places = pages.isEmpty ? [] : pages[page]
        let section = places.first.flatMap { bundle.section(asked[$0].section)?.title.text(in: language) } ?? ""
        screen.add(
            .cyan, say(.reviewTitle(isFinal: isFinal, section: section, page: page + 1, pages: max(1, pages.count))))
        let numberWidth = String(asked.count).count
        for place in places {
            let question = asked[place]
            let state = answers.answers[question.id]?.state ?? .unanswered
            let number = String(place + 1)
            let padded = String(repeating: " ", count: max(0, numberWidth - number.count)) + number
            let noted = answers.answers[question.id]?.note != nil ? say(.notedMark) : ""
            var answer = summary(state, question, in: language) + noted
            var prompt = question.prompt.text(in: language)
            if let width = screen.width {
                // The answer stays readable: it takes up to two fifths of the line, the question the rest.
                answer = TextLayout.truncated(answer, to: max(8, width * 2 / 5))
                let room = width - TextLayout.columns(of: padded) - 2 - 3 - TextLayout.columns(of: answer)
                prompt = TextLayout.truncated(prompt, to: max(4, room))
            }
            screen.truncated("\(padded). \(prompt) → \(answer)")
        }
        let finish = finishAction ?? say(.finishAction)
        var hints = [say(.numberChangesAnswer)]
        if page + 1 < pages.count { hints.append(say(.nextPageKey)) }
        if page > 0 { hints.append(say(.previousPageKey)) }
        screen.hints(
            hints + [say(.enterKey(isFinal: isFinal, finishAction: finish)), say(.quitKey(action: quitText(language)))])
    }

    private func message(_ message: InterviewScreen.Message?, _ language: Language, into screen: inout Lines) {
        let say = { (text: InterviewText) in text.text(in: language) }
        switch message {
        case nil:
            break
        case .problem(let text):
            screen.add(.red, "! \(text)", indent: 2)
        case .info(let text):
            screen.add(.green, "· \(text)", indent: 2)
        case .guidance(let text, let refs, let ifUnknown):
            screen.prose(.yellow, text ?? say(.noGuidance))
            if !refs.isEmpty { screen.add(.yellow, say(.provisions(refs.joined(separator: ", "))), indent: 2) }
            if !ifUnknown.isEmpty {
                screen.add(.yellow, say(.ifUnknownFires(ifUnknown.joined(separator: "; "))), indent: 2)
            }
        }
    }

    /// What `q` does, in `language` unless the caller named it.
    private func quitText(_ language: Language) -> String {
        quitAction ?? InterviewText.quitAction.text(in: language)
    }

    /// A question's short label, for notes and messages.
    private func label(_ id: QuestionID, _ interviewer: Interviewer) -> String {
        interviewer.plan.bundle.question(id)?.label(in: interviewer.language) ?? id.rawValue
    }

    // MARK: - Text

    /// How an answer reads on screen in `language`: option labels rather than ids.
    func summary(_ state: AnswerState, _ question: Question, in language: Language = .en) -> String {
        let say = { (text: InterviewText) in text.text(in: language) }
        switch state {
        case .notApplicable: return say(.notAsked)
        case .unanswered: return say(.notAnswered)
        case .unknown: return say(.unknownAnswer)
        case .value(.yesNo(let yes)): return yes ? say(.yes) : say(.no)
        case .value(.choice(let id)): return question.option(id)?.label.text(in: language) ?? id
        case .value(.choices(let ids)):
            return ids.isEmpty
                ? say(.noneOfThese)
                : ids.map { question.option($0)?.label.text(in: language) ?? $0 }.joined(separator: "; ")
        case .value(.text(let text)): return text
        case .value(.date(let date)): return language.date(date)
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
