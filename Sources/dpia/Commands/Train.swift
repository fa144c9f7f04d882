import ArgumentParser
import DPIAKit
import Foundation

extension DPIA {
    struct Train: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Quiz a trainee on a bundled case and score the answers against the real rules.",
            discussion: """
                dpia train list shows the cases with a trainer section. dpia train CASE shows the \
                case's facts a screen at a time, asks the trainee the case's questions (the same \
                interview as dpia assess: ? help, b back, u don't know, r review, f the facts again; \
                q ends the quiz, which is then marked abandoned), then shows the score first and the \
                answers that differ from the key, with what each one changes, and what the \
                supervisory authority decided. Only what the trainee's own answers decide is scored \
                (README, "For trainers"). With --answers FILE a prepared answers file is scored \
                without any question. A Markdown training record with the full comparison is written \
                to --record, or to dpia-training-CASE-TRAINEE-DATE.md here. Nothing is sent over the \
                network.

                Exit status: 0 scored and the record written (a quiz ended early too); 64 unknown \
                case or usage error; 65 invalid case or answers file; 66 answers file missing; \
                73 the record cannot be written; 130 interrupted with Ctrl-C (nothing written); \
                70 unexpected failure.
                """,
            subcommands: [ListCases.self, Quiz.self],
            defaultSubcommand: Quiz.self)
    }
}

extension DPIA.Train {
    struct ListCases: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List the cases with a trainer section.")

        @OptionGroup var questionnaires: QuestionnaireOptions

