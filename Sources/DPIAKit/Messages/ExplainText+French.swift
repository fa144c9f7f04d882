extension ExplainText {
    /// `dpia explain ID` in Belgian legal French: the report's words ("constat", "configuration à
    /// proscrire", « Je ne sais pas », "niveau" for a finding's severity, "ressort" for a
    /// jurisdiction). A finding (masculine) always has a severity, a red pattern (feminine) never: the
    /// state words agree by that. A no-break space (U+00A0) precedes ":", ";", "?" and "!".
    var french: String {
        switch self {
        case .questionHeading(let id, let layer, let jurisdictions):
            "Question \(id) (\(layer)\u{a0}; \(ExplainText.frenchJurisdictions(jurisdictions)))"
        case .findingHeading(let id, let layer, let jurisdictions):
            "Constat \(id) (\(layer)\u{a0}; \(ExplainText.frenchJurisdictions(jurisdictions)))"
        case .redPatternHeading(let id, let layer, let jurisdictions):
            "Configuration à proscrire \(id) (\(layer)\u{a0}; \(ExplainText.frenchJurisdictions(jurisdictions)))"
        case .answerKind(let kind):
            switch kind {
            case .yesNo: "Réponse\u{a0}: oui ou non"
            case .singleChoice: "Réponse\u{a0}: une option parmi"
            case .multipleChoice: "Réponse\u{a0}: une ou plusieurs options parmi"
            case .text: "Réponse\u{a0}: texte libre"
            case .date: "Réponse\u{a0}: une date"
            case .number: "Réponse\u{a0}: un nombre"
            }
        case .unknownAllowed(let isAllowed):
            isAllowed
                ? "La réponse «\u{a0}Je ne sais pas\u{a0}» est admise."
                : "La réponse «\u{a0}Je ne sais pas\u{a0}» n'est pas admise."
        case .askedOnlyWhen(let condition): "Posée\u{a0}: uniquement si \(condition)"
        case .askedAlways: "Posée\u{a0}: toujours"
        case .guidance(let text): "Explications\u{a0}: \(text)"
        case .provisionsLine(let provisions): "Dispositions\u{a0}: \(provisions ?? "aucune")"
        case .dependentRedPattern(let id, let condition):
            "  configuration à proscrire \(id)\u{a0}: se déclenche lorsque \(condition)"
        case .dependentFinding(let id, let condition): "  constat \(id)\u{a0}: se déclenche lorsque \(condition)"
        case .dependentQuestion(let id, let condition): "  question \(id)\u{a0}: posée uniquement si \(condition)"
        case .dependsOn(let isEmpty): "Éléments qui en dépendent\u{a0}:" + (isEmpty ? " aucun" : "")
        case .bundledCases: "Cas intégrés\u{a0}:"
        case .noCaseAsks: "  aucun ne pose cette question"
        case .severity(let severity, let isOutOfScope):
            "Niveau\u{a0}: \(ReportText.priority(severity).french)"
                + (isOutOfScope ? " (hors du champ d'application\u{a0}: l'analyse s'arrête)" : "")
        case .casesWhereItFires: "Cas intégrés dans lesquels la règle se déclenche ou ne peut être exclue\u{a0}:"
        case .caseState(let isFired, let severity):
            // Only a finding has a severity; a red pattern ("configuration", feminine) has none.
            (isFired
                ? (severity == nil ? "déclenchée" : "déclenché")
                : (severity == nil ? "non exclue" : "non exclu"))
                + (severity.map { ", " + ReportText.priority($0).french } ?? "")
        case .none: "  aucun"
        case .precedents(let isEmpty): "Précédents\u{a0}:" + (isEmpty ? " aucun" : "")
        case .firesWhen(let condition): "Condition de déclenchement\u{a0}: \(condition)"
        case .never: "jamais"
        case .ifUnknown(let policy):
            switch policy {
            case .fires:
                "Si une réponse nécessaire est «\u{a0}Je ne sais pas\u{a0}» ou fait défaut, la règle est réputée"
                    + " déclenchée."
            case .open:
                "Si une réponse nécessaire est «\u{a0}Je ne sais pas\u{a0}» ou fait défaut, la règle figure parmi"
                    + " les points ouverts, comme ne pouvant être exclue."
            case .ignore:
                "Si une réponse nécessaire est «\u{a0}Je ne sais pas\u{a0}» ou fait défaut, la règle n'est pas"
                    + " retenue."
            }
        case .why(let text): "Motif\u{a0}: \(text)"
        case .provisions: "Dispositions\u{a0}:"
        case .inJurisdictions(let jurisdictions): ", \(ExplainText.frenchJurisdictions(jurisdictions))"
        case .measures: "Mesures\u{a0}:"
        case .because(let answers): " (réponses en cause\u{a0}: \(answers))"
        }
    }

    /// `be` as "ressort\u{a0}: be", `be, se` as "ressorts\u{a0}: be, se".
    private static func frenchJurisdictions(_ list: String) -> String {
        (list.contains(",") ? "ressorts" : "ressort") + "\u{a0}: \(list)"
    }
}
