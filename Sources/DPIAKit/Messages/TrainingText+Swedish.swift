extension TrainingText {
    /// The quiz in Swedish. The trainee is addressed as in Swedish training material (`ditt svar`);
    /// the answer key is `facit`, the record `övningsprotokoll`. Terms follow the report
    /// (`iakttagelse`, `röd flagga`, ”Vet inte”, the verdict labels of ``ReportText``).
    var swedish: String {
        switch self {
        case .always: "alltid"
        case .never: "aldrig"
        case .quoted(let text): "”\(text)”"
        case .answerTo(let label): "svaret på ”\(label)”"
        case .answerToID(let id): "svaret på \(id)"
        case .isYes(let subject): "\(subject) är ja"
        case .isNotYes(let subject): "\(subject) är inte ja"
        case .compare(let subject, let op, let value):
            switch op {
            case .equal: "\(subject) är \(value)"
            case .notEqual: "\(subject) är inte \(value)"
            case .less: "\(subject) är mindre än \(value)"
            case .lessOrEqual: "\(subject) är högst \(value)"
            case .greater: "\(subject) är större än \(value)"
            case .greaterOrEqual: "\(subject) är minst \(value)"
            }
        case .isOneOf(let subject, let values): "\(subject) är något av \(values)"
        case .isNoneOf(let subject, let values): "\(subject) är inget av \(values)"
        case .includes(let subject, let value): "\(subject) omfattar \(value)"
        case .doesNotInclude(let subject, let value): "\(subject) omfattar inte \(value)"
        case .isGiven(let subject): "\(subject) har lämnats"
        case .isNotGiven(let subject): "\(subject) har inte lämnats"
        case .isUnknown(let subject): "\(subject) är ”Vet inte”"
        case .isNotUnknown(let subject): "\(subject) är inte ”Vet inte”"
        case .notTheCase(let phrase): "det är inte så att \(phrase)"
        case .conjunction(let isAll): isAll ? "och" : "eller"

        case .endQuizAction: "avsluta övningen"
        case .scoreAction: "rätta svaren"
        case .factsKey: "f omständigheterna"

        case .briefingTitle(let title): "Övningsfall: \(title)"
        case .briefing(let questions, let date):
            "Besvara \(questions.map { "\($0) frågor" } ?? "bedömningens frågor") så som dataskyddsombudet borde"
                + " ha gjort, utifrån omständigheterna ovan. "
                + (date.map { "Rättsläget den \($0) tillämpas. " } ?? "Dagens rättsläge tillämpas. ")
                + "Skriv ? vid en fråga för att se vägledningen, u när omständigheterna inte ger svaret och f för"
                + " att läsa omständigheterna igen. "
                + "Till sist jämförs svaren med facit och poängsätts."

        case .kind(let kind): kindWord(kind)
        case .outcomeState(let status, let severity):
            (status == .fired ? "utlöst" : "inte utesluten") + (severity.map { ", \($0.swedish())" } ?? "")
        case .notAskedWith(let isTrainee): "inte ställd med \(isTrainee ? "dina svar" : "facits svar")"
        case .notAskedWithEarlierAnswers: "inte ställd med dina tidigare svar"
        case .yoursAndKeys(let yours, let key):
            "dina svar ger \(ReportText.verdictLabel(yours).swedish), facit ger"
                + " \(ReportText.verdictLabel(key).swedish)"
        case .point(let earned): earned ? "1 poäng" : "0 poäng"

        case .scoreHeadline(let points, let maximum, let percent, let isAbandoned):
            "Resultat: \(points) av \(maximum) (\(percent) %)"
                + (isAbandoned ? ", övningen avbröts före den sista frågan" : "")
        case .fullMarks: "Full poäng: alla svar, iakttagelser, röda flaggor och slutsatsen stämmer med facit."
        case .answersLikeKey(let matching, let scored): "- svar som stämmer med facit: \(matching) av \(scored)"
        case .outcomesLikeKey(let reproduced, let key, let extra):
            "- iakttagelser och röda flaggor som avgörs av dina svar, som i facit: \(reproduced) av \(key)"
                + (extra > 0 ? ", minus \(extra) som inte finns i facit" : "")
        case .verdictNotScored: "poängsätts inte: fallets omständigheter avgör den, inte de frågor som ställs"
        case .verdictUnanswered: "0 poäng: inte alla frågor har besvarats"
        case .verdictLine(let verdicts, let point): "- slutsats: \(verdicts); \(point)"
        case .everyAnswerIsKeys: "Alla svar stämmer med facit."
        case .differingHeading(let count): "Svar som avviker från facit (\(count)):"
        case .yourAnswer(let text): "   Ditt svar: \(text)"
        case .keysAnswer(let text): "   Facit: \(text)"
        case .whatItChanges(let text): "   Vad svaret ändrar: \(text)"
        case .moreInRecord(let count): "… och ytterligare \(count) i övningsprotokollet."
        case .noFindingOrRedPattern: "ingen iakttagelse eller röd flagga"
        case .outcomeName(let kind, let title):
            switch kind {
            case .finding: "Iakttagelsen ”\(title)”"
            case .redPattern: "Den röda flaggan ”\(title)”"
            }
        case .stateDiffers(let name, let yours, let key): "\(name) (med ditt svar: \(yours); med facit: \(key))"
        case .misses(let name, let state): "\(name) (\(state)) faller bort"
        case .adds(let name, let state): "\(name) (\(state)) tillkommer"
        case .firesWhen(let phrase, let condition): "\(phrase); den utlöses när \(condition)"
        case .whatWasDecided: "Vad som beslutades:"
        case .forDiscussion: "Att diskutera:"
        case .fullComparison(let path):
            "Hela jämförelsen, med alla iakttagelser och röda flaggor, finns i övningsprotokollet: \(path)"

        case .recordTitle(let title): "Övningsprotokoll: \(title)"
        case .traineeNotNamed: "Deltagare inte angiven"
        case .notNamed: "inte angiven"
        case .everyQuestion: "alla frågor som fallet ställer"
        case .chosenQuestions(let count): "\(count) frågor som har valts ut för fallet"
        case .recordColumn: "Uppgift"
        case .detailColumn: "Innehåll"
        case .traineeRow: "Deltagare"
        case .caseRow: "Fall"
        case .dateRow: "Datum"
        case .questionsRow: "Frågor"
        case .scoreRow: "Resultat"
        case .statusRow: "Status"
        case .scoreValue(let points, let maximum, let percent): "**\(points) av \(maximum)** (\(percent) %)"
        case .abandonedStatus:
            "avbruten: övningen avslutades före den sista frågan; obesvarade frågor räknas som fel"
        case .completedStatus: "genomförd"
        case .scoreHeading: "Poäng"
        case .penalty(let extra): "; \(extra) utlösta som facit inte utlöser, minus \(extra)"
        case .verdictNotScoredRecord: "poängsätts inte (fallets omständigheter utanför övningen avgör den)"
        case .verdictUnansweredRecord: "0 poäng (inte alla frågor har besvarats)"
        case .answersLikeKeyRecord(let matching, let scored):
            "- Svar som stämmer med facit: \(matching) av \(scored) poängsatta frågor (fritextsvar visas men"
                + " poängsätts inte)."
        case .outcomesLikeKeyRecord(let reproduced, let key, let penalty):
            "- Iakttagelser och röda flaggor som avgörs av dina svar och utlöses som i facit: \(reproduced) av"
                + " \(key)\(penalty). Endast de vars villkor avser en fråga i övningen räknas, och bara om någon av"
                + " dessa frågor har besvarats."
        case .verdictRecord(let verdicts, let point): "- Slutsats: \(verdicts); \(point)."
        case .differencesHeading: "Svar som avviker från facit"
        case .noneDiffer: "Inga: alla svar stämmer med facit."
        case .questionColumn: "Fråga"
        case .askedColumn: "Ställd fråga"
        case .yourAnswerColumn: "Ditt svar"
        case .keyColumn: "Facit"
        case .changesLead: "Vad vart och ett av dessa svar ändrar för sig, med facits övriga svar:"
        case .notAskedSeeHiding: "inte ställd med dina tidigare svar; se det svar som gjorde att frågan föll bort"
        case .changesNothing: "ändrar ingen iakttagelse eller röd flagga"
        case .change(let added, let kind, let id, let state):
            "\(added ? "tillkommer" : "faller bort"): \(kindWord(kind)) \(id) (\(state))"
        case .outcomesHeading: "Iakttagelser och röda flaggor: dina och facits"
        case .noneFire: "Varken dina svar eller facit utlöser någon iakttagelse eller röd flagga."
        case .notFired: "inte utlöst"
        case .same: "samma"
        case .differs: "**avviker**"
        case .outcomeRow(let title, let kind, let id): "\(title) (\(kindWord(kind)) \(id))"
        case .outcomesLead:
            "Här anges alla iakttagelser och röda flaggor som utlöses med någon av sidornas svar, och alla som"
                + " har olika status. De som båda sidor lämnar öppna på samma sätt anges inte."
        case .outcomeColumn: "Iakttagelse eller röd flagga"
        case .yourAnswersColumn: "Dina svar"
        case .verdicts(let yours, let key):
            "Slutsats med dina svar: **\(ReportText.verdictLabel(yours).swedish)**. "
                + "Med facit: **\(ReportText.verdictLabel(key).swedish)**."
        case .whyHeading: "Varför de skiljer sig åt"
        case .onlyWith(let isTrainee, let title, let id, let state):
            "- \(isTrainee ? "Endast med dina svar" : "Endast med facit"): \(title) (\(id), \(state)). "
        case .firesWhenSentence(let condition): "Den utlöses när \(condition)."
        case .provisionsSentence(let provisions): " Bestämmelser: \(provisions)."
        case .outcomeAndPrecedentsHeading: "Utgång och tidigare avgöranden"
        case .discussionHeading: "Diskussionsfrågor"
        }
    }
}

/// A finding or red pattern, as a label before its id.
private func kindWord(_ kind: TrainingResult.Outcome.Kind) -> String {
    switch kind {
    case .finding: "iakttagelse"
    case .redPattern: "röd flagga"
    }
}
