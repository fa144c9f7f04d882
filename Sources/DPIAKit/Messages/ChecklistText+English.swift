extension ChecklistText {
    /// The checklist's English.
    var english: String {
        switch self {
        case .title(let jurisdiction): "DPIA checklist: \(jurisdiction)"
        case .subtitle(let layers): "Questionnaires \(layers)"
        case .keywords(let jurisdiction): "[DPIA, checklist, Law Enforcement Directive, \(jurisdiction)]"
        case .introduction:
            "Every question `dpia` asks for this jurisdiction, for use on paper: in a class, a meeting or "
                + "before an interview. Tick one box per question, or every box that applies where it says so. "
                + "\"I don't know\" is an answer: the controller must be able to show compliance, so an unknown "
                + "is an open point, and some findings count it as a failure. A question marked \"asked only "
                + "when\" applies only with those earlier answers."
        case .afterQuestions(let jurisdiction):
            "After the questions, every finding and red pattern is listed with the answers that make it "
                + "fire. Enter the answers with `dpia assess --jurisdiction \(jurisdiction)` for the "
                + "report. This checklist is not legal advice."
        case .questionnaireColumn: "Questionnaire"
        case .versionColumn: "Version"
        case .lawAsOfColumn: "Law as of"
        case .titleColumn: "Title"
        case .kind(let kind):
            switch kind {
            case .yesNo: "yes or no"
            case .singleChoice: "one answer"
            case .multipleChoice: "tick all that apply"
            case .text: "free text"
            case .date: "a date"
            case .number: "a number"
            }
        case .required(let isRequired): isRequired ? "required" : "optional"
        case .fromLayer(let layer): "from \(layer)"
        case .askedOnlyWhen(let condition): "Asked only when \(condition)."
        case .yes: "yes"
        case .no: "no"
        case .noneOfThese: "none of these"
        case .unknownBox: "I don't know"
        case .blank(let kind):
            switch kind {
            case .date: "date (YYYY-MM-DD): ……………………"
            case .number: "number: ……………………"
            default: "answer: ……………………………………………………………………"
            }
        case .guidance: "*Guidance.*"
        case .provisions(let provisions): "*Provisions:* \(provisions)."
        case .bearsOn(let rules): "*Bears on:* \(rules)."
        case .redPatternReference(let id): "red pattern \(id)"
        case .findingReference(let id): "finding \(id)"
        case .rulesHeading: "Which answers lead to which findings"
        case .rulesIntro:
            "A red pattern is a combination of facts a supervisory authority has already condemned; any "
                + "red pattern makes the verdict DO NOT DEPLOY. A finding's severity says what it means: "
                + "blocker (must not start or continue), high (fix before deployment), medium, advice."
        case .redPatternsHeading: "Red patterns"
        case .redPattern: "red pattern"
        case .condemnedBy(let precedents): "condemned by \(precedents)"
        case .findingsHeading(let area): "Findings: \(area)"
        case .finding: "finding"
        case .firesWhen(let condition): "*Fires when* \(condition)."
        case .never: "never"
        case .unknownFires: "An \"I don't know\" it depends on counts as fired: the controller must show compliance."
        case .unknownOpen: "An \"I don't know\" it depends on leaves it open: it cannot be excluded."
        }
    }
}
