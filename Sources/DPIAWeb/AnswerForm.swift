import DPIAKit
import Foundation

/// The form of one question, shared by the interview and the quiz: the question in a fieldset (or
/// a labelled field), its guidance and provisions, "I don't know", the note and the evidence, the
/// way back, and the progress by section; and the reading of what the form sends.
struct AnswerForm {
    let pages: Pages
    let plan: InterviewPlan
    let answers: AnswerSet

    func t(_ text: WebText) -> String { pages.t(text) }

    /// What a form sent for a question, ready to be applied to the answers.
    struct Submitted {
        /// The new answer, or nil to leave the question as it is.
        var state: AnswerState?
        var note: String?
        var evidence: String?

        /// Puts the answer, note and evidence into `answers`.
        func apply(to answers: inout AnswerSet, _ id: QuestionID) {
            let location = SourceLocation(file: answers.file, line: 1, column: 1)
            var answer = answers.answers[id] ?? Answer(state: state ?? .unanswered, location: location)
            if let state { answer.state = state }
            answer.note = note
            answer.evidence = evidence
            if state == nil && answer.state == .unanswered && note == nil && evidence == nil {
                answers.answers[id] = nil
            } else {
                answers.answers[id] = answer
            }
        }
    }

    /// Why a form cannot be taken as an answer, in the page's language.
    struct Problem: Error {
        var message: String
    }

    /// Reads the answer `form` sends for `question`, checked as the answers loader checks a file.
    func read(_ form: FormData, for question: Question) -> Result<Submitted, Problem> {
        var written: WrittenAnswer?
        let values = form.all("answer").filter { !$0.isEmpty }
        if form["action"] == "unknown" {
            written = .scalar("unknown", isPlain: true)
        } else {
            switch question.kind {
            case .multipleChoice:
                if values.contains("_none") {
                    if values.count > 1 { return .failure(Problem(message: t(.noneWithOthers))) }
                    written = .list([])
                } else if !values.isEmpty {
                    written = .list(values)
                }
            case .text:
                if let text = values.first?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty {
                    written = .scalar(text, isPlain: false)
                }
            default:
                if let value = values.first?.trimmingCharacters(in: .whitespaces), !value.isEmpty {
                    written = .scalar(value, isPlain: true)
                }
            }
        }
        for field in ["answer", "note", "evidence"] {
            for value in form.all(field) {
                if let problem = pages.invisibleCharacter(value) { return .failure(Problem(message: problem)) }
            }
        }
        var state: AnswerState?
        if let written {
            switch written.state(for: question) {
            case .success(let value): state = value
            case .failure(let problem):
                return .failure(
                    Problem(
                        message: problem.message.replacingOccurrences(of: "'\(question.id)'", with: t(.thisQuestion))))
            }
        } else if question.isRequired && answers.answers[question.id]?.state.isGiven != true {
            return .failure(Problem(message: t(.answerNeeded(allowsUnknown: question.allowsUnknown))))
        }
        return .success(Submitted(state: state, note: form.text("note"), evidence: form.text("evidence")))
    }

    /// How `state` reads for `question` on a page.
    func shown(_ state: AnswerState?, for question: Question) -> String {
        switch state {
        case nil, .unanswered?: return t(.notAnswered)
        case .notApplicable?: return t(.notAsked)
        case .unknown?: return t(.unknownAnswer)
        case .value(let value)?:
            switch value {
            case .yesNo(let yes): return t(yes ? .yes : .no)
            case .choice(let id): return question.option(id).map { pages.t($0.label) } ?? id
            case .choices(let ids):
                return ids.isEmpty
                    ? t(.noneOfThese)
                    : ids.map { question.option($0).map { pages.t($0.label) } ?? $0 }.joined(separator: "; ")
            case .text(let text): return text
            case .date(let date): return pages.language.date(date)
            case .number(let number): return "\(number)"
            }
        }
    }

    /// The form values that show `state`.
    static func formValues(_ state: AnswerState?) -> [String] {
        guard case .value(let value)? = state else { return [] }
        switch value {
        case .yesNo(let yes): return [yes ? "yes" : "no"]
        case .choice(let id): return [id]
        case .choices(let ids): return ids.isEmpty ? ["_none"] : ids
        case .text(let text): return [text]
        case .date(let date): return [date.description]
        case .number(let number): return ["\(number)"]
        }
    }

