extension ReportText {
    /// The report in Belgian legal Dutch ("u"-form), with the terms of the Dutch questionnaire translations:
    /// "bevinding" (finding), "rode vlag" (red pattern), "verwerkingsverantwoordelijke", "GEB", and provisions
    /// cited as Dutch-speaking lawyers do ("art. 28, lid 1, Richtlijn (EU) 2016/680").
    var dutch: String {
        switch self {
        case .documentTitle(let processing): "GEB: \(processing)"
        case .keywords(let jurisdiction): "[GEB, Richtlijn (EU) 2016/680, \(jurisdiction)]"

        case .decisionHeading: "1. Beslissing"
        case .verdictLabel(let verdict):
            switch verdict {
            case .outOfScope: "BUITEN TOEPASSINGSGEBIED"
            case .doNotDeploy: "NIET INZETTEN"
            case .incomplete: "ONVOLLEDIG"
            case .deployOnlyAfterMeasures: "PAS INZETTEN NA UITVOERING VAN DE MAATREGELEN"
            case .proceedWithRecommendations: "INZETTEN MET AANBEVELINGEN"
            }
        case .verdictReason(let verdict, let used, let nothingOpen):
            switch verdict {
            case .outOfScope:
                "volgens de antwoorden valt de verwerking buiten het toepassingsgebied van Richtlijn (EU) 2016/680,"
                    + " zodat ze niet aan deze vragenlijsten werd getoetst; de reden hieronder vermeldt welk"
                    + " rechtskader in de plaats daarvan geldt."
            case .doNotDeploy:
                used
                    ? "een rode vlag of een blokkerende bevinding staat de verwerking in de weg: zet ze stop en"
                        + " herstel de gevolgen van wat al is gebeurd."
                    : "een rode vlag of een blokkerende bevinding staat de verwerking in de weg: start ze niet."
            case .incomplete:
                "verplichte vragen zijn niet beantwoord, zodat nog geen beslissing over de inzet kan worden genomen"
                    + " (bijlage A)."
            case .deployOnlyAfterMeasures:
                "er zijn bevindingen met ernst hoog vastgesteld, of ernstige punten kunnen nog niet worden uitgesloten:"
                    + " de verwerking mag pas plaatsvinden wanneer de maatregelen uit het register zijn uitgevoerd en"
                    + " de open punten zijn uitgeklaard."
            case .proceedWithRecommendations:
                nothingOpen
                    ? "er is geen bevinding, geen rode vlag en geen open punt: de verwerking mag doorgaan zoals"
                        + " beschreven."
                    : "er is geen blokkerende bevinding, geen bevinding met ernst hoog en geen rode vlag: de verwerking"
                        + " mag doorgaan; de maatregelen hieronder blijven wel van toepassing."
            }
        case .notBuiltIn(let layer, let version, let file, let digest, let builtInVersion, let builtInDigest):
            "**Niet de ingebouwde vragenlijst:** \(layer) \(version) werd met `--questionnaires` ingelezen uit"
                + " \(file) (SHA-256 \(digest)), in plaats van de ingebouwde \(layer) \(builtInVersion)"
                + " (SHA-256 \(builtInDigest))."
        case .lawAppliedAsOf(let date, let answersDate):
            "Het recht werd toegepast zoals het gold op \(date), de datum die met `--date` werd opgegeven; de"
                + " antwoorden " + (answersDate.map { "dateren van \($0)" } ?? "zijn niet gedateerd") + "."
        case .dateDefaulted(let date):
            "De antwoorden vermelden geen datum van beoordeling; het recht werd toegepast zoals het gold op \(date),"
                + " de dag waarop het verslag werd opgesteld."
        case .counts(let patterns, let findings, let blocker, let high, let medium, let advice, let open, let blocking):
            "Rode vlaggen: \(patterns.established) aangetroffen, \(patterns.notDemonstrated) niet aangetoond, "
                + "\(patterns.cannotBeExcluded) niet uit te sluiten. Bevindingen: \(findings.established) vastgesteld, "
                + "\(findings.notDemonstrated) niet aangetoond, \(findings.cannotBeExcluded) niet uit te sluiten "
                + "(vastgesteld of niet aangetoond, naar ernst: blokkerend \(blocker), hoog \(high), "
                + "gemiddeld \(medium), aanbeveling \(advice)). Open punten: "
                + (open == 0
                    ? "geen."
                    : blocking == 0
                        ? "\(open), geen ervan blokkeert de beslissing."
                        : "\(open), waarvan \(blocking) de beslissing " + (blocking == 1 ? "blokkeert." : "blokkeren."))
        case .unansweredCount(let count): "Onbeantwoorde verplichte vragen: \(count)."
        case .beforeUse(let used, let measures):
            "**\(used ? "Vóór elk verder gebruik" : "Vóór elk gebruik")** (punt 5): \(measures)."
        case .blockingUnknownsHeading: "**Open punten die de beslissing blokkeren:**"
        case .andMoreInSection5(let count): "en nog \(count) andere (punt 5)"
        case .priorConsultationLead: "**Voorafgaande raadpleging van de toezichthoudende autoriteit:** "
        case .signOffLead: "**Ondertekening:** "
        case .legend:
            "*Vastgesteld* (bij een rode vlag: *aangetroffen*): de antwoorden tonen het aan. *Niet aangetoond*:"
                + " beantwoord met \"Weet ik niet\"; het is aan de verwerkingsverantwoordelijke om het tegendeel aan"
                + " te tonen. *Kan niet worden uitgesloten*: blijft open tot de vraag is beantwoord."
                + " `dpia explain ID` licht elk punt toe."
        case .decisiveReasonsHeading: "**Doorslaggevende redenen:**"
        case .moreInSection3(let count): "Nog \(count) andere in punt 3."
        case .redPatternState(let state):
            switch state {
            case .established: "Rode vlag, aangetroffen"
            case .notDemonstrated: "Rode vlag, niet aangetoond"
            case .cannotBeExcluded: "Rode vlag, kan niet worden uitgesloten"
            }
        case .severityState(let severity, let state):
            switch (severity, state) {
            case (.blocker, .established): "Blokkerend, vastgesteld"
            case (.blocker, .notDemonstrated): "Blokkerend, niet aangetoond"
            case (.blocker, .cannotBeExcluded): "Blokkerend, kan niet worden uitgesloten"
            case (.high, .established): "Hoog, vastgesteld"
            case (.high, .notDemonstrated): "Hoog, niet aangetoond"
            case (.high, .cannotBeExcluded): "Hoog, kan niet worden uitgesloten"
            case (.medium, .established): "Gemiddeld, vastgesteld"
            case (.medium, .notDemonstrated): "Gemiddeld, niet aangetoond"
            case (.medium, .cannotBeExcluded): "Gemiddeld, kan niet worden uitgesloten"
            case (.advice, .established): "Aanbeveling, vastgesteld"
            case (.advice, .notDemonstrated): "Aanbeveling, niet aangetoond"
            case (.advice, .cannotBeExcluded): "Aanbeveling, kan niet worden uitgesloten"
            }
        case .establishment(let state, let isPattern):
            switch state {
            case .established: isPattern ? "Aangetroffen" : "Vastgesteld"
            case .notDemonstrated: "Niet aangetoond"
            case .cannotBeExcluded: "Kan niet worden uitgesloten"
            }
        case .consultationRequired(let risks):
            "vereist (art. 28, lid 1, Richtlijn (EU) 2016/680): hoge risico's vóór de maatregelen (\(risks))"
        case .consultationStillHigh(let risks):
            "na de maatregelen nog steeds hoog: \(risks ?? "al die risico's"); zij mogen pas na raadpleging van de"
                + " autoriteit worden aanvaard"
        case .consultationRequiredByFinding:
            "vereist (art. 28, lid 1, Richtlijn (EU) 2016/680); zie bevinding `dpia.no_prior_consultation`"
        case .consultationNotRequired: "volgens het risicoregister niet vereist."
        case .consultationSentOn(let date): " Ingediend op \(date)."

        case .descriptionHeading: "2. Beschrijving van de verwerking"
        case .itemColumn: "Onderdeel"
        case .valueColumn: "Inhoud"
        case .controller: "Verwerkingsverantwoordelijke"
        case .unit: "Eenheid"
        case .processingOrTool: "Verwerking of toepassing"
        case .stage: "Fase"
        case .purposes: "Doeleinden"
        case .peopleConcerned: "Betrokkenen"
        case .data: "Gegevens"
        case .sourcesOfData: "Herkomst van de gegevens"
        case .systems: "Systemen"
        case .vendor: "Leverancier"
        case .recipients: "Ontvangers, verwerkers en subverwerkers"
        case .retention: "Bewaring"
        case .scale: "Omvang"
        case .assessor: "Beoordelaar"
        case .assessmentDate: "Datum van de beoordeling"
        case .jurisdiction: "Rechtsgebied"
        case .classification: "Classificatie"
        case .notRecorded: "niet vermeld"
        case .stageFromAnswers: " (afgeleid uit de antwoorden)"
        case .dateOfReport: " (datum van het verslag)"
        case .stageLabel(let stage):
            switch stage {
            case .planned: "gepland (nog niet gebruikt)"
            case .trial: "in proef- of testfase"
            case .inUse: "in gebruik"
            }
        case .dataFlowNotRecorded: "Gegevensstroom: niet beschreven."
        case .dataFlowLead: "Gegevensstroom:"

        case .lawfulnessHeading: "3. Rechtmatigheid: rode vlaggen en bevindingen"
        case .redPatternsNotAssessed:
            "De rode vlaggen werden niet beoordeeld: de verwerking valt buiten het toepassingsgebied van deze"
                + " vragenlijsten."
        case .noRedPattern: "Er werd geen rode vlag aangetroffen en er blijft er ook geen open."
        case .redPatternsHeading: "Rode vlaggen"
        case .noFinding: "Geen bevindingen."
        case .redPatternLine(let id): "Rode vlag \(id)"
        case .findingLine(let id): "Bevinding \(id)"
        case .precedentsLead: "Precedenten: "
        case .provisionsLead: "Bepalingen: "
        case .answersLead: "Antwoorden: "
        case .comingIntoForce(let from, let severity):
            (from.map { "Aanbeveling, verplicht vanaf \($0) (vanaf dan " } ?? "Aanbeveling, later verplicht (dan ")
                + ReportText.priority(severity).dutch + ")"
        case .noProvisions: "geen"
        case .bindingFrom(let date): " (van toepassing vanaf \(date))"
        case .noAnswersNeeded: "geen nodig: de regel geldt altijd."
        case .amongChosen(let count): "(van de \(count) gekozen opties)"

        case .riskHeading: "4. Risicoregister"
        case .riskNotAssessed:
            "Niet beoordeeld: de verwerking valt buiten het toepassingsgebied van deze vragenlijsten."
        case .noRisk: "Op grond van deze antwoorden is geen enkel risico uit de catalogus van toepassing."
        case .riskLegend:
            "Risico's voor de rechten en vrijheden van de betrokkenen (art. 27, lid 2, Richtlijn (EU) 2016/680):"
                + " ernst (E) en waarschijnlijkheid (W), van 1 (verwaarloosbaar) tot 4 (maximaal) op de schalen van"
                + " de CNIL; een hoog risico staat in het vet; restrisico: na de uitgevoerde of geplande maatregelen."
        case .riskNumberColumn: "Nr."
        case .riskColumn: "Risico"
        case .rightsColumn: "Betrokken rechten"
        case .suggestedColumn: "Voorgesteld"
        case .decidedColumn: "Beslist"
        case .residualColumn: "Restrisico"
        case .raisedByColumn: "Volgt uit"
        case .noneFired: "geen enkele regel"
        case .loweringUnjustified:
            "het antwoordbestand verlaagt een niveau zonder motivering; het voorgestelde niveau blijft daarom gelden"
        case .justification(let text): "motivering: \(text)"
        case .loweredBy(let measures): "verlaagd door \(measures)"
        case .riskMapBefore: "Risicokaart vóór de maatregelen"
        case .riskMapAfter: "Risicokaart na de maatregelen"
        case .rating(let severity, let likelihood): "E\(severity) W\(likelihood)"
        case .likelihoodRow(let level):
            switch level {
            case .negligible: "Waarschijnlijkheid 1 verwaarloosbaar"
            case .limited: "Waarschijnlijkheid 2 beperkt"
            case .significant: "Waarschijnlijkheid 3 aanzienlijk"
            case .maximum: "Waarschijnlijkheid 4 maximaal"
            }
        case .severityColumn(let level):
            switch level {
            case .negligible: "Ernst 1 verwaarloosbaar"
            case .limited: "Ernst 2 beperkt"
            case .significant: "Ernst 3 aanzienlijk"
            case .maximum: "Ernst 4 maximaal"
            }

        case .measuresHeading: "5. Maatregelenregister"
        case .neverLawful(let rules):
            "Geen enkele maatregel kan dit gebruik rechtmatig maken (\(rules)): het register bevat alleen"
                + " maatregelen die het gebruik stopzetten, de gevolgen ervan herstellen en herhaling voorkomen."
        case .noMeasure: "Er is geen maatregel vereist."
        case .noRecordYet:
            "Er is nog geen verantwoordelijke, termijn of status geregistreerd (`measures:`): elke maatregel moet"
                + " nog worden uitgevoerd."
        case .pointsToFindOut: "Na te gaan punten"
        case .bearsOn(let rules): ": van belang voor \(rules)"
        case .priority(let severity):
            switch severity {
            case .blocker: "blokkerend"
            case .high: "hoog"
            case .medium: "gemiddeld"
            case .advice: "aanbeveling"
            }
        case .forRules(let rules): "naar aanleiding van \(rules)"
        case .status(let status):
            switch status {
            case .todo: "uit te voeren"
            case .planned: "gepland"
            case .done: "uitgevoerd"
            case .rejected: "niet genomen"
            }
        case .noReasonGiven: "zonder motivering"
        case .owner(let owner): ", verantwoordelijke: " + (owner ?? "niet aangewezen")
        case .due(let due): ", termijn: " + (due ?? "niet bepaald")
        case .evidence(let evidence): ", bewijsstuk: " + (evidence ?? "geen")
        case .noOwnerOrDue: ", geen verantwoordelijke of termijn"

        case .signOffHeading: "6. Ondertekening"
        case .signOffSummary(let opinion, let decision):
            "advies van de DPO: " + (opinion.map { ReportText.opinion($0).dutch } ?? "niet uitgebracht")
                + "; beslissing van de verwerkingsverantwoordelijke: "
                + (decision.map { ReportText.controllerDecision($0).dutch } ?? "niet genomen") + " (punt 6)."
        case .controllerOverrodeShort: " De verwerkingsverantwoordelijke heeft tegen het advies van de DPO in beslist."
        case .notSignedOffSummary: "niet ondertekend (punt 6)."
        case .notSignedOffBlock(let consultationRequired):
            "Niet ondertekend (`sign_off:`): er is geen advies van de DPO, geen goedkeuring van de maatregelen, geen"
                + " aanvaarding van de restrisico's, geen voorafgaande raadpleging"
                + (consultationRequired ? " (die hier vereist is)" : "") + ", geen beslissing van de"
                + " verwerkingsverantwoordelijke en geen datum voor de volgende herziening. De ondertekening"
                + " verandert nooit iets aan het eindoordeel."
        case .notSignedOff: "niet ondertekend"
        case .opinion(let opinion):
            switch opinion {
            case .favourable: "gunstig"
            case .favourableWithReservations: "gunstig onder voorbehoud"
            case .unfavourable: "ongunstig"
            }
        case .controllerDecision(let decision):
            switch decision {
            case .proceed: "doorgaan"
            case .proceedAfterMeasures: "doorgaan zodra de maatregelen zijn uitgevoerd"
            case .doNotProceed: "niet doorgaan"
            }
        case .consultationNotRequiredByRegister: "volgens het risicoregister niet vereist"
        case .consultationRequiredShort: "vereist"
        case .consultationSent(let date, let outcome):
            "; ingediend op \(date); uitkomst: \(outcome ?? "nog niet bekend")"
        case .consultationNotSent: "; niet ingediend"
        case .partColumn: "Onderdeel"
        case .recordColumn: "Registratie"
        case .dpoOpinionRow: "Advies van de functionaris voor gegevensbescherming"
        case .measuresApprovedRow: "Maatregelen goedgekeurd door"
        case .residualRisksAcceptedRow: "Restrisico's aanvaard door"
        case .priorConsultationRow: "Voorafgaande raadpleging van de toezichthoudende autoriteit"
        case .controllerDecisionRow: "Beslissing van de verwerkingsverantwoordelijke"
        case .nextReviewRow: "Volgende herziening"
        case .overdueOnAssessmentDate: " (verstreken op de datum van de beoordeling)"
        case .signOffNote: "De ondertekening verandert niets aan het eindoordeel, dat uit de antwoorden volgt."
        case .controllerOverrodeLong:
            " De verwerkingsverantwoordelijke heeft beslist door te gaan ondanks het ongunstige advies van de"
                + " functionaris voor gegevensbescherming."

        case .laterDecisionMark: ", latere beslissing"
        case .notApplicable: "(niet van toepassing)"
        case .notAnswered: "(niet beantwoord)"
        case .unknownAnswer: "Weet ik niet"
        case .yes: "Ja"
        case .no: "Nee"
        case .noneOfThese: "Geen van deze"

        case .annexHeading: "7. Bijlagen"
        case .answersAnnexHeading: "A. Gestelde vragen en gegeven antwoorden"
        case .stoppedAtScope:
            "De beoordeling is bij het toepassingsgebied gestopt: alleen de beantwoorde vragen zijn opgenomen. De"
                + " andere vragen werden niet gesteld: ze passen Richtlijn (EU) 2016/680 toe, die op deze verwerking"
                + " niet van toepassing is."
        case .idColumn: "Id"
        case .questionColumn: "Vraag"
        case .answerColumn: "Antwoord"
        case .noteColumn: "Opmerking"
        case .evidenceColumn: "Bewijsstuk"
        case .requiredNotAnswered(let list): "Niet beantwoorde verplichte vragen: \(list)."
        case .otherVersions(let list): "De antwoorden werden gegeven op basis van andere versies: \(list)."
        case .answersNotUsed(let list):
            "Antwoorden die in het bestand staan maar niet werden gebruikt, omdat hun vragen niet van toepassing"
                + " zijn: \(list)."
        case .precedentsHeading: "B. Precedenten"
        case .noPrecedent: "Er wordt geen precedent aangehaald."
        case .decidedAfterAssessment:
            " Dateert van na deze beoordeling: een latere beslissing, waarop deze beoordeling niet steunt."
        case .sourcesHeading: "C. Bronnen"
        case .questionnaireColumn: "Vragenlijst"
        case .versionColumn: "Versie"
        case .lawAsOfColumn: "Stand van het recht"
        case .extendsColumn: "Vult aan"
        case .keyColumn: "Afkorting"
        case .instrumentColumn: "Rechtsinstrument"
        case .officialTextColumn: "Officiële tekst"
        case .digestsNote:
            "Hashwaarden: punt 8. Waaraan elke bepaling werd getoetst, en wanneer: `docs/legal-sources.md`."
        case .caseHeading(let title): "D. Casus: \(title)"
        case .narrativeNote: "De feiten staan in het feitenrelaas van het casusbestand (`case.narrative`)."
        case .caseSourcesLead: "Bronnen van de casus:"

        case .integrityHeading: "8. Integriteit"
        case .integrityIntro(let tool):
            "Opgesteld met \(tool). De SHA-256-hashwaarden hieronder staan ook in de kop van het document (front"
                + " matter), onder `integrity`. `dpia verify` controleert dat het verslag ongewijzigd is en, met het"
                + " antwoordbestand erbij, dat het uit die antwoorden en deze vragenlijsten volgt;"
                + " `docs/integrity.md` beschrijft de canonieke vormen, zodat u dat ook met de hand kunt nagaan."
        case .canonicalAnswersRow: "Antwoorden, canonieke vorm"
        case .questionnaireRow(let id, let version): "Vragenlijst \(id), versie \(version)"
        case .translationRow(let id, let language): "Vertaling van \(id) (\(language))"
        case .reportWithoutRecordRow: "Dit verslag, zonder de integriteitsgegevens"
        case .signedWith(let key, let value):
            "Digitaal ondertekend met Ed25519 over de hashwaarden hierboven. SHA-256 van de openbare sleutel:"
                + " `\(key)`. Handtekening: `\(value)`."
        case .notSigned: "Niet digitaal ondertekend."
        }
    }
}
