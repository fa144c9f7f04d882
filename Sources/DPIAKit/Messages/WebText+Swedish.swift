extension WebText {
    /// The pages in Swedish, in the plain style of a Swedish authority's e-service (klarspråk),
    /// without "du": instructions are imperative or impersonal. Terms follow the report
    /// (``ReportText``): `iakttagelse`, `röd flagga`, ”Vet inte”, `Fastställande`, `facit` for the key.
    var swedish: String {
        switch self {
        case .skipToContent: "Hoppa till innehållet"
        case .mainNavigation: "Huvudmeny"
        case .languageNavigation: "Språk"
        case .register: "Register"
        case .explain: "Förklara"
        case .checklist: "Checklista"
        case .train: "Övning"
        case .assessment: "Bedömning"
        case .review: "Översikt"
        case .description: "Beskrivning"
        case .measures: "Åtgärder"
        case .risks: "Risker"
        case .signOff: "Fastställande"
        case .report: "Rapport"
        case .forbidden: "403 Åtkomst nekad"
        case .needsTokenAddress:
            "Sidan kan bara öppnas med den adress som dpia serve skrev ut (adressen innehåller en token)."
        case .formFromThisServerOnly: "Ett formulär kan bara skickas från en sida i denna dpia serve."
        case .crossSiteFormRefused: "Formulär från en annan webbplats tas inte emot."

        case .notAnAnswersFileTitle: "Inte en svarsfil"
        case .notAnAnswersFileBody:
            "En fil anges med sitt namn i registermappen, och namnet ska sluta på .yaml. Sökvägar godtas inte."
        case .noSuchFileTitle: "Filen finns inte"
        case .noSuchFileBody(let file): "\(file) finns inte i registermappen."
        case .cannotUse(let file): "\(file) kan inte användas"
        case .changedElsewhereTitle: "Ändrad i ett annat fönster"
        case .changedElsewhereBody(let file): "\(file) har ändrats i ett annat fönster. Ladda om sidan."
        case .noSuchQuestionTitle: "Frågan finns inte"
        case .noSuchQuestionBody(let id): "\(id) är inte en fråga i dessa frågeformulär."

        case .registerHeading: "Register över konsekvensbedömningar"
        case .folder(let path): "Mapp: \(path)"
        case .fileColumn: "Fil"
        case .jurisdictionColumn: "Jurisdiktion"
        case .stageColumn: "Skede"
        case .verdictColumn: "Slutsats"
        case .nextReviewColumn: "Nästa översyn"
        case .signOffColumn: "Fastställande"
        case .registerCaption: "Svarsfiler i registermappen"
        case .noAnswersFileYet: "Det finns ännu ingen svarsfil i mappen."
        case .noNextReview: "ingen"
        case .notAnAnswersFile(let why): "inte en svarsfil: \(why)"
        case .cannotBeRead: "kan inte läsas"
        case .notSigned: "inte fastställd"
        case .decidedByController: "beslutad av den personuppgiftsansvarige"
        case .dpoOpinionGiven: "dataskyddsombudet har yttrat sig"
        case .newAssessment: "Ny bedömning"
        case .questionnairesJurisdiction: "Frågeformulär (jurisdiktion)"
        case .organisationField: "Organisation (den personuppgiftsansvarige, till exempel en polismyndighet)"
        case .unitField: "Enhet som vill genomföra behandlingen (valfritt)"
        case .processingField: "Behandling eller verktyg som bedöms, på en rad"
        case .assessorField: "Handläggare: namn och roll (valfritt)"
        case .lawDateField: "Rättsläge per datum"
        case .fileNameField: "Filnamn (valfritt)"
        case .dateHint: "ÅÅÅÅ-MM-DD"
        case .fileNameHint:
            "Bokstäver a–z utan å, ä och ö, siffror, punkt, bindestreck och understreck. Namnet ska sluta på"
                + " .yaml. Om inget namn anges: dpia-assessment-DATUM.yaml"
        case .startAssessment: "Påbörja bedömningen"
        case .organisationNeeded: "ange organisationen, den behövs i rapporten"
        case .processingNeeded: "ange behandlingen, den behövs i rapporten"
        case .writeADate: "skriv datumet som ÅÅÅÅ-MM-DD"
        case .forbiddenCharacter(let character):
            "texten innehåller ett otillåtet tecken (\(character)); skriv in texten igen utan det"
        case .chooseListedQuestionnaires: "välj ett av frågeformulären i listan"
        case .plainFileName: "ange bara ett filnamn som slutar på .yaml, utan mapp"
        case .fileExists(let name): "\(name) finns redan; öppna filen från registret eller välj ett annat namn"
        case .notCreated(let fields): "Bedömningen har inte skapats: \(fields) fält behöver rättas."

        case .assessmentLine(let organisation, let unit, let jurisdiction, let file):
            "\(organisation)\(unit.map { " · " + $0 } ?? "") · frågeformulär \(jurisdiction) · fil \(file)"
        case .verdictSoFar(let verdict): "Slutsats utifrån svaren hittills: \(verdictName(verdict))"
        case .continueInterview: "Fortsätt med frågorna"
        case .everyQuestionAnswered: "Alla frågor är besvarade."
        case .reviewEveryAnswer: "Gå igenom alla svar"

        case .progressLine(let section, let position, let total):
            "\(section) · fråga \(position) av cirka \(total)"
        case .progress: "Förlopp"
        case .positionOfTotal(let position, let total): "\(position) av \(total)"
        case .optional: "Frivillig fråga."
        case .yes: "Ja"
        case .no: "Nej"
        case .noneOfThese: "Inget av alternativen"
        case .tickEveryOption: "Markera alla alternativ som stämmer, eller Inget av alternativen."
        case .guidanceAndProvisions: "Vägledning och bestämmelser"
        case .noGuidance: "Det finns ingen vägledning för frågan."
        case .provisions(let list): "Bestämmelser: \(list)"
        case .noteField: "Anmärkning (valfritt)"
        case .evidenceField: "Hänvisning till underlag (valfritt)"
        case .saveAndContinue: "Spara och fortsätt"
        case .dontKnow: "Vet inte"
        case .previousQuestion: "Tillbaka till föregående fråga"
        case .reviewTheAnswers: "Gå igenom svaren"
        case .interviewNavigation: "Frågorna"
        case .progressBySection: "Förlopp per avsnitt"
        case .sectionProgress(let section, let answered, let asked): "\(section): \(answered) av \(asked) besvarade"
        case .noneWithOthers:
            "”Inget av alternativen” kan inte markeras tillsammans med andra alternativ; markera antingen det"
                + " eller de andra"
        case .answerNeeded(let allowsUnknown):
            "ett svar krävs" + (allowsUnknown ? "; välj ”Vet inte” om svaret inte är känt" : "")
        case .thisQuestion: "den här frågan"
        case .staleAnswer(let now):
            "Bedömningen ändrades i en annan flik eller ett annat fönster efter att sidan öppnades, och svaret"
                + " har därför inte sparats. Filen innehåller nu: \(now). Svaret visas nedan: kontrollera det och"
                + " spara igen."
        case .notAnswered: "obesvarad"
        case .notAsked: "inte ställd"
        case .unknownAnswer: "Vet inte"
        case .errorPrefix(let message): "Fel: \(message)"

        case .reviewHeading: "Översikt: alla svar"
        case .stillToAnswer: "Återstår att besvara: "
        case .questionColumn: "Fråga"
        case .answerColumn: "Svar"
        case .actionColumn: "Ändring"
        case .change: "Ändra"
        case .changeQuestion(let label): "Ändra: \(label)"
        case .withNote(let note): " (anmärkning: \(note))"
        case .then: "Därefter: "

        case .measuresHeading: "Åtgärdsregister"
        case .noMeasureOwed: "Utifrån svaren hittills behöver inga åtgärder vidtas."
        case .measureLegend(let text, let id, let priority): "\(text) (\(id), prioritet: \(priority))"
        case .measureAnswers(let list): "Svar: \(list)"
        case .statusField: "Status"
        case .ownerField: "Ansvarig"
        case .dueField: "Tidsfrist"
        case .measureEvidenceField: "Underlag"
        case .rejectionReasonField: "Skäl (om åtgärden avböjs)"
        case .status(let status):
            switch status {
            case .todo: "ej påbörjad"
            case .planned: "planerad"
            case .done: "genomförd"
            case .rejected: "avböjd"
            }
        case .saveMeasure: "Spara åtgärden"
        case .recordAnotherMeasure: "Registrera en annan åtgärd"
        case .measureField: "Åtgärd"
        case .recordMeasure: "Registrera åtgärden"
        case .noSuchMeasure: "åtgärden finns inte i registret; välj en åtgärd på sidan Åtgärder"
        case .rejectedNeedsReason: "ange skälet till att åtgärden avböjs"
        case .staleMeasure:
            "Bedömningen ändrades i en annan flik efter att sidan öppnades, och åtgärden har inte sparats."
                + " Kontrollera vad filen innehåller nu och spara igen."

        case .descriptionHeading: "Beskrivning av behandlingen"
        case .descriptionIntro:
            "Den systematiska beskrivningen av behandlingen (artikel 27.2 i direktiv (EU) 2016/680) återges i"
                + " avsnitt 2 i rapporten. Den påverkar inga iakttagelser, och alla fält är frivilliga."
        case .stageLegend: "Behandlingens skede"
        case .stageFromAnswers: "Inte angivet: hämtas från svaren"
        case .dataFlowField: "Dataflöde, steg för steg"
        case .oneALine: "En per rad."
        case .recipientsHint:
            "En per rad: namn; roll (personuppgiftsbiträde, underbiträde, mottagare); land."
        case .recipientLineProblem(let line): "rad \(line) saknar namn: skriv raden som namn; roll; land"
        case .saveDescription: "Spara beskrivningen"
        case .staleDescription:
            "Bedömningen ändrades i en annan flik efter att sidan öppnades, och beskrivningen har inte sparats."
                + " Det som skrevs in visas nedan: kontrollera det och spara igen."

        case .risksHeading: "Beslut om risker"
        case .risksIntro:
            "Ange en egen nivå för en risk när bedömningen skiljer sig från förslaget, enligt CNIL:s fyra nivåer."
                + " En nivå som är lägre än den föreslagna måste motiveras skriftligt. Utan motivering gäller"
                + " förslaget."
        case .noRiskToDecide: "Ingen av riskerna i katalogen är aktuell utifrån svaren hittills."
        case .riskLegend(let title, let id): "\(title) (\(id))"
        case .suggestedRating(let before, let after):
            "Förslag före åtgärderna: \(before). Efter åtgärderna: \(after)."
        case .ratingText(let severity, let likelihood): "allvarlighetsgrad \(severity), sannolikhet \(likelihood)"
        case .severityBefore: "Allvarlighetsgrad före åtgärderna"
        case .likelihoodBefore: "Sannolikhet före åtgärderna"
        case .severityAfter: "Allvarlighetsgrad efter åtgärderna"
        case .likelihoodAfter: "Sannolikhet efter åtgärderna"
        case .asSuggested: "Enligt förslaget"
        case .level(let level):
            switch level {
            case .negligible: "1 försumbar"
            case .limited: "2 begränsad"
            case .significant: "3 betydande"
            case .maximum: "4 maximal"
            }
        case .justificationField: "Motivering"
        case .justificationHint: "Krävs när en nivå är lägre än den föreslagna: ange vad som gör den lägre."
        case .loweringNeedsJustification:
            "en nivå som är lägre än den föreslagna måste motiveras; skriv en motivering eller välj Enligt förslaget"
        case .loweringUnjustifiedNow: "Filen sänker en nivå utan motivering, och den föreslagna nivån gäller därför."
        case .saveRisk: "Spara risken"
        case .staleRisk:
            "Bedömningen ändrades i en annan flik efter att sidan öppnades, och risken har inte sparats."
                + " Kontrollera vad filen innehåller nu och spara igen."

        case .signOffHeading: "Fastställande"
        case .signOffNeverChangesVerdict:
            "Fastställandet ändrar aldrig slutsatsen. Av rapporten framgår om den personuppgiftsansvarige har"
                + " beslutat i strid med dataskyddsombudets yttrande."
        case .dpoOpinionLegend: "Dataskyddsombudets yttrande"
        case .dpoOpinionTextField: "Yttrandets text (valfritt)"
        case .dpoPerson: "Dataskyddsombudet"
        case .measuresApprovedPerson: "Åtgärderna godkända av"
        case .residualRisksAcceptedPerson: "Kvarstående risker godtagna av"
        case .controllerPerson: "Beslutsfattare för den personuppgiftsansvarige"
        case .nameField: "Namn"
        case .roleField: "Roll"
        case .dateField: "Datum"
        case .priorConsultationLegend:
            "Förhandssamråd med tillsynsmyndigheten (artikel 28 i direktiv (EU) 2016/680)"
        case .priorConsultationSentField: "Begäran gavs in den"
        case .priorConsultationOutcomeField: "Utfall"
        case .controllerDecisionLegend: "Den personuppgiftsansvariges beslut"
        case .controllerDecisionTextField: "Beslutets text (valfritt)"
        case .nextReviewField: "Nästa översyn"
        case .noOpinionYet: "Inget yttrande ännu"
        case .noDecisionYet: "Inget beslut ännu"
        case .nameNeeded: "ange personens namn, eftersom en roll eller ett datum har fyllts i"
        case .saveSignOff: "Spara fastställandet"
        case .staleSignOff:
            "Bedömningen ändrades i en annan flik efter att sidan öppnades, och fastställandet har inte sparats."
                + " Kontrollera uppgifterna och spara igen."

        case .reportHeading: "Rapport"
        case .downloads: "Nedladdningar"
        case .downloadMarkdown: "Ladda ned rapporten (Markdown)"
        case .downloadJSON: "Ladda ned rapporten (JSON)"
        case .downloadDOCX: "Ladda ned rapporten (Word, DOCX)"
        case .jsonCannotBeMade: "JSON-rapporten kan inte skapas"
        case .docxCannotBeMade(let why): "DOCX-rapporten kan inte skapas: \(why)"

        case .explainHeading: "Förklara"
        case .explainField: "Id för en fråga, en iakttagelse eller en röd flagga"
        case .explainButton: "Förklara"
        case .notAnID(let id): "”\(id)” är inte ett id i frågeformulären"
        case .everyID: "Alla id"
        case .checklistHeading: "Checklista"
        case .questionnairesField: "Frågeformulär"
        case .showChecklist: "Visa checklistan"

        case .trainHeading: "Övning: ett övningsärende"
        case .trainIntro:
            "Läs omständigheterna i ett ärende, besvara frågorna så som dataskyddsombudet borde ha gjort och"
                + " jämför svaren med facit. Endast det som de egna svaren avgör ger poäng."
        case .noTrainingCase: "Inget ärende har något avsnitt för övningsledaren (trainer)."
        case .caseLegend: "Ärende"
        case .caseOption(let title, let jurisdiction, let questions):
            "\(title) (\(jurisdiction), " + (questions.map { questionCount($0) } ?? "alla frågor") + ")"
        case .traineeField: "Namn (valfritt)"
        case .traineeHint: "Anges i övningsprotokollet. Lämna fältet tomt om inget namn ska anges."
        case .startQuiz: "Läs omständigheterna"
        case .chooseACase: "välj ett av ärendena i listan"
        case .factsHeading(let title): "Övningsärende: \(title)"
        case .quizInstructions(let questions, let lawDate):
            "Besvara " + (questions.map { questionCount($0) } ?? "bedömningens frågor")
                + " så som dataskyddsombudet borde ha gjort, utifrån omständigheterna ovan. Bedömningen görs"
                + " enligt rättsläget den \(lawDate). Välj ”Vet inte” när omständigheterna inte ger svaret."
                + " Till sist jämförs svaren med facit och poängsätts."
        case .startQuestions: "Börja med frågorna"
        case .caseFacts: "Omständigheterna"
        case .endQuiz: "Avsluta övningen här"
        case .quizNavigation: "Övning"
        case .noSuchQuiz: "Övningen finns inte (eller inte längre) på servern. Starta en ny övning."
        case .newQuiz: "Starta en ny övning"
        case .resultHeading(let title): "Resultat: \(title)"
        case .score(let points, let maximum, let percent): "Poäng: \(points) av \(maximum) (\(percent) %)"
        case .abandoned: "Övningen avslutades före den sista frågan."
        case .fullMarks: "Full poäng: alla svar, iakttagelser, röda flaggor och slutsatsen stämmer med facit."
        case .answersLikeKey(let matching, let scored): "Svar som stämmer med facit: \(matching) av \(scored)"
        case .outcomesLikeKey(let reproduced, let key, let extra):
            "Iakttagelser och röda flaggor som svaren avgör och som stämmer med facit: \(reproduced) av \(key)"
                + (extra > 0 ? ", minus \(extra) som inte finns i facit" : "")
        case .verdicts(let yours, let key):
            "Slutsats: enligt de lämnade svaren \(verdictName(yours)), enligt facit \(verdictName(key))"
        case .verdictNotScored: "ger inga poäng: slutsatsen följer av ärendets omständigheter, inte av frågorna"
        case .verdictNeedsEveryAnswer: "0 poäng: inte alla frågor besvarades"
        case .verdictPoints(let points): "\(points) poäng"
        case .differencesHeading(let count): "Svar som skiljer sig från facit (\(count))"
        case .everyAnswerIsTheKeys: "Alla svar stämmer med facit."
        case .yourAnswer(let answer): "Lämnat svar: \(answer)"
        case .keysAnswer(let answer): "Facit: \(answer)"
        case .whatItChanges(let change): "Vad skillnaden påverkar: \(change)"
        case .notAskedWithYourAnswers: "ställs inte med de lämnade svaren"
        case .notAskedWithKeysAnswers: "ställs inte med svaren i facit"
        case .noFindingOrRedPattern: "ingen iakttagelse eller röd flagga"
        case .outcomeName(let isPattern, let title): "\(isPattern ? "den röda flaggan" : "iakttagelsen") ”\(title)”"
        case .outcomeState(let fired, let severity):
            (fired ? "utlöst" : "inte utesluten") + (severity.map { ", " + $0.swedish() } ?? "")
        case .otherStateChange(let name, let yours, let key):
            "\(name) är med det lämnade svaret \(yours) och med svaret i facit \(key)"
        case .missesOutcome(let name, let state): "leder inte till \(name) (\(state))"
        case .addsOutcome(let name, let state): "leder dessutom till \(name) (\(state))"
        case .firesWhen(let condition): "; den utlöses när \(condition)"
        case .whatWasDecided: "Vad som beslutades"
        case .forDiscussion: "Att diskutera"
        case .classroomView: "Visa resultatet för hela gruppen (stor text)"
        case .classroomHeading: "Resultat för gruppen"
        case .downloadRecord: "Ladda ned övningsprotokollet (Markdown)"
        case .scoreLabel: "Poäng"
        }
    }
}

/// A verdict the pages pass as its English raw value, in the report's Swedish words; any other text
/// as it is.
private func verdictName(_ rawValue: String) -> String {
    Verdict(rawValue: rawValue).map { ReportText.verdictLabel($0).swedish } ?? rawValue
}

/// `1 fråga`, `3 frågor`.
private func questionCount(_ count: Int) -> String {
    count == 1 ? "1 fråga" : "\(count) frågor"
}