    /// The page body of `question`: progress, the form posting to `action` with `hidden` fields,
    /// the link back (to `previousLink` of the question before), `extraLinks`, and progress by section.
    func body(
        _ question: Question, action: String, hidden: [(String, String)], submitted: FormData?, error: String?,
        notice: String?, previousLink: (QuestionID) -> String, extraLinks: [HTMLNode], endButton: HTMLNode?
    ) -> [HTMLNode] {
        let answer = answers.answers[question.id]
        // The questions asked with these answers, worked out once for the whole page.
        let asked = plan.askedQuestions(answers)
        let place = asked.firstIndex { $0.id == question.id }
        let section = plan.bundle.section(question.section).map { pages.t($0.title) } ?? ""
        let position = (place ?? 0) + 1
        let total = asked.count
        let order = Dictionary(plan.bundle.questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let here = order[question.id] ?? 0
        let previous = asked.last { (order[$0.id] ?? 0) < here }
        let opensSection = asked.first { $0.section == question.section }?.id == question.id
        let current = submitted.map { $0.all("answer") } ?? Self.formValues(answer?.state)
        var body: [HTMLNode] = [
            H.el("h1", [("class", "prompt")], [H.t(pages.label(question))]),
            H.p(t(.progressLine(section: section, position: position, total: total)), [("class", "hint")]),
            H.el(
                "progress", [("max", "\(max(total, 1))"), ("value", "\(position)"), ("aria-label", t(.progress))],
                [H.t(t(.positionOfTotal(position: position, total: total)))]),
        ]
        if let notice { body.append(Pages.notice(notice)) }
        if opensSection, let intro = plan.bundle.section(question.section)?.intro {
            body.append(H.p(pages.t(intro), [("class", "info")]))
        }
        let legend = H.t(pages.t(question.prompt))
        let hint = question.isRequired ? nil : t(.optional)
        let shownError = pages.error(error)
        let control: HTMLNode
        switch question.kind {
        case .yesNo:
            control = H.choices(
                legend: legend, name: "answer", options: [("yes", t(.yes)), ("no", t(.no))], checked: Set(current),
                multiple: false, hint: hint, error: shownError)
        case .singleChoice:
            control = H.choices(
                legend: legend, name: "answer", options: question.options.map { ($0.id, pages.t($0.label)) },
                checked: Set(current), multiple: false, hint: hint, error: shownError)
        case .multipleChoice:
            control = H.choices(
                legend: legend, name: "answer",
                options: question.options.map { ($0.id, pages.t($0.label)) } + [("_none", t(.noneOfThese))],
                checked: Set(current), multiple: true, hint: t(.tickEveryOption), error: shownError)
        case .text, .date, .number:
            control = H.field(
                pages.t(question.prompt), name: "answer", value: current.first, type: "text",
                hint: hint ?? (question.kind == .date ? t(.dateHint) : nil), error: shownError)
        }
        var guidance: [HTMLNode] = []
        if let text = question.guidance { guidance.append(H.p(pages.t(text))) }
        if !question.refs.isEmpty {
            let provisions = question.refs.map { plan.bundle.citationText($0, in: pages.language) }
            guidance.append(H.p(t(.provisions(provisions.joined(separator: "; ")))))
        }
        var controls: [HTMLNode] = hidden.map { H.hidden($0.0, $0.1) }
        controls += [
            control,
            H.el(
                "details", [],
                [H.el("summary", [], [H.t(t(.guidanceAndProvisions))])]
                    + (guidance.isEmpty ? [H.p(t(.noGuidance))] : guidance)),
            H.field(t(.noteField), name: "note", value: submitted?["note"] ?? answer?.note),
            H.field(t(.evidenceField), name: "evidence", value: submitted?["evidence"] ?? answer?.evidence),
            H.button(t(.saveAndContinue), value: "answer", primary: true),
        ]
        if question.allowsUnknown { controls.append(H.button(t(.dontKnow), value: "unknown")) }
        body.append(H.form(action, controls))
        if let endButton { body.append(endButton) }
        var links: [HTMLNode] = []
        if let previous {
            links.append(H.a(previousLink(previous.id), t(.previousQuestion), [("rel", "prev")]))
        }
        links += extraLinks
        body.append(H.el("nav", [("aria-label", t(.interviewNavigation))], [H.ul(links)]))
        body.append(sectionProgress(asked: asked))
        return body
    }

    /// Answered and asked questions, section by section.
    func sectionProgress(asked: [Question]) -> HTMLNode {
        let items = plan.bundle.sections.compactMap { section -> HTMLNode? in
            let inSection = asked.filter { $0.section == section.id }
            guard !inSection.isEmpty else { return nil }
            let done = inSection.filter { answers.answers[$0.id]?.state.isGiven == true }.count
            return H.t(t(.sectionProgress(section: pages.t(section.title), answered: done, asked: inSection.count)))
        }
        return H.el(
            "section", [("aria-label", t(.progressBySection))], [H.h2(t(.progressBySection)), H.ul(items)])
    }
}
