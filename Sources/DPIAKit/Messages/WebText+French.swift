extension WebText {
    /// The pages in Belgian French ("vous"-form), with the report's terms: "constat" for a finding,
    /// "configuration à proscrire" for a red pattern, « Je ne sais pas », "Validation" for the
    /// sign-off, "corrigé" for the quiz's key. A no-break space (U+00A0) precedes ":", ";", "?",
    /// "!" and "%" as French typography requires.
    var french: String {
        switch self {
        case .skipToContent: "Aller au contenu"
        case .mainNavigation: "Menu principal"
        case .languageNavigation: "Langue"
        case .register: "Registre"
        case .explain: "Explications"
        case .checklist: "Liste de contrôle"
        case .train: "Quiz"
        case .assessment: "Analyse"
        case .review: "Relecture"
        case .description: "Description"
        case .measures: "Mesures"
        case .risks: "Risques"
        case .signOff: "Validation"
        case .report: "Rapport"
        case .forbidden: "403 Accès interdit"
        case .needsTokenAddress:
            "Ouvrez cette page à l'adresse affichée par dpia serve (avec son jeton)."
        case .formFromThisServerOnly:
            "Un formulaire ne peut être envoyé qu'à partir d'une page de ce dpia serve."
        case .crossSiteFormRefused: "Un formulaire provenant d'un autre site est refusé."

        case .notAnAnswersFileTitle: "Nom de fichier de réponses non valable"
        case .notAnAnswersFileBody:
            "Un fichier est désigné par son seul nom dans le dossier du registre, terminé par .yaml\u{a0}; les"
                + " chemins d'accès sont refusés."
        case .noSuchFileTitle: "Fichier introuvable"
        case .noSuchFileBody(let file): "\(file) ne se trouve pas dans le dossier du registre."
        case .cannotUse(let file): "Impossible d'utiliser \(file)"
        case .changedElsewhereTitle: "Modifié ailleurs"
        case .changedElsewhereBody(let file):
            "\(file) a été modifié dans une autre fenêtre\u{a0}; rechargez la page."
        case .noSuchQuestionTitle: "Question introuvable"
        case .noSuchQuestionBody(let id): "\(id) n'est pas une question de ces questionnaires."

        case .registerHeading: "Registre des AIPD"
        case .folder(let path): "Dossier\u{a0}: \(path)"
        case .fileColumn: "Fichier"
        case .jurisdictionColumn: "Ressort"
        case .stageColumn: "État d'avancement"
        case .verdictColumn: "Conclusion"
        case .nextReviewColumn: "Prochain réexamen"
        case .signOffColumn: "Validation"
        case .registerCaption: "Fichiers de réponses du dossier du registre"
        case .noAnswersFileYet: "Ce dossier ne contient encore aucun fichier de réponses."
        case .noNextReview: "aucun"
        case .notAnAnswersFile(let why): "n'est pas un fichier de réponses\u{a0}: \(why)"
        case .cannotBeRead: "illisible"
        case .notSigned: "aucune validation"
        case .decidedByController: "décision prise par le responsable du traitement"
        case .dpoOpinionGiven: "avis du délégué à la protection des données rendu"
        case .newAssessment: "Nouvelle analyse"
        case .questionnairesJurisdiction: "Questionnaires (ressort)"
        case .organisationField: "Organisation (le responsable du traitement, par exemple une zone de police)"
        case .unitField: "Service qui souhaite le traitement (facultatif)"
        case .processingField: "Traitement ou outil analysé, en une ligne"
        case .assessorField: "Auteur de l'analyse\u{a0}: vos nom et fonction (facultatif)"
        case .lawDateField: "Droit appliqué tel qu'en vigueur le"
        case .fileNameField: "Nom du fichier (facultatif)"
        case .dateHint: "AAAA-MM-JJ"
        case .fileNameHint:
            "Lettres, chiffres, point, tiret et trait de soulignement, terminé par .yaml\u{a0}; par défaut"
                + " dpia-assessment-DATE.yaml"
        case .startAssessment: "Commencer l'analyse"
        case .organisationNeeded: "indiquez l'organisation\u{a0}; le rapport doit la mentionner"
        case .processingNeeded: "décrivez le traitement en une ligne\u{a0}; le rapport doit le mentionner"
        case .writeADate: "indiquez la date au format AAAA-MM-JJ"
        case .forbiddenCharacter(let character):
            "le texte contient un caractère invisible (\(character))\u{a0}; saisissez-le à nouveau sans ce"
                + " caractère"
        case .chooseListedQuestionnaires: "choisissez l'un des questionnaires proposés"
        case .plainFileName: "indiquez un simple nom de fichier terminé par .yaml, sans dossier"
        case .fileExists(let name):
            "\(name) existe déjà\u{a0}; ouvrez-le à partir du registre ou choisissez un autre nom"
        case .notCreated(let fields):
            "L'analyse n'a pas été créée\u{a0}: "
                + (fields > 1 ? "\(fields) champs sont à corriger." : "\(fields) champ est à corriger.")

        case .assessmentLine(let organisation, let unit, let jurisdiction, let file):
            "\(organisation)\(unit.map { " · " + $0 } ?? "") · questionnaires \(jurisdiction) · fichier \(file)"
        case .verdictSoFar(let verdict):
            "Conclusion au vu des réponses données jusqu'ici\u{a0}: \(WebText.frenchVerdict(verdict))"
        case .continueInterview: "Poursuivre les questions"
        case .everyQuestionAnswered: "Toutes les questions ont reçu une réponse."
        case .reviewEveryAnswer: "Relire toutes les réponses"

        case .progressLine(let section, let position, let total):
            "\(section) · question \(position) sur environ \(total)"
        case .progress: "Progression"
        case .positionOfTotal(let position, let total): "\(position) sur \(total)"
        case .optional: "Facultatif."
        case .yes: "Oui"
        case .no: "Non"
        case .noneOfThese: "Aucune de ces options"
        case .tickEveryOption: "Cochez chaque option applicable, ou «\u{a0}Aucune de ces options\u{a0}»."
        case .guidanceAndProvisions: "Commentaire et dispositions"
        case .noGuidance: "Aucun commentaire pour cette question."
        case .provisions(let list): "Dispositions\u{a0}: \(list)"
        case .noteField: "Remarque (facultatif)"
        case .evidenceField: "Référence du justificatif (facultatif)"
        case .saveAndContinue: "Enregistrer et continuer"
        case .dontKnow: "Je ne sais pas"
        case .previousQuestion: "Revenir à la question précédente"
        case .reviewTheAnswers: "Relire les réponses"
        case .interviewNavigation: "Questions"
        case .progressBySection: "Progression par section"
        case .sectionProgress(let section, let answered, let asked):
            "\(section)\u{a0}: " + WebText.frenchCount(answered, "réponse", "réponses") + " sur "
                + WebText.frenchCount(asked, "question", "questions")
        case .noneWithOthers:
            "«\u{a0}Aucune de ces options\u{a0}» ne peut être cochée avec d'autres options\u{a0}; décochez-la ou"
                + " décochez les autres"
        case .answerNeeded(let allowsUnknown):
            "une réponse est requise"
                + (allowsUnknown ? "\u{a0}; choisissez «\u{a0}Je ne sais pas\u{a0}» si vous ne savez pas" : "")
        case .thisQuestion: "cette question"
        case .staleAnswer(let now):
            "Cette analyse a été modifiée dans un autre onglet ou une autre fenêtre après l'ouverture de cette"
                + " page\u{a0}; votre réponse n'a donc pas encore été enregistrée. Le fichier contient à"
                + " présent\u{a0}: \(now). Votre réponse figure ci-dessous\u{a0}: vérifiez-la et enregistrez-la"
                + " à nouveau."
        case .notAnswered: "sans réponse"
        case .notAsked: "non posée"
        case .unknownAnswer: "Je ne sais pas"
        case .errorPrefix(let message): "Erreur\u{a0}: \(message)"

        case .reviewHeading: "Relecture\u{a0}: toutes les réponses"
        case .stillToAnswer: "Question encore sans réponse\u{a0}: "
        case .questionColumn: "Question"
        case .answerColumn: "Réponse"
        case .actionColumn: "Action"
        case .change: "Modifier"
        case .changeQuestion(let label): "Modifier\u{a0}: \(label)"
        case .withNote(let note): " (remarque\u{a0}: \(note))"
        case .then: "Ensuite\u{a0}: "

        case .measuresHeading: "Registre des mesures"
        case .noMeasureOwed: "Au vu des réponses données jusqu'ici, aucune mesure n'est requise."
        case .measureLegend(let text, let id, let priority): "\(text) (\(id), niveau \(priority))"
        case .measureAnswers(let list): "Réponses\u{a0}: \(list)"
        case .statusField: "État d'avancement"
        case .ownerField: "Responsable"
        case .dueField: "Échéance"
        case .measureEvidenceField: "Justificatif"
        case .rejectionReasonField: "Motif (si la mesure n'est pas retenue)"
        case .status(let status):
            switch status {
            case .todo: "à réaliser"
            case .planned: "planifiée"
            case .done: "réalisée"
            case .rejected: "non retenue"
            }
        case .saveMeasure: "Enregistrer cette mesure"
        case .recordAnotherMeasure: "Ajouter une autre mesure"
        case .measureField: "Mesure"
        case .recordMeasure: "Ajouter cette mesure"
        case .noSuchMeasure: "cette mesure ne figure pas dans le registre\u{a0}; choisissez-en une dans la liste"
        case .rejectedNeedsReason: "une mesure non retenue doit être motivée\u{a0}; indiquez le motif"
        case .staleMeasure:
            "Cette analyse a été modifiée dans un autre onglet après l'ouverture de cette page\u{a0}: la mesure"
                + " n'a pas été enregistrée. Vérifiez ce que contient à présent le fichier et enregistrez à nouveau."

        case .descriptionHeading: "Description du traitement"
        case .descriptionIntro:
            "La description générale des opérations de traitement envisagées (art. 27, par. 2, de la directive"
                + " (UE) 2016/680), reprise à la section 2 du rapport. Elle ne modifie aucun constat\u{a0}; tous"
                + " les champs sont facultatifs."
        case .stageLegend: "État d'avancement du traitement"
        case .stageFromAnswers: "Non renseigné\u{a0}: déduit des réponses"
        case .dataFlowField: "Flux de données, étape par étape"
        case .oneALine: "Un élément par ligne."
        case .recipientsHint:
            "Un par ligne\u{a0}: nom\u{a0}; rôle (sous-traitant, sous-traitant ultérieur, destinataire)\u{a0};"
                + " pays."
        case .recipientLineProblem(let line):
            "la ligne \(line) ne comporte pas de nom\u{a0}; écrivez-la sous la forme «\u{a0}nom\u{a0}; rôle\u{a0}; pays\u{a0}»"
        case .saveDescription: "Enregistrer la description"
        case .staleDescription:
            "Cette analyse a été modifiée dans un autre onglet après l'ouverture de cette page\u{a0}: la"
                + " description n'a pas été enregistrée. Ce que vous avez saisi figure ci-dessous\u{a0}:"
                + " vérifiez-le et enregistrez à nouveau."

        case .risksHeading: "Décisions sur les risques"
        case .risksIntro:
            "Cotez un risque lorsque vous vous écartez de la proposition, selon les quatre niveaux de la CNIL."
                + " Un niveau inférieur à celui proposé doit être justifié par écrit\u{a0}; à défaut, la"
                + " proposition est maintenue."
        case .noRiskToDecide: "Au vu des réponses données jusqu'ici, aucun risque du catalogue n'est applicable."
        case .riskLegend(let title, let id): "\(title) (\(id))"
        case .suggestedRating(let before, let after):
            "Cotation proposée\u{a0}: avant les mesures, \(before)\u{a0}; après les mesures, \(after)."
        case .ratingText(let severity, let likelihood): "gravité \(severity), vraisemblance \(likelihood)"
        case .severityBefore: "Gravité avant les mesures"
        case .likelihoodBefore: "Vraisemblance avant les mesures"
        case .severityAfter: "Gravité après les mesures"
        case .likelihoodAfter: "Vraisemblance après les mesures"
        case .asSuggested: "Comme proposé"
        case .level(let level):
            switch level {
            case .negligible: "1 négligeable"
            case .limited: "2 limitée"
            case .significant: "3 importante"
            case .maximum: "4 maximale"
            }
        case .justificationField: "Justification"
        case .justificationHint:
            "Requise lorsqu'un niveau est inférieur au niveau proposé\u{a0}: indiquez ce qui le justifie."
        case .loweringNeedsJustification:
            "un niveau inférieur au niveau proposé doit être justifié\u{a0}; rédigez la justification ou"
                + " choisissez «\u{a0}Comme proposé\u{a0}»"
        case .loweringUnjustifiedNow:
            "Le fichier abaisse un niveau sans justification\u{a0}; le niveau proposé est donc maintenu."
        case .saveRisk: "Enregistrer ce risque"
        case .staleRisk:
            "Cette analyse a été modifiée dans un autre onglet après l'ouverture de cette page\u{a0}: le risque"
                + " n'a pas été enregistré. Vérifiez ce que contient à présent le fichier et enregistrez à nouveau."

        case .signOffHeading: "Validation"
        case .signOffNeverChangesVerdict:
            "La validation ne modifie jamais la conclusion de l'analyse\u{a0}; le rapport indique si le"
                + " responsable du traitement a passé outre à l'avis du délégué à la protection des données."
        case .dpoOpinionLegend: "Avis du délégué à la protection des données"
        case .dpoOpinionTextField: "Texte de l'avis (facultatif)"
        case .dpoPerson: "Délégué à la protection des données"
        case .measuresApprovedPerson: "Mesures approuvées par"
        case .residualRisksAcceptedPerson: "Risques résiduels acceptés par"
        case .controllerPerson: "Décision prise pour le responsable du traitement par"
        case .nameField: "Nom"
        case .roleField: "Fonction"
        case .dateField: "Date"
        case .priorConsultationLegend:
            "Consultation préalable de l'autorité de contrôle (art. 28 de la directive (UE) 2016/680)"
        case .priorConsultationSentField: "Demande envoyée le"
        case .priorConsultationOutcomeField: "Avis de l'autorité"
        case .controllerDecisionLegend: "Décision du responsable du traitement"
        case .controllerDecisionTextField: "Texte de la décision (facultatif)"
        case .nextReviewField: "Prochain réexamen"
        case .noOpinionYet: "Pas encore rendu"
        case .noDecisionYet: "Pas encore prise"
        case .nameNeeded: "une fonction ou une date requiert le nom de la personne\u{a0}; indiquez-le"
        case .saveSignOff: "Enregistrer la validation"
        case .staleSignOff:
            "Cette analyse a été modifiée dans un autre onglet après l'ouverture de cette page\u{a0}: la"
                + " validation n'a pas été enregistrée. Vérifiez-la et enregistrez à nouveau."

        case .reportHeading: "Rapport"
        case .downloads: "Téléchargements"
        case .downloadMarkdown: "Télécharger le rapport (Markdown)"
        case .downloadJSON: "Télécharger le rapport (JSON)"
        case .downloadDOCX: "Télécharger le rapport (Word, DOCX)"
        case .jsonCannotBeMade: "le rapport JSON ne peut pas être établi"
        case .docxCannotBeMade(let why): "le rapport DOCX ne peut pas être établi\u{a0}: \(why)"

        case .explainHeading: "Explications"
        case .explainField: "Identifiant d'une question, d'un constat ou d'une configuration à proscrire"
        case .explainButton: "Expliquer"
        case .notAnID(let id):
            "«\u{a0}\(id)\u{a0}» n'est pas un identifiant de ces questionnaires\u{a0}; choisissez-en un dans la"
                + " liste ci-dessous"
        case .everyID: "Tous les identifiants"
        case .checklistHeading: "Liste de contrôle"
        case .questionnairesField: "Questionnaires"
        case .showChecklist: "Afficher la liste de contrôle"

        case .trainHeading: "Quiz\u{a0}: un cas pratique"
        case .trainIntro:
            "Lisez les faits d'un cas, répondez à ses questions comme le délégué à la protection des données"
                + " aurait dû le faire et comparez vos réponses au corrigé. Seul ce que vos propres réponses"
                + " déterminent est noté."
        case .noTrainingCase: "Aucun cas ne comporte de partie destinée à la formation."
        case .caseLegend: "Cas"
        case .caseOption(let title, let jurisdiction, let questions):
            "\(title) (\(jurisdiction), "
                + (questions.map { WebText.frenchCount($0, "question", "questions") } ?? "toutes les questions")
                + ")"
        case .traineeField: "Votre nom (facultatif)"
        case .traineeHint: "Pour le relevé de formation\u{a0}; laissez ce champ vide pour rester anonyme."
        case .startQuiz: "Lire les faits"
        case .chooseACase: "choisissez l'un des cas proposés"
        case .factsHeading(let title): "Cas pratique\u{a0}: \(title)"
        case .quizInstructions(let questions, let lawDate):
            "Répondez "
                + (questions.map { "à " + WebText.frenchCount($0, "question", "questions") }
                    ?? "aux questions de l'analyse")
                + " comme le délégué à la protection des données aurait dû le faire, sur la base des faits"
                + " ci-dessus. Le droit est appliqué tel qu'il était en vigueur le \(lawDate). Choisissez"
                + " «\u{a0}Je ne sais pas\u{a0}» lorsque les faits ne le disent pas. À la fin, vos réponses sont"
                + " comparées au corrigé et notées."
        case .startQuestions: "Commencer les questions"
        case .caseFacts: "Les faits"
        case .endQuiz: "Terminer le quiz ici"
        case .quizNavigation: "Quiz"
        case .noSuchQuiz: "Ce quiz n'existe pas (ou plus) sur ce serveur\u{a0}: commencez-en un nouveau."
        case .newQuiz: "Commencer un autre quiz"
        case .resultHeading(let title): "Résultat\u{a0}: \(title)"
        case .score(let points, let maximum, let percent):
            "Score\u{a0}: \(points) sur \(maximum) (\(percent)\u{a0}%)"
        case .abandoned: "Quiz terminé avant la dernière question."
        case .fullMarks:
            "Score maximal\u{a0}: chaque réponse, chaque constat, chaque configuration à proscrire et la"
                + " conclusion correspondent au corrigé."
        case .answersLikeKey(let matching, let scored):
            "Réponses conformes au corrigé\u{a0}: \(matching) sur \(scored)"
        case .outcomesLikeKey(let reproduced, let key, let extra):
            "Constats et configurations à proscrire découlant de vos réponses, conformes au corrigé\u{a0}:"
                + " \(reproduced) sur \(key)"
                + (extra > 0
                    ? ", moins "
                        + WebText.frenchCount(
                            extra, "qui ne figure pas dans le corrigé", "qui ne figurent pas dans le corrigé")
                    : "")
        case .verdicts(let yours, let key):
            "Conclusion\u{a0}: la vôtre \(WebText.frenchVerdict(yours)), celle du corrigé"
                + " \(WebText.frenchVerdict(key))"
        case .verdictNotScored: "non notée\u{a0}: elle découle des faits du cas, et non des questions posées"
        case .verdictNeedsEveryAnswer: "0 point\u{a0}: certaines questions sont restées sans réponse"
        case .verdictPoints(let points): points > 1 ? "\(points) points" : "\(points) point"
        case .differencesHeading(let count): "Réponses qui diffèrent du corrigé (\(count))"
        case .everyAnswerIsTheKeys: "Toutes vos réponses sont conformes au corrigé."
        case .yourAnswer(let answer): "Votre réponse\u{a0}: \(answer)"
        case .keysAnswer(let answer): "Réponse du corrigé\u{a0}: \(answer)"
        case .whatItChanges(let change): "Ce que cela change\u{a0}: \(change)"
        case .notAskedWithYourAnswers: "question non posée avec vos réponses"
        case .notAskedWithKeysAnswers: "question non posée avec les réponses du corrigé"
        case .noFindingOrRedPattern: "aucun constat ni aucune configuration à proscrire"
        case .outcomeName(let isPattern, let title):
            isPattern
                ? "la configuration à proscrire «\u{a0}\(title)\u{a0}»" : "le constat «\u{a0}\(title)\u{a0}»"
        case .outcomeState(let fired, let severity):
            (fired ? "applicable" : "impossible à exclure")
                + (severity.map { ", niveau " + $0.french() } ?? "")
        case .otherStateChange(let name, let yours, let key):
            "\(name)\u{a0}: \(yours) avec votre réponse, \(key) avec celle du corrigé"
        case .missesOutcome(let name, let state): "vous manquez \(name) (\(state))"
        case .addsOutcome(let name, let state): "vous ajoutez \(name) (\(state))"
        case .firesWhen(let condition): "\u{a0}; condition de déclenchement\u{a0}: \(condition)"
        case .whatWasDecided: "Ce qui a été décidé"
        case .forDiscussion: "Points de discussion"
        case .classroomView: "Afficher le résultat pour la classe (grands caractères)"
        case .classroomHeading: "Résultat pour la classe"
        case .downloadRecord: "Télécharger le relevé de formation (Markdown)"
        case .scoreLabel: "Score"
        }
    }

    /// `count` followed by the singular or the plural, as French writes it (0 and 1 take the singular).
    private static func frenchCount(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(count) " + (count > 1 ? plural : singular)
    }

    /// A verdict the pages pass as its English raw value, in the report's French words.
    private static func frenchVerdict(_ rawValue: String) -> String {
        Verdict(rawValue: rawValue).map { ReportText.verdictLabel($0).french } ?? rawValue
    }

}
