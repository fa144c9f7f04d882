extension ChecklistText {
    /// The printable checklist in Belgian legal Dutch ("u"-form), for a class or a meeting, with the report's
    /// terms ("bevinding", "rode vlag", "Weet ik niet", the verdict labels).
    var dutch: String {
        switch self {
        case .title(let jurisdiction): "GEB-checklist: \(jurisdiction)"
        case .subtitle(let layers): "Vragenlijsten \(layers)"
        case .keywords(let jurisdiction): "[GEB, checklist, Richtlijn (EU) 2016/680, \(jurisdiction)]"
        case .introduction:
            "Alle vragen die `dpia` voor dit rechtsgebied stelt, om op papier te gebruiken: in een les, op een "
                + "vergadering of ter voorbereiding van een gesprek. Kruis per vraag één vakje aan, of alle vakjes "
                + "die van toepassing zijn waar dat vermeld staat. \"Weet ik niet\" is ook een antwoord: de "
                + "verwerkingsverantwoordelijke moet de naleving kunnen aantonen, dus blijft een onbekend antwoord "
                + "een open punt, en sommige bevindingen rekenen het als een tekortkoming. Een vraag met de "
                + "vermelding \"alleen gesteld wanneer\" geldt alleen bij die eerdere antwoorden."
        case .afterQuestions(let jurisdiction):
            "Na de vragen volgen alle bevindingen en rode vlaggen, telkens met de antwoorden die ertoe leiden. "
                + "Voer de antwoorden in met `dpia assess --jurisdiction \(jurisdiction)` om het verslag op te "
                + "stellen. Deze checklist is geen juridisch advies."
        case .questionnaireColumn: "Vragenlijst"
        case .versionColumn: "Versie"
        case .lawAsOfColumn: "Stand van het recht"
        case .titleColumn: "Titel"
        case .kind(let kind):
            switch kind {
            case .yesNo: "ja of nee"
            case .singleChoice: "één antwoord"
            case .multipleChoice: "kruis alles aan wat van toepassing is"
            case .text: "vrije tekst"
            case .date: "een datum"
            case .number: "een getal"
            }
        case .required(let isRequired): isRequired ? "verplicht" : "facultatief"
        case .fromLayer(let layer): "uit \(layer)"
        case .askedOnlyWhen(let condition): "Alleen gesteld wanneer \(condition)."
        case .yes: "ja"
        case .no: "nee"
        case .noneOfThese: "geen van deze"
        case .unknownBox: "Weet ik niet"
        case .blank(let kind):
            switch kind {
            case .date: "datum (JJJJ-MM-DD): ……………………"
            case .number: "getal: ……………………"
            default: "antwoord: ……………………………………………………………………"
            }
        case .guidance: "*Toelichting.*"
        case .provisions(let provisions): "*Bepalingen:* \(provisions)."
        case .bearsOn(let rules): "*Van belang voor:* \(rules)."
        case .redPatternReference(let id): "rode vlag \(id)"
        case .findingReference(let id): "bevinding \(id)"
        case .rulesHeading: "Welke antwoorden tot welke bevindingen leiden"
        case .rulesIntro:
            "Een rode vlag is een combinatie van feiten die een toezichthoudende autoriteit al heeft afgekeurd; "
                + "elke rode vlag leidt tot het eindoordeel \(ReportText.verdictLabel(.doNotDeploy).dutch). De "
                + "ernst van een bevinding zegt wat ze betekent: blokkerend (de verwerking mag niet starten of "
                + "doorgaan), hoog (verhelpen vóór de inzet), gemiddeld, aanbeveling."
        case .redPatternsHeading: "Rode vlaggen"
        case .redPattern: "rode vlag"
        case .condemnedBy(let precedents): "afgekeurd door \(precedents)"
        case .findingsHeading(let area): "Bevindingen: \(area)"
        case .finding: "bevinding"
        case .firesWhen(let condition): "*Geldt wanneer* \(condition)."
        case .never: "nooit"
        case .unknownFires:
            "Een \"Weet ik niet\" waarvan ze afhangt, telt als vastgesteld: de verwerkingsverantwoordelijke moet de "
                + "naleving aantonen."
        case .unknownOpen: "Een \"Weet ik niet\" waarvan ze afhangt, laat ze open: ze kan niet worden uitgesloten."
        }
    }
}
