/// Every sentence and label of the printable checklist (`dpia checklist`). Arguments arrive already
/// formatted as Markdown (code spans, inline text).
public enum ChecklistText: Hashable, Sendable {
    case title(jurisdiction: String)
    case subtitle(layers: String)
    case keywords(jurisdiction: String)
    case introduction
    case afterQuestions(jurisdiction: String)
    case questionnaireColumn, versionColumn, lawAsOfColumn, titleColumn
    case kind(Question.Kind)
    case required(Bool)
    case fromLayer(String)
    case askedOnlyWhen(String)
    case yes
    case no
    case noneOfThese
    case unknownBox
    case blank(Question.Kind)
    case guidance
    case provisions(String)
    case bearsOn(String)
    case redPatternReference(String)
    case findingReference(String)
    case rulesHeading
    case rulesIntro
    case redPatternsHeading
    case redPattern
    case condemnedBy(String)
    case findingsHeading(area: String)
    case finding
    case firesWhen(String)
    case never
    case unknownFires
    case unknownOpen

    /// The text in `language`.
    public func text(in language: Language) -> String {
        switch language {
        case .en: english
        case .nl: dutch
        case .fr: french
        case .sv: swedish
        }
    }
}
