extension ChecklistText {
    /// The checklist in Belgian legal French ("vous"-form), for a classroom: the report's words
    /// ("constat", "configuration à proscrire", « Je ne sais pas », "ressort"). The severities printed
    /// after a finding stay as the questionnaire writes them (`blocker`, `high`…); the introduction to
    /// the rules gives their French. A no-break space (U+00A0) precedes ":", ";", "?" and "!".
    var french: String {
        switch self {
        case .title(let jurisdiction): "Liste de contrôle AIPD\u{a0}: \(jurisdiction)"
        case .subtitle(let layers): "Questionnaires \(layers)"
        case .keywords(let jurisdiction): "[AIPD, liste de contrôle, directive (UE) 2016/680, \(jurisdiction)]"
        case .introduction:
            "Toutes les questions que `dpia` pose pour ce ressort, à utiliser sur papier\u{a0}: lors d'une"
                + " formation, d'une réunion ou avant un entretien. Cochez une case par question, ou toutes les"
                + " cases applicables lorsque la question l'indique. «\u{a0}Je ne sais pas\u{a0}» est une réponse\u{a0}:"
                + " le responsable du traitement doit être en mesure de démontrer la conformité\u{a0}; un élément"
                + " inconnu constitue donc un point ouvert, et certains constats le traitent comme un manquement."
                + " Une question marquée «\u{a0}Posée uniquement si\u{a0}» ne s'applique qu'en présence des réponses"
                + " antérieures indiquées."
        case .afterQuestions(let jurisdiction):
            "Après les questions, chaque constat et chaque configuration à proscrire sont énumérés avec les"
                + " réponses qui les déclenchent. Saisissez les réponses au moyen de `dpia assess --jurisdiction"
                + " \(jurisdiction)` pour obtenir le rapport. La présente liste de contrôle ne constitue pas un"
                + " avis juridique."
        case .questionnaireColumn: "Questionnaire"
        case .versionColumn: "Version"
        case .lawAsOfColumn: "Droit en vigueur au"
        case .titleColumn: "Titre"
        case .kind(let kind):
            switch kind {
            case .yesNo: "oui ou non"
            case .singleChoice: "une seule réponse"
            case .multipleChoice: "cochez toutes les réponses applicables"
            case .text: "texte libre"
            case .date: "une date"
            case .number: "un nombre"
            }
        case .required(let isRequired): isRequired ? "obligatoire" : "facultative"
        case .fromLayer(let layer): "issue de \(layer)"
        case .askedOnlyWhen(let condition): "Posée uniquement si \(condition)."
        case .yes: "oui"
        case .no: "non"
        case .noneOfThese: "aucune de ces options"
        case .unknownBox: "Je ne sais pas"
        case .blank(let kind):
            switch kind {
            case .date: "date (AAAA-MM-JJ)\u{a0}: ……………………"
            case .number: "nombre\u{a0}: ……………………"
            default: "réponse\u{a0}: ……………………………………………………………………"
            }
        case .guidance: "*Explications.*"
        case .provisions(let provisions): "*Dispositions\u{a0}:* \(provisions)."
        case .bearsOn(let rules): "*Incidence sur\u{a0}:* \(rules)."
        case .redPatternReference(let id): "configuration à proscrire \(id)"
        case .findingReference(let id): "constat \(id)"
        case .rulesHeading: "Quelles réponses entraînent quels constats"
        case .rulesIntro:
            "Une configuration à proscrire est une combinaison de faits qu'une autorité de contrôle a déjà jugée"
                + " illicite\u{a0}; toute configuration à proscrire entraîne la conclusion"
                + " \(ReportText.verdictLabel(.doNotDeploy).french). Le niveau d'un constat en indique la portée\u{a0}:"
                + " bloquant (`blocker`\u{a0}: le traitement ne peut pas commencer ou doit cesser), élevé"
                + " (`high`\u{a0}: à corriger avant le déploiement), moyen (`medium`), conseil (`advice`)."
        case .redPatternsHeading: "Configurations à proscrire"
        case .redPattern: "configuration à proscrire"
        case .condemnedBy(let precedents): "jugée illicite\u{a0}: \(precedents)"
        case .findingsHeading(let area): "Constats\u{a0}: \(area)"
        case .finding: "constat"
        case .firesWhen(let condition): "*Condition de déclenchement\u{a0}:* \(condition)."
        case .never: "jamais"
        case .unknownFires:
            "Si une réponse dont dépend la règle est «\u{a0}Je ne sais pas\u{a0}», la règle est réputée"
                + " déclenchée\u{a0}: il incombe au responsable du traitement de démontrer la conformité."
        case .unknownOpen:
            "Si une réponse dont dépend la règle est «\u{a0}Je ne sais pas\u{a0}», la règle reste ouverte\u{a0}:"
                + " elle ne peut être exclue."
        }
    }
}
