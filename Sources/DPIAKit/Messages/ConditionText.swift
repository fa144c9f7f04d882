/// The words of a condition read out with question ids (`dpia explain`, the checklist): `q is yes
/// and r includes x`. The ids and answer values stay as written; only the connecting words change.
public enum ConditionText: Hashable, Sendable {
    case always, never, isYes, isNotYes, isValue, isNotValue, isOneOf, isNoneOf, includes, doesNotInclude
    case isAnswered, isNotAnswered, isUnknown, isNotUnknown, not, and, or
    case less, lessOrEqual, greater, greaterOrEqual, notLess, notLessOrEqual, notGreater, notGreaterOrEqual

    /// The words in `language`.
    public func text(in language: Language) -> String {
        let words: [String] =
            switch language {
            case .en:
                [
                    "always", "never", "is yes", "is not yes", "is", "is not", "is one of", "is none of", "includes",
                    "does not include", "is answered", "is not answered", "is \"I don't know\"",
                    "is not \"I don't know\"", "not", "and", "or", "is less than", "is at most", "is more than",
                    "is at least", "is not less than", "is not at most", "is not more than", "is not at least",
                ]
            case .nl:
                [
                    "altijd", "nooit", "is ja", "is niet ja", "is", "is niet", "is een van", "is geen van", "omvat",
                    "omvat niet", "is beantwoord", "is niet beantwoord", "is \"Weet ik niet\"",
                    "is niet \"Weet ik niet\"", "niet", "en", "of", "is minder dan", "is hoogstens", "is meer dan",
                    "is minstens", "is niet minder dan", "is niet hoogstens", "is niet meer dan", "is niet minstens",
                ]
            case .fr:
                [
                    "toujours", "jamais", "est oui", "n'est pas oui", "est", "n'est pas", "est l'un de",
                    "n'est aucun de", "comprend", "ne comprend pas", "a reçu une réponse", "n'a pas reçu de réponse",
                    "est « Je ne sais pas »", "n'est pas « Je ne sais pas »", "non", "et", "ou", "est inférieur à",
                    "est au plus", "est supérieur à", "est au moins", "n'est pas inférieur à", "n'est pas au plus",
                    "n'est pas supérieur à", "n'est pas au moins",
                ]
            case .sv:
                [
                    "alltid", "aldrig", "är ja", "är inte ja", "är", "är inte", "är något av", "är inget av",
                    "omfattar", "omfattar inte", "är besvarad", "är inte besvarad", "är ”Vet inte”",
                    "är inte ”Vet inte”", "inte", "och", "eller", "är mindre än", "är högst", "är mer än",
                    "är minst", "är inte mindre än", "är inte högst", "är inte mer än", "är inte minst",
                ]
            }
        return words[Self.order.firstIndex(of: self) ?? 0]
    }

    private static let order: [ConditionText] = [
        .always, .never, .isYes, .isNotYes, .isValue, .isNotValue, .isOneOf, .isNoneOf, .includes,
        .doesNotInclude, .isAnswered, .isNotAnswered, .isUnknown, .isNotUnknown, .not, .and, .or, .less,
        .lessOrEqual, .greater, .greaterOrEqual, .notLess, .notLessOrEqual, .notGreater, .notGreaterOrEqual,
    ]
}
