extension TrainingText {
    /// The quiz in Belgian legal French ("vous"-form): "exercice" for the quiz, "corrigé" for its key,
    /// "compte rendu d'exercice" for the training record, "conclusion" for the verdict (labelled as
    /// in the report), "constat" and "configuration à proscrire" as in the report. A finding
    /// (masculine) always has a severity, a red pattern (feminine) never: the state words agree by
    /// that. A no-break space (U+00A0) precedes ":", ";", "?", "!" and "%".
    var french: String {
        switch self {
        case .always: "toujours"
        case .never: "jamais"
        case .quoted(let text): "«\u{a0}\(text)\u{a0}»"
        case .answerTo(let label): "la réponse à «\u{a0}\(label)\u{a0}»"
        case .answerToID(let id): "la réponse à \(id)"
        case .isYes(let subject): "\(subject) est «\u{a0}oui\u{a0}»"
        case .isNotYes(let subject): "\(subject) n'est pas «\u{a0}oui\u{a0}»"
        case .compare(let subject, let op, let value):
            switch op {
            case .equal: "\(subject) est \(value)"
            case .notEqual: "\(subject) n'est pas \(value)"
            case .less: "\(subject) est inférieure à \(value)"
            case .lessOrEqual: "\(subject) est inférieure ou égale à \(value)"
            case .greater: "\(subject) est supérieure à \(value)"
            case .greaterOrEqual: "\(subject) est supérieure ou égale à \(value)"
            }
        case .isOneOf(let subject, let values): "\(subject) est l'une des réponses \(values)"
        case .isNoneOf(let subject, let values): "\(subject) n'est aucune des réponses \(values)"
        case .includes(let subject, let value): "\(subject) comprend \(value)"
        case .doesNotInclude(let subject, let value): "\(subject) ne comprend pas \(value)"
        case .isGiven(let subject): "\(subject) est donnée"
        case .isNotGiven(let subject): "\(subject) n'est pas donnée"
        case .isUnknown(let subject): "\(subject) est «\u{a0}Je ne sais pas\u{a0}»"
        case .isNotUnknown(let subject): "\(subject) n'est pas «\u{a0}Je ne sais pas\u{a0}»"
        case .notTheCase(let phrase): "il n'est pas vrai que \(phrase)"
        case .conjunction(let isAll): isAll ? "et" : "ou"

        case .endQuizAction: "terminer l'exercice"
        case .scoreAction: "faire corriger mes réponses"
        case .factsKey: "f les faits"

        case .briefingTitle(let title): "Cas d'exercice\u{a0}: \(title)"
        case .briefing(let questions, let date):
            "Répondez "
                + (questions.map { $0 == 1 ? "à la question" : "aux \($0) questions" }
                    ?? "aux questions de l'analyse")
                + " comme le délégué à la protection des données aurait dû le faire, sur la base des faits exposés"
                + " ci-dessus. Le droit appliqué est celui en vigueur " + (date.map { "le \($0)" } ?? "aujourd'hui")
                + ". À chaque question, tapez ? pour afficher les explications, u lorsque les faits ne permettent"
                + " pas de répondre, f pour relire les faits. À la fin, vos réponses sont comparées au corrigé et"
                + " notées."

        case .kind(let kind): TrainingText.frenchKind(kind)
        case .outcomeState(let status, let severity):
            // Only a finding has a severity; a red pattern ("configuration", feminine) has none.
            (status == .fired
                ? (severity == nil ? "déclenchée" : "déclenché")
                : (severity == nil ? "non exclue" : "non exclu"))
                + (severity.map { ", " + ReportText.priority($0).french } ?? "")
        case .notAskedWith(let isTrainee):
            "question non posée avec " + (isTrainee ? "vos réponses" : "les réponses du corrigé")
        case .notAskedWithEarlierAnswers: "question non posée compte tenu de vos réponses précédentes"
        case .yoursAndKeys(let yours, let key):
            "la vôtre\u{a0}: \(ReportText.verdictLabel(yours).french), celle du corrigé\u{a0}:"
                + " \(ReportText.verdictLabel(key).french)"
        case .point(let earned): earned ? "1 point" : "0 point"

        case .scoreHeadline(let points, let maximum, let percent, let isAbandoned):
            "Résultat\u{a0}: \(points) sur \(maximum) (\(percent)\u{a0}%)"
                + (isAbandoned ? ", exercice abandonné avant la dernière question" : "")
        case .fullMarks:
            "Sans faute\u{a0}: chaque réponse, chaque constat, chaque configuration à proscrire et la conclusion"
                + " concordent avec le corrigé."
        case .answersLikeKey(let matching, let scored):
            "- réponses conformes au corrigé\u{a0}: \(matching) sur \(scored)"
        case .outcomesLikeKey(let reproduced, let key, let extra):
            "- constats et configurations à proscrire découlant de vos réponses, conformes au corrigé\u{a0}:"
                + " \(reproduced) sur \(key)"
                + (extra > 0 ? ", moins \(extra) que le corrigé ne comporte pas" : "")
        case .verdictNotScored: "non notée, car elle découle des faits du cas et non des questions posées"
        case .verdictUnanswered: "0 point, car toutes les questions n'ont pas reçu de réponse"
        case .verdictLine(let verdicts, let point): "- conclusion (\(verdicts))\u{a0}: \(point)"
        case .everyAnswerIsKeys: "Toutes vos réponses sont celles du corrigé."
        case .differingHeading(let count): "Réponses qui diffèrent du corrigé (\(count))\u{a0}:"
        case .yourAnswer(let text): "   Votre réponse\u{a0}: \(text)"
        case .keysAnswer(let text): "   Réponse du corrigé\u{a0}: \(text)"
        case .whatItChanges(let text): "   Ce que cela change\u{a0}: \(text)"
        case .moreInRecord(let count):
            "… et \(count) " + (count > 1 ? "autres" : "autre") + " dans le compte rendu d'exercice."
        case .noFindingOrRedPattern: "aucun constat ni aucune configuration à proscrire"
        case .outcomeName(let kind, let title):
            TrainingText.frenchArticle(kind) + TrainingText.frenchKind(kind) + " «\u{a0}\(title)\u{a0}»"
        case .stateDiffers(let name, let yours, let key):
            "avec votre réponse, \(name) est \(yours) (corrigé\u{a0}: \(key))"
        case .misses(let name, let state): "omet \(name) (\(state))"
        case .adds(let name, let state): "ajoute \(name) (\(state))"
        case .firesWhen(let phrase, let condition): "\(phrase)\u{a0}; condition de déclenchement\u{a0}: \(condition)"
        case .whatWasDecided: "Ce qui a été décidé\u{a0}:"
        case .forDiscussion: "Questions pour la discussion\u{a0}:"
        case .fullComparison(let path):
            "La comparaison complète, avec chaque constat et chaque configuration à proscrire, figure dans le"
                + " compte rendu d'exercice\u{a0}: \(path)"

        case .recordTitle(let title): "Compte rendu d'exercice\u{a0}: \(title)"
        case .traineeNotNamed: "Participant non nommé"
        case .notNamed: "non indiqué"
        case .everyQuestion: "toutes les questions que pose le cas"
        case .chosenQuestions(let count):
            count > 1 ? "\(count) questions choisies pour le cas" : "\(count) question choisie pour le cas"
        case .recordColumn: "Rubrique"
        case .detailColumn: "Détail"
        case .traineeRow: "Participant"
        case .caseRow: "Cas"
        case .dateRow: "Date"
        case .questionsRow: "Questions"
        case .scoreRow: "Résultat"
        case .statusRow: "Statut"
        case .scoreValue(let points, let maximum, let percent): "**\(points) sur \(maximum)** (\(percent)\u{a0}%)"
        case .abandonedStatus:
            "abandonné\u{a0}: l'exercice a pris fin avant sa dernière question\u{a0}; les questions sans réponse"
                + " sont comptées comme fausses"
        case .completedStatus: "terminé"
        case .scoreHeading: "Résultat"
        case .penalty(let extra):
            extra > 1
                ? "\u{a0}; \(extra) déclenchés en plus, que le corrigé ne déclenche pas, soit \(extra) points de moins"
                : "\u{a0}; \(extra) déclenché en plus, que le corrigé ne déclenche pas, soit \(extra) point de moins"
        case .verdictNotScoredRecord: "non notée (elle découle des faits du cas, extérieurs à l'exercice)"
        case .verdictUnansweredRecord: "0 point (toutes les questions n'ont pas reçu de réponse)"
        case .answersLikeKeyRecord(let matching, let scored):
            "- Réponses conformes au corrigé\u{a0}: \(matching) sur \(scored) questions notées (les réponses en"
                + " texte libre sont reproduites, mais ne sont pas notées)."
        case .outcomesLikeKeyRecord(let reproduced, let key, let penalty):
            "- Constats et configurations à proscrire découlant de vos réponses, déclenchés comme dans le"
                + " corrigé\u{a0}: \(reproduced) sur \(key)\(penalty). Seuls comptent ceux dont la condition porte"
                + " sur une question de l'exercice, et uniquement si vous avez répondu à l'une de ces questions."
        case .verdictRecord(let verdicts, let point): "- Conclusion (\(verdicts))\u{a0}: \(point)."
        case .differencesHeading: "Réponses qui diffèrent du corrigé"
        case .noneDiffer: "Aucune\u{a0}: toutes vos réponses sont celles du corrigé."
        case .questionColumn: "Question"
        case .askedColumn: "Intitulé"
        case .yourAnswerColumn: "Votre réponse"
        case .keyColumn: "Corrigé"
        case .changesLead:
            "Ce que chacune de ces réponses change à elle seule, les autres réponses étant celles du corrigé\u{a0}:"
        case .notAskedSeeHiding:
            "question non posée compte tenu de vos réponses précédentes\u{a0}; voyez la réponse qui l'a écartée"
        case .changesNothing: "ne modifie aucun constat ni aucune configuration à proscrire"
        case .change(let added, let kind, let id, let state):
            (added ? "ajoute " : "omet ") + TrainingText.frenchArticle(kind) + TrainingText.frenchKind(kind)
                + " \(id) (\(state))"
        case .outcomesHeading: "Constats et configurations à proscrire\u{a0}: les vôtres et ceux du corrigé"
        case .noneFire:
            "Ni vos réponses ni celles du corrigé ne déclenchent de constat ou de configuration à proscrire."
        case .notFired: "non déclenché"
        case .same: "identique"
        case .differs: "**différent**"
        case .outcomeRow(let title, let kind, let id): "\(title) (\(TrainingText.frenchKind(kind)) \(id))"
        case .outcomesLead:
            "Sont repris tous les constats et configurations à proscrire que déclenchent vos réponses ou le"
                + " corrigé, ainsi que ceux dont l'état diffère\u{a0}; ceux que les deux laissent ouverts de la"
                + " même manière ne sont pas repris."
        case .outcomeColumn: "Constat ou configuration à proscrire"
        case .yourAnswersColumn: "Vos réponses"
        case .verdicts(let yours, let key):
            "Conclusion avec vos réponses\u{a0}: **\(ReportText.verdictLabel(yours).french)**. "
                + "Avec le corrigé\u{a0}: **\(ReportText.verdictLabel(key).french)**."
        case .whyHeading: "Origine des différences"
        case .onlyWith(let isTrainee, let title, let id, let state):
            "- \(isTrainee ? "Uniquement avec vos réponses" : "Uniquement avec le corrigé")\u{a0}: \(title)"
                + " (\(id), \(state)). "
        case .firesWhenSentence(let condition): "Condition de déclenchement\u{a0}: \(condition)."
        case .provisionsSentence(let provisions): " Dispositions\u{a0}: \(provisions)."
        case .outcomeAndPrecedentsHeading: "Décision et précédents"
        case .discussionHeading: "Questions pour la discussion"
        }
    }

    /// "constat" or "configuration à proscrire", as the report names them.
    private static func frenchKind(_ kind: TrainingResult.Outcome.Kind) -> String {
        switch kind {
        case .finding: "constat"
        case .redPattern: "configuration à proscrire"
        }
    }

    /// The definite article before ``frenchKind(_:)``.
    private static func frenchArticle(_ kind: TrainingResult.Outcome.Kind) -> String {
        switch kind {
        case .finding: "le "
        case .redPattern: "la "
        }
    }
}
