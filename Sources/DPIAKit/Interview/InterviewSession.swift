/// Runs an interview on a terminal: show the screen, read a line, hand it to the ``Interviewer``, and
/// save the answers the moment they change, so a crash or a closed terminal loses at most the line
/// being typed.
public enum InterviewSession {
    /// How an interview stopped; the answers are saved in every case.
    public enum Ending: Hashable, Sendable {
        /// Every question answered and the review confirmed: the report can be written.
        case finished
        /// The user typed `q`.
        case quit
        /// The input ended (Ctrl-D, or the end of a script).
        case endOfInput
    }

    /// Runs `interviewer` until it finishes, the user quits or the input ends.
    /// - Parameter save: Called with the answers after every change; an error stops the interview
    ///   (and is rethrown) so no answer is ever taken that cannot be kept.
    public static func run(
        _ interviewer: inout Interviewer, on terminal: some Terminal, renderer: ScreenRenderer,
        save: (AnswerSet) throws -> Void
    ) throws -> Ending {
        while true {
            switch interviewer.screen.step {
            case .finished: return .finished
            case .quit: return .quit
            default: break
            }
            terminal.write(renderer.render(interviewer, width: terminal.width))
            guard let line = terminal.readLine(history: interviewer.history) else {
                terminal.write("\n")
                return .endOfInput
            }
            if interviewer.handle(line) {
                try save(interviewer.answers)
            }
        }
    }
}
