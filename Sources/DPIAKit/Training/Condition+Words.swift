extension Condition {
    /// The condition in words for a trainee: each question by its label and each option by its
    /// label, as the interview showed them (`the answer to “Who provides the tool?” is “A private
    /// company”`), never by id. Mixed `and`/`or` groups are parenthesised.
    public func worded(in bundle: QuestionnaireBundle) -> String {
        Words(bundle: bundle).phrase(self)
    }
}

/// The vocabulary of ``Condition/worded(in:)``.
private struct Words {
    let bundle: QuestionnaireBundle

    func phrase(_ condition: Condition) -> String {
        switch condition {
        case .constant(let value): return value ? "always" : "never"
        case .isYes(let id): return "\(subject(id)) is yes"
        case .compare(let id, let op, let literal): return "\(subject(id)) \(verb(op)) \(value(literal, id))"
        case .oneOf(let id, let literals):
            let values = literals.map { value($0, id) }
            return values.count == 1
                ? "\(subject(id)) is \(values[0])" : "\(subject(id)) is one of \(values.joined(separator: ", "))"
        case .contains(let id, let literal): return "\(subject(id)) includes \(value(literal, id))"
        case .answered(let id): return "\(subject(id)) is given"
        case .unknown(let id): return "\(subject(id)) is “I don't know”"
        case .not(let inner): return negated(inner)
        case .all(let children): return group(children, "and", identity: true)
        case .any(let children): return group(children, "or", identity: false)
        }
    }

    private func negated(_ condition: Condition) -> String {
        switch condition {
        case .isYes(let id): return "\(subject(id)) is not yes"
        case .compare(let id, .equal, let literal): return "\(subject(id)) is not \(value(literal, id))"
        case .oneOf(let id, let literals):
            return "\(subject(id)) is none of \(literals.map { value($0, id) }.joined(separator: ", "))"
        case .contains(let id, let literal): return "\(subject(id)) does not include \(value(literal, id))"
        case .answered(let id): return "\(subject(id)) is not given"
        case .unknown(let id): return "\(subject(id)) is not “I don't know”"
        default: return "it is not the case that \(phrase(condition))"
        }
    }

    private func group(_ children: [Condition], _ word: String, identity: Bool) -> String {
        guard children.count > 1 else { return children.first.map(phrase) ?? (identity ? "always" : "never") }
        return children.map { child in
            switch child {
            case .all(let inner) where inner.count > 1, .any(let inner) where inner.count > 1: "(\(phrase(child)))"
            default: phrase(child)
            }
        }.joined(separator: " \(word) ")
    }

    private func subject(_ id: QuestionID) -> String {
        guard let question = bundle.question(id) else { return "the answer to \(id)" }
        return "the answer to “\(question.label)”"
    }

    private func value(_ literal: Literal, _ id: QuestionID) -> String {
        if case .word(let word) = literal, let option = bundle.question(id)?.option(word) {
            return "“\(option.label.text())”"
        }
        switch literal {
        case .word(let word): return word
        case .number(let number): return number.description
        case .date(let date): return date.description
        case .text(let text): return "“\(text)”"
        }
    }

    private func verb(_ op: ComparisonOperator) -> String {
        switch op {
        case .equal: "is"
        case .notEqual: "is not"
        case .less: "is less than"
        case .lessOrEqual: "is at most"
        case .greater: "is more than"
        case .greaterOrEqual: "is at least"
        }
    }
}
