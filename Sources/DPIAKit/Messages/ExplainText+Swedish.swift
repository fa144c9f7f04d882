extension ExplainText {
    /// The explanations in Swedish (`dpia explain ID`), with the report's terms (`iakttagelse`,
    /// `röd flagga`, ”Vet inte”). Ids, layers and jurisdiction codes stay as they are.
    var swedish: String {
        switch self {
        case .questionHeading(let id, let layer, let jurisdictions): "Fråga \(id) (\(layer); i \(jurisdictions))"
        case .findingHeading(let id, let layer, let jurisdictions):
            "Iakttagelse \(id) (\(layer); i \(jurisdictions))"
        case .redPatternHeading(let id, let layer, let jurisdictions):
            "Röd flagga \(id) (\(layer); i \(jurisdictions))"
        case .answerKind(let kind):
            switch kind {
            case .yesNo: "Svar: ja eller nej"
            case .singleChoice: "Svar: ett av"
            case .multipleChoice: "Svar: ett eller flera av"
            case .text: "Svar: fritext"
            case .date: "Svar: datum"
            case .number: "Svar: tal"
            }
        case .unknownAllowed(let isAllowed):
            isAllowed ? "”Vet inte” godtas som svar." : "”Vet inte” godtas inte som svar."
        case .askedOnlyWhen(let condition): "Ställs: endast om \(condition)"
        case .askedAlways: "Ställs: alltid"
        case .guidance(let text): "Vägledning: \(text)"
        case .provisionsLine(let provisions): "Bestämmelser: \(provisions ?? "inga")"
        case .dependentRedPattern(let id, let condition): "  röd flagga \(id): utlöses när \(condition)"
        case .dependentFinding(let id, let condition): "  iakttagelse \(id): utlöses när \(condition)"
        case .dependentQuestion(let id, let condition): "  fråga \(id): ställs endast om \(condition)"
        case .dependsOn(let isEmpty): "Beroende av frågan:" + (isEmpty ? " inga" : "")
        case .bundledCases: "Inbyggda fall:"
        case .noCaseAsks: "  inget fall ställer frågan"
        case .severity(let severity, let isOutOfScope):
            "Allvarlighetsgrad: \(severity.swedish())"
                + (isOutOfScope ? " (utanför tillämpningsområdet: bedömningen avbryts)" : "")
        case .casesWhereItFires: "Inbyggda fall där den utlöses eller inte kan uteslutas:"
        case .caseState(let isFired, let severity):
            (isFired ? "utlöst" : "inte utesluten") + (severity.map { ", \($0.swedish())" } ?? "")
        case .none: "  inga"
        case .precedents(let isEmpty): "Tidigare avgöranden:" + (isEmpty ? " inga" : "")
        case .firesWhen(let condition): "Utlöses när: \(condition)"
        case .never: "aldrig"
        case .ifUnknown(let policy):
            switch policy {
            case .fires: "Om ett svar som behövs är ”Vet inte” eller saknas: räknas som utlöst."
            case .open: "Om ett svar som behövs är ”Vet inte” eller saknas: redovisas som inte utesluten."
            case .ignore: "Om ett svar som behövs är ”Vet inte” eller saknas: lämnas utan avseende."
            }
        case .why(let text): "Skäl: \(text)"
        case .provisions: "Bestämmelser:"
        case .inJurisdictions(let jurisdictions): ", i \(jurisdictions)"
        case .measures: "Åtgärder:"
        case .because(let answers): " (eftersom \(answers))"
        }
    }
}
