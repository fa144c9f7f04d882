extension InterviewText {
    /// The interview in Belgian legal French ("vous"-form), with the report's words: "constat",
    /// "configuration à proscrire", « Je ne sais pas », "remarque" and "justificatif". The keys typed
    /// (`?`, `b`, `u`, `y`, `n`, `q`, `todo`…) stay as they are; only what they do is said in French.
    /// A no-break space (U+00A0) precedes ":", ";", "?" and "!".
    var french: String {
        switch self {
        case .metadataLabel(let field):
            switch field {
            case .language:
                "Langue de l'analyse\u{a0}: en (English), nl (Nederlands), fr (Français) ou sv (Svenska)"
            case .organisation: "Organisation (le responsable du traitement, par exemple une zone de police)"
            case .unit: "Service qui demande le traitement (facultatif)"
            case .processing: "Traitement ou outil analysé, en une ligne"
            case .assessor: "Auteur de l'analyse\u{a0}: vos nom et fonction (facultatif)"
            case .date: "Date à laquelle le droit est appliqué, au format AAAA-MM-JJ"
            }
        case .metadataHelp(let field):
            switch field {
            case .language:
                "La langue dans laquelle l'entretien et le rapport sont rédigés. Elle est enregistrée dans le"
                    + " fichier de réponses\u{a0}: les rapports ultérieurs seront donc rédigés dans cette langue."
                    + " La commande dpia report --lang permet d'établir un rapport dans une autre langue."
            case .organisation:
                "Le responsable du traitement\u{a0}: le service de police ou l'autorité qui détermine les finalités"
                    + " et les moyens du traitement. Il est mentionné sur la page de titre du rapport."
            case .unit:
                "Le service ou l'équipe qui souhaite utiliser l'outil, par exemple un service d'enquête. Laissez"
                    + " ce champ vide si l'analyse porte sur l'ensemble de l'organisation."
            case .processing:
                "L'outil ou le traitement analysé, en une ligne, tel qu'il doit figurer dans le titre du rapport"
                    + " (par exemple\u{a0}: licence d'essai de Clearview AI)."
            case .assessor:
                "Vos nom et fonction, afin que le rapport indique qui a répondu (par exemple\u{a0}: Marie Dupont,"
                    + " déléguée à la protection des données)."
            case .date:
                "Le droit est appliqué tel qu'il est en vigueur à cette date\u{a0}: les obligations du règlement sur"
                    + " l'IA, par exemple, ne s'appliquent qu'à partir de leur propre date. Indiquez la date du"
                    + " traitement analysé ou, pour un traitement en projet, celle du jour."
            }
        case .metadataHeading(let field): "Analyse · \(field.rawValue)"
        case .currentValue(let value, let isOptional):
            "Valeur actuelle\u{a0}: \(value) (Entrée la conserve\(isOptional ? ", - la supprime" : ""))"
        case .notALanguage(let input, let language):
            "«\u{a0}\(input)\u{a0}» n'est pas une langue dans laquelle dpia rédige\u{a0}; tapez en, nl, fr ou sv,"
                + " ou appuyez sur Entrée pour \(language.rawValue)"
        case .neededForReport:
            "cette information est nécessaire au rapport\u{a0}; saisissez-la, ou tapez q pour arrêter"
        case .notADateOrEnter(let input, let date):
            "«\u{a0}\(input)\u{a0}» n'est pas une date\u{a0}; écrivez-la au format AAAA-MM-JJ, ou appuyez sur Entrée"
                + " pour \(date)"

        case .progress(let section, let position, let total): "\(section) · \(position) sur ~\(total)"
        case .optionalMark: " (réponse facultative)"
        case .yes: "oui"
        case .no: "non"
        case .currentAnswer(let answer): "Réponse actuelle\u{a0}: \(answer) (Entrée la conserve)"
        case .noteLine(let note): "Remarque\u{a0}: \(note)"
        case .evidenceLine(let evidence): "Justificatif\u{a0}: \(evidence)"
        case .entryHint(let kind, let count, let isRequired):
            switch kind {
            case .yesNo: "réponse 1-2"
            case .singleChoice: "réponse 1-\(count)"
            case .multipleChoice: "numéros, 0 pour aucune"
            case .text: isRequired ? "saisissez votre réponse" : "Entrée pour passer"
            case .date: "une date AAAA-MM-JJ"
            case .number: "un nombre"
            }
        case .helpKey: "? aide"
        case .backKey: "b retour"
        case .unknownKey: "u je ne sais pas"
        case .reviewKey: "r récapitulatif"
        case .quitKey(let action): "q \(action)"
        case .quitAction: "quitter"
        case .finishAction: "établir le rapport"
        case .fromTheCase(let prompt, let answer): "D'après le cas\u{a0}: \(prompt) → \(answer)"
        case .firstQuestion: "c'est la première question\u{a0}; voici la date de l'analyse"
        case .mustBeAnswered(let label):
            "la question «\u{a0}\(label)\u{a0}» doit recevoir une réponse\u{a0}; la réponse «\u{a0}Je ne sais"
                + " pas\u{a0}» n'est pas admise ici"
        case .answerNeeded(let allowsUnknown):
            "une réponse est nécessaire" + (allowsUnknown ? "\u{a0}; tapez u si vous ne savez pas" : "")
        case .notAnAnswer(let input, let label, let kind, let count, let allowsUnknown):
            "«\u{a0}\(input)\u{a0}» n'est pas une réponse à «\u{a0}\(label)\u{a0}»\u{a0}; "
                + {
                    switch kind {
                    case .yesNo: "tapez 1 ou o pour oui, 2 ou n pour non"
                    case .singleChoice: "tapez un numéro de 1 à \(count)"
                    case .multipleChoice:
                        "tapez les numéros des options applicables (de 1 à \(count)), ou 0 pour aucune"
                    case .date: "écrivez une date au format AAAA-MM-JJ"
                    case .number: "écrivez un nombre"
                    case .text: "saisissez votre réponse"
                    }
                }() + (allowsUnknown ? ", ou u si vous ne savez pas" : "")
        case .notAShownNumber(let number, let count):
            "«\u{a0}\(number)\u{a0}» ne fait pas partie des numéros affichés\u{a0}; tapez un numéro de 1 à \(count)"
        case .noneAlone:
            "0 signifie «\u{a0}aucune de ces options\u{a0}»\u{a0}: tapez 0 seul, ou uniquement les numéros des"
                + " options applicables"
        case .forbiddenInput(let scalar):
            "la saisie contient "
                + (VisibleText.isNoncharacter(scalar) ? "le non-caractère " : "le caractère de contrôle ")
                + String(VisibleText.codePoint(scalar).dropFirst().dropLast())
                + "\u{a0}; retapez-la sans ce caractère"
        case .backAtQuestion(let label):
            "retour à " + (label.map { "la question «\u{a0}\($0)\u{a0}»" } ?? "votre question")
                + ", là où vous en étiez"
        case .backAtReview: "retour au récapitulatif"
        case .stillUnanswered: "cette question est encore sans réponse"
        case .firedPattern(let title): "la configuration à proscrire «\u{a0}\(title)\u{a0}»"
        case .firedFinding(let title, let severity):
            "le constat «\u{a0}\(title)\u{a0}» (\(ReportText.priority(severity).french))"

        case .noGuidance: "Aucune explication n'accompagne cette question."
        case .provisions(let refs): "Dispositions\u{a0}: \(refs)"
        case .ifUnknownFires(let rules):
            "Si vous répondez «\u{a0}Je ne sais pas\u{a0}», cette réponse joue contre l'analyse, car la"
                + " conformité doit être démontrée\u{a0}: elle déclenche \(rules)."
        case .moreKeys(let isYesNo):
            "Par ailleurs\u{a0}: \(isYesNo ? "note" : "n ou note") ajoute une remarque et la référence d'un"
                + " justificatif\u{a0}; Entrée conserve la réponse actuelle\u{a0}; les flèches haut et bas"
                + " rappellent les réponses précédentes\u{a0}; chaque réponse est enregistrée dès qu'elle est"
                + " donnée."

        case .noteHeading(let label):
            "Remarque sur «\u{a0}\(label)\u{a0}» (Entrée la conserve, - la supprime, q pour quitter)"
        case .currentNote(let note): "Remarque actuelle\u{a0}: \(note)"
        case .notePrompt: "Remarque\u{a0}:"
        case .evidenceHeading(let label):
            "Justificatif pour «\u{a0}\(label)\u{a0}»\u{a0}: un document, une clause contractuelle ou une mention"
                + " d'un registre (Entrée le conserve, - le supprime, q pour quitter\u{a0}; la remarque est"
                + " enregistrée)"
        case .currentEvidence(let evidence): "Justificatif actuel\u{a0}: \(evidence)"
        case .evidencePrompt: "Justificatif\u{a0}:"
        case .noteSaved: "remarque et justificatif enregistrés"

        case .reviewTitle(let isFinal, let section, let page, let pages):
            (isFinal
                ? "Récapitulatif\u{a0}: toutes les questions ont reçu une réponse"
                : "Récapitulatif\u{a0}: réponses données jusqu'ici")
                + " · \(section) · page \(page) sur \(pages)"
        case .notedMark: " (remarque)"
        case .numberChangesAnswer: "un numéro pour modifier la réponse"
        case .nextPageKey: "n page suivante"
        case .previousPageKey: "p page précédente"
        case .enterKey(let isFinal, let finishAction): isFinal ? "Entrée \(finishAction)" : "Entrée revenir"
        case .lastPage: "c'est la dernière page"
        case .firstPage: "c'est la première page"
        case .notInList(let number, let count):
            "«\u{a0}\(number)\u{a0}» ne figure pas dans la liste\u{a0}; tapez un numéro de 1 à \(count)"
        case .reviewKeys(let isFinal):
            "tapez le numéro d'une réponse pour la modifier, n ou p pour la page suivante ou précédente, Entrée"
                + " pour \(isFinal ? "terminer" : "revenir"), ou q pour arrêter"

        case .notAsked: "question non posée"
        case .notAnswered: "sans réponse"
        case .unknownAnswer: "Je ne sais pas"
        case .noneOfThese: "aucune de ces options"

        case .partsIntro:
            "\nToutes les questions ont reçu une réponse. Une AIPD consigne également la description du"
                + " traitement, le responsable et l'échéance de chaque mesure, ainsi que la validation. Chaque"
                + " réponse est enregistrée immédiatement\u{a0}; Entrée conserve ce qui est enregistré, q permet de"
                + " passer le reste."
        case .partsStart:
            "Les consigner maintenant\u{a0}? Tapez o pour commencer, ou Entrée pour passer directement au rapport"
        case .descriptionHeading:
            "\nDescription du traitement (séparez plusieurs éléments par un point-virgule)"
        case .stageChoice(let stages): "État d'avancement\u{a0}: \(stages)"
        case .purposes: "Finalités"
        case .peopleConcerned: "Personnes concernées (suspects, victimes, témoins, membres du personnel…)"
        case .dataCategories: "Données (images faciales, gabarits, résultats…)"
        case .sources: "Origine des données"
        case .systems: "Systèmes"
        case .dataFlow:
            "Flux de données, étape par étape (captation\u{a0}; téléversement\u{a0}; comparaison\u{a0}; résultat\u{a0};"
                + " effacement)"
        case .vendor: "Prestataire"
        case .retention: "Durée de conservation"
        case .scale: "Ampleur (recherches, personnes, images)"
        case .recipients: "Destinataires et sous-traitants, chacun sous la forme\u{a0}: nom, rôle, pays"
        case .recipientRole: "destinataire"
        case .measuresIntro:
            "\nRegistre des mesures\u{a0}: pour chaque mesure, tapez son état (todo\u{a0}: à réaliser,"
                + " planned\u{a0}: planifiée, done\u{a0}: réalisée, rejected\u{a0}: non retenue), puis son"
                + " responsable, son échéance (AAAA-MM-JJ) et le justificatif ou le motif, séparés par des"
                + " points-virgules. Entrée la laisse en l'état."
        case .measureLine(let id, let text): "\n\(id)\u{a0}: \(text)"
        case .measureRecordPrompt: "état\u{a0}; responsable\u{a0}; échéance\u{a0}; justificatif"
        case .notAStatus(let input):
            "«\u{a0}\(input)\u{a0}» n'est pas un état\u{a0}; tapez d'abord todo, planned, done ou rejected"
        case .notADate(let input): "«\u{a0}\(input)\u{a0}» n'est pas une date\u{a0}; écrivez-la au format AAAA-MM-JJ"
        case .rejectedNeedsReason:
            "une mesure non retenue (rejected) doit être motivée\u{a0}: indiquez le motif après l'échéance"
        case .signOffHeading:
            "\nValidation (elle consigne qui a décidé quoi\u{a0}; elle ne modifie jamais la conclusion de"
                + " l'analyse)"
        case .opinionChoice(let opinions): "Avis du délégué à la protection des données\u{a0}: \(opinions)"
        case .opinionText: "L'avis en quelques mots"
        case .dpo: "Délégué à la protection des données"
        case .controllerDecisionChoice(let decisions): "Décision du responsable du traitement\u{a0}: \(decisions)"
        case .controllerPerson: "Personne qui a décidé pour le responsable du traitement"
        case .nextReview: "Prochain réexamen (AAAA-MM-JJ)"
        case .person(let label): "\(label), sous la forme\u{a0}: nom, fonction, date"
        case .now(let value): " [actuellement\u{a0}: \(value)]"
        case .forbiddenCodePoint(let code):
            "la saisie contient le caractère de contrôle \(code)\u{a0}; retapez-la sans ce caractère"
        case .notOneOf(let input, let allowed):
            "«\u{a0}\(input)\u{a0}» ne fait pas partie des valeurs admises\u{a0}: \(allowed)"

        case .reasonFinding(let title, let severity, let isFired):
            "constat (\(ReportText.priority(severity).french)"
                + (isFired ? "" : ", ne pouvant être exclu au vu des réponses données") + ")\u{a0}: \(title)"
        case .reasonRedPattern(let title): "configuration à proscrire\u{a0}: \(title)"
        case .reasonNotAnswered(let label): "sans réponse\u{a0}: \(label)"
        case .reasonOpenRedPattern(let title): "configuration à proscrire ne pouvant être exclue\u{a0}: \(title)"
        case .moreReasons(let count):
            count > 1
                ? "et \(Language.fr.number(count)) autres, énumérés dans le rapport"
                : "et \(Language.fr.number(count)) autre, mentionné dans le rapport"
        }
    }
}
