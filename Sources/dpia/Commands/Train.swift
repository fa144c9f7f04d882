import ArgumentParser
import DPIAKit
import Foundation

extension DPIA {
    struct Train: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Quiz a trainee on a bundled case and score the answers against the real rules.",
            discussion: """
                dpia train list shows the cases with a trainer section. dpia train CASE shows the \
                case's facts, asks the trainee the case's questions (the same interview as dpia \
                assess: ? help, b back, u don't know, r review; q ends the quiz), then compares the \
                answers with the key: the answers that differ, the findings and red patterns each \
                wrong answer adds or misses and why, what the supervisory authority decided, and the \
                score. With --answers FILE a prepared answers file is scored without any question. \
                A Markdown training record is written to --record, or to \
                dpia-training-CASE-DATE.md here. Nothing is sent over the network.

                Exit status: 0 scored and the record written; 64 unknown case or usage error; \
                65 invalid case or answers file; 66 answers file missing; 73 the record cannot be written.
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
                "The trainee's name, for the record (default: the answers file's assessor).", valueName: "name"))
        var trainee: String?

        @Option(
            help: ArgumentHelp(
                "Where to write the training record (default: dpia-training-CASE-DATE.md here).", valueName: "file"))
        var record: String?

        @Flag(help: "Replace the --record file if it exists.")
        var force = false

        @OptionGroup var questionnaires: QuestionnaireOptions

        func run() throws {
            let log = DiagnosticLog()
            let catalog = try questionnaires.catalog(log: log)
            let today = Clock.today()
            let trainingCase = try load(catalog: catalog, log: log)
            let recordPath = record ?? Self.freshPath(trainingCase.name, today: today)
            // Refuse before the quiz, not after it.
            if !force && FileManager.default.fileExists(atPath: recordPath) {
                Console.error(
                    "\(recordPath): error: the file exists; pass --force to replace it, or --record another file")
                throw ExitCode.cannotCreate
            }
            let answers: AnswerSet
            if let answersPath {
                answers = try prepared(answersPath, for: trainingCase, catalog: catalog, log: log)
            } else {
                answers = try quiz(trainingCase)
            }
            let name = trainee ?? answers.metadata.assessor
            let result = TrainingResult.evaluate(
                trainingCase.traineeAnswers(answers), on: trainingCase, today: today)
            let record = TrainingRecord(result, trainee: name, date: today)
            Console.output("\n" + record.body())
            try OutputFile.write(record.render(), to: recordPath, force: true)
            Console.output(
                "\nScore: \(result.score.points) of \(result.score.maximum). Training record written to \(recordPath)\n"
            )
        }

        /// The case named on the command line, from the catalog or from a file.
        private func load(catalog: QuestionnaireCatalog, log: DiagnosticLog) throws -> TrainingCase {
            let file: InputFile
            if let bundled = catalog.cases.first(where: { TrainingCase.name(ofFile: $0.name) == caseName }) {
                file = bundled
            } else if FileManager.default.fileExists(atPath: caseName) {
                file = try InputFiles.read(caseName)
            } else {
                let names = catalog.cases.map { TrainingCase.name(ofFile: $0.name) }.sorted()
                Console.error(
                    "error: no case '\(caseName)'; dpia train list shows the cases (\(names.joined(separator: ", ")))")
                throw ExitCode.validationFailure
            }
            let loaded = catalog.loadAnswers(file, log: log)
            var sources = catalog.sources
            sources[file.name] = file.text
            Console.print(log.sorted, sources: sources, color: questionnaires.color.isEnabled)
            guard !log.hasErrors, let (answers, bundle) = loaded else { throw ExitCode.dataError }
            guard
                let trainingCase = TrainingCase(
                    name: TrainingCase.name(ofFile: file.name), key: answers, bundle: bundle)
            else {
                Console.error(
                    "\(file.name): error: the case has no 'training' block; dpia train list shows the cases that do")
                throw ExitCode.validationFailure
            }
            return trainingCase
        }

        /// A prepared answers file, checked against the case's questionnaires.
        private func prepared(
            _ path: String, for trainingCase: TrainingCase, catalog: QuestionnaireCatalog, log: DiagnosticLog
        ) throws -> AnswerSet {
            let input = try InputFiles.read(path)
            let loaded = catalog.loadAnswers(input, log: log)
            var sources = catalog.sources
            sources[input.name] = input.text
            Console.print(log.sorted, sources: sources, color: questionnaires.color.isEnabled)
            guard !log.hasErrors, let (answers, _) = loaded else { throw ExitCode.dataError }
            let jurisdiction = trainingCase.bundle.jurisdiction
            guard answers.metadata.jurisdiction == jurisdiction else {
                Console.error(
                    "\(path): error: the answers are for jurisdiction '\(answers.metadata.jurisdiction)', the case for '\(jurisdiction)'"
                )
                throw ExitCode.dataError
            }
            return answers
        }

        /// Shows the facts and asks the questions on this process's terminal or pipe.
        private func quiz(_ trainingCase: TrainingCase) throws -> AnswerSet {
            let terminal = SystemTerminal()
            terminal.write(TrainingBriefing(trainingCase).render())
            var interviewer = Interviewer(
                plan: InterviewPlan(bundle: trainingCase.bundle, focus: trainingCase.focus),
                answers: trainingCase.startingAnswers(trainee: trainee), today: Clock.today())
            let renderer = ScreenRenderer(
                usesColor: questionnaires.color.isEnabled(on: STDOUT_FILENO), quitAction: "end the quiz",
                finishAction: "score my answers")
            let ending = try InterviewSession.run(&interviewer, on: terminal, renderer: renderer) { _ in }
            switch ending {
            case .finished: break
            case .quit: terminal.write("Quiz ended; the questions not answered count as wrong.\n")
            case .endOfInput: terminal.write("End of input; the questions not answered count as wrong.\n")
            }
            return interviewer.answers
        }

        /// `dpia-training-CASE-DATE.md` in the current folder, numbered if that name is taken.
        private static func freshPath(_ name: String, today: CalendarDate) -> String {
            var candidate = "dpia-training-\(name)-\(today).md"
            var number = 2
            while FileManager.default.fileExists(atPath: candidate) {
                candidate = "dpia-training-\(name)-\(today)-\(number).md"
                number += 1
            }
            return candidate
        }
    }
}