        func run() throws {
            let log = DiagnosticLog()
            let catalog = try questionnaires.catalog(log: log)
            let cases = catalog.trainingCases(log: log)
            Console.print(log.sorted, sources: catalog.sources, color: questionnaires.color.isEnabled)
            var lines = ["Training cases:"]
            let width = cases.map(\.name.count).max() ?? 0
            for trainingCase in cases {
                let count = trainingCase.focus.map { "\($0.count) questions" } ?? "all questions"
                let decided =
                    trainingCase.brief.precedents.isEmpty
                    ? "invented" : trainingCase.brief.precedents.joined(separator: ", ")
                lines.append(
                    "  " + trainingCase.name.padding(toLength: width, withPad: " ", startingAt: 0)
                        + "  \(trainingCase.bundle.jurisdiction)  \(trainingCase.title) (\(count); \(decided))")
            }
            if cases.isEmpty { lines.append("  (none)") }
            lines.append("")
            lines.append("Start one with: dpia train CASE [--trainee NAME]")
            Console.output(lines.joined(separator: "\n") + "\n")
            if log.hasErrors { throw ExitCode.dataError }
        }
    }

    struct Quiz: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "case", abstract: "Quiz a trainee on one case (the default: dpia train CASE).")

        @Argument(help: ArgumentHelp("The case: a name from dpia train list, or a case file.", valueName: "case"))
        var caseName: String

        @Option(
            name: .customLong("answers"),
            help: ArgumentHelp(
                "Score this prepared answers file instead of asking the questions.", valueName: "file"),
            completion: .file(extensions: ["yaml", "yml"]))
        var answersPath: String?

        @Option(
            help: ArgumentHelp(
                "The trainee's name, for the record and its file name (with --answers, default: the file's assessor).",
                valueName: "name"))
        var trainee: String?

        @Option(
            help: ArgumentHelp(
                "Where to write the training record (default: dpia-training-CASE-TRAINEE-DATE.md here).",
                valueName: "file"))
        var record: String?

        @Flag(help: "Replace the --record file if it exists.")
        var force = false

        @OptionGroup var lang: LanguageOption

        @OptionGroup var questionnaires: QuestionnaireOptions

        func validate() throws {
            if let bad = trainee?.unicodeScalars.first(where: VisibleText.isForbidden) {
                throw ValidationError("--trainee holds the \(VisibleText.describe(bad)); type the name without it")
            }
        }

        func run() throws {
            let log = DiagnosticLog()
            let pipeline = try questionnaires.pipeline(log: log)
            let today = Clock.today()
            let trainingCase = try load(pipeline: pipeline, log: log)
            let recordPath = record ?? Self.freshPath(trainingCase.name, trainee: trainee, today: today)
            // Refuse before the quiz, not after it.
            if !force && FileManager.default.fileExists(atPath: recordPath) {
                Console.error("the file exists; pass --force to replace it, or --record another file", file: recordPath)
                throw ExitCode.cannotCreate
            }
            let answers: AnswerSet
            let name: String?
            var isAbandoned = false
            let terminal = SystemTerminal()
            var language = lang.language(answers: trainingCase.key.metadata.language)
            if let answersPath {
                answers = try prepared(answersPath, for: trainingCase, pipeline: pipeline, log: log)
                language = lang.language(answers: answers.metadata.language ?? trainingCase.key.metadata.language)
                // A copy of the case keeps the case's assessor, who is not the trainee.
                let assessor = answers.metadata.assessor
                name = trainee ?? (assessor == trainingCase.key.metadata.assessor ? nil : assessor)
            } else {
                (answers, isAbandoned) = try quiz(trainingCase, on: terminal, language: language)
                name = trainee
            }
            let result = TrainingResult.evaluate(
                trainingCase.traineeAnswers(answers), on: trainingCase, today: today, isAbandoned: isAbandoned,
                language: language)
            let record = TrainingRecord(result, trainee: name, date: today, language: language)
            try OutputFile.write(record.render(), to: recordPath, force: true)
            terminal.write(
                "\n" + TrainingScreen(result, language: language).render(width: terminal.width, recordPath: recordPath))
        }

        /// The case named on the command line, from the catalog or from a file.
        private func load(pipeline: AssessmentPipeline, log: DiagnosticLog) throws -> TrainingCase {
            let catalog = pipeline.catalog
            let file: InputFile
            if let bundled = catalog.cases.first(where: { TrainingCase.name(ofFile: $0.name) == caseName }) {
                file = bundled
            } else if FileManager.default.fileExists(atPath: caseName) {
                file = try InputFiles.read(caseName)
            } else {
                let names = catalog.cases.map { TrainingCase.name(ofFile: $0.name) }.sorted()
                Console.diagnose(
                    .error(
                        "no case '\(Diagnostic.excerpt(caseName))'; dpia train list shows the cases (\(names.joined(separator: ", ")))",
                        at: nil), color: questionnaires.color.isEnabled)
                throw ExitCode.validationFailure
            }
            let (answers, bundle) = try pipeline.loadAnswers(file, log: log, color: questionnaires.color.isEnabled)
            guard
                let trainingCase = TrainingCase(
                    name: TrainingCase.name(ofFile: file.name), key: answers, bundle: bundle)
            else {
                Console.error(
                    "the case has no 'training' block; dpia train list shows the cases that do", file: file.name)
                throw ExitCode.validationFailure
            }
            return trainingCase
        }

        /// A prepared answers file, checked against the case's questionnaires.
        private func prepared(
            _ path: String, for trainingCase: TrainingCase, pipeline: AssessmentPipeline, log: DiagnosticLog
        ) throws -> AnswerSet {
            let input = try InputFiles.answers(path, catalog: pipeline.catalog)
            let (answers, _) = try pipeline.loadAnswers(input, log: log, color: questionnaires.color.isEnabled)
            let jurisdiction = trainingCase.bundle.jurisdiction
            guard answers.metadata.jurisdiction == jurisdiction else {
                Console.error(
                    "the answers are for jurisdiction '\(answers.metadata.jurisdiction)', the case for '\(jurisdiction)'",
                    file: path)
                throw ExitCode.dataError
            }
            return answers
        }

        /// Shows the facts and asks the questions on this process's terminal or pipe; the answers,
        /// and whether the quiz was ended before its last question.
        private func quiz(
            _ trainingCase: TrainingCase, on terminal: SystemTerminal, language: Language
        ) throws -> (AnswerSet, Bool) {
            let interrupt = Self.exitOnInterrupt(language)
            defer { withExtendedLifetime(interrupt) {} }
            let briefing = TrainingBriefing(trainingCase, language: language)
            let story = { briefing.lines(width: terminal.width) }
            guard
                terminal.page(
                    story(), closing: SessionText.pressEnterToStart.text(in: language),
                    more: SessionText.pagerMore.text(in: language))
            else {
                terminal.write("\n")
                return (trainingCase.startingAnswers(trainee: trainee), true)
            }
            var interviewer = Interviewer(
                plan: InterviewPlan(bundle: trainingCase.bundle, focus: trainingCase.focus),
                answers: trainingCase.startingAnswers(trainee: trainee), today: Clock.today(), language: language)
            var renderer = ScreenRenderer(
                usesColor: questionnaires.color.isEnabled(on: STDOUT_FILENO),
                quitAction: TrainingText.endQuizAction.text(in: language),
                finishAction: TrainingText.scoreAction.text(in: language))
            renderer.extraHints = [TrainingText.factsKey.text(in: language)]
            let quizTerminal = QuizTerminal(terminal) {
                terminal.page(
                    [""] + story(), closing: SessionText.pressEnterToReturn.text(in: language),
                    more: SessionText.pagerMore.text(in: language))
            }
            let ending = try InterviewSession.run(&interviewer, on: quizTerminal, renderer: renderer) { _ in }
            switch ending {
            case .finished: break
            case .quit:
                terminal.writeWrapped(SessionText.quizEndedEarly.text(in: language) + "\n")
            case .endOfInput:
                terminal.writeWrapped(SessionText.quizEndOfInput.text(in: language) + "\n")
            }
            return (interviewer.answers, ending != .finished)
        }

        /// On Ctrl-C: give the terminal its mode back and exit 130; nothing is written.
        private static func exitOnInterrupt(_ language: Language) -> any DispatchSourceSignal {
            signal(SIGINT, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
            source.setEventHandler {
                SystemTerminal.restoreMode()
                FileHandle.standardOutput.write(
                    Data(("\n" + SessionText.quizInterrupted.text(in: language) + "\n").utf8))
                Foundation.exit(ExitCode.interrupted.rawValue)
            }
            source.resume()
            return source
        }

        /// `dpia-training-CASE-TRAINEE-DATE.md` (without TRAINEE when none is named) in the current
        /// folder, numbered if that name is taken.
        static func freshPath(_ name: String, trainee: String?, today: CalendarDate) -> String {
            let stem = ["dpia-training", name, trainee.map(slug)].compactMap { $0 }.filter { !$0.isEmpty }
                .joined(separator: "-")
            var candidate = "\(stem)-\(today).md"
            var number = 2
            while FileManager.default.fileExists(atPath: candidate) {
                candidate = "\(stem)-\(today)-\(number).md"
                number += 1
            }
            return candidate
        }

        /// A name as a file-name part: lower case ASCII letters and digits joined by `-`
        /// (`Åsa Öberg` gives `asa-oberg`).
        static func slug(_ name: String) -> String {
            let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
            let words = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
            return words.joined(separator: "-")
        }
    }
}

/// The quiz's terminal: `f` at any prompt shows the case's facts again, then the screen it was typed
/// at; everything else goes to the interview.
final class QuizTerminal: Terminal {
    private let base: SystemTerminal
    private let showFacts: () -> Bool
    private var lastScreen = ""

    init(_ base: SystemTerminal, showFacts: @escaping () -> Bool) {
        self.base = base
        self.showFacts = showFacts
    }

    var width: Int? { base.width }

    func write(_ text: String) {
        lastScreen = text
        base.write(text)
    }

    func readLine(history: [String]) -> String? {
        while true {
            guard let line = base.readLine(history: history) else { return nil }
            guard line.trimmingCharacters(in: .whitespaces).lowercased() == "f" else { return line }
            guard showFacts() else { return nil }
            base.write(lastScreen)
        }
    }
}
