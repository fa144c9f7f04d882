extension ReportText {
    /// The report in Belgian legal French ("vous"-form), with the terms of the French questionnaire
    /// layers: "constat" for a finding, "configuration à proscrire" for a red pattern, the CNIL's
    /// "gravité" and "vraisemblance" for the risk scales. A no-break space (U+00A0) precedes ":", ";",
    /// "?" and "!" as French typography requires.
    var french: String {
        switch self {
        case .documentTitle(let processing): "AIPD\u{a0}: \(processing)"
        case .keywords(let jurisdiction): "[AIPD, directive (UE) 2016/680, \(jurisdiction)]"

        case .decisionHeading: "1. Décision"
        case .verdictLabel(let verdict):
            switch verdict {
            case .outOfScope: "HORS DU CHAMP D'APPLICATION"
            case .doNotDeploy: "NE PAS DÉPLOYER"
            case .incomplete: "ANALYSE INCOMPLÈTE"
            case .deployOnlyAfterMeasures: "DÉPLOYER UNIQUEMENT APRÈS EXÉCUTION DES MESURES"
            case .proceedWithRecommendations: "POURSUIVRE EN TENANT COMPTE DES RECOMMANDATIONS"
            }
        case .verdictReason(let verdict, let used, let nothingOpen):
            switch verdict {
            case .outOfScope:
                "au vu des réponses, le traitement ne relève pas de la directive (UE) 2016/680\u{a0}; il n'a donc"
                    + " pas été analysé au regard de ces questionnaires. Le motif exposé ci-dessous désigne le"
                    + " cadre juridique applicable."
            case .doNotDeploy:
                used
                    ? "une configuration à proscrire ou un constat bloquant s'oppose au traitement\u{a0}: mettez-y"
                        + " fin et remédiez à ce qui a été fait."
                    : "une configuration à proscrire ou un constat bloquant s'oppose au traitement\u{a0}: ne le"
                        + " mettez pas en œuvre."
            case .incomplete:
                "des questions obligatoires restent sans réponse\u{a0}; aucune décision sur le déploiement ne peut"
                    + " donc encore être prise (annexe A)."
            case .deployOnlyAfterMeasures:
                "des constats de niveau élevé subsistent, ou des constats graves ne peuvent être exclus\u{a0}: ne"
                    + " déployez le traitement qu'une fois les mesures du registre exécutées et les points ouverts"
                    + " tranchés."
            case .proceedWithRecommendations:
                nothingOpen
                    ? "aucun constat, aucune configuration à proscrire ni aucun point ouvert\u{a0}: le traitement"
                        + " peut être poursuivi tel qu'il est décrit."
                    : "aucun constat bloquant ou de niveau élevé ni aucune configuration à proscrire\u{a0}: le"
                        + " traitement peut être poursuivi, mais les mesures ci-dessous restent applicables."
            }
        case .notBuiltIn(let layer, let version, let file, let digest, let builtInVersion, let builtInDigest):
            "**Questionnaire autre que le questionnaire intégré\u{a0}:** la version \(version) de \(layer) a été"
                + " lue dans le fichier \(file) (SHA-256 \(digest)), indiqué au moyen de `--questionnaires`, en"
                + " lieu et place de la version intégrée \(builtInVersion) de \(layer) (SHA-256 \(builtInDigest))."
        case .lawAppliedAsOf(let date, let answersDate):
            "Le droit a été appliqué tel qu'il était en vigueur le \(date), date indiquée au moyen de `--date`\u{a0};"
                + (answersDate.map { " les réponses sont datées du \($0)." } ?? " les réponses ne sont pas datées.")
        case .dateDefaulted(let date):
            "Les réponses ne mentionnent aucune date d'analyse\u{a0}; le droit a été appliqué tel qu'il était en"
                + " vigueur le \(date), jour de l'établissement du rapport."
        case .counts(let patterns, let findings, let blocker, let high, let medium, let advice, let open, let blocking):
            "Configurations à proscrire\u{a0}: "
                + ReportText.frenchCount(patterns.established, "détectée", "détectées") + ", "
                + ReportText.frenchCount(patterns.notDemonstrated, "non démontrée", "non démontrées") + ", "
                + ReportText.frenchCount(patterns.cannotBeExcluded, "ne pouvant être exclue", "ne pouvant être exclues")
                + ". Constats\u{a0}: "
                + ReportText.frenchCount(findings.established, "établi", "établis") + ", "
                + ReportText.frenchCount(findings.notDemonstrated, "non démontré", "non démontrés") + ", "
                + ReportText.frenchCount(findings.cannotBeExcluded, "ne pouvant être exclu", "ne pouvant être exclus")
                + " (" + ReportText.frenchCount(blocker, "bloquant", "bloquants") + ", "
                + ReportText.frenchCount(high, "élevé", "élevés") + ", "
                + ReportText.frenchCount(medium, "moyen", "moyens") + ", "
                + ReportText.frenchCount(advice, "conseil", "conseils") + "). Points ouverts\u{a0}: "
                + (open == 0
                    ? "aucun."
                    : Language.fr.number(open) + ", dont "
                        + (blocking == 0
                            ? "aucun ne bloque la décision."
                            : ReportText.frenchCount(blocking, "bloque la décision.", "bloquent la décision.")))
        case .unansweredCount(let count): "Questions obligatoires sans réponse\u{a0}: \(Language.fr.number(count))."
        case .beforeUse(let used, let measures):
            "**\(used ? "Avant toute nouvelle utilisation" : "Avant toute utilisation")** (section 5)\u{a0}: \(measures)."
        case .blockingUnknownsHeading: "**Éléments inconnus qui empêchent de statuer\u{a0}:**"
        case .andMoreInSection5(let count): "et " + ReportText.frenchCount(count, "autre", "autres") + " (section 5)"
        case .priorConsultationLead: "**Consultation préalable de l'autorité de contrôle\u{a0}:** "
        case .signOffLead: "**Validation\u{a0}:** "
        case .legend:
            "*Établi* (pour une configuration à proscrire\u{a0}: *détectée*)\u{a0}: les réponses le démontrent."
                + " *Non démontré*\u{a0}: la réponse donnée est «\u{a0}Je ne sais pas\u{a0}»\u{a0}; il incombe au"
                + " responsable du traitement de démontrer le contraire. *Ne peut être exclu*\u{a0}: la question"
                + " reste ouverte tant qu'elle n'a pas reçu de réponse. `dpia explain ID` explique chaque élément."
        case .decisiveReasonsHeading: "**Motifs déterminants\u{a0}:**"
        case .moreInSection3(let count):
            ReportText.frenchCount(count, "autre motif figure", "autres motifs figurent") + " à la section 3."
        case .redPatternState(let state): "Configuration à proscrire, " + ReportText.frenchPatternState(state)
        case .severityState(let severity, let state):
            severity.french(capitalized: true) + ", "
                + ReportText.frenchFindingState(state)
        case .establishment(let state, let isPattern):
            switch state {
            case .established: isPattern ? "Détectée" : "Établi"
            case .notDemonstrated: isPattern ? "Non démontrée" : "Non démontré"
            case .cannotBeExcluded: isPattern ? "Ne peut être exclue" : "Ne peut être exclu"
            }
        case .consultationRequired(let risks):
            "requise (art. 28, par. 1, de la directive (UE) 2016/680)\u{a0}: niveau de risque élevé avant les"
                + " mesures (\(risks))"
        case .consultationStillHigh(let risks):
            "niveau encore élevé après les mesures (\(risks ?? "mêmes risques")), qui ne peut être accepté"
                + " qu'après consultation de l'autorité de contrôle"
        case .consultationRequiredByFinding:
            "requise (art. 28, par. 1, de la directive (UE) 2016/680)\u{a0}; voir le constat"
                + " `dpia.no_prior_consultation`"
        case .consultationNotRequired: "non requise au vu du registre des risques."
        case .consultationSentOn(let date): " Demande de consultation envoyée le \(date)."

        case .descriptionHeading: "2. Description du traitement"
        case .itemColumn: "Élément"
        case .valueColumn: "Contenu"
        case .controller: "Responsable du traitement"
        case .unit: "Service"
        case .processingOrTool: "Traitement ou outil"
        case .stage: "État d'avancement"
        case .purposes: "Finalités"
        case .peopleConcerned: "Personnes concernées"
        case .data: "Données"
        case .sourcesOfData: "Origine des données"
        case .systems: "Systèmes"
        case .vendor: "Prestataire"
        case .recipients: "Destinataires, sous-traitants et sous-traitants ultérieurs"
        case .retention: "Durée de conservation"
        case .scale: "Ampleur"
        case .assessor: "Auteur de l'analyse"
        case .assessmentDate: "Date de l'analyse"
        case .jurisdiction: "Ressort"
        case .classification: "Classification"
        case .notRecorded: "non renseigné"
        case .stageFromAnswers: " (d'après les réponses)"
        case .dateOfReport: " (date du rapport)"
        case .stageLabel(let stage):
            switch stage {
            case .planned: "en projet (pas encore utilisé)"
            case .trial: "en phase d'essai ou de test"
            case .inUse: "en service"
            }
        case .dataFlowNotRecorded: "Flux de données\u{a0}: non renseigné."
        case .dataFlowLead: "Flux de données\u{a0}:"

        case .lawfulnessHeading: "3. Licéité\u{a0}: configurations à proscrire et constats"
        case .redPatternsNotAssessed:
            "Les configurations à proscrire n'ont pas été examinées\u{a0}: le traitement ne relève pas du champ"
                + " d'application de ces questionnaires."
        case .noRedPattern: "Aucune configuration à proscrire n'a été détectée ni ne reste ouverte."
        case .redPatternsHeading: "Configurations à proscrire"
        case .noFinding: "Aucun constat."
        case .redPatternLine(let id): "Configuration à proscrire \(id)"
        case .findingLine(let id): "Constat \(id)"
        case .precedentsLead: "Précédents\u{a0}: "
        case .provisionsLead: "Dispositions\u{a0}: "
        case .answersLead: "Réponses\u{a0}: "
        case .comingIntoForce(let from, let severity):
            "Conseil, obligation applicable "
                + (from.map { "à partir du \($0) (niveau " } ?? "ultérieurement (niveau ")
                + severity.french(capitalized: false)
                + (from == nil ? " à ce moment)" : " à compter de cette date)")
        case .noProvisions: "aucune"
        case .bindingFrom(let date): " (applicable à partir du \(date))"
        case .noAnswersNeeded: "aucune n'est nécessaire\u{a0}: la règle s'applique en tout état de cause."
        case .amongChosen(let count):
            "(parmi " + ReportText.frenchCount(count, "option retenue", "options retenues") + ")"

        case .riskHeading: "4. Registre des risques"
        case .riskNotAssessed:
            "Risques non examinés\u{a0}: le traitement ne relève pas du champ d'application de ces questionnaires."
        case .noRisk: "Au vu de ces réponses, aucun risque du catalogue n'est applicable."
        case .riskLegend:
            "Risques pour les droits et libertés des personnes concernées (art. 27, par. 2, de la directive (UE)"
                + " 2016/680)\u{a0}: gravité (G) et vraisemblance (V), cotées selon les échelles de la CNIL de 1 à 4"
                + " (1 négligeable, 2 limitée, 3 importante, 4 maximale)\u{a0}; les risques élevés figurent en gras."
                + " Résiduel\u{a0}: niveau après les mesures réalisées ou planifiées."
        case .riskNumberColumn: "N°"
        case .riskColumn: "Risque"
        case .rightsColumn: "Droits concernés"
        case .suggestedColumn: "Proposé"
        case .decidedColumn: "Retenu"
        case .residualColumn: "Résiduel"
        case .raisedByColumn: "Déclenché par"
        case .noneFired: "aucune règle déclenchée"
        case .loweringUnjustified:
            "le fichier de réponses abaisse un niveau sans justification\u{a0}; le niveau proposé est donc maintenu"
        case .justification(let text): "justification\u{a0}: \(text)"
        case .loweredBy(let measures): "atténué par \(measures)"
        case .riskMapBefore: "Cartographie des risques avant les mesures"
        case .riskMapAfter: "Cartographie des risques après les mesures"
        case .rating(let severity, let likelihood): "G\(severity) V\(likelihood)"
        case .likelihoodRow(let level): "Vraisemblance \(level.rawValue) \(ReportText.frenchLevel(level))"
        case .severityColumn(let level): "Gravité \(level.rawValue) \(ReportText.frenchLevel(level))"

        case .measuresHeading: "5. Registre des mesures"
        case .neverLawful(let rules):
            "Aucune mesure ne peut rendre cette utilisation licite (\(rules))\u{a0}: le registre ne reprend que"
                + " les mesures qui y mettent fin, qui en réparent les conséquences et qui en préviennent la"
                + " répétition."
        case .noMeasure: "Aucune mesure n'est requise."
        case .noRecordYet:
            "Aucun responsable, aucune échéance ni aucun état d'avancement n'est encore enregistré"
                + " (`measures:`)\u{a0}: toutes les mesures restent à réaliser."
        case .pointsToFindOut: "Points à éclaircir"
        case .bearsOn(let rules): "\u{a0}: a une incidence sur \(rules)"
        case .priority(let severity): severity.french(capitalized: false)
        case .forRules(let rules): "en réponse à \(rules)"
        case .status(let status):
            switch status {
            case .todo: "à réaliser"
            case .planned: "planifiée"
            case .done: "réalisée"
            case .rejected: "non retenue"
            }
        case .noReasonGiven: "aucun motif indiqué"
        case .owner(let owner): owner.map { ", responsable\u{a0}: \($0)" } ?? ", aucun responsable désigné"
        case .due(let due): due.map { ", échéance\u{a0}: \($0)" } ?? ", aucune échéance fixée"
        case .evidence(let evidence): evidence.map { ", justificatif\u{a0}: \($0)" } ?? ", aucun justificatif"
        case .noOwnerOrDue: ", sans responsable ni échéance"

        case .signOffHeading: "6. Validation"
        case .signOffSummary(let opinion, let decision):
            "avis du délégué à la protection des données\u{a0}: "
                + (opinion.map { ReportText.opinion($0).french } ?? "non rendu")
                + "\u{a0}; décision du responsable du traitement\u{a0}: "
                + (decision.map { ReportText.controllerDecision($0).french } ?? "non prise") + " (section 6)."
        case .controllerOverrodeShort:
            " Le responsable du traitement a passé outre à l'avis du délégué à la protection des données."
        case .notSignedOffSummary: "aucune validation n'est enregistrée (section 6)."
        case .notSignedOffBlock(let consultationRequired):
            "Aucune validation n'est enregistrée (`sign_off:`)\u{a0}: ni avis du délégué à la protection des"
                + " données, ni approbation des mesures, ni acceptation des risques résiduels, ni consultation"
                + " préalable\(consultationRequired ? " (la consultation préalable est pourtant requise)" : ""),"
                + " ni décision du responsable du traitement, ni date de réexamen. La validation ne modifie jamais"
                + " la conclusion de l'analyse."
        case .notSignedOff: "non renseigné"
        case .opinion(let opinion):
            switch opinion {
            case .favourable: "favorable"
            case .favourableWithReservations: "favorable sous réserves"
            case .unfavourable: "défavorable"
            }
        case .controllerDecision(let decision):
            switch decision {
            case .proceed: "poursuivre"
            case .proceedAfterMeasures: "poursuivre une fois les mesures réalisées"
            case .doNotProceed: "ne pas poursuivre"
            }
        case .consultationNotRequiredByRegister: "non requise au vu du registre des risques"
        case .consultationRequiredShort: "requise"
        case .consultationSent(let date, let outcome):
            "\u{a0}; demande envoyée le \(date)\u{a0}; avis de l'autorité\u{a0}: \(outcome ?? "en attente")"
        case .consultationNotSent: "\u{a0}; demande non envoyée"
        case .partColumn: "Volet"
        case .recordColumn: "Mention"
        case .dpoOpinionRow: "Avis du délégué à la protection des données"
        case .measuresApprovedRow: "Mesures approuvées par"
        case .residualRisksAcceptedRow: "Risques résiduels acceptés par"
        case .priorConsultationRow: "Consultation préalable de l'autorité de contrôle"
        case .controllerDecisionRow: "Décision du responsable du traitement"
        case .nextReviewRow: "Prochain réexamen"
        case .overdueOnAssessmentDate: " (échéance dépassée à la date de l'analyse)"
        case .signOffNote: "La validation ne modifie jamais la conclusion de l'analyse, qui découle des réponses."
        case .controllerOverrodeLong:
            " Le responsable du traitement a décidé de poursuivre malgré l'avis défavorable du délégué à la"
                + " protection des données."

        case .laterDecisionMark: ", décision postérieure"
        case .notApplicable: "(sans objet)"
        case .notAnswered: "(sans réponse)"
        case .unknownAnswer: "Je ne sais pas"
        case .yes: "Oui"
        case .no: "Non"
        case .noneOfThese: "Aucune de ces options"

        case .annexHeading: "7. Annexes"
        case .answersAnnexHeading: "A. Questions posées et réponses données"
        case .stoppedAtScope:
            "L'analyse s'est arrêtée au stade du champ d'application\u{a0}: seules les questions qui ont reçu une"
                + " réponse sont reprises. Les autres questions n'ont pas été posées\u{a0}: elles portent sur"
                + " l'application de la directive (UE) 2016/680, qui ne régit pas ce traitement."
        case .idColumn: "Identifiant"
        case .questionColumn: "Question"
        case .answerColumn: "Réponse"
        case .noteColumn: "Remarque"
        case .evidenceColumn: "Justificatif"
        case .requiredNotAnswered(let list): "Questions obligatoires sans réponse\u{a0}: \(list)."
        case .otherVersions(let list): "Les réponses ont été données sur la base d'autres versions\u{a0}: \(list)."
        case .answersNotUsed(let list):
            "Réponses conservées dans le fichier mais non utilisées, les questions concernées n'étant pas"
                + " applicables\u{a0}: \(list)."
        case .precedentsHeading: "B. Précédents"
        case .noPrecedent: "Aucun précédent n'est cité."
        case .decidedAfterAssessment:
            " Décision rendue après la date de la présente analyse\u{a0}: il s'agit d'une décision postérieure,"
                + " qui n'en constitue pas un fondement."
        case .sourcesHeading: "C. Sources"
        case .questionnaireColumn: "Questionnaire"
        case .versionColumn: "Version"
        case .lawAsOfColumn: "Droit en vigueur au"
        case .extendsColumn: "Complète"
        case .keyColumn: "Clé"
        case .instrumentColumn: "Instrument"
        case .officialTextColumn: "Texte officiel"
        case .digestsNote:
            "Empreintes\u{a0}: section 8. Pour chaque disposition, le texte au regard duquel elle a été vérifiée"
                + " et la date de cette vérification\u{a0}: `docs/legal-sources.md`."
        case .caseHeading(let title): "D. Cas\u{a0}: \(title)"
        case .narrativeNote: "Les faits sont exposés dans le récit du dossier (`case.narrative`)."
        case .caseSourcesLead: "Sources du cas\u{a0}:"

        case .integrityHeading: "8. Intégrité"
        case .integrityIntro(let tool):
            "Établi par \(tool). Les empreintes SHA-256 ci-dessous figurent également dans les métadonnées"
                + " d'en-tête (front matter), sous `integrity`. `dpia verify` contrôle que le rapport n'a pas été"
                + " modifié et, si le fichier de réponses lui est fourni, qu'il découle de ces réponses et de ces"
                + " questionnaires\u{a0}; `docs/integrity.md` définit les formes canoniques qui permettent de"
                + " procéder à ce contrôle manuellement."
        case .canonicalAnswersRow: "Réponses, forme canonique"
        case .questionnaireRow(let id, let version): "Questionnaire \(id), version \(version)"
        case .translationRow(let id, let language): "Traduction de \(id) (\(language))"
        case .reportWithoutRecordRow: "Le présent rapport, sans son relevé d'intégrité"
        case .signedWith(let key, let value):
            "Signé au moyen d'Ed25519 sur les empreintes ci-dessus. Empreinte SHA-256 de la clé"
                + " publique\u{a0}: `\(key)`. Signature\u{a0}: `\(value)`."
        case .notSigned: "Non signé."
        }
    }

    /// `count` followed by the singular or the plural, as French writes it (0 and 1 take the singular).
    private static func frenchCount(_ count: Int, _ singular: String, _ plural: String) -> String {
        Language.fr.number(count) + " " + (count > 1 ? plural : singular)
    }

    /// How firmly a finding ("constat", masculine) stands, after its severity.
    private static func frenchFindingState(_ state: Establishment) -> String {
        switch state {
        case .established: "établi"
        case .notDemonstrated: "non démontré"
        case .cannotBeExcluded: "ne pouvant être exclu"
        }
    }

    /// How firmly a red pattern ("configuration à proscrire", feminine) stands.
    private static func frenchPatternState(_ state: Establishment) -> String {
        switch state {
        case .established: "détectée"
        case .notDemonstrated: "non démontrée"
        case .cannotBeExcluded: "ne pouvant être exclue"
        }
    }

    /// A level of the CNIL scales, agreeing with "gravité" and "vraisemblance" (both feminine).
    private static func frenchLevel(_ level: RiskLevel) -> String {
        switch level {
        case .negligible: "négligeable"
        case .limited: "limitée"
        case .significant: "importante"
        case .maximum: "maximale"
        }
    }
}
