extension WebText {
    /// The pages in Belgian administrative Dutch ("u"-form), with the report's and the interview's terms:
    /// "bevinding", "rode vlag", "Weet ik niet", "verwerkingsverantwoordelijke", "eindoordeel",
    /// "Ondertekening", "facultatief", "bewijsstuk", "JJJJ-MM-DD"; "bewaren" for saving, as Flemish
    /// administrations' forms say.
    var dutch: String {
        switch self {
        case .skipToContent: "Naar de inhoud"
        case .mainNavigation: "Hoofdmenu"
        case .languageNavigation: "Taal"
        case .register: "Register"
        case .explain: "Uitleg"
        case .checklist: "Checklist"
        case .train: "Oefening"
        case .assessment: "Beoordeling"
        case .review: "Overzicht"
        case .description: "Beschrijving"
        case .measures: "Maatregelen"
        case .risks: "Risico's"
        case .signOff: "Ondertekening"
        case .report: "Verslag"
        case .forbidden: "403 Toegang geweigerd"
        case .needsTokenAddress:
            "Deze pagina is alleen bereikbaar via het adres dat dpia serve heeft getoond (met het token)."
        case .formFromThisServerOnly: "Een formulier kan alleen worden verzonden vanaf een pagina van deze dpia serve."
        case .crossSiteFormRefused: "Een formulier van een andere website wordt geweigerd."

        case .notAnAnswersFileTitle: "Geen antwoordbestand"
        case .notAnAnswersFileBody:
            "Geef een bestand aan met alleen zijn naam in de registermap, eindigend op .yaml; een pad wordt geweigerd."
        case .noSuchFileTitle: "Bestand niet gevonden"
        case .noSuchFileBody(let file): "\(file) staat niet in de registermap."
        case .cannotUse(let file): "\(file) kan niet worden gebruikt"
        case .changedElsewhereTitle: "Elders gewijzigd"
        case .changedElsewhereBody(let file): "\(file) werd in een ander venster gewijzigd; laad de pagina opnieuw."
        case .noSuchQuestionTitle: "Vraag niet gevonden"
        case .noSuchQuestionBody(let id): "\(id) is geen vraag van deze vragenlijsten."

        case .registerHeading: "GEB-register"
        case .folder(let path): "Map: \(path)"
        case .fileColumn: "Bestand"
        case .jurisdictionColumn: "Rechtsgebied"
        case .stageColumn: "Fase"
        case .verdictColumn: "Eindoordeel"
        case .nextReviewColumn: "Volgende herziening"
        case .signOffColumn: "Ondertekening"
        case .registerCaption: "Antwoordbestanden in de registermap"
        case .noAnswersFileYet: "Deze map bevat nog geen antwoordbestand."
        case .noNextReview: "geen"
        case .notAnAnswersFile(let why): "geen antwoordbestand: \(why)"
        case .cannotBeRead: "kan niet worden gelezen"
        case .notSigned: "niet ondertekend"
        case .decidedByController: "beslist door de verwerkingsverantwoordelijke"
        case .dpoOpinionGiven: "advies van de DPO uitgebracht"
        case .newAssessment: "Nieuwe beoordeling"
        case .questionnairesJurisdiction: "Vragenlijsten (rechtsgebied)"
        case .organisationField: "Organisatie (de verwerkingsverantwoordelijke, zoals een politiedienst)"
        case .unitField: "Eenheid die de verwerking wil inzetten (facultatief)"
        case .processingField: "Beoordeelde verwerking of toepassing, in één regel"
        case .assessorField: "Beoordelaar: uw naam en functie (facultatief)"
        case .lawDateField: "Peildatum voor het toepasselijke recht"
        case .fileNameField: "Bestandsnaam (facultatief)"
        case .dateHint: "JJJJ-MM-DD"
        case .fileNameHint:
            "Letters, cijfers, punt, koppelteken en underscore (_), eindigend op .yaml; standaard"
                + " dpia-assessment-DATUM.yaml"
        case .startAssessment: "Beoordeling starten"
        case .organisationNeeded: "vul de organisatie in: ze is nodig voor het verslag"
        case .processingNeeded: "vul de verwerking in: ze is nodig voor het verslag"
        case .writeADate: "schrijf de datum als JJJJ-MM-DD"
        case .forbiddenCharacter(let character):
            "de tekst bevat \(Self.dutchCharacter(character)); typ de tekst opnieuw zonder dat teken"
        case .chooseListedQuestionnaires: "kies een van de vermelde vragenlijsten"
        case .plainFileName: "geef alleen een bestandsnaam op, eindigend op .yaml, zonder map"
        case .fileExists(let name): "\(name) bestaat al; open het vanuit het register of kies een andere naam"
        case .notCreated(let fields):
            "De beoordeling werd niet aangemaakt: " + (fields == 1 ? "1 veld moet" : "\(fields) velden moeten")
                + " worden verbeterd."

        case .assessmentLine(let organisation, let unit, let jurisdiction, let file):
            "\(organisation)\(unit.map { " · " + $0 } ?? "") · vragenlijsten \(jurisdiction) · bestand \(file)"
        case .verdictSoFar(let verdict):
            "Eindoordeel op basis van de antwoorden tot nu toe: \(Self.dutchVerdict(verdict))"
        case .continueInterview: "Verder met de vragen"
        case .everyQuestionAnswered: "Alle vragen zijn beantwoord."
        case .reviewEveryAnswer: "Alle antwoorden nakijken"

        case .progressLine(let section, let position, let total):
            "\(section) · vraag \(position) van ongeveer \(total)"
        case .progress: "Voortgang"
        case .positionOfTotal(let position, let total): "\(position) van \(total)"
        case .optional: "Facultatief."
        case .yes: "Ja"
        case .no: "Nee"
        case .noneOfThese: "Geen van deze"
        case .tickEveryOption: "Vink elke optie aan die van toepassing is, of “Geen van deze”."
        case .guidanceAndProvisions: "Toelichting en bepalingen"
        case .noGuidance: "Bij deze vraag hoort geen toelichting."
        case .provisions(let list): "Bepalingen: \(list)"
        case .noteField: "Opmerking (facultatief)"
        case .evidenceField: "Verwijzing naar een bewijsstuk (facultatief)"
        case .saveAndContinue: "Bewaren en verder"
        case .dontKnow: "Weet ik niet"
        case .previousQuestion: "Terug naar de vorige vraag"
        case .reviewTheAnswers: "Antwoorden nakijken"
        case .interviewNavigation: "Vragen"
        case .progressBySection: "Voortgang per onderdeel"
        case .sectionProgress(let section, let answered, let asked): "\(section): \(answered) van \(asked) beantwoord"
        case .noneWithOthers:
            "“Geen van deze” kan niet samen met andere opties worden aangevinkt; vink het alleen aan, of vink alleen"
                + " de opties aan die van toepassing zijn"
        case .answerNeeded(let allowsUnknown):
            "een antwoord is vereist" + (allowsUnknown ? "; kies “Weet ik niet” als u het niet weet" : "")
        case .thisQuestion: "deze vraag"
        case .staleAnswer(let now):
            "Deze beoordeling werd in een ander tabblad of venster gewijzigd nadat deze pagina werd geopend; uw"
                + " antwoord is daarom nog niet bewaard. Het bestand bevat nu: \(now). Uw antwoord staat hieronder:"
                + " controleer het en bewaar het opnieuw."
        case .notAnswered: "niet beantwoord"
        case .notAsked: "niet gesteld"
        case .unknownAnswer: "Weet ik niet"
        case .errorPrefix(let message): "Fout: \(message)"

        case .reviewHeading: "Overzicht: alle antwoorden"
        case .stillToAnswer: "Nog te beantwoorden: "
        case .questionColumn: "Vraag"
        case .answerColumn: "Antwoord"
        case .actionColumn: "Actie"
        case .change: "Wijzigen"
        case .changeQuestion(let label): "Wijzigen: \(label)"
        case .withNote(let note): " (opmerking: \(note))"
        case .then: "Vervolgens: "

        case .measuresHeading: "Maatregelenregister"
        case .noMeasureOwed: "Op basis van de antwoorden tot nu toe is geen maatregel vereist."
        case .measureLegend(let text, let id, let priority): "\(text) (\(id), prioriteit \(priority))"
        case .measureAnswers(let list): "Naar aanleiding van: \(list)"
        case .statusField: "Status"
        case .ownerField: "Verantwoordelijke"
        case .dueField: "Termijn"
        case .measureEvidenceField: "Bewijsstuk"
        case .rejectionReasonField: "Reden (als de maatregel niet wordt genomen)"
        case .status(let status):
            switch status {
            case .todo: "uit te voeren"
            case .planned: "gepland"
            case .done: "uitgevoerd"
            case .rejected: "niet genomen"
            }
        case .saveMeasure: "Maatregel bewaren"
        case .recordAnotherMeasure: "Een andere maatregel registreren"
        case .measureField: "Maatregel"
        case .recordMeasure: "Maatregel registreren"
        case .noSuchMeasure: "deze maatregel staat niet in het register"
        case .rejectedNeedsReason: "geef de reden op waarom de maatregel niet wordt genomen"
        case .staleMeasure:
            "Deze beoordeling werd in een ander tabblad gewijzigd nadat deze pagina werd geopend: de maatregel werd"
                + " niet bewaard. Controleer wat het bestand nu bevat en bewaar opnieuw."

        case .descriptionHeading: "Beschrijving van de verwerking"
        case .descriptionIntro:
            "De systematische beschrijving van de verwerking (art. 27, lid 2, Richtlijn (EU) 2016/680), die in punt 2"
                + " van het verslag wordt opgenomen. Ze verandert niets aan de bevindingen; elk veld is facultatief."
        case .stageLegend: "Fase van de verwerking"
        case .stageFromAnswers: "Niet ingevuld: afgeleid uit de antwoorden"
        case .dataFlowField: "Gegevensstroom, stap voor stap"
        case .oneALine: "Eén per regel."
        case .recipientsHint: "Eén per regel: naam; rol (verwerker, subverwerker, ontvanger); land."
        case .recipientLineProblem(let line): "regel \(line) bevat geen naam: schrijf naam; rol; land"
        case .saveDescription: "Beschrijving bewaren"
        case .staleDescription:
            "Deze beoordeling werd in een ander tabblad gewijzigd nadat deze pagina werd geopend: de beschrijving"
                + " werd niet bewaard. Wat u hebt ingevuld, staat hieronder: controleer het en bewaar opnieuw."

        case .risksHeading: "Beslissingen over de risico's"
        case .risksIntro:
            "Beoordeel een risico zelf wanneer u van het voorstel afwijkt, op de vier niveaus van de CNIL. Een"
                + " niveau onder het voorgestelde vereist een schriftelijke motivering; zonder motivering blijft het"
                + " voorstel gelden."
        case .noRiskToDecide:
            "Op basis van de antwoorden tot nu toe is geen enkel risico uit de catalogus van toepassing."
        case .riskLegend(let title, let id): "\(title) (\(id))"
        case .suggestedRating(let before, let after):
            "Voorgesteld: \(before) vóór de maatregelen; \(after) na de maatregelen."
        case .ratingText(let severity, let likelihood): "ernst \(severity), waarschijnlijkheid \(likelihood)"
        case .severityBefore: "Ernst vóór de maatregelen"
        case .likelihoodBefore: "Waarschijnlijkheid vóór de maatregelen"
        case .severityAfter: "Ernst na de maatregelen"
        case .likelihoodAfter: "Waarschijnlijkheid na de maatregelen"
        case .asSuggested: "Zoals voorgesteld"
        case .level(let level):
            switch level {
            case .negligible: "1 verwaarloosbaar"
            case .limited: "2 beperkt"
            case .significant: "3 aanzienlijk"
            case .maximum: "4 maximaal"
            }
        case .justificationField: "Motivering"
        case .justificationHint: "Vereist wanneer een niveau lager is dan voorgesteld: waarom het lager ligt."
        case .loweringNeedsJustification:
            "een niveau dat lager is dan voorgesteld, vereist een motivering; vul ze in of kies “Zoals voorgesteld”"
        case .loweringUnjustifiedNow:
            "Het bestand verlaagt een niveau zonder motivering; het voorgestelde niveau blijft daarom gelden."
        case .saveRisk: "Risico bewaren"
        case .staleRisk:
            "Deze beoordeling werd in een ander tabblad gewijzigd nadat deze pagina werd geopend: het risico werd"
                + " niet bewaard. Controleer wat het bestand nu bevat en bewaar opnieuw."

        case .signOffHeading: "Ondertekening"
        case .signOffNeverChangesVerdict:
            "De ondertekening verandert nooit iets aan het eindoordeel; het verslag vermeldt of de"
                + " verwerkingsverantwoordelijke tegen het advies van de DPO in heeft beslist."
        case .dpoOpinionLegend: "Advies van de functionaris voor gegevensbescherming"
        case .dpoOpinionTextField: "Tekst van het advies (facultatief)"
        case .dpoPerson: "De functionaris voor gegevensbescherming"
        case .measuresApprovedPerson: "Maatregelen goedgekeurd door"
        case .residualRisksAcceptedPerson: "Restrisico's aanvaard door"
        case .controllerPerson: "Wie heeft beslist namens de verwerkingsverantwoordelijke"
        case .nameField: "Naam"
        case .roleField: "Functie"
        case .dateField: "Datum"
        case .priorConsultationLegend:
            "Voorafgaande raadpleging van de toezichthoudende autoriteit (art. 28 Richtlijn (EU) 2016/680)"
        case .priorConsultationSentField: "Ingediend op"
        case .priorConsultationOutcomeField: "Uitkomst"
        case .controllerDecisionLegend: "Beslissing van de verwerkingsverantwoordelijke"
        case .controllerDecisionTextField: "Tekst van de beslissing (facultatief)"
        case .nextReviewField: "Volgende herziening"
        case .noOpinionYet: "Nog niet uitgebracht"
        case .noDecisionYet: "Nog niet genomen"
        case .nameNeeded: "vul de naam van de persoon in: een functie of datum vereist een naam"
        case .saveSignOff: "Ondertekening bewaren"
        case .staleSignOff:
            "Deze beoordeling werd in een ander tabblad gewijzigd nadat deze pagina werd geopend: de ondertekening"
                + " werd niet bewaard. Controleer ze en bewaar opnieuw."

        case .reportHeading: "Verslag"
        case .downloads: "Downloads"
        case .downloadMarkdown: "Verslag downloaden (Markdown)"
        case .downloadJSON: "Verslag downloaden (JSON)"
        case .downloadDOCX: "Verslag downloaden (Word, DOCX)"
        case .jsonCannotBeMade: "het JSON-verslag kan niet worden aangemaakt"
        case .docxCannotBeMade(let why): "het DOCX-verslag kan niet worden aangemaakt: \(why)"

        case .explainHeading: "Uitleg"
        case .explainField: "Id van een vraag, bevinding of rode vlag"
        case .explainButton: "Uitleggen"
        case .notAnID(let id): "'\(id)' is geen id van de vragenlijsten"
        case .everyID: "Alle id's"
        case .checklistHeading: "Checklist"
        case .questionnairesField: "Vragenlijsten"
        case .showChecklist: "Checklist tonen"

        case .trainHeading: "Oefening op een casus"
        case .trainIntro:
            "Lees de feiten van een casus, beantwoord de vragen zoals de functionaris voor gegevensbescherming dat"
                + " had moeten doen, en vergelijk uw antwoorden met de antwoordsleutel. Alleen wat uw eigen antwoorden"
                + " bepalen, wordt gescoord."
        case .noTrainingCase: "Geen enkele casus bevat een onderdeel voor de trainer."
        case .caseLegend: "Casus"
        case .caseOption(let title, let jurisdiction, let questions):
            "\(title) (\(jurisdiction), " + (questions.map { "\($0) vragen" } ?? "alle vragen") + ")"
        case .traineeField: "Uw naam (facultatief)"
        case .traineeHint: "Voor het trainingsverslag; laat het veld leeg als u niet vermeld wilt worden."
        case .startQuiz: "Feiten lezen"
        case .chooseACase: "kies een van de vermelde casussen"
        case .factsHeading(let title): "Oefencasus: \(title)"
        case .quizInstructions(let questions, let lawDate):
            "Beantwoord " + (questions.map { "\($0) vragen" } ?? "de vragen van de beoordeling")
                + " zoals de functionaris voor gegevensbescherming dat had moeten doen, op basis van de feiten"
                + " hierboven. Het recht wordt toegepast zoals het gold op \(lawDate). Kies “Weet ik niet” als de"
                + " feiten er niets over zeggen. Aan het einde worden uw antwoorden met de antwoordsleutel"
                + " vergeleken en gescoord."
        case .startQuestions: "Naar de vragen"
        case .caseFacts: "De feiten"
        case .endQuiz: "Oefening hier beëindigen"
        case .quizNavigation: "Oefening"
        case .noSuchQuiz: "Deze oefening bestaat niet (meer) op deze server: start een nieuwe."
        case .newQuiz: "Nieuwe oefening starten"
        case .resultHeading(let title): "Resultaat: \(title)"
        case .score(let points, let maximum, let percent): "Score: \(points) van \(maximum) (\(percent) %)"
        case .abandoned: "Oefening beëindigd vóór de laatste vraag."
        case .fullMarks:
            "Maximumscore: elk antwoord, elke bevinding, elke rode vlag en het eindoordeel stemmen overeen met de"
                + " sleutel."
        case .answersLikeKey(let matching, let scored): "Antwoorden zoals de sleutel: \(matching) van \(scored)"
        case .outcomesLikeKey(let reproduced, let key, let extra):
            "Bevindingen en rode vlaggen die uw antwoorden bepalen, zoals de sleutel: \(reproduced) van \(key)"
                + (extra > 0 ? ", min \(extra) die de sleutel niet heeft" : "")
        case .verdicts(let yours, let key):
            "Eindoordeel: met uw antwoorden \(Self.dutchVerdict(yours)), met de sleutel \(Self.dutchVerdict(key))"
        case .verdictNotScored: "niet gescoord: de feiten van de casus bepalen het, niet de gestelde vragen"
        case .verdictNeedsEveryAnswer: "0 punten: niet alle vragen werden beantwoord"
        case .verdictPoints(let points): points == 1 ? "1 punt" : "\(points) punten"
        case .differencesHeading(let count): "Antwoorden die afwijken van de sleutel (\(count))"
        case .everyAnswerIsTheKeys: "Elk antwoord stemt overeen met de sleutel."
        case .yourAnswer(let answer): "Uw antwoord: \(answer)"
        case .keysAnswer(let answer): "De sleutel: \(answer)"
        case .whatItChanges(let change): "Wat het verandert: \(change)"
        case .notAskedWithYourAnswers: "niet gesteld bij uw antwoorden"
        case .notAskedWithKeysAnswers: "niet gesteld bij de antwoorden van de sleutel"
        case .noFindingOrRedPattern: "geen bevinding of rode vlag"
        case .outcomeName(let isPattern, let title): "de \(isPattern ? "rode vlag" : "bevinding") “\(title)”"
        case .outcomeState(let fired, let severity):
            (fired ? (severity == nil ? "aangetroffen" : "vastgesteld") : "niet uit te sluiten")
                + (severity.map { ", " + ReportText.priority($0).dutch } ?? "")
        case .otherStateChange(let name, let yours, let key):
            "\(name): met uw antwoord \(yours), met dat van de sleutel \(key)"
        case .missesOutcome(let name, let state): "mist \(name) (\(state))"
        case .addsOutcome(let name, let state): "voegt \(name) toe (\(state))"
        case .firesWhen(let condition): "; die geldt wanneer \(condition)"
        case .whatWasDecided: "Wat werd beslist"
        case .forDiscussion: "Ter bespreking"
        case .classroomView: "Resultaat tonen voor de klas (grote letters)"
        case .classroomHeading: "Resultaat voor de klas"
        case .downloadRecord: "Trainingsverslag downloaden (Markdown)"
        case .scoreLabel: "Score"
        }
    }

    /// A verdict passed as its English raw value (`DO NOT DEPLOY`), in the report's Dutch label.
    private static func dutchVerdict(_ verdict: String) -> String {
        Verdict(rawValue: verdict).map { ReportText.verdictLabel($0).dutch } ?? verdict
    }

    /// A refused character as ``VisibleText/describe(_:)`` names it (`control character U+0092`,
    /// `noncharacter U+FFFE`), in the interview's Dutch words.
    private static func dutchCharacter(_ described: String) -> String {
        for (english, dutch) in [
            ("control character ", "het stuurteken "), ("noncharacter ", "het ongeldige Unicode-teken "),
        ] where described.hasPrefix(english) {
            return dutch + described.dropFirst(english.count)
        }
        return "het teken \(described)"
    }
}
