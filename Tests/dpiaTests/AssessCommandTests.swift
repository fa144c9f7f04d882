import BundledQuestionnaires
import DPIAKit
import Foundation
import Testing

/// `dpia assess` driven as a user drives it: through a pipe (scripts) and through a pseudo-terminal
/// (a person at a terminal), interrupted, killed and resumed.
@Suite("dpia assess: the guided interview")
struct AssessCommandTests {
    /// 2025-11-22, so "today" is the same on every run.
    private static let environment = inheritedEnvironment([
        "SOURCE_DATE_EPOCH": "1763769600", "NO_COLOR": "1", "TERM": "xterm",
    ])

    private static let metadata = [
        "Federal Police", "DJSOC", "Clearview AI trial licence", "Jane Doe, DPO", "2022-02-15",
    ]
    private static let note = #"The licence says "free trial": nobody read it # really"#

    /// The answers file as `dpia report` would read it; records an issue for any error.
    private func load(_ url: URL) throws -> AnswerSet {
        let log = DiagnosticLog()
        let catalog = QuestionnaireCatalog.bundled(log: log)
        let text = try String(contentsOf: url, encoding: .utf8)
        let loaded = catalog.loadAnswers(InputFile(name: url.lastPathComponent, text: text), log: log)
        #expect(!log.hasErrors, "\(log.diagnostics)\n\(text)")
        return try #require(loaded).0
    }

    /// Runs `dpia assess` with `lines` as input, with `--lang language` (English unless a test is
    /// about the language; nil asks the language question of a new assessment).
    private func assess(
        _ arguments: [String], lines: [String], in folder: TemporaryDirectory, language: Language? = .en,
        environment: [String: String] = AssessCommandTests.environment
    ) throws -> DPIARun {
        try runDPIA(
            ["assess"] + arguments + (language.map { ["--lang", $0.rawValue] } ?? []),
            stdin: lines.map { $0 + "\n" }.joined(), environment: environment, currentDirectory: folder.url)
    }

    /// The progress lines (`Section · N of ~M`) of a transcript, in order.
    private func progressLines(_ output: String) -> [String] {
        output.components(separatedBy: "\n").filter {
            $0.range(of: #" · \d+ of ~\d+$"#, options: .regularExpression) != nil
        }
    }

    // MARK: - Through a pipe

    @Test("after the questions, the description, a measure's record and the sign-off are asked and saved")
    func dpiaParts() throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write(try CaseFiles.text("eu-unknowns"), to: "case.yaml")
        // A finished file resumes at the review: Enter finishes it, then the DPIA parts are offered.
        var lines = ["", "y", "planned", "identify suspects; locate missing persons"]
        lines += Array(repeating: "", count: 8)  // keep the other description fields
        lines += ["Vendor Oy, processor, Finland", "maybe", "planned; Legal service; 2027-01-31"]
        lines += ["q"]
        let run = try assess(["--answers", file.lastPathComponent], lines: lines, in: folder)
        #expect(run.status == 2, "\(run.stdout)\n\(run.stderr)")
        #expect(run.stdout.contains("'maybe' is not a status; type todo, planned, done or rejected first"))
        let saved = try load(file)
        #expect(saved.description.purposes == ["identify suspects", "locate missing persons"])
        #expect(saved.description.recipients == [Recipient(name: "Vendor Oy", role: "processor", country: "Finland")])
        let record = try #require(saved.measureRecords.values.first { $0.owner == "Legal service" })
        #expect(record.status == .planned)
        #expect(record.due == CalendarDate("2027-01-31"))
        let report = try String(contentsOf: folder.file("case-report.md"), encoding: .utf8)
        #expect(report.contains("identify suspects; locate missing persons"))
        #expect(report.contains("planned, owner Legal service, due 2027-01-31"))
    }

