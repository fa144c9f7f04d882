extension InterviewText {
    /// The interview in Swedish, in the register of IMY's guidance: short sentences, imperative or
    /// impersonal phrasing. The keys typed (`y`, `n`, `u`, `?`, `b`, `r`, `q`, `todo`…) stay as they
    /// are; only what they do is translated. Terms follow the report (`iakttagelse`, `röd flagga`,
    /// ”Vet inte”, `anmärkning`, `underlag`, `fastställande`).
    var swedish: String {
        switch self {
        case .metadataLabel(let field):
            switch field {
            case .language:
                "Språk för bedömningen: en (English), nl (Nederlands), fr (Français) eller sv (Svenska)"
            case .organisation: "Organisation (den personuppgiftsansvarige, till exempel en polismyndighet)"
            case .unit: "Enhet som vill genomföra behandlingen (frivillig uppgift)"
            case .processing: "Behandling eller verktyg som bedöms, på en rad"
            case .assessor: "Handläggare: namn och befattning (frivillig uppgift)"
            case .date: "Datum för det rättsläge som ska tillämpas, ÅÅÅÅ-MM-DD"
            }
        case .metadataHelp(let field):
            switch field {
            case .language:
                "Det språk som intervjun och rapporten skrivs på. Valet sparas i svarsfilen, så att även senare"
                    + " rapporter skrivs på det språket. Med dpia report --lang kan en rapport skrivas på ett annat"
                    + " språk."
            case .organisation:
                "Den personuppgiftsansvarige, det vill säga den polismyndighet eller annan myndighet som bestämmer"
                    + " ändamålen och medlen för behandlingen. Den anges på rapportens titelsida."
            case .unit:
                "Den enhet eller grupp som vill använda verktyget, till exempel en utredningsenhet. Lämna fältet"
                    + " tomt om hela organisationen bedöms."
            case .processing:
                "Det verktyg eller den behandling som bedöms, på en rad, så som det ska stå i rapportens rubrik"
                    + " (till exempel: Testlicens för Clearview AI)."
            case .assessor:
                "Namn och befattning, så att det framgår av rapporten vem som har lämnat svaren (till exempel:"
                    + " Anna Svensson, dataskyddsombud)."
            case .date:
                "Rättsläget tillämpas så som det är detta datum. AI-förordningens skyldigheter gäller till exempel"
                    + " från olika datum. Ange datum för den behandling som bedöms, eller dagens datum om"
                    + " behandlingen är planerad."
            }
        case .metadataHeading(let field): "Bedömning · \(fieldName(field))"
        case .currentValue(let value, let isOptional):
            "Nuvarande uppgift: \(value) (Enter behåller den\(isOptional ? ", - tar bort den" : ""))"
        case .notALanguage(let input, let language):
            "'\(input)' är inte ett språk som dpia skriver på; skriv en, nl, fr eller sv, eller tryck på Enter"
                + " för \(language.rawValue)"
        case .neededForReport: "uppgiften behövs för rapporten; skriv den, eller q för att avbryta"
        case .notADateOrEnter(let input, let date):
            "'\(input)' är inte ett datum; skriv ÅÅÅÅ-MM-DD, eller tryck på Enter för \(date)"

        case .progress(let section, let position, let total): "\(section) · \(position) av ~\(total)"
        case .optionalMark: " (frivillig)"
        case .yes: "ja"
        case .no: "nej"
        case .currentAnswer(let answer): "Nuvarande svar: \(answer) (Enter behåller det)"
        case .noteLine(let note): "Anmärkning: \(note)"
        case .evidenceLine(let evidence): "Underlag: \(evidence)"
        case .entryHint(let kind, let count, let isRequired):
            switch kind {
            case .yesNo: "1-2 svar"
            case .singleChoice: "1-\(count) svar"
            case .multipleChoice: "nummer, 0 för inget"
            case .text: isRequired ? "skriv svaret" : "Enter hoppar över"
            case .date: "ett datum ÅÅÅÅ-MM-DD"
            case .number: "ett tal"
            }
        case .helpKey: "? hjälp"
        case .backKey: "b tillbaka"
        case .unknownKey: "u vet inte"
        case .reviewKey: "r översikt"
        case .quitKey(let action): "q \(action)"
        case .quitAction: "avsluta"
        case .finishAction: "ta fram rapporten"
        case .fromTheCase(let prompt, let answer): "Enligt fallet: \(prompt) → \(answer)"
        case .firstQuestion: "detta är den första frågan; här visas bedömningens datum"
        case .mustBeAnswered(let label): "”\(label)” måste besvaras; ”Vet inte” godtas inte här"
        case .answerNeeded(let allowsUnknown):
            "ett svar krävs" + (allowsUnknown ? "; skriv u för ”Vet inte”" : "")
        case .notAnAnswer(let input, let label, let kind, let count, let allowsUnknown):
            "'\(input)' är inte ett svar på ”\(label)”; "
                + {
                    switch kind {
                    case .yesNo: "skriv 1 eller j för ja, 2 eller n för nej"
                    case .singleChoice: "skriv ett nummer från 1 till \(count)"
                    case .multipleChoice:
                        "skriv numren på de alternativ som stämmer (1 till \(count)), eller 0 för inget"
                    case .date: "skriv ett datum som ÅÅÅÅ-MM-DD"
                    case .number: "skriv ett tal"
                    case .text: "skriv svaret"
                    }
                }() + (allowsUnknown ? ", eller u för ”Vet inte”" : "")
        case .notAShownNumber(let number, let count):
            "'\(number)' är inte ett av de nummer som visas; skriv 1 till \(count)"
        case .noneAlone:
            "0 betyder inget av alternativen: skriv antingen bara 0, eller bara numren på de alternativ som stämmer"
        case .forbiddenInput(let scalar):
            "inmatningen innehåller \(characterName(scalar)); skriv den igen utan tecknet"
        case .backAtQuestion(let label):
            "tillbaka vid \(label.map { "”\($0)”" } ?? "frågan"), där intervjun avbröts"
        case .backAtReview: "tillbaka i översikten"
        case .stillUnanswered: "denna fråga är fortfarande obesvarad"
        case .firedPattern(let title): "röd flagga ”\(title)”"
        case .firedFinding(let title, let severity): "iakttagelse ”\(title)” (\(severity.swedish()))"

        case .noGuidance: "Det finns ingen vägledning till denna fråga."
        case .provisions(let refs): "Bestämmelser: \(refs)"
        case .ifUnknownFires(let rules):
            "Om svaret är ”Vet inte” räknas det som en brist, eftersom den personuppgiftsansvarige måste kunna"
                + " visa att reglerna följs. Då utlöses: \(rules)."
        case .moreKeys(let isYesNo):
            "Dessutom: \(isYesNo ? "note" : "n eller note") lägger till en anmärkning och en hänvisning till"
                + " underlag; Enter behåller nuvarande svar; pil upp och pil ned hämtar tidigare svar; varje svar"
                + " sparas i samma stund som det lämnas."

        case .noteHeading(let label): "Anmärkning till ”\(label)” (Enter behåller den, - tar bort den, q avslutar)"
        case .currentNote(let note): "Nuvarande anmärkning: \(note)"
        case .notePrompt: "Anmärkning:"
        case .evidenceHeading(let label):
            "Underlag för ”\(label)”: ett dokument, en avtalsklausul eller en uppgift i ett register (Enter"
                + " behåller det, - tar bort det, q avslutar; anmärkningen har sparats)"
        case .currentEvidence(let evidence): "Nuvarande underlag: \(evidence)"
        case .evidencePrompt: "Underlag:"
        case .noteSaved: "anmärkningen och underlaget har sparats"

        case .reviewTitle(let isFinal, let section, let page, let pages):
            "\(isFinal ? "Översikt: alla frågor är besvarade" : "Översikt: svaren hittills") · \(section)"
                + " · sida \(page) av \(pages)"
        case .notedMark: " (anmärkning)"
        case .numberChangesAnswer: "ett nummer ändrar svaret"
        case .nextPageKey: "n nästa sida"
        case .previousPageKey: "p föregående sida"
        case .enterKey(let isFinal, let finishAction): isFinal ? "Enter \(finishAction)" : "Enter gå tillbaka"
        case .lastPage: "detta är den sista sidan"
        case .firstPage: "detta är den första sidan"
        case .notInList(let number, let count):
            "'\(number)' finns inte i listan; skriv ett nummer från 1 till \(count)"
        case .reviewKeys(let isFinal):
            "skriv numret på ett svar för att ändra det, n eller p för nästa eller föregående sida, Enter för att"
                + " \(isFinal ? "avsluta" : "gå tillbaka") eller q för att avbryta"

        case .notAsked: "inte ställd"
        case .notAnswered: "obesvarad"
        case .unknownAnswer: "Vet inte"
        case .noneOfThese: "inget av alternativen"

        case .partsIntro:
            "\nFrågorna är besvarade. En konsekvensbedömning ska också innehålla en beskrivning av behandlingen,"
                + " uppgift om vem som ansvarar för varje åtgärd och när den ska vara genomförd, samt ett"
                + " fastställande. Varje svar sparas direkt; Enter behåller det som redan har antecknats, q hoppar"
                + " över resten."
        case .partsStart: "Anteckna dem nu? j för att börja, Enter för att gå direkt till rapporten"
        case .descriptionHeading: "\nBeskrivning av behandlingen (skilj flera uppgifter åt med ';')"
        case .stageChoice(let stages): "Skede: \(stages)"
        case .purposes: "Ändamål"
        case .peopleConcerned: "Berörda personer (misstänkta, brottsoffer, vittnen, personal ...)"
        case .dataCategories: "Personuppgifter (ansiktsbilder, biometriska mallar, resultat ...)"
        case .sources: "Uppgifternas källor"
        case .systems: "System"
        case .dataFlow: "Dataflöde, steg för steg (insamling; uppladdning; jämförelse; resultat; radering)"
        case .vendor: "Leverantör"
        case .retention: "Lagringstid"
        case .scale: "Omfattning (sökningar, personer, bilder)"
        case .recipients: "Mottagare och personuppgiftsbiträden, var och en som: namn, roll, land"
        case .recipientRole: "mottagare"
        case .measuresIntro:
            "\nÅtgärdsregister: ange för varje åtgärd först status (todo = ej påbörjad, planned = planerad,"
                + " done = genomförd, rejected = avböjd), därefter ansvarig, tidsfrist (ÅÅÅÅ-MM-DD) och underlag"
                + " eller skäl, åtskilda med ';'. Enter lämnar åtgärden oförändrad."
        case .measureLine(let id, let text): "\n\(id): \(text)"
        case .measureRecordPrompt: "status; ansvarig; tidsfrist; underlag"
        case .notAStatus(let input): "'\(input)' är inte en status; skriv först todo, planned, done eller rejected"
        case .notADate(let input): "'\(input)' är inte ett datum; skriv det som ÅÅÅÅ-MM-DD"
        case .rejectedNeedsReason: "för en avböjd åtgärd ska skälet anges, efter tidsfristen"
        case .signOffHeading:
            "\nFastställande (här antecknas vem som har beslutat vad; slutsatsen ändras aldrig av det)"
        case .opinionChoice(let opinions): "Dataskyddsombudets yttrande: \(opinions)"
        case .opinionText: "Yttrandet i korthet"
        case .dpo: "Dataskyddsombud"
        case .controllerDecisionChoice(let decisions): "Den personuppgiftsansvariges beslut: \(decisions)"
        case .controllerPerson: "Beslutsfattare hos den personuppgiftsansvarige"
        case .nextReview: "Nästa översyn (ÅÅÅÅ-MM-DD)"
        case .person(let label): "\(label) som: namn, befattning, datum"
        case .now(let value): " [nu: \(value)]"
        case .forbiddenCodePoint(let code): "inmatningen innehåller styrtecknet \(code); skriv den igen utan tecknet"
        case .notOneOf(let input, let allowed): "'\(input)' är inte något av följande: \(allowed)"

        case .reasonFinding(let title, let severity, let isFired):
            "iakttagelse (\(severity.swedish())\(isFired ? "" : ", kan inte uteslutas utifrån svaren")): \(title)"
        case .reasonRedPattern(let title): "röd flagga: \(title)"
        case .reasonNotAnswered(let label): "obesvarad: \(label)"
        case .reasonOpenRedPattern(let title): "röd flagga som inte kan uteslutas: \(title)"
        case .moreReasons(let count): "och ytterligare \(count), som redovisas i rapporten"
        }
    }
}

/// A metadata field as the heading of its screen names it.
private func fieldName(_ field: MetadataField) -> String {
    switch field {
    case .language: "språk"
    case .organisation: "organisation"
    case .unit: "enhet"
    case .processing: "behandling"
    case .assessor: "handläggare"
    case .date: "datum"
    }
}

/// A character that may not be typed, named as `VisibleText.describe` does in English.
private func characterName(_ scalar: Unicode.Scalar) -> String {
    let code = VisibleText.codePoint(scalar).dropFirst().dropLast()
    return "\(VisibleText.isNoncharacter(scalar) ? "icke-tecknet" : "styrtecknet") \(code)"
}
