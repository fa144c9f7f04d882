extension ChecklistText {
    /// The checklist in Swedish, for a classroom or a meeting: the report's terms (`iakttagelse`,
    /// `röd flagga`, ”Vet inte”, the verdict labels of ``ReportText``), imperative phrasing.
    var swedish: String {
        switch self {
        case .title(let jurisdiction): "Checklista för konsekvensbedömning avseende dataskydd: \(jurisdiction)"
        case .subtitle(let layers): "Frågeformulär \(layers)"
        case .keywords(let jurisdiction):
            "[konsekvensbedömning avseende dataskydd, checklista, direktiv (EU) 2016/680, \(jurisdiction)]"
        case .introduction:
            "Här finns alla frågor som `dpia` ställer för denna jurisdiktion, för användning på papper: under en"
                + " utbildning, vid ett möte eller inför en intervju. Kryssa i en ruta per fråga, eller alla rutor"
                + " som stämmer där det anges. ”Vet inte” är ett svar. Den personuppgiftsansvarige måste kunna visa"
                + " att reglerna följs, och ett ”Vet inte” är därför en öppen fråga, som vissa iakttagelser räknar"
                + " som en brist. En fråga som är märkt ”Ställs endast om” gäller bara om de tidigare svar som"
                + " anges har lämnats."
        case .afterQuestions(let jurisdiction):
            "Efter frågorna anges alla iakttagelser och röda flaggor med de svar som utlöser dem. För in svaren"
                + " med `dpia assess --jurisdiction \(jurisdiction)` för att få rapporten. Checklistan är inte"
                + " juridisk rådgivning."
        case .questionnaireColumn: "Frågeformulär"
        case .versionColumn: "Version"
        case .lawAsOfColumn: "Rättsläge per"
        case .titleColumn: "Titel"
        case .kind(let kind):
            switch kind {
            case .yesNo: "ja eller nej"
            case .singleChoice: "ett svar"
            case .multipleChoice: "kryssa i alla som stämmer"
            case .text: "fritext"
            case .date: "ett datum"
            case .number: "ett tal"
            }
        case .required(let isRequired): isRequired ? "obligatorisk" : "frivillig"
        case .fromLayer(let layer): "från \(layer)"
        case .askedOnlyWhen(let condition): "Ställs endast om \(condition)."
        case .yes: "ja"
        case .no: "nej"
        case .noneOfThese: "inget av alternativen"
        case .unknownBox: "Vet inte"
        case .blank(let kind):
            switch kind {
            case .date: "datum (ÅÅÅÅ-MM-DD): ……………………"
            case .number: "tal: ……………………"
            default: "svar: ……………………………………………………………………"
            }
        case .guidance: "*Vägledning.*"
        case .provisions(let provisions): "*Bestämmelser:* \(provisions)."
        case .bearsOn(let rules): "*Har betydelse för:* \(rules)."
        case .redPatternReference(let id): "röd flagga \(id)"
        case .findingReference(let id): "iakttagelse \(id)"
        case .rulesHeading: "Vilka svar som leder till vilka iakttagelser"
        case .rulesIntro:
            "En röd flagga är en kombination av omständigheter som en tillsynsmyndighet redan har underkänt."
                + " Varje röd flagga leder till slutsatsen \(ReportText.verdictLabel(.doNotDeploy).swedish)."
                + " En iakttagelses allvarlighetsgrad anger vad den innebär: blockerande (behandlingen får inte"
                + " påbörjas eller fortsätta), hög (ska åtgärdas före användning), medelhög och rekommendation."
        case .redPatternsHeading: "Röda flaggor"
        case .redPattern: "röd flagga"
        case .condemnedBy(let precedents): "underkänd i \(precedents)"
        case .findingsHeading(let area): "Iakttagelser: \(area)"
        case .finding: "iakttagelse"
        case .firesWhen(let condition): "*Utlöses när* \(condition)."
        case .never: "aldrig"
        case .unknownFires:
            "Om ett svar som den bygger på är ”Vet inte” räknas den som utlöst: den personuppgiftsansvarige"
                + " måste kunna visa att reglerna följs."
        case .unknownOpen: "Om ett svar som den bygger på är ”Vet inte” står den öppen: den kan inte uteslutas."
        }
    }
}
