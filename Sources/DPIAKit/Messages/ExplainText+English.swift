extension ExplainText {
    /// The explanations' English.
    var english: String {
        switch self {
        case .questionHeading(let id, let layer, let jurisdictions): "Question \(id) (\(layer); in \(jurisdictions))"
        case .findingHeading(let id, let layer, let jurisdictions): "Finding \(id) (\(layer); in \(jurisdictions))"
        case .redPatternHeading(let id, let layer, let jurisdictions):
            "Red pattern \(id) (\(layer); in \(jurisdictions))"
        case .answerKind(let kind):
            switch kind {
            case .yesNo: "Answer: yes or no"
            case .singleChoice: "Answer: one of"
            case .multipleChoice: "Answer: any of"
            case .text, .date, .number: "Answer: \(kind.rawValue)"
            }
        case .unknownAllowed(let isAllowed):
            isAllowed ? "\"I don't know\" is allowed." : "\"I don't know\" is not allowed."
        case .askedOnlyWhen(let condition): "Asked: only when \(condition)"
        case .askedAlways: "Asked: always"
        case .guidance(let text): "Guidance: \(text)"
        case .provisionsLine(let provisions): "Provisions: \(provisions ?? "none")"
        case .dependentRedPattern(let id, let condition): "  red pattern \(id): fires when \(condition)"
        case .dependentFinding(let id, let condition): "  finding \(id): fires when \(condition)"
        case .dependentQuestion(let id, let condition): "  question \(id): asked only when \(condition)"
        case .dependsOn(let isEmpty): "Depends on it:" + (isEmpty ? " nothing" : "")
        case .bundledCases: "Bundled cases:"
        case .noCaseAsks: "  none asks it"
        case .severity(let severity, let isOutOfScope):
            "Severity: \(severity.rawValue)\(isOutOfScope ? " (out of scope: stops the assessment)" : "")"
        case .casesWhereItFires: "Bundled cases where it fires or cannot be excluded:"
        case .caseState(let isFired, let severity):
            (isFired ? "fired" : "not excluded") + (severity.map { ", \($0.rawValue)" } ?? "")
        case .none: "  none"
        case .precedents(let isEmpty): "Precedents:" + (isEmpty ? " none" : "")
        case .firesWhen(let condition): "Fires when: \(condition)"
        case .never: "never"
        case .ifUnknown(let policy):
            switch policy {
            case .fires: "If an answer it needs is \"I don't know\" or missing: counts as fired."
            case .open: "If an answer it needs is \"I don't know\" or missing: listed as not excluded."
            case .ignore: "If an answer it needs is \"I don't know\" or missing: dropped."
            }
        case .why(let text): "Why: \(text)"
        case .provisions: "Provisions:"
        case .inJurisdictions(let jurisdictions): ", in \(jurisdictions)"
        case .measures: "Measures:"
        case .because(let answers): " (because \(answers))"
        }
    }
}
