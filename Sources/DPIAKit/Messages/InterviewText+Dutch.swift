extension InterviewText {
    /// The interview in Belgian legal Dutch ("u"-form), with the report's terms ("bevinding", "rode vlag",
    /// "Weet ik niet", "verwerkingsverantwoordelijke"). The keys typed (`?`, `b`, `u`, `y`, `n`, `note`, the
    /// measure statuses…) stay as they are; only their explanation is Dutch.
    var dutch: String {
        switch self {
        case .metadataLabel(let field):
            switch field {
            case .language: "Taal van de beoordeling: en (English), nl (Nederlands), fr (Français) of sv (Svenska)"
            case .organisation: "Organisatie (de verwerkingsverantwoordelijke, zoals een politiedienst)"
            case .unit: "Eenheid die de verwerking wil inzetten (facultatief)"
            case .processing: "Beoordeelde verwerking of toepassing, in één regel"
            case .assessor: "Beoordelaar: uw naam en functie (facultatief)"
            case .date: "Peildatum voor het toepasselijke recht, JJJJ-MM-DD"
            }
        case .metadataHelp(let field):
            switch field {
            case .language:
                "De taal waarin de vragen en het verslag worden opgesteld. Ze wordt in het antwoordbestand bewaard,"
                    + " zodat ook latere verslagen in die taal worden opgesteld. Met dpia report --lang stelt u een"
                    + " verslag in een andere taal op."
            case .organisation:
                "De verwerkingsverantwoordelijke: de politiedienst of de autoriteit die het doel van en de middelen"
                    + " voor de verwerking vaststelt. Ze wordt vermeld op de titelpagina van het verslag."
            case .unit:
                "De eenheid of het team dat de toepassing wil gebruiken, zoals een onderzoekseenheid. Laat dit leeg"
                    + " als de hele organisatie wordt beoordeeld."
            case .processing:
                "De beoordeelde toepassing of verwerking, in één regel, zoals ze in de titel van het verslag moet"
                    + " staan (bijvoorbeeld: proeflicentie Clearview AI)."
            case .assessor:
                "Uw naam en functie, zodat het verslag vermeldt wie de vragen heeft beantwoord (bijvoorbeeld: Jan"
                    + " Peeters, functionaris voor gegevensbescherming)."
            case .date:
                "Het recht wordt toegepast zoals het op deze datum geldt: de verplichtingen uit de AI-verordening"
                    + " gelden bijvoorbeeld elk vanaf hun eigen datum. Neem de datum van de beoordeelde verwerking,"
                    + " of die van vandaag voor een geplande verwerking."
            }
        case .metadataHeading(let field): "Beoordeling · \(field.rawValue)"
        case .currentValue(let value, let isOptional):
            "Huidige waarde: \(value) (Enter behoudt ze\(isOptional ? ", - wist ze" : ""))"
        case .notALanguage(let input, let language):
            "'\(input)' is geen taal waarin dpia schrijft; typ en, nl, fr of sv, of druk op Enter voor"
                + " \(language.rawValue)"
        case .neededForReport: "dit is nodig voor het verslag; vul het in, of typ q om te stoppen"
        case .notADateOrEnter(let input, let date):
            "'\(input)' is geen datum; schrijf JJJJ-MM-DD, of druk op Enter voor \(date)"

        case .progress(let section, let position, let total): "\(section) · \(position) van ~\(total)"
        case .optionalMark: " (facultatief)"
        case .yes: "ja"
        case .no: "nee"
        case .currentAnswer(let answer): "Huidig antwoord: \(answer) (Enter behoudt het)"
        case .noteLine(let note): "Opmerking: \(note)"
        case .evidenceLine(let evidence): "Bewijsstuk: \(evidence)"
        case .entryHint(let kind, let count, let isRequired):
            switch kind {
            case .yesNo: "antwoord 1-2"
            case .singleChoice: "antwoord 1-\(count)"
            case .multipleChoice: "nummers, 0 voor geen"
            case .text: isRequired ? "typ uw antwoord" : "Enter slaat over"
            case .date: "een datum JJJJ-MM-DD"
            case .number: "een getal"
            }
        case .helpKey: "? hulp"
        case .backKey: "b terug"
        case .unknownKey: "u “Weet ik niet”"
        case .reviewKey: "r overzicht"
        case .quitKey(let action): "q \(action)"
        case .quitAction: "stoppen"
        case .finishAction: "het verslag opstellen"
        case .fromTheCase(let prompt, let answer): "Uit de casus: \(prompt) → \(answer)"
        case .firstQuestion: "dit is de eerste vraag; u bent terug bij de datum van de beoordeling"
        case .mustBeAnswered(let label): "“\(label)” moet worden beantwoord; “Weet ik niet” is hier niet toegestaan"
        case .answerNeeded(let allowsUnknown):
            "een antwoord is vereist" + (allowsUnknown ? "; typ u als u het niet weet" : "")
        case .notAnAnswer(let input, let label, let kind, let count, let allowsUnknown):
            "'\(input)' is geen antwoord op “\(label)”; "
                + {
                    switch kind {
                    case .yesNo: "typ 1 of j voor ja, 2 of n voor nee"
                    case .singleChoice: "typ een nummer van 1 tot \(count)"
                    case .multipleChoice:
                        "typ de nummers van de opties die van toepassing zijn (1 tot \(count)), of 0 voor geen"
                    case .date: "schrijf een datum als JJJJ-MM-DD"
                    case .number: "schrijf een getal"
                    case .text: "typ uw antwoord"
                    }
                }() + (allowsUnknown ? ", of u als u het niet weet" : "")
        case .notAShownNumber(let number, let count):
            "'\(number)' is geen van de getoonde nummers; typ een nummer van 1 tot \(count)"
        case .noneAlone:
            "0 betekent geen van deze: typ 0 alleen, of alleen de nummers van de opties die van toepassing zijn"
        case .forbiddenInput(let scalar):
            "de invoer bevat "
                + (VisibleText.isNoncharacter(scalar) ? "het ongeldige Unicode-teken " : "het stuurteken ")
                + String(VisibleText.codePoint(scalar).dropFirst().dropLast()) + "; typ ze opnieuw zonder dat teken"
        case .backAtQuestion(let label):
            "terug bij \(label.map { "“\($0)”" } ?? "uw vraag"), waar u gebleven was"
        case .backAtReview: "terug bij het overzicht"
        case .stillUnanswered: "deze vraag is nog niet beantwoord"
        case .firedPattern(let title): "rode vlag “\(title)”"
        case .firedFinding(let title, let severity): "bevinding “\(title)” (\(ReportText.priority(severity).dutch))"

        case .noGuidance: "Bij deze vraag hoort geen toelichting."
        case .provisions(let refs): "Bepalingen: \(refs)"
        case .ifUnknownFires(let rules):
            "Antwoordt u “Weet ik niet”, dan telt dat in het nadeel van de beoordeling, want de naleving moet"
                + " worden aangetoond. Dit leidt dan tot: \(rules)."
        case .moreKeys(let isYesNo):
            "Verder: met \(isYesNo ? "note" : "n of note") voegt u een opmerking en een verwijzing naar een bewijsstuk"
                + " toe; Enter behoudt het huidige antwoord; met de pijltjestoetsen omhoog en omlaag haalt u eerdere"
                + " antwoorden terug; elk antwoord wordt bewaard zodra u het geeft."

        case .noteHeading(let label): "Opmerking bij “\(label)” (Enter behoudt ze, - wist ze, q stopt)"
        case .currentNote(let note): "Huidige opmerking: \(note)"
        case .notePrompt: "Opmerking:"
        case .evidenceHeading(let label):
            "Bewijsstuk voor “\(label)”: een document, een contractbepaling of een vermelding in een register"
                + " (Enter behoudt het, - wist het, q stopt; de opmerking is bewaard)"
        case .currentEvidence(let evidence): "Huidig bewijsstuk: \(evidence)"
        case .evidencePrompt: "Bewijsstuk:"
        case .noteSaved: "opmerking en bewijsstuk bewaard"

        case .reviewTitle(let isFinal, let section, let page, let pages):
            "\(isFinal ? "Overzicht: alle vragen beantwoord" : "Overzicht: antwoorden tot nu toe") · \(section)"
                + " · pagina \(page) van \(pages)"
        case .notedMark: " (opmerking)"
        case .numberChangesAnswer: "met een nummer wijzigt u dat antwoord"
        case .nextPageKey: "n volgende pagina"
        case .previousPageKey: "p vorige pagina"
        case .enterKey(let isFinal, let finishAction): isFinal ? "Enter \(finishAction)" : "Enter terug"
        case .lastPage: "dit is de laatste pagina"
        case .firstPage: "dit is de eerste pagina"
        case .notInList(let number, let count): "'\(number)' staat niet in de lijst; typ een nummer van 1 tot \(count)"
        case .reviewKeys(let isFinal):
            "typ het nummer van een antwoord om het te wijzigen, n of p voor de volgende of vorige pagina, Enter"
                + " om \(isFinal ? "af te ronden" : "terug te gaan"), of q om te stoppen"

        case .notAsked: "niet gesteld"
        case .notAnswered: "niet beantwoord"
        case .unknownAnswer: "Weet ik niet"
        case .noneOfThese: "geen van deze"

        case .partsIntro:
            "\nDe vragen zijn beantwoord. Een GEB vermeldt ook de beschrijving van de verwerking, wie elke maatregel"
                + " uitvoert en tegen wanneer, en de ondertekening. Elk antwoord wordt meteen bewaard; Enter behoudt"
                + " wat al is vastgelegd, q slaat de rest over."
        case .partsStart: "Nu invullen? j om te beginnen, Enter om meteen naar het verslag te gaan"
        case .descriptionHeading: "\nBeschrijving van de verwerking (scheid meerdere elementen met ';')"
        case .stageChoice(let stages): "Fase: \(stages)"
        case .purposes: "Doeleinden"
        case .peopleConcerned: "Betrokkenen (verdachten, slachtoffers, getuigen, personeel...)"
        case .dataCategories: "Gegevens (gezichtsafbeeldingen, templates, resultaten...)"
        case .sources: "Herkomst van de gegevens"
        case .systems: "Systemen"
        case .dataFlow: "Gegevensstroom, stap voor stap (opname; upload; vergelijking; resultaat; verwijdering)"
        case .vendor: "Leverancier"
        case .retention: "Bewaring"
        case .scale: "Omvang (zoekopdrachten, personen, beelden)"
        case .recipients: "Ontvangers en verwerkers, elk als: naam, rol, land"
        case .recipientRole: "ontvanger"
        case .measuresIntro:
            "\nMaatregelenregister: typ voor elke maatregel de status (todo, planned, done, rejected), dan de"
                + " verantwoordelijke, de termijn (JJJJ-MM-DD) en het bewijsstuk of de reden, gescheiden door ';'."
                + " Enter laat de maatregel zoals hij is."
        case .measureLine(let id, let text): "\n\(id): \(text)"
        case .measureRecordPrompt: "status; verantwoordelijke; termijn; bewijsstuk"
        case .notAStatus(let input): "'\(input)' is geen status; typ eerst todo, planned, done of rejected"
        case .notADate(let input): "'\(input)' is geen datum; schrijf ze als JJJJ-MM-DD"
        case .rejectedNeedsReason:
            "voor een maatregel die niet wordt genomen (rejected), geeft u na de termijn de reden"
        case .signOffHeading:
            "\nOndertekening (ze legt vast wie wat heeft beslist; ze verandert nooit iets aan het eindoordeel)"
        case .opinionChoice(let opinions): "Advies van de functionaris voor gegevensbescherming: \(opinions)"
        case .opinionText: "Het advies in enkele woorden"
        case .dpo: "Functionaris voor gegevensbescherming"
        case .controllerDecisionChoice(let decisions): "Beslissing van de verwerkingsverantwoordelijke: \(decisions)"
        case .controllerPerson: "Wie heeft beslist namens de verwerkingsverantwoordelijke"
        case .nextReview: "Volgende herziening (JJJJ-MM-DD)"
        case .person(let label): "\(label), als: naam, functie, datum"
        case .now(let value): " [nu: \(value)]"
        case .forbiddenCodePoint(let code):
            "de invoer bevat het stuurteken \(code); typ ze opnieuw zonder dat teken"
        case .notOneOf(let input, let allowed): "'\(input)' is niet een van de volgende: \(allowed)"

        case .reasonFinding(let title, let severity, let isFired):
            "bevinding (\(ReportText.priority(severity).dutch)"
                + "\(isFired ? "" : ", kan op basis van de gegeven antwoorden niet worden uitgesloten")): \(title)"
        case .reasonRedPattern(let title): "rode vlag: \(title)"
        case .reasonNotAnswered(let label): "niet beantwoord: \(label)"
        case .reasonOpenRedPattern(let title): "rode vlag die niet kan worden uitgesloten: \(title)"
        case .moreReasons(let count): "en nog \(count) andere, vermeld in het verslag"
        }
    }
}