    @Test("the DPIA parts are skipped with Enter, and the end of input writes the report as before")
    func dpiaPartsSkipped() throws {
        let folder = try TemporaryDirectory()
        let text = try CaseFiles.text("eu-unknowns")
        let file = try folder.write(text, to: "case.yaml")
        let run = try assess(["--answers", file.lastPathComponent], lines: ["", ""], in: folder)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stdout.contains("Record them now? y to start, Enter to go straight to the report"))
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
        #expect(FileManager.default.fileExists(atPath: folder.file("case-report.md").path))
    }

    @Test(
        "through a pipe: answer, go back and change, don't know, note, quit; resume; finish; the report matches the answers"
    )
    func pipeInterview() throws {
        let folder = try TemporaryDirectory()
        let first = try assess(
            ["--jurisdiction", "be", "--answers", "answers.yaml"],
            lines: Self.metadata + [
                "1", "1", "1",  // a competent authority, a criminal-law purpose, already used
                "2 5",  // how it was used
                "October 2019 to February 2020: 78 searches",
                "b", "b", "1 2", "",  // back twice, change how it was used, keep the period
                "u",  // the provision: I don't know
                "n", Self.note, "COC DIO21006, p. 4", "3",  // a note, then general police powers
                "q",
            ], in: folder)
        #expect(first.status == 0, "\(first.stderr)\n\(first.stdout)")
        #expect(
            first.stdout.hasSuffix(
                "Your answers are saved in answers.yaml. Continue with: dpia assess --answers answers.yaml\n"))
        #expect(first.stderr.isEmpty)

        let saved = try load(folder.file("answers.yaml"))
        #expect(
            saved.metadata
                == AssessmentMetadata(
                    jurisdiction: "be", organisation: "Federal Police", unit: "DJSOC",
                    processing: "Clearview AI trial licence",
                    assessor: "Jane Doe, DPO", date: CalendarDate("2022-02-15")))
        #expect(
            saved.answers.mapValues(\.state) == [
                "scope.competent_authority": .value(.yesNo(true)), "scope.lec_purpose": .value(.yesNo(true)),
                "scope.already_used": .value(.yesNo(true)),
                "scope.use_forms": .value(.choices(["operational_cases", "trial_or_free_licence"])),
                "scope.use_period": .value(.text("October 2019 to February 2020: 78 searches")),
                "legal_basis.provision": .unknown, "legal_basis.basis_type": .value(.choice("general_police_powers")),
            ])
        #expect(saved.answers["legal_basis.basis_type"]?.note == Self.note)
        #expect(saved.answers["legal_basis.basis_type"]?.evidence == "COC DIO21006, p. 4")

        // Resume, answer "I don't know" to everything left, and confirm the review.
        let second = try assess(
            ["--answers", "answers.yaml"], lines: Array(repeating: "u", count: 140) + [""], in: folder)
        #expect(
            progressLines(second.stdout).first?.hasPrefix("Legal basis · 8 of ~") == true,
            "\(second.stdout.prefix(2000))")
        #expect(second.stdout.contains("Review: all questions answered"))
        let report = try String(contentsOf: folder.file("answers-report.md"), encoding: .utf8)
        // The report may hold what the answers hold: it gets the answers file's mode (0600).
        let reportMode =
            try FileManager.default.attributesOfItem(atPath: folder.file("answers-report.md").path)[
                .posixPermissions] as? Int
        #expect(reportMode == 0o600)
        let verdictLine = try #require(
            second.stdout.components(separatedBy: "\n").last { $0.hasSuffix(": report written to answers-report.md.") })

        // The report is exactly the one `dpia report` writes for the saved answers.
        let check = try runDPIA(
            ["report", "answers.yaml"], environment: Self.environment, currentDirectory: folder.url)
        #expect(firstDifference(report, check.stdout) == nil)
        #expect(second.status == check.status)
        #expect(report.contains("Jane Doe, DPO"))
        #expect(
            report.contains(
                ##"| General policing tasks or powers | The licence says "free trial": nobody read it \# really | COC DIO21006, p. 4 |"##
            ))
        let verdict = try #require(Verdict.allCases.first { verdictLine.hasPrefix($0.rawValue + ":") })
        #expect(report.contains(verdict.rawValue))
        let final = try load(folder.file("answers.yaml"))
        for (id, answer) in saved.answers {
            #expect(final.answers[id]?.state == answer.state, "the answer to \(id) changed")
        }
        let today = try #require(CalendarDate("2025-11-22"))
        #expect(RuleEngine.assess(final, with: try bundle("be"), today: today).unanswered.isEmpty)
    }

    @Test(
        "changing an answer that hides later questions keeps their answers, marked, and changing it back restores them")
    func hideAndRestore() throws {
        let folder = try TemporaryDirectory()
        let first = try assess(
            ["--jurisdiction", "eu", "--answers", "a.yaml"],
            lines: Self.metadata + [
                "1", "1", "1", "1", "Spring 2020",  // already used: in operational cases, in spring 2020
                "r", "3", "2",  // review, jump to "already used", change it to no
                "q",
            ], in: folder)
        #expect(first.status == 0, "\(first.stdout)")
        let hidden = try String(contentsOf: folder.file("a.yaml"), encoding: .utf8)
        #expect(
            hidden.contains(
                """
                  # not asked with the answers above; kept because it applies again if they change
                  scope.use_forms: [operational_cases]
                """), "\(hidden)")
        #expect(try load(folder.file("a.yaml")).answers["scope.use_period"]?.state == .value(.text("Spring 2020")))

        // Changed from the review, the answer brings the interview back where the review was opened.
        let second = try assess(["--answers", "a.yaml"], lines: ["r", "3", "1", "q"], in: folder)
        // The same question: its place grows by the two restored answers before it.
        let places = progressLines(second.stdout)
        #expect(places.first?.hasPrefix("Legal basis · 4 of ~") == true, "\(places)")
        #expect(places.last?.hasPrefix("Legal basis · 6 of ~") == true, "\(places)")
        #expect(second.stdout.contains(", where you were"))
        let restored = try String(contentsOf: folder.file("a.yaml"), encoding: .utf8)
        #expect(!restored.contains("# not asked"), "\(restored)")
        let answers = try load(folder.file("a.yaml")).answers
        #expect(answers["scope.use_forms"]?.state == .value(.choices(["operational_cases"])))
        #expect(answers["scope.use_period"]?.state == .value(.text("Spring 2020")))
    }

    @Test(
        "? shows the provisions behind a bundled question; once two scope answers place the processing outside the directive, no police question is asked"
    )
    func outOfScopeStops() throws {
        let folder = try TemporaryDirectory()
        let run = try assess(
            ["--jurisdiction", "se", "--answers", "answers.yaml"],
            lines: ["Town", "HR", "Badge photos", "Jane Doe, DPO", "2026-11-01", "?", "1", "2", "", ""], in: folder)
        #expect(run.status == 0, "\(run.stderr)\n\(run.stdout)")
        #expect(run.stdout.contains("Provisions: LED Art. 9"))
        #expect(run.stdout.contains("Review: all questions answered"))
        #expect(!run.stdout.contains("Has anyone in your organisation already used this tool"))
        #expect(!run.stdout.contains("Which legal provision or provisions do you rely on"))
        #expect(run.stdout.contains("OUT OF SCOPE: report written to answers-report.md."))
        let saved = try load(folder.file("answers.yaml"))
        #expect(Set(saved.answers.keys) == ["scope.competent_authority", "scope.lec_purpose"])
    }

    @Test("the end of input saves and says how to resume")
    func endOfInput() throws {
        let folder = try TemporaryDirectory()
        let run = try assess(
            ["--jurisdiction", "se", "--answers", "my answers.yaml"], lines: Self.metadata + ["1"], in: folder)
        #expect(run.status == 0)
        #expect(
            run.stdout.hasSuffix(
                "End of input. Your answers are saved in my answers.yaml. Continue with: dpia assess --answers 'my answers.yaml'\n"
            ))
        #expect(try load(folder.file("my answers.yaml")).answers.count == 1)
    }

    @Test("invalid input is refused with the reason and asked again")
    func invalidInput() throws {
        let folder = try TemporaryDirectory()
        let run = try assess(
            ["--jurisdiction", "eu", "--answers", "a.yaml"], lines: Self.metadata + ["7", "perhaps", "yes", "q"],
            in: folder)
        #expect(run.stdout.contains("! '7' is not one of the numbers shown; type 1 to 2"))
        #expect(
            run.stdout.contains(
                "! 'perhaps' is not an answer to “Is the unit that will use the tool part of a police…”; type 1 or y for yes, 2 or n for no, or u if you don't know"
            ))
        #expect(
            try load(folder.file("a.yaml")).answers.mapValues(\.state) == [
                "scope.competent_authority": .value(.yesNo(true))
            ])
    }

    @Test("usage errors: no jurisdiction for a new file, a different one for an existing file, an unknown one")
    func usageErrors() throws {
        let folder = try TemporaryDirectory()
        let missing = try assess(["--answers", "new.yaml"], lines: [], in: folder)
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("--jurisdiction"))
        try folder.write(CaseFiles.text("se-imy-clearview"), to: "case.yaml")
        let mismatch = try assess(["--jurisdiction", "be", "--answers", "case.yaml"], lines: [], in: folder)
        #expect(mismatch.status == 64)
        #expect(mismatch.stderr.contains("does not match 'se'"))
        let unknown = try assess(["--jurisdiction", "xx", "--answers", "x.yaml"], lines: [], in: folder)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("no questionnaires for jurisdiction 'xx'"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("x.yaml").path))
    }

    @Test("an invalid answers file is reported, not overwritten")
    func invalidFile() throws {
        let folder = try TemporaryDirectory()
        let broken =
            "format: dpia-answers/1\nassessment:\n  jurisdiction: eu\n  organisation: X\n  processing: Y\nanswers:\n  scope.competent_authority: maybe\n"
        try folder.write(broken, to: "broken.yaml")
        let run = try assess(["--answers", "broken.yaml"], lines: [], in: folder)
        #expect(run.status == 65)
        #expect(run.stderr.contains("broken.yaml:7:30: error: 'maybe' is not a valid answer"))
        #expect(try String(contentsOf: folder.file("broken.yaml"), encoding: .utf8) == broken)
    }

    @Test(
        "resuming a finished interview works: the earlier report is kept under its date, the end screen gives the reasons"
    )
    func resumeFinished() throws {
        let folder = try TemporaryDirectory()
        try folder.write(CaseFiles.text("be-coc-clearview"), to: "mine.yaml")
        try folder.write("earlier report\n", to: "mine-report.md")
        let run = try assess(["--answers", "mine.yaml"], lines: [""], in: folder)
        #expect(run.status == 2, "\(run.stderr)\n\(run.stdout)")
        #expect(run.stdout.contains("every question is answered"), "\(run.stdout)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        let kept = try #require(files.first { $0.hasPrefix("mine-report-") && $0.hasSuffix(".md") }, "\(files)")
        #expect(kept.range(of: #"^mine-report-\d{4}-\d{2}-\d{2}\.md$"#, options: .regularExpression) != nil)
        #expect(try String(contentsOf: folder.file(kept), encoding: .utf8) == "earlier report\n")
        #expect(run.stdout.contains("it will be kept as \(kept) when the new report is written"))
        #expect(
            run.stdout.contains(
                "DO NOT DEPLOY: report written to mine-report.md. The earlier report was kept as \(kept)."))
        #expect(run.stdout.contains("Because of:\n- red pattern: "), "\(run.stdout)")
        let report = try String(contentsOf: folder.file("mine-report.md"), encoding: .utf8)
        #expect(report.contains("DO NOT DEPLOY"))

        // With --force the report is replaced, and the end screen says so.
        let forced = try assess(["--answers", "mine.yaml", "--force"], lines: [""], in: folder)
        #expect(forced.stdout.contains("The earlier report was replaced (--force)."))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).count == 3)
    }

    @Test("a resumed interview says how many answers were loaded and where it continues")
    func resumedBanner() throws {
        let folder = try TemporaryDirectory()
        _ = try assess(
            ["--jurisdiction", "eu", "--answers", "a.yaml"], lines: Self.metadata + ["1", "1", "2", "q"], in: folder)
        let resumed = try assess(["--answers", "a.yaml"], lines: ["q"], in: folder)
        let place = try #require(progressLines(resumed.stdout).first)
        let position = try #require(place.components(separatedBy: " · ").last)
        #expect(
            resumed.stdout.hasPrefix("3 answers loaded from a.yaml, continuing at \(position)."), "\(resumed.stdout)")
    }

    @Test("a new assessment without --lang asks the language first: Enter keeps the locale's, and the answer is kept")
    func languageQuestion() throws {
        let folder = try TemporaryDirectory()
        let swedish = inheritedEnvironment([
            "SOURCE_DATE_EPOCH": "1763769600", "NO_COLOR": "1", "LC_ALL": nil, "LC_MESSAGES": nil,
            "LANG": "sv_SE.UTF-8",
        ])
        let kept = try assess(
            ["--jurisdiction", "se", "--answers", "sv.yaml"], lines: [""] + Self.metadata + ["q"], in: folder,
            language: nil, environment: swedish)
        #expect(kept.status == 0, "\(kept.stderr)")
        #expect(kept.stdout.contains("Språk för bedömningen: en (English), nl (Nederlands)"))
        #expect(kept.stdout.contains("Nuvarande uppgift: sv, Svenska (Enter behåller den)"))
        #expect(try load(folder.file("sv.yaml")).metadata.language == .sv)
        #expect(try String(contentsOf: folder.file("sv.yaml"), encoding: .utf8).contains("  language: sv\n"))

        let chosen = try assess(
            ["--jurisdiction", "be", "--answers", "nl.yaml"], lines: ["klingon", "nl"] + Self.metadata + ["q"],
            in: folder, language: nil, environment: swedish)
        #expect(chosen.stdout.contains("! 'klingon' är inte ett språk som dpia skriver på; skriv en, nl, fr eller sv"))
        #expect(try load(folder.file("nl.yaml")).metadata.language == .nl)

        let given = try assess(
            ["--jurisdiction", "be", "--answers", "fr.yaml"], lines: Self.metadata + ["q"], in: folder,
            language: .fr)
        #expect(!given.stdout.contains("Language of the assessment"), "--lang answers the question")
        #expect(try load(folder.file("fr.yaml")).metadata.organisation == "Federal Police")
        #expect(try load(folder.file("fr.yaml")).metadata.language == .fr, "the language given is kept")
    }

    // MARK: - Through a pseudo-terminal

    @Test(
        "at a terminal: prompts wait for input, answers are saved 0600, q quits, Ctrl-C exits 130 on resume",
        .timeLimit(.minutes(1)))
    func terminalInterview() throws {
        let folder = try TemporaryDirectory()
        let session = try TerminalSession(
            ["assess", "--jurisdiction", "se", "--answers", "a.yaml", "--lang", "en"], environment: Self.environment,
            currentDirectory: folder.url)
        for (prompt, line) in zip(["Organisation", "Unit", "Processing", "Assessor", "Date the law"], Self.metadata) {
            try session.waitFor(prompt)
            try session.waitFor("> ")
            session.type(line)
        }
        try session.waitFor("Scope and triage · 1 of ~")
        try session.waitFor("> ")
        session.type("1")
        try session.waitFor("2 of ~")
        session.type("yes")
        try session.waitFor("3 of ~")
        session.type("maybe")
        try session.waitFor("! 'maybe' is not an answer to “Has anyone in your organisation already used")
        session.type("2")
        try session.waitFor("Legal basis · 4 of ~")
        session.type("b")
        try session.waitFor("Current answer: no (Enter keeps it)")
        session.type("1")
        try session.waitFor("What kind of use has already taken place?")
        session.type("u")
        try session.waitFor("Scope and triage · 5 of ~")
        try session.waitFor("> ")
        session.type("q")
        try session.waitFor("Continue with: dpia assess --answers a.yaml")
        #expect(try session.waitForExit() == 0)
        #expect(
            session.rawOutput.range(of: "\u{1B}\\[[0-9;]*m", options: .regularExpression) == nil, "NO_COLOR is set")

        let attributes = try FileManager.default.attributesOfItem(atPath: folder.file("a.yaml").path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(
            try load(folder.file("a.yaml")).answers.mapValues(\.state) == [
                "scope.competent_authority": .value(.yesNo(true)), "scope.lec_purpose": .value(.yesNo(true)),
                "scope.already_used": .value(.yesNo(true)), "scope.use_forms": .unknown,
            ])

        // Resume with colours, answer the optional question, then Ctrl-C.
        let resumed = try TerminalSession(
            ["assess", "--answers", "a.yaml"], environment: Self.environment.merging(["NO_COLOR": ""]) { $1 },
            currentDirectory: folder.url)
        try resumed.waitFor("Scope and triage · 5 of ~")
        try resumed.waitFor("> ")
        resumed.type("Autumn 2019")
        try resumed.waitFor("Legal basis · 6 of ~")
        try resumed.waitFor("> ")
        resumed.signal(SIGINT)
        try resumed.waitFor(
            "Interrupted. Your answers are saved in a.yaml. Continue with: dpia assess --answers a.yaml")
        #expect(try resumed.waitForExit() == 130)
        #expect(resumed.rawOutput.contains("\u{1B}["), "a terminal without NO_COLOR gets colours")
        #expect(try load(folder.file("a.yaml")).answers["scope.use_period"]?.state == .value(.text("Autumn 2019")))
    }

    @Test(
        "killed with SIGKILL mid-interview: the file is intact and valid, and resuming continues at the next question",
        .timeLimit(.minutes(1)))
    func killed() throws {
        let folder = try TemporaryDirectory()
        let session = try TerminalSession(
            ["assess", "--jurisdiction", "eu", "--answers", "a.yaml", "--lang", "en"], environment: Self.environment,
            currentDirectory: folder.url)
        for line in Self.metadata {
            try session.waitFor("> ")
            session.type(line)
        }
        for line in ["1", "1", "1", "1 3"] {
            try session.waitFor(" of ~")
            try session.waitFor("> ")
            session.type(line)
        }
        try session.waitFor("Scope and triage · 5 of ~")
        try session.waitFor("> ")
        session.send("Octob")  // the answer being typed when the power goes
        session.signal(SIGKILL)
        #expect(try session.waitForExit() == 128 + SIGKILL)

        let files = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        #expect(files == ["a.yaml"], "no temporary file is left behind")
        let answers = try load(folder.file("a.yaml"))
        #expect(
            answers.answers.mapValues(\.state) == [
                "scope.competent_authority": .value(.yesNo(true)), "scope.lec_purpose": .value(.yesNo(true)),
                "scope.already_used": .value(.yesNo(true)),
                "scope.use_forms": .value(.choices(["operational_cases", "demo_or_training_event"])),
            ])
        let resumed = try assess(["--answers", "a.yaml"], lines: ["q"], in: folder)
        #expect(
            progressLines(resumed.stdout).first?.hasPrefix("Scope and triage · 5 of ~") == true, "\(resumed.stdout)")
        #expect(resumed.stdout.contains("When did the use take place"))
    }

    @Test(
        "at a terminal: arrow keys, Home, Ctrl-U and up edit the answer, and the file holds no control character",
        .timeLimit(.minutes(1)))
    func lineEditing() throws {
        let folder = try TemporaryDirectory()
        let session = try TerminalSession(
            ["assess", "--jurisdiction", "se", "--answers", "a.yaml", "--lang", "en"], environment: Self.environment,
            currentDirectory: folder.url)
        try session.waitFor("Organisation")
        try session.waitFor("> ")
        session.send("Polisen Malmö\u{1B}[D\u{1B}[D\u{1B}[D\u{1B}[D\u{1B}[DX\r")  // X before "Malmö"
        try session.waitFor("Unit")
        try session.waitFor("> ")
        session.send("wrong\u{15}NOA\u{1B}[H\u{1B}[3~\u{1B}[FC\r")  // Ctrl-U, Home, Delete, End
        try session.waitFor("Processing")
        try session.waitFor("> ")
        session.send("Face search\r")
        try session.waitFor("Assessor")
        try session.waitFor("> ")
        session.send("b\r")
        try session.waitFor("Processing")
        try session.waitFor("> ")
        session.send("\u{1B}[A trial\r")  // up brings back "Face search"
        try session.waitFor("Assessor")
        try session.waitFor("> ")
        session.send("q\r")
        #expect(try session.waitForExit() == 0)
        let text = try String(contentsOf: folder.file("a.yaml"), encoding: .utf8)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(text)")
        let metadata = try load(folder.file("a.yaml")).metadata
        #expect(metadata.organisation == "Polisen XMalmö")
        #expect(metadata.unit == "OAC")
        #expect(metadata.processing == "Face search trial")
    }

    @Test(
        "at a terminal 60 or 80 columns wide, no line is wider: questions, guidance, hints and messages wrap",
        .timeLimit(.minutes(1)), arguments: [60, 80])
    func wrapsToWidth(columns: Int) throws {
        let folder = try TemporaryDirectory()
        let session = try TerminalSession(
            ["assess", "--jurisdiction", "be", "--answers", "a.yaml", "--lang", "en"], environment: Self.environment,
            currentDirectory: folder.url, columns: columns)
        for line in Self.metadata {
            try session.waitFor("> ")
            session.type(line)
        }
        for line in ["?", "1", "?", "1", "1", "?", "1 2", "perhaps", "q"] {
            try session.waitFor("> ")
            session.type(line)
        }
        try session.waitFor("Continue with:")
        _ = try session.waitForExit()
        // What a terminal shows: each carriage return starts the line again (the line editor redraws).
        let lines = session.rawOutput
            .replacingOccurrences(of: "\u{1B}\\[[0-9;?]*[A-Za-z]", with: "", options: .regularExpression)
            .replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: CharacterSet(charactersIn: "\r\n"))
        #expect(lines.count > 60)
        let wide = lines.filter { TextLayout.columns(of: $0) > columns }
        #expect(wide.isEmpty, "\(wide)")
    }

    @Test(
        "at an 80x24 terminal: each review page fits the screen, and a changed answer returns to the current question",
        .timeLimit(.minutes(1)))
    func reviewAtTerminal() throws {
        let folder = try TemporaryDirectory()
        // The Belgian case without its last answers (from the DPIA section on): the interview
        // resumes in the middle.
        let full = try CaseFiles.text("be-coc-clearview")
        let cut = try #require(full.range(of: "\n  dpia."))
        let caseBlock = try #require(full.range(of: "\ncase:"))
        try folder.write(String(full[..<cut.lowerBound]) + String(full[caseBlock.lowerBound...]), to: "a.yaml")
        let session = try TerminalSession(
            ["assess", "--answers", "a.yaml"], environment: Self.environment, currentDirectory: folder.url)
        let before = try session.waitFor("quit\n> ")
        let current = try #require(
            before.components(separatedBy: "\n").last {
                $0.range(of: #" · \d+ of ~\d+$"#, options: .regularExpression) != nil
            })
        let currentSection = try #require(current.components(separatedBy: " · ").first)
        session.type("r")
        var page = try session.waitFor("quit\n> ")
        for _ in 0..<3 {
            let lines = page.components(separatedBy: "\n").drop { !$0.hasPrefix("Review") }
            #expect(lines.count > 2 && lines.count <= 23, "\(page)")
            #expect(lines.allSatisfy { TextLayout.columns(of: $0) <= 80 }, "\(page)")
            session.type("n")
            page = try session.waitFor("quit\n> ")
        }
        session.type("3")  // has the tool already been used
        try session.waitFor("Has anyone in your organisation already used this tool")
        try session.waitFor("> ")
        session.type("1")
        let back = try session.waitFor("where you")
        #expect(back.contains(currentSection + " · "), "\(back)")
        try session.waitFor("> ")
        session.type("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test(
        "at a terminal: ? helps at the metadata prompts, and a note typed before quitting is saved at once",
        .timeLimit(.minutes(1)))
    func metadataHelpAndEarlyNote() throws {
        let folder = try TemporaryDirectory()
        let session = try TerminalSession(
            ["assess", "--jurisdiction", "be", "--answers", "a.yaml", "--lang", "en"], environment: Self.environment,
            currentDirectory: folder.url)
        try session.waitFor("Organisation")
        try session.waitFor("> ")
        session.type("Federal Police")
        try session.waitFor("Unit")
        try session.waitFor("> ")
        session.type("DJSOC")
        try session.waitFor("Processing")
        try session.waitFor("> ")
        session.type("?")
        try session.waitFor("The tool or processing assessed")
        try session.waitFor("> ")
        session.type("Clearview AI trial licence")
        for line in Self.metadata.suffix(2) {
            try session.waitFor("> ")
            session.type(line)
        }
        try session.waitFor("Scope and triage · 1 of ~")
        try session.waitFor("> ")
        session.type("note")
        try session.waitFor("Note:")
        try session.waitFor("> ")
        session.type(Self.note)
        try session.waitFor("Evidence")
        try session.waitFor("> ")
        session.signal(SIGINT)
        #expect(try session.waitForExit() == 130)
        let answers = try load(folder.file("a.yaml"))
        #expect(answers.metadata.processing == "Clearview AI trial licence")
        #expect(answers.answers["scope.competent_authority"]?.note == Self.note)
        #expect(answers.answers["scope.competent_authority"]?.state == .unanswered)

        // Resumed, the note is shown at its question, which is still to be answered.
        let resumed = try assess(["--answers", "a.yaml"], lines: ["1", "q"], in: folder)
        #expect(resumed.stdout.contains("Scope and triage · 1 of ~"), "\(resumed.stdout)")
        #expect(resumed.stdout.contains("Note: \(Self.note)"))
        let final = try load(folder.file("a.yaml"))
        #expect(final.answers["scope.competent_authority"]?.state == .value(.yesNo(true)))
        #expect(final.answers["scope.competent_authority"]?.note == Self.note)
    }

    @Test("through a pipe: an arrow key's escape sequence is never stored")
    func pipeEscapes() throws {
        let folder = try TemporaryDirectory()
        _ = try assess(
            ["--jurisdiction", "eu", "--answers", "a.yaml"],
            lines: ["Org\u{1B}[D\u{1B}[DX", "Unit\u{7}", "Tool", "A", "", "q"], in: folder)
        let text = try String(contentsOf: folder.file("a.yaml"), encoding: .utf8)
        #expect(
            !text.contains("\u{1B}") && !text.lowercased().contains("\\u001b") && !text.contains("\u{7}"), "\(text)")
        #expect(try load(folder.file("a.yaml")).metadata.organisation == "OrgX")
    }

    @Test("--help describes the keys and says that nothing uses the network")
    func help() throws {
        let run = try runDPIA(["assess", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("network") && run.stdout.contains("I don't know"))
    }

    /// The first line where two texts differ, shown with its number; nil when they are equal.
    private func firstDifference(_ lhs: String, _ rhs: String) -> String? {
        guard lhs != rhs else { return nil }
        let left = lhs.components(separatedBy: "\n")
        let right = rhs.components(separatedBy: "\n")
        let index =
            zip(left, right).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(left.count, right.count)
        let show = { (lines: [String]) in lines.indices.contains(index) ? lines[index] : "<end>" }
        return "line \(index + 1): \(show(left)) ≠ \(show(right))"
    }

    private func bundle(_ jurisdiction: String) throws -> QuestionnaireBundle {
        let log = DiagnosticLog()
        return try #require(QuestionnaireCatalog.bundled(log: log).bundle(for: jurisdiction, log: log))
    }
}
