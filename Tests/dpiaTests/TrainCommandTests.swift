import DPIAKit
import Foundation
import Testing

/// `dpia train` end to end: listing, scoring a prepared file, and the quiz through a pipe and a
/// pseudo-terminal, each ending with a score and a training record on disk.
@Suite("dpia train")
struct TrainCommandTests {
    private static let environment = inheritedEnvironment([
        "SOURCE_DATE_EPOCH": "1763769600", "NO_COLOR": "1", "TERM": "xterm",
    ])

    /// The key's answers to the quiz of `se-eu-cloud-vendor-no-dpia`, in the order asked.
    private static let cloudVendorKey = [
        "specific_provision", "police_own_records", "yes", "yes", "private_company", "yes", "no", "no",
        "no", "not_consulted", "no", "no",
    ]

    private func run(_ args: [String], stdin: String? = nil, in folder: TemporaryDirectory) throws -> DPIARun {
        try runDPIA(args, stdin: stdin, environment: Self.environment, currentDirectory: folder.url)
    }

    @Test("train list shows the cases with a trainer section and their precedents")
    func list() throws {
        let folder = try TemporaryDirectory()
        let run = try run(["train", "list"], in: folder)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("be-coc-clearview"))
        #expect(run.stdout.contains("coc-clearview-2022"))
        #expect(run.stdout.contains("se-imy-clearview"))
        #expect(!run.stdout.contains("eu-unknowns"), "a case without a training block is not listed")
    }

    @Test("--answers scores a prepared file: the key's own answers score full marks and the record is written")
    func preparedKey() throws {
        let folder = try TemporaryDirectory()
        let run = try run(
            ["train", "be-coc-clearview", "--answers", CaseFiles.url("be-coc-clearview").path, "--trainee", "Ada"],
            in: folder)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("Full marks"))
        #expect(run.stdout.contains("training record: dpia-training-be-coc-clearview-ada-2025-11-22.md"))
        let record = try String(
            contentsOf: folder.file("dpia-training-be-coc-clearview-ada-2025-11-22.md"), encoding: .utf8)
        #expect(record.contains("| Trainee | Ada |"))
        #expect(record.contains("| Date | 2025-11-22 |"))
    }

    @Test("--answers with a wrong answer shows the finding it added")
    func preparedWrong() throws {
        let folder = try TemporaryDirectory()
        let key = try CaseFiles.text("se-eu-cloud-vendor-no-dpia")
        let wrong = try #require(
            AnswersText.replacingEntry(
                "vendor.contract", indent: 2, with: ["  vendor.contract: no"], in: key))
        try folder.write(wrong, to: "paper.yaml")
        let run = try run(
            ["train", "se-eu-cloud-vendor-no-dpia", "--answers", "paper.yaml", "--record", "r.md"], in: folder)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        // The screen: the score first, then the answer in plain words; the record: the full table.
        #expect(run.stdout.hasPrefix("\nScore: "), "\(run.stdout)")
        #expect(
            run.stdout.contains(
                "adds the finding “No binding processor terms with the external provider” (fired, high)"))
        #expect(!run.stdout.contains("|---") && !run.stdout.contains("`"), "no Markdown on the screen")
        #expect(!run.stdout.contains("Full marks"))
        let record = try String(contentsOf: folder.file("r.md"), encoding: .utf8)
        // The wrong answer also leaves the copy of the photo register at an unbound provider.
        #expect(
            record.contains(
                "- `vendor.contract`: adds finding `biometrics.gallery_at_unbound_provider` (fired, high); adds finding `vendor.no_contract` (fired, high)."
            ))
        #expect(record.contains("| Trainee | not named |"), "a copy of the case does not make its assessor the trainee")
    }

    @Test("through a pipe: the facts, the questions echoed, the score and the record")
    func pipe() throws {
        let folder = try TemporaryDirectory()
        let input = (Self.cloudVendorKey + [""]).joined(separator: "\n") + "\n"
        let run = try run(
            ["train", "se-eu-cloud-vendor-no-dpia", "--trainee", "Bo", "--record", "bo.md"], stdin: input, in: folder)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.hasPrefix("Training case: European cloud provider"))
        #expect(run.stdout.contains("> specific_provision\n"), "answers read from a pipe are echoed")
        #expect(run.stdout.contains("12 of ~12"))
        #expect(run.stdout.contains("Enter score my answers"))
        #expect(run.stdout.contains("Full marks"))
        let record = try String(contentsOf: folder.file("bo.md"), encoding: .utf8)
        #expect(record.contains("| Trainee | Bo |"))
    }

    @Test("--lang nl writes the quiz and the record in Dutch: the case's questions and the record's language")
    func language() throws {
        let folder = try TemporaryDirectory()
        let input = (Self.cloudVendorKey + [""]).joined(separator: "\n") + "\n"
        let english = try run(
            ["train", "se-eu-cloud-vendor-no-dpia", "--record", "en.md", "--lang", "en"], stdin: input, in: folder)
        let dutch = try run(
            ["train", "se-eu-cloud-vendor-no-dpia", "--record", "nl.md", "--lang", "nl"], stdin: input, in: folder)
        #expect(dutch.status == 0, "stderr: \(dutch.stderr)")
        #expect(dutch.stdout.contains("Maximumscore"), "the quiz's own sentences are Dutch")
        #expect(!dutch.stdout.contains("Full marks"))
        #expect(dutch.stdout != english.stdout, "the questionnaire's Dutch texts are shown")
        let record = try String(contentsOf: folder.file("nl.md"), encoding: .utf8)
        #expect(record.contains("\nlang: nl\n"))
    }

    @Test("through a pipe, the end of input scores what was answered; the rest counts as wrong")
    func pipeEndsEarly() throws {
        let folder = try TemporaryDirectory()
        let input = Self.cloudVendorKey.prefix(3).joined(separator: "\n") + "\n"
        let run = try run(["train", "se-eu-cloud-vendor-no-dpia", "--record", "r.md"], stdin: input, in: folder)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("End of input: the quiz is marked abandoned"))
        #expect(run.stdout.contains("quiz abandoned before the last question"))
        let record = try String(contentsOf: folder.file("r.md"), encoding: .utf8)
        #expect(record.contains("| `vendor.external` |"))
        #expect(record.contains("| Status | abandoned"))
        #expect(record.contains("| Trainee | not named |"))
    }

    @Test("a quiz quit at the first question scores nothing the trainee did not decide, and is marked abandoned")
    func quitAtFirstQuestion() throws {
        let folder = try TemporaryDirectory()
        let run = try run(
            ["train", "be-coc-clearview", "--trainee", "Ada Peeters"], stdin: "q\n", in: folder)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let score = try #require(
            run.stdout.firstMatch(of: /Score: (\d+) of (\d+)/).map { (Int($0.1) ?? -1, Int($0.2) ?? 0) })
        #expect(score.0 == 0 && score.1 > 0, "\(score)")
        #expect(run.stdout.contains("quiz abandoned"))
        let record = try String(
            contentsOf: folder.file("dpia-training-be-coc-clearview-ada-peeters-2025-11-22.md"), encoding: .utf8)
        #expect(record.contains("status: abandoned"))
        #expect(record.contains("**0 of \(score.1)**"))
    }

    @Test(
        "at a terminal: the quiz waits for each answer, re-asks on bad input and ends with the score",
        .timeLimit(.minutes(1)))
    func terminal() throws {
        let folder = try TemporaryDirectory()
        let session = try TerminalSession(
            ["train", "se-eu-cloud-vendor-no-dpia", "--record", "t.md"], environment: Self.environment,
            currentDirectory: folder.url)
        // The story is paged: Enter for more, then Enter to start.
        try session.waitFor("Enter for more")
        session.type("")
        try session.waitFor("Press Enter to start the questions.")
        #expect(session.screen.contains("Go-live is planned for"))
        session.type("")
        for (index, line) in Self.cloudVendorKey.enumerated() {
            try session.waitFor("\(index + 1) of ~")
            try session.waitFor("> ")
            if index == 0 {
                session.type("maybe")
                try session.waitFor("! 'maybe' is not an answer to")
                try session.waitFor("> ")
            }
            if index == 1 {
                // f shows the facts again, then the same question.
                session.type("f")
                try session.waitFor("Enter for more")
                session.type("q")
                try session.waitFor("Press Enter to return to the question.")
                session.type("")
                try session.waitFor("2 of ~")
                try session.waitFor("> ")
            }
            // One wrong answer: the contract.
            session.type(index == 5 ? "no" : line)
        }
        try session.waitFor("Review: all questions answered")
        try session.waitFor("> ")
        session.type("")
        try session.waitFor("record: t.md")
        #expect(try session.waitForExit() == 0)
        #expect(session.screen.contains("adds the finding “No binding processor terms with the"))
        // The result screen is wrapped to the terminal: no line wider than 80 columns.
        let result = try #require(session.screen.range(of: "\nScore: "))
        let wide = session.screen[result.lowerBound...].components(separatedBy: "\n").filter {
            TextLayout.columns(of: $0) > 80
        }
        #expect(wide.isEmpty, "\(wide)")
    }

    @Test("an unknown case is a usage error naming the cases")
    func unknownCase() throws {
        let folder = try TemporaryDirectory()
        let run = try run(["train", "no-such-case"], in: folder)
        #expect(run.status == 64)
        #expect(run.stderr.contains("error: no case 'no-such-case'; dpia train list shows the cases"))
    }

    @Test("an existing record is not replaced without --force, and that is said before the quiz")
    func existingRecord() throws {
        let folder = try TemporaryDirectory()
        try folder.write("kept", to: "r.md")
        let run = try run(["train", "se-imy-clearview", "--record", "r.md"], stdin: "yes\n", in: folder)
        #expect(run.status == 73)
        #expect(!run.stdout.contains("Training case:"))
        #expect(try String(contentsOf: folder.file("r.md"), encoding: .utf8) == "kept")
    }
}

@Suite("dpia train --trainee")
struct TrainTraineeTests {
    @Test("a trainee name with a control character is a usage error naming the character")
    func controlCharacter() throws {
        let run = try runDPIA(["train", "be-coc-clearview", "--trainee", "J. O\u{92}Brien"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--trainee holds the control character U+0092; type the name without it"))
    }
}
