extension ReportText {
    /// The report in Swedish, in the register of IMY's decisions and of Swedish government guidance.
    /// Terms follow the Swedish questionnaire translations (`röd flagga`, `iakttagelse`,
    /// `personuppgiftsansvarig`, `förhandssamråd`, `konsekvensbedömning avseende dataskydd`).
    var swedish: String {
        switch self {
        case .documentTitle(let processing): "Konsekvensbedömning avseende dataskydd: \(processing)"
        case .keywords(let jurisdiction):
            "[konsekvensbedömning avseende dataskydd, direktiv (EU) 2016/680, \(jurisdiction)]"

        case .decisionHeading: "1. Slutsats"
        case .verdictLabel(let verdict):
            switch verdict {
            case .outOfScope: "UTANFÖR TILLÄMPNINGSOMRÅDET"
            case .doNotDeploy: "FÅR INTE ANVÄNDAS"
            case .incomplete: "OFULLSTÄNDIG"
            case .deployOnlyAfterMeasures: "FÅR ANVÄNDAS FÖRST EFTER ÅTGÄRDER"
            case .proceedWithRecommendations: "FÅR ANVÄNDAS MED REKOMMENDATIONER"
            }
        case .verdictReason(let verdict, let used, let nothingOpen):
            switch verdict {
            case .outOfScope:
                "av svaren framgår att behandlingen faller utanför tillämpningsområdet för direktiv (EU) 2016/680,"
                    + " och den har därför inte bedömts mot dessa frågeformulär. Av skälet nedan framgår vilket"
                    + " regelverk som gäller i stället."
            case .doNotDeploy:
                used
                    ? "en röd flagga eller en blockerande iakttagelse utgör hinder mot behandlingen. Behandlingen ska"
                        + " avbrytas och det som redan har gjorts ska avhjälpas."
                    : "en röd flagga eller en blockerande iakttagelse utgör hinder mot behandlingen. Behandlingen får"
                        + " inte påbörjas."
            case .incomplete:
                "obligatoriska frågor har inte besvarats, och något beslut om användning kan därför ännu inte"
                    + " fattas (bilaga A)."
            case .deployOnlyAfterMeasures:
                "det finns iakttagelser av hög allvarlighet, eller allvarliga iakttagelser som inte kan uteslutas."
                    + " Verktyget får användas först när åtgärderna i åtgärdsregistret har genomförts och de"
                    + " öppna frågorna har klarats ut."
            case .proceedWithRecommendations:
                nothingOpen
                    ? "det finns inga iakttagelser, röda flaggor eller öppna frågor. Behandlingen får genomföras"
                        + " på det sätt som har beskrivits."
                    : "det finns inga blockerande eller höga iakttagelser och inga röda flaggor. Behandlingen får"
                        + " genomföras, men åtgärderna nedan ska ändå vidtas."
            }
        case .notBuiltIn(let layer, let version, let file, let digest, let builtInVersion, let builtInDigest):
            "**Inte det inbyggda frågeformuläret:** \(layer) \(version) har lästs in från \(file)"
                + " (SHA-256 \(digest)), angivet med `--questionnaires`, i stället för det inbyggda \(layer)"
                + " \(builtInVersion) (SHA-256 \(builtInDigest))."
        case .lawAppliedAsOf(let date, let answersDate):
            "Bedömningen har gjorts enligt rättsläget den \(date), det datum som angetts med `--date`; "
                + (answersDate.map { "svaren är daterade den \($0)" } ?? "svaren saknar datum") + "."
        case .dateDefaulted(let date):
            "Svaren anger inget datum för bedömningen. Bedömningen har därför gjorts enligt rättsläget den \(date),"
                + " den dag då rapporten togs fram."
        case .counts(let patterns, let findings, let blocker, let high, let medium, let advice, let open, let blocking):
            "Röda flaggor: \(patterns.established) \(confirmed(patterns.established)), "
                + "\(patterns.notDemonstrated) där motsatsen inte har visats, "
                + "\(patterns.cannotBeExcluded) som inte kan uteslutas. "
                + "Iakttagelser: \(findings.established) \(confirmed(findings.established)), "
                + "\(findings.notDemonstrated) där motsatsen inte har visats, "
                + "\(findings.cannotBeExcluded) som inte kan uteslutas "
                + "(blockerande: \(blocker), hög: \(high), medelhög: \(medium), rekommendation: \(advice)). "
                + "Öppna frågor: \(open), varav \(blocking) hindrar ett beslut om användning."
        case .unansweredCount(let count): "Obligatoriska frågor som inte har besvarats: \(count)."
        case .beforeUse(let used, let measures):
            "**\(used ? "Före fortsatt användning" : "Före all användning")** (avsnitt 5): \(measures)."
        case .blockingUnknownsHeading: "**Oklarheter som hindrar ett beslut om användning:**"
        case .andMoreInSection5(let count): "ytterligare \(count) (avsnitt 5)"
        case .priorConsultationLead: "**Förhandssamråd med tillsynsmyndigheten:** "
        case .signOffLead: "**Fastställande:** "
        case .legend:
            "*Konstaterad*: framgår av svaren. *Motsatsen inte visad*: frågan har besvarats med ”Vet inte”,"
                + " och iakttagelsen står kvar till dess att den personuppgiftsansvarige visar motsatsen."
                + " *Kan inte uteslutas*: öppen till dess att frågan har besvarats."
                + " `dpia explain ID` förklarar varje punkt."
        case .decisiveReasonsHeading: "**Avgörande skäl:**"
        case .moreInSection3(let count): "Ytterligare \(count) i avsnitt 3."
        case .redPatternState(let state): "Röd flagga, " + establishmentWord(state)
        case .severityState(let severity, let state):
            severity.swedish(capitalized: true) + ", " + establishmentWord(state)
        case .establishment(let state, _):
            switch state {
            case .established: "Konstaterad"
            case .notDemonstrated: "Motsatsen inte visad"
            case .cannotBeExcluded: "Kan inte uteslutas"
            }
        case .consultationRequired(let risks):
            "krävs (artikel 28.1 i direktiv (EU) 2016/680), eftersom risknivån är hög före åtgärderna (\(risks))"
        case .consultationStillHigh(let risks):
            (risks.map { "efter åtgärderna är risknivån fortfarande hög för \($0)" }
                ?? "risknivån är fortfarande hög efter åtgärderna")
                + ", och kvarstående hög risk får godtas först efter samråd med tillsynsmyndigheten"
        case .consultationRequiredByFinding:
            "krävs (artikel 28.1 i direktiv (EU) 2016/680); se iakttagelsen `dpia.no_prior_consultation`"
        case .consultationNotRequired: "krävs inte enligt riskregistret."
        case .consultationSentOn(let date): " Begäran om förhandssamråd gavs in den \(date)."

        case .descriptionHeading: "2. Beskrivning av behandlingen"
        case .itemColumn: "Uppgift"
        case .valueColumn: "Innehåll"
        case .controller: "Personuppgiftsansvarig"
        case .unit: "Enhet"
        case .processingOrTool: "Behandling eller verktyg"
        case .stage: "Skede"
        case .purposes: "Ändamål"
        case .peopleConcerned: "Berörda personer"
        case .data: "Personuppgifter"
        case .sourcesOfData: "Uppgifternas källor"
        case .systems: "System"
        case .vendor: "Leverantör"
        case .recipients: "Mottagare, personuppgiftsbiträden och underbiträden"
        case .retention: "Lagringstid"
        case .scale: "Omfattning"
        case .assessor: "Handläggare"
        case .assessmentDate: "Datum för bedömningen"
        case .jurisdiction: "Jurisdiktion"
        case .classification: "Informationsklassning"
        case .notRecorded: "uppgift saknas"
        case .stageFromAnswers: " (enligt svaren)"
        case .dateOfReport: " (rapportens datum)"
        case .stageLabel(let stage):
            switch stage {
            case .planned: "planeras (ännu inte i bruk)"
            case .trial: "prövas i försök eller test"
            case .inUse: "används i verksamheten"
            }
        case .dataFlowNotRecorded: "Dataflöde: inte beskrivet."
        case .dataFlowLead: "Dataflöde:"

        case .lawfulnessHeading: "3. Laglighet: röda flaggor och iakttagelser"
        case .redPatternsNotAssessed:
            "Röda flaggor har inte bedömts, eftersom behandlingen faller utanför dessa frågeformulärs"
                + " tillämpningsområde."
        case .noRedPattern: "Ingen röd flagga har konstaterats, och ingen står öppen."
        case .redPatternsHeading: "Röda flaggor"
        case .noFinding: "Inga iakttagelser."
        case .redPatternLine(let id): "Röd flagga \(id)"
        case .findingLine(let id): "Iakttagelse \(id)"
        case .precedentsLead: "Tidigare avgöranden: "
        case .provisionsLead: "Bestämmelser: "
        case .answersLead: "Svar: "
        case .comingIntoForce(let from, let severity):
            "Rekommendation, "
                + (from.map { "bindande från och med den \($0)" } ?? "blir bindande senare")
                + " (därefter \(severity.swedish()))"
        case .noProvisions: "inga"
        case .bindingFrom(let date): " (bindande från och med den \(date))"
        case .noAnswersNeeded: "inga behövs, eftersom regeln alltid gäller."
        case .amongChosen(let count): "(av \(count) valda alternativ)"

        case .riskHeading: "4. Riskregister"
        case .riskNotAssessed:
            "Riskerna har inte bedömts, eftersom behandlingen faller utanför dessa frågeformulärs tillämpningsområde."
        case .noRisk: "Ingen av riskerna i katalogen är aktuell utifrån dessa svar."
        case .riskLegend:
            "Risker för de registrerades rättigheter och friheter (artikel 27.2 i direktiv (EU) 2016/680):"
                + " A = allvarlighetsgrad och S = sannolikhet, på skalor från 1 (försumbar) till 4 (maximal)"
                + " enligt CNIL:s metod. Höga risker anges i fetstil. Kvarstående risk: risken efter genomförda"
                + " eller planerade åtgärder."
        case .riskNumberColumn: "Nr"
        case .riskColumn: "Risk"
        case .rightsColumn: "Berörda rättigheter"
        case .suggestedColumn: "Föreslagen"
        case .decidedColumn: "Beslutad"
        case .residualColumn: "Kvarstående"
        case .raisedByColumn: "Följer av"
        case .noneFired: "ingen utlöst regel"
        case .loweringUnjustified:
            "svarsfilen sänker en nivå utan att ange skälen, och den föreslagna nivån står därför kvar"
        case .justification(let text): "motivering: \(text)"
        case .loweredBy(let measures): "sänkt genom \(measures)"
        case .riskMapBefore: "Riskkarta före åtgärder"
        case .riskMapAfter: "Riskkarta efter åtgärder"
        case .rating(let severity, let likelihood): "A\(severity) S\(likelihood)"
        case .likelihoodRow(let level): "Sannolikhet \(level.rawValue) \(levelName(level))"
        case .severityColumn(let level): "Allvarlighetsgrad \(level.rawValue) \(levelName(level))"

        case .measuresHeading: "5. Åtgärdsregister"
        case .neverLawful(let rules):
            "Ingen åtgärd kan göra denna användning laglig (\(rules)). Registret tar därför bara upp åtgärder"
                + " som avbryter, avhjälper och förhindrar den."
        case .noMeasure: "Inga åtgärder behöver vidtas."
        case .noRecordYet:
            "Ingen ansvarig, tidsfrist eller status har ännu antecknats (`measures:`), och samtliga åtgärder"
                + " återstår därför."
        case .pointsToFindOut: "Frågor att utreda"
        case .bearsOn(let rules): ": har betydelse för \(rules)"
        case .priority(let severity):
            switch severity {
            case .blocker: "blockerande"
            case .high: "hög"
            case .medium: "medelhög"
            case .advice: "rekommenderad"
            }
        case .forRules(let rules): "avser \(rules)"
        case .status(let status):
            switch status {
            case .todo: "ej påbörjad"
            case .planned: "planerad"
            case .done: "genomförd"
            case .rejected: "avböjd"
            }
        case .noReasonGiven: "skäl har inte angetts"
        case .owner(let owner): ", ansvarig: " + (owner ?? "ingen utsedd")
        case .due(let due): due.map { ", tidsfrist: \($0)" } ?? ", ingen tidsfrist fastställd"
        case .evidence(let evidence): ", underlag: " + (evidence ?? "saknas")
        case .noOwnerOrDue: ", ingen ansvarig eller tidsfrist"

        case .signOffHeading: "6. Fastställande"
        case .signOffSummary(let opinion, let decision):
            (opinion.map { "dataskyddsombudets yttrande: " + ReportText.opinion($0).swedish }
                ?? "dataskyddsombudet har inte yttrat sig")
                + "; "
                + (decision.map { "den personuppgiftsansvariges beslut: " + ReportText.controllerDecision($0).swedish }
                    ?? "den personuppgiftsansvarige har inte fattat något beslut")
                + " (avsnitt 6)."
        case .controllerOverrodeShort:
            " Den personuppgiftsansvarige har beslutat i strid med dataskyddsombudets yttrande."
        case .notSignedOffSummary: "bedömningen har inte fastställts (avsnitt 6)."
        case .notSignedOffBlock(let consultationRequired):
            "Bedömningen har inte fastställts (`sign_off:`). Det saknas yttrande från dataskyddsombudet,"
                + " godkännande av åtgärderna, godtagande av kvarstående risker, uppgift om förhandssamråd"
                + (consultationRequired ? " (som krävs i detta fall)" : "")
                + ", beslut av den personuppgiftsansvarige och datum för nästa översyn."
                + " Ett fastställande ändrar aldrig slutsatsen."
        case .notSignedOff: "saknas"
        case .opinion(let opinion):
            switch opinion {
            case .favourable: "tillstyrkande"
            case .favourableWithReservations: "tillstyrkande med förbehåll"
            case .unfavourable: "avstyrkande"
            }
        case .controllerDecision(let decision):
            switch decision {
            case .proceed: "behandlingen genomförs"
            case .proceedAfterMeasures: "behandlingen genomförs när åtgärderna har vidtagits"
            case .doNotProceed: "behandlingen genomförs inte"
            }
        case .consultationNotRequiredByRegister: "krävs inte enligt riskregistret"
        case .consultationRequiredShort: "krävs"
        case .consultationSent(let date, let outcome):
            "; begäran gavs in den \(date); " + (outcome.map { "utfall: \($0)" } ?? "svar inväntas")
        case .consultationNotSent: "; begäran har inte getts in"
        case .partColumn: "Moment"
        case .recordColumn: "Anteckning"
        case .dpoOpinionRow: "Dataskyddsombudets yttrande"
        case .measuresApprovedRow: "Åtgärderna godkända av"
        case .residualRisksAcceptedRow: "Kvarstående risker godtagna av"
        case .priorConsultationRow: "Förhandssamråd med tillsynsmyndigheten"
        case .controllerDecisionRow: "Den personuppgiftsansvariges beslut"
        case .nextReviewRow: "Nästa översyn"
        case .overdueOnAssessmentDate: " (datumet hade passerats på bedömningsdagen)"
        case .signOffNote: "Fastställandet ändrar aldrig slutsatsen, som följer av svaren."
        case .controllerOverrodeLong:
            " Den personuppgiftsansvarige har beslutat att gå vidare trots dataskyddsombudets avstyrkande."

        case .laterDecisionMark: ", senare avgörande"
        case .notApplicable: "(ej tillämplig)"
        case .notAnswered: "(obesvarad)"
        case .unknownAnswer: "Vet inte"
        case .yes: "Ja"
        case .no: "Nej"
        case .noneOfThese: "Inget av alternativen"

        case .annexHeading: "7. Bilagor"
        case .answersAnnexHeading: "A. Ställda frågor och lämnade svar"
        case .stoppedAtScope:
            "Bedömningen avslutades vid frågorna om tillämpningsområdet, och endast de besvarade frågorna"
                + " redovisas. Övriga frågor ställdes inte: de bygger på direktiv (EU) 2016/680, som inte gäller"
                + " för denna behandling."
        case .idColumn: "Id"
        case .questionColumn: "Fråga"
        case .answerColumn: "Svar"
        case .noteColumn: "Anmärkning"
        case .evidenceColumn: "Underlag"
        case .requiredNotAnswered(let list): "Obligatoriska frågor som inte har besvarats: \(list)."
        case .otherVersions(let list): "Svaren har lämnats utifrån andra versioner av frågeformulären: \(list)."
        case .answersNotUsed(let list):
            "Svar som finns i filen men inte har använts, eftersom frågorna inte är tillämpliga: \(list)."
        case .precedentsHeading: "B. Tidigare avgöranden"
        case .noPrecedent: "Inga tidigare avgöranden åberopas."
        case .decidedAfterAssessment:
            " Avgjort efter dagen för denna bedömning: ett senare avgörande som inte ligger till grund för den."
        case .sourcesHeading: "C. Källor"
        case .questionnaireColumn: "Frågeformulär"
        case .versionColumn: "Version"
        case .lawAsOfColumn: "Rättsläge per"
        case .extendsColumn: "Kompletterar"
        case .keyColumn: "Beteckning"
        case .instrumentColumn: "Rättsakt"
        case .officialTextColumn: "Officiell text"
        case .digestsNote:
            "Kontrollsummor: se avsnitt 8. Mot vilken text varje bestämmelse har kontrollerats, och när, framgår"
                + " av `docs/legal-sources.md`."
        case .caseHeading(let title): "D. Ärende: \(title)"
        case .narrativeNote: "Omständigheterna beskrivs i ärendefilens redogörelse (`case.narrative`)."
        case .caseSourcesLead: "Källor i ärendet:"

        case .integrityHeading: "8. Kontrollsummor och signatur"
        case .integrityIntro(let tool):
            "Framtagen med \(tool). SHA-256-kontrollsummorna nedan finns även i rapportens inledande"
                + " metadata under `integrity`. `dpia verify` kontrollerar att rapporten är oförändrad och, om"
                + " svarsfilen anges, att rapporten följer av dessa svar och dessa frågeformulär."
                + " I `docs/integrity.md` definieras de kanoniska former som används vid kontroll för hand."
        case .canonicalAnswersRow: "Svaren, kanonisk form"
        case .questionnaireRow(let id, let version): "Frågeformulär \(id), version \(version)"
        case .translationRow(let id, let language): "Översättning av \(id) (\(language))"
        case .reportWithoutRecordRow: "Denna rapport, utan kontrolluppgifterna"
        case .signedWith(let key, let value):
            "Signerad med Ed25519 över kontrollsummorna ovan. Den publika nyckelns SHA-256: `\(key)`."
                + " Signatur: `\(value)`."
        case .notSigned: "Inte signerad."
        }
    }
}

/// `konstaterad` after 1, `konstaterade` after any other number, as Swedish agrees the participle.
private func confirmed(_ count: Int) -> String {
    count == 1 ? "konstaterad" : "konstaterade"
}

/// How firmly a finding or red pattern stands, in lower case, as it follows a label: one word for
/// both (`konstaterad` agrees with `iakttagelse` and `röd flagga`, both common gender).
private func establishmentWord(_ state: Establishment) -> String {
    switch state {
    case .established: "konstaterad"
    case .notDemonstrated: "motsatsen inte visad"
    case .cannotBeExcluded: "kan inte uteslutas"
    }
}

/// A level of the CNIL scales in Swedish (`level.id` is the English identifier).
private func levelName(_ level: RiskLevel) -> String {
    switch level {
    case .negligible: "försumbar"
    case .limited: "begränsad"
    case .significant: "betydande"
    case .maximum: "maximal"
    }
}
