extension ExplainText {
    /// `dpia explain ID` in Belgian legal Dutch, with the report's terms ("bevinding", "rode vlag", "Weet ik
    /// niet"). A finding that fires is "vastgesteld", a red pattern (no severity) "aangetroffen", an open one
    /// "niet uit te sluiten", as the report counts them.
    var dutch: String {
        switch self {
        case .questionHeading(let id, let layer, let jurisdictions): "Vraag \(id) (\(layer); in \(jurisdictions))"
        case .findingHeading(let id, let layer, let jurisdictions): "Bevinding \(id) (\(layer); in \(jurisdictions))"
        case .redPatternHeading(let id, let layer, let jurisdictions):
            "Rode vlag \(id) (\(layer); in \(jurisdictions))"
        case .answerKind(let kind):
            switch kind {
            case .yesNo: "Antwoord: ja of nee"
            case .singleChoice: "Antwoord: één van"
            case .multipleChoice: "Antwoord: een of meer van"
            case .text: "Antwoord: vrije tekst"
            case .date: "Antwoord: een datum"
            case .number: "Antwoord: een getal"
            }
        case .unknownAllowed(let isAllowed):
            isAllowed ? "\"Weet ik niet\" is toegestaan." : "\"Weet ik niet\" is niet toegestaan."
        case .askedOnlyWhen(let condition): "Gesteld: alleen wanneer \(condition)"
        case .askedAlways: "Gesteld: altijd"
        case .guidance(let text): "Toelichting: \(text)"
        case .provisionsLine(let provisions): "Bepalingen: \(provisions ?? "geen")"
        case .dependentRedPattern(let id, let condition): "  rode vlag \(id): geldt wanneer \(condition)"
        case .dependentFinding(let id, let condition): "  bevinding \(id): geldt wanneer \(condition)"
        case .dependentQuestion(let id, let condition): "  vraag \(id): alleen gesteld wanneer \(condition)"
        case .dependsOn(let isEmpty): "Wat ervan afhangt:" + (isEmpty ? " niets" : "")
        case .bundledCases: "Meegeleverde casussen:"
        case .noCaseAsks: "  geen enkele stelt deze vraag"
        case .severity(let severity, let isOutOfScope):
            "Ernst: \(ReportText.priority(severity).dutch)"
                + (isOutOfScope ? " (buiten toepassingsgebied: de beoordeling stopt hier)" : "")
        case .casesWhereItFires: "Meegeleverde casussen waarin ze geldt of niet kan worden uitgesloten:"
        case .caseState(let isFired, let severity):
            isFired
                ? (severity.map { "vastgesteld, \(ReportText.priority($0).dutch)" } ?? "aangetroffen")
                : "niet uit te sluiten" + (severity.map { ", \(ReportText.priority($0).dutch)" } ?? "")
        case .none: "  geen"
        case .precedents(let isEmpty): "Precedenten:" + (isEmpty ? " geen" : "")
        case .firesWhen(let condition): "Geldt wanneer: \(condition)"
        case .never: "nooit"
        case .ifUnknown(let policy):
            "Als een antwoord dat ze nodig heeft \"Weet ik niet\" is of ontbreekt: "
                + {
                    switch policy {
                    case .fires: "ze telt als vastgesteld."
                    case .open: "ze wordt vermeld als niet uit te sluiten."
                    case .ignore: "ze vervalt."
                    }
                }()
        case .why(let text): "Waarom: \(text)"
        case .provisions: "Bepalingen:"
        case .inJurisdictions(let jurisdictions): ", in \(jurisdictions)"
        case .measures: "Maatregelen:"
        case .because(let answers): " (omdat \(answers))"
        }
    }
}
