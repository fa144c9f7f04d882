extension TrainingText {
    /// The quiz in Belgian legal Dutch ("u"-form), with the report's terms ("bevinding", "rode vlag",
    /// "Weet ik niet", the verdict labels). The answer key is "de antwoordsleutel", short "de sleutel"; a
    /// finding that fires is "vastgesteld", a red pattern "aangetroffen" (a red pattern has no severity).
    var dutch: String {
        switch self {
        case .always: "altijd"
        case .never: "nooit"
        case .quoted(let text): "“\(text)”"
        case .answerTo(let label): "het antwoord op “\(label)”"
        case .answerToID(let id): "het antwoord op \(id)"
        case .isYes(let subject): "\(subject) is ja"
        case .isNotYes(let subject): "\(subject) is niet ja"
        case .compare(let subject, let op, let value):
            switch op {
            case .equal: "\(subject) is \(value)"
            case .notEqual: "\(subject) is niet \(value)"
            case .less: "\(subject) is kleiner dan \(value)"
            case .lessOrEqual: "\(subject) is ten hoogste \(value)"
            case .greater: "\(subject) is groter dan \(value)"
            case .greaterOrEqual: "\(subject) is ten minste \(value)"
            }
        case .isOneOf(let subject, let values): "\(subject) is een van \(values)"
        case .isNoneOf(let subject, let values): "\(subject) is geen van \(values)"
        case .includes(let subject, let value): "\(subject) omvat \(value)"
        case .doesNotInclude(let subject, let value): "\(subject) omvat \(value) niet"
        case .isGiven(let subject): "\(subject) is ingevuld"
        case .isNotGiven(let subject): "\(subject) is niet ingevuld"
        case .isUnknown(let subject): "\(subject) is “Weet ik niet”"
        case .isNotUnknown(let subject): "\(subject) is niet “Weet ik niet”"
        case .notTheCase(let phrase): "het is niet zo dat \(phrase)"
        case .conjunction(let isAll): isAll ? "en" : "of"

        case .endQuizAction: "de oefening beëindigen"
        case .scoreAction: "naar mijn score"
        case .factsKey: "f de feiten"

        case .briefingTitle(let title): "Oefencasus: \(title)"
        case .briefing(let questions, let date):
            "Beantwoord \(questions.map { "\($0) vragen" } ?? "de vragen van de beoordeling") zoals de functionaris"
                + " voor gegevensbescherming dat had moeten doen, op basis van de feiten hierboven. "
                + "Het recht wordt toegepast zoals het \(date.map { "gold op \($0)" } ?? "vandaag geldt"). "
                + "Typ bij een vraag ? voor de toelichting, u als de feiten er niets over zeggen, f om de feiten"
                + " opnieuw te lezen. Aan het einde worden uw antwoorden met de antwoordsleutel vergeleken en"
                + " gescoord."

        case .kind(let kind): Self.name(of: kind)
        case .outcomeState(let status, let severity): Self.state(status, severity)
        case .notAskedWith(let isTrainee):
            "niet gesteld bij \(isTrainee ? "uw antwoorden" : "de antwoorden van de sleutel")"
        case .notAskedWithEarlierAnswers: "niet gesteld bij uw eerdere antwoorden"
        case .yoursAndKeys(let yours, let key):
            "met uw antwoorden \(ReportText.verdictLabel(yours).dutch), met de sleutel"
                + " \(ReportText.verdictLabel(key).dutch)"
        case .point(let earned): earned ? "1 punt" : "0 punten"

        case .scoreHeadline(let points, let maximum, let percent, let isAbandoned):
            "Score: \(points) van \(maximum) (\(percent) %)"
                + (isAbandoned ? ", oefening afgebroken vóór de laatste vraag" : "")
        case .fullMarks:
            "Maximumscore: elk antwoord, elke bevinding, elke rode vlag en het eindoordeel stemmen overeen met de"
                + " sleutel."
        case .answersLikeKey(let matching, let scored): "- antwoorden zoals de sleutel: \(matching) van \(scored)"
        case .outcomesLikeKey(let reproduced, let key, let extra):
            "- bevindingen en rode vlaggen die uw antwoorden bepalen, zoals de sleutel: \(reproduced) van \(key)"
                + (extra > 0 ? ", min \(extra) die de sleutel niet heeft" : "")
        case .verdictNotScored: "niet gescoord: de feiten van de casus bepalen het, niet de gestelde vragen"
        case .verdictUnanswered: "0 punten: niet alle vragen werden beantwoord"
        case .verdictLine(let verdicts, let point): "- eindoordeel: \(verdicts); \(point)"
        case .everyAnswerIsKeys: "Elk antwoord stemt overeen met de sleutel."
        case .differingHeading(let count): "Antwoorden die afwijken van de sleutel (\(count)):"
        case .yourAnswer(let text): "   Uw antwoord: \(text)"
        case .keysAnswer(let text): "   De sleutel: \(text)"
        case .whatItChanges(let text): "   Wat het verandert: \(text)"
        case .moreInRecord(let count): "… en nog \(count) andere in het trainingsverslag."
        case .noFindingOrRedPattern: "geen bevinding of rode vlag"
        case .outcomeName(let kind, let title): "de \(Self.name(of: kind)) “\(title)”"
        case .stateDiffers(let name, let yours, let key):
            "\(name): met uw antwoord \(yours), met dat van de sleutel \(key)"
        case .misses(let name, let state): "mist \(name) (\(state))"
        case .adds(let name, let state): "voegt \(name) toe (\(state))"
        case .firesWhen(let phrase, let condition): "\(phrase); die geldt wanneer \(condition)"
        case .whatWasDecided: "Wat werd beslist:"
        case .forDiscussion: "Ter bespreking:"
        case .fullComparison(let path):
            "De volledige vergelijking, met elke bevinding en rode vlag, staat in het trainingsverslag: \(path)"

        case .recordTitle(let title): "Trainingsverslag: \(title)"
        case .traineeNotNamed: "Deelnemer niet vermeld"
        case .notNamed: "niet vermeld"
        case .everyQuestion: "alle vragen die de casus stelt"
        case .chosenQuestions(let count): "\(count) vragen, gekozen door de casus"
        case .recordColumn: "Onderdeel"
        case .detailColumn: "Inhoud"
        case .traineeRow: "Deelnemer"
        case .caseRow: "Casus"
        case .dateRow: "Datum"
        case .questionsRow: "Vragen"
        case .scoreRow: "Score"
        case .statusRow: "Status"
        case .scoreValue(let points, let maximum, let percent): "**\(points) van \(maximum)** (\(percent) %)"
        case .abandonedStatus:
            "afgebroken: de oefening werd beëindigd vóór de laatste vraag; onbeantwoorde vragen tellen als fout"
        case .completedStatus: "voltooid"
        case .scoreHeading: "Score"
        case .penalty(let extra): "; \(extra) die de sleutel niet oplevert, min \(extra)"
        case .verdictNotScoredRecord: "niet gescoord (de feiten van de casus buiten de oefening bepalen het)"
        case .verdictUnansweredRecord: "0 punten (niet alle vragen werden beantwoord)"
        case .answersLikeKeyRecord(let matching, let scored):
            "- Antwoorden zoals de sleutel: \(matching) van \(scored) gescoorde vragen (antwoorden in vrije tekst"
                + " worden getoond, niet gescoord)."
        case .outcomesLikeKeyRecord(let reproduced, let key, let penalty):
            "- Bevindingen en rode vlaggen die uw antwoorden bepalen en die gelden zoals bij de sleutel:"
                + " \(reproduced) van \(key)\(penalty). Alleen die waarvan de voorwaarde een vraag uit de oefening"
                + " noemt, tellen mee, en alleen als u een van die vragen hebt beantwoord."
        case .verdictRecord(let verdicts, let point): "- Eindoordeel: \(verdicts), \(point)."
        case .differencesHeading: "Antwoorden die afwijken van de sleutel"
        case .noneDiffer: "Geen: elk antwoord stemt overeen met de sleutel."
        case .questionColumn: "Vraag"
        case .askedColumn: "Gesteld"
        case .yourAnswerColumn: "Uw antwoord"
        case .keyColumn: "Sleutel"
        case .changesLead: "Wat elk van deze antwoorden op zich verandert, met de andere antwoorden van de sleutel:"
        case .notAskedSeeHiding: "niet gesteld bij uw eerdere antwoorden; zie het antwoord waardoor de vraag wegviel"
        case .changesNothing: "verandert geen bevinding of rode vlag"
        case .change(let added, let kind, let id, let state):
            added
                ? "voegt de \(Self.name(of: kind)) \(id) toe (\(state))"
                : "mist de \(Self.name(of: kind)) \(id) (\(state))"
        case .outcomesHeading: "Bevindingen en rode vlaggen: uw antwoorden en de sleutel"
        case .noneFire: "Noch uw antwoorden, noch die van de sleutel leiden tot een bevinding of rode vlag."
        case .notFired: "nee"
        case .same: "gelijk"
        case .differs: "**verschilt**"
        case .outcomeRow(let title, let kind, let id): "\(title) (\(Self.name(of: kind)) \(id))"
        case .outcomesLead:
            "Elke bevinding en rode vlag die aan een van beide kanten geldt, en elke die aan beide kanten in een"
                + " andere toestand staat; wat aan beide kanten even open blijft, wordt niet vermeld."
        case .outcomeColumn: "Bevinding of rode vlag"
        case .yourAnswersColumn: "Uw antwoorden"
        case .verdicts(let yours, let key):
            "Eindoordeel met uw antwoorden: **\(ReportText.verdictLabel(yours).dutch)**. "
                + "Met de sleutel: **\(ReportText.verdictLabel(key).dutch)**."
        case .whyHeading: "Waarom ze verschillen"
        case .onlyWith(let isTrainee, let title, let id, let state):
            "- \(isTrainee ? "Alleen met uw antwoorden" : "Alleen met de sleutel"): \(title) (\(id), \(state)). "
        case .firesWhenSentence(let condition): "Ze geldt wanneer \(condition)."
        case .provisionsSentence(let provisions): " Bepalingen: \(provisions)."
        case .outcomeAndPrecedentsHeading: "Uitkomst en precedenten"
        case .discussionHeading: "Discussievragen"
        }
    }

    /// "bevinding" or "rode vlag".
    private static func name(of kind: TrainingResult.Outcome.Kind) -> String {
        switch kind {
        case .finding: "bevinding"
        case .redPattern: "rode vlag"
        }
    }

    /// A finding that fires is "vastgesteld" with its severity; a red pattern (no severity) "aangetroffen";
    /// either, when open, "niet uit te sluiten", as the report counts them.
    private static func state(_ status: RuleStatus, _ severity: Severity?) -> String {
        let priority = severity.map { ", " + ReportText.priority($0).dutch } ?? ""
        switch status {
        case .fired: return severity == nil ? "aangetroffen" : "vastgesteld" + priority
        case .open: return "niet uit te sluiten" + priority
        }
    }
}
