/// The sentences `dpia assess` and `dpia train` write around the interview itself: where answers are
/// saved, how to resume, what happened to an earlier report, how a quiz ended. Written here for all
/// four languages, since they are few and each names a file or a command exactly.
public enum SessionText: Hashable, Sendable {
    case savedIn(path: String, command: String)
    case savedAfterEveryAnswer(path: String)
    case resumed(answers: Int, path: String, position: Int, total: Int)
    case resumedAtReview(answers: Int, path: String)
    case resumedAtDetails(answers: Int, path: String)
    case earlierReport(path: String, keptAs: String?)
    case endOfInput
    case earlierReportReplaced
    case earlierReportKept(as: String)
    case reportWritten(verdict: String, path: String)
    case becauseOf
    case pressEnterToStart
    case pressEnterToReturn
    case quizEndedEarly
    case quizEndOfInput
    case quizInterrupted
    case pagerMore

    /// The text in `language`.
    public func text(in language: Language) -> String {
        switch language {
        case .en: english
        case .nl: dutch
        case .fr: french
        case .sv: swedish
        }
    }

    private var english: String {
        switch self {
        case .savedIn(let path, let command): "Your answers are saved in \(path). Continue with: \(command)"
        case .savedAfterEveryAnswer(let path):
            "Answers are saved to \(path) after every answer. Type ? at any prompt for help."
        case .resumed(let answers, let path, let position, let total):
            "\(answers == 1 ? "1 answer" : "\(answers) answers") loaded from \(path), continuing at \(position) of ~\(total). Every answer is saved as you go; type ? at any prompt for help."
        case .resumedAtReview(let answers, let path):
            "\(answers == 1 ? "1 answer" : "\(answers) answers") loaded from \(path); every question is answered. Change any answer from the review, or press Enter to write the report."
        case .resumedAtDetails(let answers, let path):
            "\(answers == 1 ? "1 answer" : "\(answers) answers") loaded from \(path), continuing with the assessment details. Type ? at any prompt for help."
        case .earlierReport(let path, let kept):
            "A report from an earlier run is in \(path); "
                + (kept.map { "it will be kept as \($0) when the new report is written" }
                    ?? "it will be replaced by the new report (--force)") + "."
        case .endOfInput: "End of input. "
        case .earlierReportReplaced: " The earlier report was replaced (--force)."
        case .earlierReportKept(let kept): " The earlier report was kept as \(kept)."
        case .reportWritten(let verdict, let path): "\(verdict): report written to \(path)."
        case .becauseOf: "Because of:"
        case .pressEnterToStart: "Press Enter to start the questions. "
        case .pressEnterToReturn: "Press Enter to return to the question. "
        case .quizEndedEarly:
            "Quiz ended before the last question: it is marked abandoned, and the questions not answered count as wrong."
        case .quizEndOfInput:
            "End of input: the quiz is marked abandoned, and the questions not answered count as wrong."
        case .quizInterrupted: "Interrupted: the quiz is not scored and no record is written."
        case .pagerMore: "— Enter for more, q to skip the rest — "
        }
    }

    private var dutch: String {
        switch self {
        case .savedIn(let path, let command): "Uw antwoorden zijn bewaard in \(path). Ga verder met: \(command)"
        case .savedAfterEveryAnswer(let path):
            "Elk antwoord wordt meteen bewaard in \(path). Typ ? bij een vraag voor hulp."
        case .resumed(let answers, let path, let position, let total):
            "\(answers == 1 ? "1 antwoord" : "\(answers) antwoorden") geladen uit \(path); u gaat verder bij vraag \(position) van ~\(total). Elk antwoord wordt meteen bewaard; typ ? bij een vraag voor hulp."
        case .resumedAtReview(let answers, let path):
            "\(answers == 1 ? "1 antwoord" : "\(answers) antwoorden") geladen uit \(path); alle vragen zijn beantwoord. Wijzig een antwoord in het overzicht, of druk op Enter om het verslag op te stellen."
        case .resumedAtDetails(let answers, let path):
            "\(answers == 1 ? "1 antwoord" : "\(answers) antwoorden") geladen uit \(path); u gaat verder met de gegevens van de beoordeling. Typ ? bij een vraag voor hulp."
        case .earlierReport(let path, let kept):
            "Er staat een verslag van een eerdere sessie in \(path); "
                + (kept.map { "het wordt bewaard als \($0) wanneer het nieuwe verslag wordt geschreven" }
                    ?? "het wordt door het nieuwe verslag vervangen (--force)") + "."
        case .endOfInput: "Einde van de invoer. "
        case .earlierReportReplaced: " Het eerdere verslag is vervangen (--force)."
        case .earlierReportKept(let kept): " Het eerdere verslag is bewaard als \(kept)."
        case .reportWritten(let verdict, let path): "\(verdict): verslag geschreven naar \(path)."
        case .becauseOf: "Redenen:"
        case .pressEnterToStart: "Druk op Enter om met de vragen te beginnen. "
        case .pressEnterToReturn: "Druk op Enter om naar de vraag terug te keren. "
        case .quizEndedEarly:
            "De quiz is vóór de laatste vraag beëindigd: hij wordt als afgebroken gemarkeerd en de onbeantwoorde vragen tellen als fout."
        case .quizEndOfInput:
            "Einde van de invoer: de quiz wordt als afgebroken gemarkeerd en de onbeantwoorde vragen tellen als fout."
        case .quizInterrupted: "Onderbroken: de quiz wordt niet gescoord en er wordt geen verslag geschreven."
        case .pagerMore: "— Enter voor meer, q om de rest over te slaan — "
        }
    }

