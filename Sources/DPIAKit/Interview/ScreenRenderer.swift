/// Renders an interview's current screen as terminal text: the progress line, the question, the
/// numbered options, the current answer and the keys, ending with the `> ` prompt. Pure.
public struct ScreenRenderer: Sendable {
    /// Whether to use ANSI colours (only on a terminal, never with `NO_COLOR`).
    public var usesColor: Bool
    /// What `q` does, as the key line says it.
    public var quitAction: String
    /// What Enter does at the final review.
    public var finishAction: String

    /// Creates a renderer; a quiz (`dpia train`) names its own `q` and final Enter.
    public init(usesColor: Bool, quitAction: String = "save and quit", finishAction: String = "write the report") {
        self.usesColor = usesColor
        self.quitAction = quitAction
        self.finishAction = finishAction
    }

    /// The text for `interviewer`'s current screen, wrapped to `width` columns when given.
    public func render(_ interviewer: Interviewer, width: Int? = nil) -> String {
        let answers = interviewer.answers
        let plan = interviewer.plan
        var lines: [String] = [""]
        switch interviewer.screen.step {
        case .metadata(let field):
            lines += metadataLines(field, answers.metadata, today: interviewer.today)
        case .question(let id):
            guard let question = plan.bundle.question(id) else { break }
            lines += questionLines(question, interviewer)
        case .note(let id):
            lines.append(style(.bold, "Note on \(id)") + " (Enter keeps it, - removes it)")
            if let note = interviewer.note(for: id) { lines.append("Current note: \(note)") }
            lines.append("Note:")
        case .evidence(let id):
            lines.append(
                style(.bold, "Evidence for \(id)")
                    + ": a document, contract clause or register entry (Enter keeps it, - removes it)")
            if let evidence = interviewer.evidence(for: id) { lines.append("Current evidence: \(evidence)") }
            lines.append("Evidence:")
        case .review(let isFinal):
            lines += reviewLines(isFinal: isFinal, interviewer)
        case .finished, .quit:
            return message(interviewer.screen.message).map { $0.joined(separator: "\n") + "\n" } ?? ""
        }
        if let message = message(interviewer.screen.message) { lines += message }
        return lines.joined(separator: "\n") + "\n> "
    }

    // MARK: - Screens

    private func metadataLines(_ field: MetadataField, _ metadata: AssessmentMetadata, today: CalendarDate) -> [String]
    {
        let (label, current): (String, String?)
        switch field {
        case .organisation:
            (label, current) = ("Organisation (the controller, such as a police force)", metadata.organisation)
        case .unit: (label, current) = ("Unit that wants the processing (optional)", metadata.unit)
        case .processing: (label, current) = ("Processing or tool assessed, in one line", metadata.processing)
        case .assessor: (label, current) = ("Assessor: your name and role (optional)", metadata.assessor)
        case .date:
            (label, current) = ("Date the law is applied as of, YYYY-MM-DD", (metadata.date ?? today).description)
        }
        var lines = [style(.cyan, "Assessment · \(field.rawValue)"), style(.bold, label)]
        if let current, !current.isEmpty {
            lines.append("Current: \(current) (Enter keeps it\(field.isOptional ? ", - removes it" : ""))")
        }
        lines.append(style(.dim, "b back · q \(quitAction)"))
        return lines
    }

    private func questionLines(_ question: Question, _ interviewer: Interviewer) -> [String] {
        let answers = interviewer.answers
        let plan = interviewer.plan
        let progress = plan.progress(of: question.id, answers)
        var lines = [style(.cyan, "\(progress.section) · \(progress.position) of ~\(progress.estimatedTotal)")]
        if plan.opensSection(question.id, answers),
            let intro = plan.bundle.section(question.section)?.intro?.text()
        {
            lines.append(intro)
        }
        lines.append(style(.bold, question.prompt.text()) + (question.isRequired ? "" : " (optional)"))
        switch question.kind {
        case .yesNo:
            lines += ["  1) yes", "  2) no"]
        case .singleChoice, .multipleChoice:
            lines += question.options.enumerated().map { "  \($0.offset + 1)) \($0.element.label.text())" }
        case .text, .date, .number:
            break
        }
        if let answer = answers.answers[question.id] {
            lines.append("Current answer: \(summary(answer.state, question)) (Enter keeps it)")
        }
        if let note = interviewer.note(for: question.id) { lines.append("Note: \(note)") }
        if let evidence = interviewer.evidence(for: question.id) { lines.append("Evidence: \(evidence)") }
        let entry: String
        switch question.kind {
        case .yesNo: entry = "1-2 answer"
        case .singleChoice: entry = "1-\(question.options.count) answer"
        case .multipleChoice: entry = "numbers separated by spaces, 0 for none"
        case .text: entry = "type your answer" + (question.isRequired ? "" : ", Enter to skip")
        case .date: entry = "a date YYYY-MM-DD"
        case .number: entry = "a number"
        }
        let unknown = question.allowsUnknown ? " · u don't know" : ""
        lines.append(style(.dim, "\(entry) · ? help · b back\(unknown) · n note · r review · q \(quitAction)"))
        return lines
    }

    private func reviewLines(isFinal: Bool, _ interviewer: Interviewer) -> [String] {
        let answers = interviewer.answers
        let asked = interviewer.plan.askedQuestions(answers)
        var lines = [style(.cyan, isFinal ? "Review: all questions answered" : "Review: answers so far")]
        for (index, question) in asked.enumerated() {
            let state = answers.answers[question.id]?.state ?? .unanswered
            let number = String(index + 1)
            let padded = String(repeating: " ", count: max(0, 3 - number.count)) + number
            let noted = answers.answers[question.id]?.note != nil ? " (note)" : ""
            lines.append("\(padded). \(shortened(question.prompt.text())) → \(summary(state, question))\(noted)")
        }
        let enter = isFinal ? "Enter \(finishAction)" : "Enter go back"
        lines.append(style(.dim, "a number changes that answer · \(enter) · q \(quitAction)"))
        return lines
    }

    private func message(_ message: InterviewScreen.Message?) -> [String]? {
        switch message {
        case nil:
            return nil
        case .problem(let text):
            return [style(.red, "! \(text)")]
        case .info(let text):
            return [style(.green, "· \(text)")]
        case .guidance(let text, let refs):
            var lines = [text ?? "No guidance is written for this question."]
            if !refs.isEmpty { lines.append("Provisions: \(refs.joined(separator: ", "))") }
            return lines.map { style(.yellow, $0) }
        }
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

    private func shortened(_ text: String, to length: Int = 64) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }

    private enum Color: String {
        case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", cyan = "36"
    }

    private func style(_ color: Color, _ text: String) -> String {
        usesColor ? "\u{1B}[\(color.rawValue)m\(text)\u{1B}[0m" : text
    }
}
