/// Every sentence and label of `dpia explain ID`: a question, finding or red pattern with its
/// conditions, provisions, precedents and the bundled cases that trigger it.
public enum ExplainText: Hashable, Sendable {
    case questionHeading(id: String, layer: String, jurisdictions: String)
    case findingHeading(id: String, layer: String, jurisdictions: String)
    case redPatternHeading(id: String, layer: String, jurisdictions: String)
    case answerKind(Question.Kind)
    case unknownAllowed(Bool)
    case askedOnlyWhen(String)
    case askedAlways
    case guidance(String)
    case provisionsLine(String?)
    case dependentRedPattern(id: String, condition: String)
    case dependentFinding(id: String, condition: String)
    case dependentQuestion(id: String, condition: String)
    case dependsOn(isEmpty: Bool)
    case bundledCases
    case noCaseAsks
    case severity(Severity, isOutOfScope: Bool)
    case casesWhereItFires
    case caseState(isFired: Bool, severity: Severity?)
    case none
    case precedents(isEmpty: Bool)
    case firesWhen(String)
    case never
    case ifUnknown(UnknownPolicy)
    case why(String)
    case provisions
    case inJurisdictions(String)
    case measures
    case because(String)

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