    private var french: String {
        switch self {
        case .savedIn(let path, let command):
            "Vos réponses sont enregistrées dans \(path). Pour poursuivre\u{A0}: \(command)"
        case .savedAfterEveryAnswer(let path):
            "Chaque réponse est enregistrée aussitôt dans \(path). Tapez ? à toute question pour obtenir de l'aide."
        case .resumed(let answers, let path, let position, let total):
            "\(answers == 1 ? "1 réponse chargée" : "\(answers) réponses chargées") depuis \(path)\u{A0}; reprise à la question \(position) sur ~\(total). Chaque réponse est enregistrée aussitôt\u{A0}; tapez ? pour obtenir de l'aide."
        case .resumedAtReview(let answers, let path):
            "\(answers == 1 ? "1 réponse chargée" : "\(answers) réponses chargées") depuis \(path)\u{A0}; toutes les questions ont reçu une réponse. Modifiez une réponse depuis le récapitulatif, ou appuyez sur Entrée pour rédiger le rapport."
        case .resumedAtDetails(let answers, let path):
            "\(answers == 1 ? "1 réponse chargée" : "\(answers) réponses chargées") depuis \(path)\u{A0}; reprise aux données de l'analyse. Tapez ? pour obtenir de l'aide."
        case .earlierReport(let path, let kept):
            "Un rapport d'une session antérieure se trouve dans \(path)\u{A0}; "
                + (kept.map { "il sera conservé sous le nom \($0) lorsque le nouveau rapport sera écrit" }
                    ?? "il sera remplacé par le nouveau rapport (--force)") + "."
        case .endOfInput: "Fin de la saisie. "
        case .earlierReportReplaced: " Le rapport antérieur a été remplacé (--force)."
        case .earlierReportKept(let kept): " Le rapport antérieur a été conservé sous le nom \(kept)."
        case .reportWritten(let verdict, let path): "\(verdict)\u{A0}: rapport écrit dans \(path)."
        case .becauseOf: "Motifs\u{A0}:"
        case .pressEnterToStart: "Appuyez sur Entrée pour commencer les questions. "
        case .pressEnterToReturn: "Appuyez sur Entrée pour revenir à la question. "
        case .quizEndedEarly:
            "Quiz interrompu avant la dernière question\u{A0}: il est marqué comme abandonné et les questions sans réponse comptent comme fausses."
        case .quizEndOfInput:
            "Fin de la saisie\u{A0}: le quiz est marqué comme abandonné et les questions sans réponse comptent comme fausses."
        case .quizInterrupted: "Interrompu\u{A0}: le quiz n'est pas noté et aucun relevé n'est écrit."
        case .pagerMore: "— Entrée pour la suite, q pour passer le reste — "
        }
    }

    private var swedish: String {
        switch self {
        case .savedIn(let path, let command): "Svaren är sparade i \(path). Fortsätt med: \(command)"
        case .savedAfterEveryAnswer(let path):
            "Varje svar sparas direkt i \(path). Skriv ? vid en fråga för att få hjälp."
        case .resumed(let answers, let path, let position, let total):
            "\(answers == 1 ? "1 svar" : "\(answers) svar") har lästs in från \(path); bedömningen fortsätter vid fråga \(position) av ~\(total). Varje svar sparas direkt; skriv ? vid en fråga för att få hjälp."
        case .resumedAtReview(let answers, let path):
            "\(answers == 1 ? "1 svar" : "\(answers) svar") har lästs in från \(path); alla frågor är besvarade. Ändra ett svar i översikten, eller tryck på Enter för att skriva rapporten."
        case .resumedAtDetails(let answers, let path):
            "\(answers == 1 ? "1 svar" : "\(answers) svar") har lästs in från \(path); bedömningen fortsätter med uppgifterna om bedömningen. Skriv ? vid en fråga för att få hjälp."
        case .earlierReport(let path, let kept):
            "En rapport från en tidigare körning finns i \(path); "
                + (kept.map { "den sparas som \($0) när den nya rapporten skrivs" }
                    ?? "den ersätts av den nya rapporten (--force)") + "."
        case .endOfInput: "Slut på indata. "
        case .earlierReportReplaced: " Den tidigare rapporten har ersatts (--force)."
        case .earlierReportKept(let kept): " Den tidigare rapporten har sparats som \(kept)."
        case .reportWritten(let verdict, let path): "\(verdict): rapporten har skrivits till \(path)."
        case .becauseOf: "Skäl:"
        case .pressEnterToStart: "Tryck på Enter för att börja med frågorna. "
        case .pressEnterToReturn: "Tryck på Enter för att återgå till frågan. "
        case .quizEndedEarly:
            "Övningen avslutades före den sista frågan: den markeras som avbruten och obesvarade frågor räknas som fel."
        case .quizEndOfInput:
            "Slut på indata: övningen markeras som avbruten och obesvarade frågor räknas som fel."
        case .quizInterrupted: "Avbrutet: övningen poängsätts inte och inget protokoll skrivs."
        case .pagerMore: "— Enter för mer, q för att hoppa över resten — "
        }
    }
}
