/// Turns what the user typed at a question into a written answer: option numbers become option ids,
/// words are lower-cased for `yes_no` and choice questions, text is taken as typed. Whether the
/// question accepts the result is then decided by `WrittenAnswer.state(for:)`, the same rules an
/// answers file is checked with.
enum InterviewInput {
    /// A typed line that cannot even be read as an answer (an option number out of range).
    struct Problem: Error, Hashable, Sendable {
        var message: String
    }

    /// The written answer `input` (already trimmed) stands for at `question`.
    static func written(
        _ input: String, for question: Question, in language: Language = .en
    ) -> Result<WrittenAnswer, Problem> {
        switch question.kind {
        case .yesNo:
            if let yes = yesOrNo(input, in: language) { return .success(.scalar(yes ? "yes" : "no", isPlain: true)) }
            return word(input, choices: ["yes", "no"], in: language).flatMap { typed in
                ["yes", "no"].contains(typed)
                    ? .success(.scalar(typed, isPlain: true))
                    : .failure(Problem(message: refusal(input, for: question, in: language)))
            }
        case .singleChoice:
            return word(input, choices: question.options.map(\.id), in: language).flatMap { typed in
                question.option(typed) != nil
                    ? .success(.scalar(typed, isPlain: true))
                    : .failure(Problem(message: refusal(input, for: question, in: language)))
            }
        case .multipleChoice:
            if input == "0" { return .success(.list([])) }
            let tokens = input.split { $0 == "," || $0 == " " }.map(String.init)
            if tokens.contains("0") {
                return .failure(Problem(message: InterviewText.noneAlone.text(in: language)))
            }
            var items: [String?] = []
            for token in tokens {
                if Int(token) == nil && question.option(token.lowercased()) == nil {
                    return .failure(Problem(message: refusal(token, for: question, in: language)))
                }
                switch word(token, choices: question.options.map(\.id), in: language) {
                case .success(let id): items.append(id)
                case .failure(let problem): return .failure(problem)
                }
            }
            return .success(.list(items))
        case .text:
            // Typed text is never the plain word `unknown`: "I don't know" has its own key.
            return .success(.scalar(input, isPlain: false))
        case .date, .number:
            return .success(.scalar(input, isPlain: true))
        }
    }

    /// Whether `input` says yes (true) or no (false), or nil: `y`, `yes`, `n` and `no` in every
    /// language, and the words of the interview's own, so nobody has to answer in English (`j`, `ja`
    /// and `nee` in Dutch, `o`, `oui` and `non` in French, `j`, `ja` and `nej` in Swedish; `n` is no
    /// in all four).
    static func yesOrNo(_ input: String, in language: Language) -> Bool? {
        switch (language, input.lowercased()) {
        case (_, "y"), (_, "yes"), (.nl, "j"), (.nl, "ja"), (.fr, "o"), (.fr, "oui"), (.sv, "j"), (.sv, "ja"):
            true
        case (_, "n"), (_, "no"), (.nl, "nee"), (.fr, "non"), (.sv, "nej"):
            false
        default:
            nil
        }
    }

    /// Why `input` is not an answer to `question`, naming the question by its label and saying
    /// what to type instead.
    static func refusal(_ input: String, for question: Question, in language: Language = .en) -> String {
        InterviewText.notAnAnswer(
            input: input, label: question.label(in: language), kind: question.kind,
            optionCount: question.options.count, allowsUnknown: question.allowsUnknown
        ).text(in: language)
    }

    /// `value` as it would be typed at `question`: option numbers for choices, the text for text.
    static func typed(_ value: AnswerValue, for question: Question) -> String {
        let number = { (id: String) in
            question.options.firstIndex { $0.id == id }.map { String($0 + 1) } ?? id
        }
        switch value {
        case .yesNo(let yes): return yes ? "yes" : "no"
        case .choice(let id): return number(id)
        case .choices(let ids): return ids.isEmpty ? "0" : ids.map(number).joined(separator: " ")
        case .text(let text): return text
        case .date(let date): return date.description
        case .number(let number): return number.description
        }
    }

    /// The choice a number names (1-based), or the word itself in lower case.
    private static func word(_ input: String, choices: [String], in language: Language) -> Result<String, Problem> {
        guard let number = Int(input) else { return .success(input.lowercased()) }
        guard choices.indices.contains(number - 1) else {
            return .failure(
                Problem(message: InterviewText.notAShownNumber(number, count: choices.count).text(in: language)))
        }
        return .success(choices[number - 1])
    }
}
