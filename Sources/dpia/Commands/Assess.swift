import ArgumentParser
import DPIAKit
import Foundation

extension DPIA {
    struct Assess: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Answer the questionnaires in a guided interview that saves every answer at once.",
            discussion: """
                Starts an assessment (with --jurisdiction) or resumes one (with --answers FILE): asks \
                for the language (unless --lang is given; it is kept in the answers file as \
                assessment.language), the organisation, unit, processing, assessor and date, then \
                each question that applies with the answers given so far. At a question: a number or a value answers; \
                ? shows guidance and provisions; b goes back; u is "I don't know"; n attaches a note \
                and evidence; r reviews all answers and jumps to any; q saves and quits. Enter keeps \
                the current answer.

                Every answer, note and evidence reference is saved to the answers file the moment it \
                is given (a temporary file renamed into place; the file is readable by its owner \
                only). Answers to questions that stop applying are kept. A finished interview can be \
                resumed the same way, to change answers. At the end the report is written to \
                --output, or beside the answers file; a report already there is kept under a name \
                with its date (NAME-report-YYYY-MM-DD.md), or replaced with --force, and the end \
                screen says which. The interview is on standard output, problems with files on \
                standard error. At a terminal the answer line can be edited (arrows, Home, End, \
                Ctrl-U; up for earlier answers) and text is wrapped to the terminal's width; when \
                standard input is not a terminal, answers are read line by line. Nothing is sent over \
                the network.

                Exit status: 0 interview saved or report written; 2 report written and the verdict is \
                DO NOT DEPLOY; 64 usage error; 65 invalid answers file; 66 the answers file cannot be \
                read; 73 the answers or report cannot be written; 130 interrupted with Ctrl-C (answers \
                saved); 70 unexpected failure.
                """)

        @Option(help: ArgumentHelp("The questionnaires to use for a new assessment: eu, be or se.", valueName: "code"))
        var jurisdiction: String?

        @Option(
            name: .customLong("answers"),
            help: ArgumentHelp(
                "The answers file to resume, or to create (default: dpia-assessment-DATE.yaml here).", valueName: "file"
            ),
            completion: .file(extensions: ["yaml", "yml"]))
        var answersPath: String?

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp(
                "Where to write the report at the end (default: beside the answers file, NAME-report.md).",
                valueName: "file"))
        var output: String?

        @Flag(help: "Replace the report file if it exists, rather than keep it under a dated name.")
        var force = false

        @OptionGroup var lang: LanguageOption

        @OptionGroup var questionnaires: QuestionnaireOptions

        func run() throws {
            let log = DiagnosticLog()
            let pipeline = try questionnaires.pipeline(log: log)
            let today = Clock.today()
            let path = answersPath ?? Self.freshPath(today: today)
            let reportPath = output ?? Self.reportPath(besides: path)
            let isResumed = FileManager.default.fileExists(atPath: path)
            var (answers, bundle) = try start(path: path, pipeline: pipeline, log: log)
            // A new assessment keeps the language it was started in, asked or given with --lang (English,
            // the default of every file, is not written, so files made in English stay as they were).
            if !isResumed, let requested = lang.requested, requested != .en { answers.metadata.language = requested }
            // --lang is this run's language; without it a new assessment asks for one and keeps it.
            let language = lang.language(answers: answers.metadata.language)
            // A file resumed is written again only when an answer changes.
            if !FileManager.default.fileExists(atPath: path) { try save(answers, bundle: bundle, to: path) }

            let resume = SessionText.savedIn(
                path: path, command: "dpia assess --answers \(Self.shellQuoted(path))"
            ).text(in: language)
            let interrupt = Self.exitOnInterrupt(message: resume)
            defer { withExtendedLifetime(interrupt) {} }

            let terminal = SystemTerminal()
            var interviewer = Interviewer(
                plan: InterviewPlan(bundle: bundle), answers: answers, today: today, language: language,
                asksLanguage: !isResumed && lang.requested == nil)
            if isResumed {
                terminal.writeWrapped(Self.resumeBanner(interviewer, path: path).text(in: language) + "\n")
            } else {
                terminal.writeWrapped(SessionText.savedAfterEveryAnswer(path: path).text(in: language) + "\n")
            }
            if FileManager.default.fileExists(atPath: reportPath) {
                let kept = force ? nil : Self.keptName(for: reportPath)
                terminal.writeWrapped(
                    SessionText.earlierReport(path: reportPath, keptAs: kept).text(in: language) + "\n")
            }
            let ending = try InterviewSession.run(
                &interviewer, on: terminal,
                renderer: ScreenRenderer(usesColor: questionnaires.color.isEnabled(on: STDOUT_FILENO))
            ) {
                try save($0, bundle: bundle, to: path)
            }
            guard ending == .finished else {
                // The language question may have changed the language since the start.
                let saved = SessionText.savedIn(
                    path: path, command: "dpia assess --answers \(Self.shellQuoted(path))"
                ).text(in: interviewer.language)
                let end = ending == .endOfInput ? SessionText.endOfInput.text(in: interviewer.language) : ""
                terminal.writeWrapped(end + saved + "\n")
                return
            }
            // The DPIA's own parts (description, measures register, sign-off), optional and saved at once.
            _ = try DPIAPartsInterview.run(
                pipeline.evaluate(interviewer.answers, with: bundle, today: today), on: terminal,
                language: interviewer.language
            ) { try save($0, bundle: bundle, to: path) }
            // The report is made from the saved file, exactly as `dpia report` would make it.
            let saved = try InputFiles.read(path)
            guard
                let (assessment, report, reportLanguage) = pipeline.finish(
                    saved, today: today, log: log, language: { lang.language(answers: $0.metadata.language) })
            else {
                Console.print(log.sorted, sources: [saved.name: saved.text], color: questionnaires.color.isEnabled)
                throw ExitCode.dataError
            }
            var earlier = ""
            if FileManager.default.fileExists(atPath: reportPath) {
                if force {
                    earlier = SessionText.earlierReportReplaced.text(in: reportLanguage)
                } else {
                    let kept = Self.keptName(for: reportPath)
                    do {
                        try FileManager.default.moveItem(atPath: reportPath, toPath: kept)
                    } catch {
                        Console.error(
                            "cannot keep the earlier report as \(kept) (\(error.localizedDescription)); nothing was replaced; your answers are saved in \(path)",
                            file: reportPath)
                        throw ExitCode.cannotCreate
                    }
                    earlier = SessionText.earlierReportKept(as: kept).text(in: reportLanguage)
                }
            }
            try OutputFile.write(
                report, to: reportPath, force: true,
                mode: AtomicFile.mode(of: AtomicFile.target(of: path)))
            let verdict = ReportText.verdictLabel(assessment.verdict).text(in: reportLanguage)
            var lines = [
                "", SessionText.reportWritten(verdict: verdict, path: reportPath).text(in: reportLanguage) + earlier,
            ]
            let reasons = VerdictReasons.of(assessment, language: reportLanguage)
            if !reasons.isEmpty {
                lines.append(SessionText.becauseOf.text(in: reportLanguage))
                lines += reasons.flatMap { TextLayout.wrap("- " + $0, width: terminal.width, indent: 2) }
            }
            terminal.writeWrapped(lines.joined(separator: "\n") + "\n")
            if assessment.verdict == .doNotDeploy { throw ExitCode.doNotDeploy }
        }

        /// The answers to resume from `path`, or a new set when it does not exist yet.
        private func start(
            path: String, pipeline: AssessmentPipeline, log: DiagnosticLog
        ) throws -> AssessmentPipeline.LoadedAnswers {
            if FileManager.default.fileExists(atPath: path) {
                let loaded = try pipeline.loadAnswers(
                    InputFiles.read(path), log: log, color: questionnaires.color.isEnabled)
                if let conflict = AssessmentPipeline.jurisdictionConflict(
                    resuming: loaded.answers, at: path, jurisdiction: jurisdiction)
                {
                    Console.diagnose(conflict)
                    throw ExitCode.validationFailure
                }
                return loaded
            }
            guard let jurisdiction else {
                Console.diagnose(pipeline.missingJurisdiction(toStart: path))
                throw ExitCode.validationFailure
            }
            guard let loaded = pipeline.start(jurisdiction: jurisdiction, file: path, log: log) else {
                Console.print(log.sorted, sources: pipeline.catalog.sources, color: questionnaires.color.isEnabled)
                throw ExitCode.validationFailure
            }
            return loaded
        }

        private func save(_ answers: AnswerSet, bundle: QuestionnaireBundle, to path: String) throws {
            do {
                try AnswersFile.save(answers, bundle: bundle, to: path)
            } catch let error as AnswersFile.SaveError {
                Console.error("cannot save the answers (\(error.reason))", file: error.path)
                throw ExitCode.cannotCreate
            }
        }

        /// On Ctrl-C: wait for a save in progress, say how to resume, exit 130. Every answer is saved
        /// when it is given, so there is nothing else to do.
        private static func exitOnInterrupt(message: String) -> any DispatchSourceSignal {
            signal(SIGINT, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
            source.setEventHandler {
                SystemTerminal.restoreMode()
                AnswersFile.lock.lock()
                FileHandle.standardOutput.write(Data("\nInterrupted. \(message)\n".utf8))
                Foundation.exit(ExitCode.interrupted.rawValue)
            }
            source.resume()
            return source
        }

        /// `dpia-assessment-DATE.yaml` in the current folder, numbered if that name is taken.
        private static func freshPath(today: CalendarDate) -> String {
            var candidate = "dpia-assessment-\(today).yaml"
            var number = 2
            while FileManager.default.fileExists(atPath: candidate) {
                candidate = "dpia-assessment-\(today)-\(number).yaml"
                number += 1
            }
            return candidate
        }

        /// What a resumed interview says first: how many answers were loaded and where it goes on.
        static func resumeBanner(_ interviewer: Interviewer, path: String) -> SessionText {
            let answers = interviewer.answers
            let loaded = answers.answers.values.filter { $0.state != .unanswered }.count
            switch interviewer.screen.step {
            case .question(let id):
                let progress = interviewer.plan.progress(of: id, answers)
                return .resumed(
                    answers: loaded, path: path, position: progress.position, total: progress.estimatedTotal)
            case .review:
                return .resumedAtReview(answers: loaded, path: path)
            default:
                return .resumedAtDetails(answers: loaded, path: path)
            }
        }

        /// Where an earlier report is kept: `NAME-report-DATE.md`, DATE the day it was written,
        /// numbered when that name is taken.
        static func keptName(for reportPath: String) -> String {
            let attributes = try? FileManager.default.attributesOfItem(atPath: reportPath)
            let modified = (attributes?[.modificationDate] as? Date) ?? Date()
            let day = CalendarDate(utcSecondsSince1970: modified.timeIntervalSince1970)?.description ?? "earlier"
            var stem = reportPath
            if stem.hasSuffix(".md") { stem.removeLast(3) }
            var candidate = "\(stem)-\(day).md"
            var number = 2
            while FileManager.default.fileExists(atPath: candidate) {
                candidate = "\(stem)-\(day)-\(number).md"
                number += 1
            }
            return candidate
        }

        /// `NAME-report.md` beside `NAME.yaml`.
        static func reportPath(besides answersPath: String) -> String {
            var stem = answersPath
            for suffix in [".yaml", ".yml"] where stem.hasSuffix(suffix) {
                stem.removeLast(suffix.count)
            }
            return stem + "-report.md"
        }

        /// `path` as a shell word: plain when safe, else single-quoted.
        static func shellQuoted(_ path: String) -> String {
            let safe = path.unicodeScalars.allSatisfy {
                CharacterSet.alphanumerics.contains($0) || "/._-+:@%".unicodeScalars.contains($0)
            }
            return safe && !path.isEmpty ? path : "'" + path.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
        }
    }
}
