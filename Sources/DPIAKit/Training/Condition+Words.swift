extension Condition {
    /// The condition in words for a trainee: each question by its label and each option by its
    /// label, as the interview showed them (`the answer to “Who provides the tool?” is “A private
    /// company”`), never by id, in `language`. Mixed `and`/`or` groups are parenthesised.
    public func worded(in bundle: QuestionnaireBundle, language: Language = .en) -> String {
        Words(bundle: bundle, language: language).phrase(self)
    }
}

/// The vocabulary of ``Condition/worded(in:language:)``.
private struct Words {
    let bundle: QuestionnaireBundle
    let language: Language

    private func say(_ text: TrainingText) -> String { text.text(in: language) }

    func phrase(_ condition: Condition) -> String {
        switch condition {
        case .constant(let value): return say(value ? .always : .never)
        case .isYes(let id): return say(.isYes(subject: subject(id)))
        case .compare(let id, let op, let literal):
            return say(.compare(subject: subject(id), op, value: value(literal, id)))
        case .oneOf(let id, let literals):
            let values = literals.map { value($0, id) }
            return values.count == 1
                ? say(.compare(subject: subject(id), .equal, value: values[0]))
                : say(.isOneOf(subject: subject(id), values: values.joined(separator: ", ")))
        case .contains(let id, let literal): return say(.includes(subject: subject(id), value: value(literal, id)))
        case .answered(let id): return say(.isGiven(subject: subject(id)))
        case .unknown(let id): return say(.isUnknown(subject: subject(id)))
        case .not(let inner): return negated(inner)
        case .all(let children): return group(children, isAll: true)
        case .any(let children): return group(children, isAll: false)
        }
    }

    private func negated(_ condition: Condition) -> String {
        switch condition {
        case .isYes(let id): return say(.isNotYes(subject: subject(id)))
        case .compare(let id, .equal, let literal):
            return say(.compare(subject: subject(id), .notEqual, value: value(literal, id)))
        case .oneOf(let id, let literals):
            return say(.isNoneOf(subject: subject(id), values: literals.map { value($0, id) }.joined(separator: ", ")))
        case .contains(let id, let literal):
            return say(.doesNotInclude(subject: subject(id), value: value(literal, id)))
        case .answered(let id): return say(.isNotGiven(subject: subject(id)))
        case .unknown(let id): return say(.isNotUnknown(subject: subject(id)))
        default: return say(.notTheCase(phrase(condition)))
        }
    }

    private func group(_ children: [Condition], isAll: Bool) -> String {
        guard children.count > 1 else { return children.first.map(phrase) ?? say(isAll ? .always : .never) }
        return children.map { child in
            switch child {
            case .all(let inner) where inner.count > 1, .any(let inner) where inner.count > 1: "(\(phrase(child)))"
            default: phrase(child)
            }
        }.joined(separator: " \(say(.conjunction(isAll: isAll))) ")
    }

    private func subject(_ id: QuestionID) -> String {
        guard let question = bundle.question(id) else { return say(.answerToID(id.rawValue)) }
        return say(.answerTo(label: question.label(in: language)))
    }

    private func value(_ literal: Literal, _ id: QuestionID) -> String {
        if case .word(let word) = literal, let option = bundle.question(id)?.option(word) {
            return say(.quoted(option.label.text(in: language)))
        }
        switch literal {
        case .word(let word): return word
        case .number(let number): return number.description
        case .date(let date): return language.date(date)
        case .text(let text): return say(.quoted(text))
        }
    }
}
