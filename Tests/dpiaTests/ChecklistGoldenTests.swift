import Foundation
import Testing

/// The committed `reports/checklist-<jurisdiction>.md` are the printable handouts trainers hand out;
/// they must be what `dpia checklist` writes today, so a change to a question shows up in a diff.
@Suite("Golden checklists")
struct ChecklistGoldenTests {
    /// The checklists in each language of their jurisdiction, as `scripts/regenerate-reports.sh` writes them.
    static let translated = ["nl/eu", "fr/eu", "sv/eu", "nl/be", "fr/be", "sv/se"]

    @Test("the committed checklist in a language equals dpia checklist --lang", arguments: translated)
    func matchesCommittedTranslatedChecklist(path: String) throws {
        let parts = path.split(separator: "/").map(String.init)
        let name = "reports/\(parts[0])/checklist-\(parts[1]).md"
        let expected = try? String(contentsOf: repositoryRoot.appending(path: name), encoding: .utf8)
        #expect(expected != nil, "\(name) is missing; regenerate with scripts/regenerate-reports.sh")
        let run = try runDPIA(
            ["checklist", "--jurisdiction", parts[1], "--lang", parts[0]], currentDirectory: repositoryRoot)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(
            expected == run.stdout,
            "\(name) differs from `dpia checklist --jurisdiction \(parts[1]) --lang \(parts[0])`; regenerate with scripts/regenerate-reports.sh"
        )
    }

    @Test("the committed checklist equals dpia checklist for the jurisdiction", arguments: ["eu", "be", "se"])
    func matchesCommittedChecklist(jurisdiction: String) throws {
        let name = "reports/checklist-\(jurisdiction).md"
        guard let expected = try? String(contentsOf: repositoryRoot.appending(path: name), encoding: .utf8) else {
            Issue.record("\(name) is missing; regenerate with scripts/regenerate-reports.sh")
            return
        }
        let run = try runDPIA(["checklist", "--jurisdiction", jurisdiction], currentDirectory: repositoryRoot)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let expectedLines = expected.components(separatedBy: "\n")
        let producedLines = run.stdout.components(separatedBy: "\n")
        if let line = zip(expectedLines, producedLines).enumerated().first(where: { $0.element.0 != $0.element.1 })?
            .offset
            ?? (expectedLines.count == producedLines.count ? nil : min(expectedLines.count, producedLines.count))
        {
            Issue.record(
                """
                \(name) differs from `dpia checklist --jurisdiction \(jurisdiction)` at line \(line + 1):
                  committed: \(line < expectedLines.count ? String(reflecting: expectedLines[line]) : "(end of file)")
                  produced:  \(line < producedLines.count ? String(reflecting: producedLines[line]) : "(end of output)")
                regenerate with scripts/regenerate-reports.sh and read the diff before committing
                """)
        }
    }

    @Test(
        "every question, finding and red pattern of the jurisdiction is in its checklist",
        arguments: ["eu", "be", "se"])
    func complete(jurisdiction: String) throws {
        let run = try runDPIA(["checklist", "--jurisdiction", jurisdiction])
        let explained = try runDPIA(["explain", "--list", "--jurisdiction", jurisdiction])
        let ids = explained.stdout.split(separator: "\n").map(String.init)
        #expect(ids.count > 40, "ids: \(ids.count)")
        for id in ids {
            #expect(run.stdout.contains("`\(id)`"), "\(id) is missing from the \(jurisdiction) checklist")
        }
        #expect(run.stdout.contains("- [ ] yes\n- [ ] no\n- [ ] I don't know"))
    }

    @Test("--lang sv writes the checklist in Swedish: the questionnaires' Swedish texts, lang: sv")
    func swedish() throws {
        let english = try runDPIA(["checklist", "--jurisdiction", "se", "--lang", "en"])
        let swedish = try runDPIA(["checklist", "--jurisdiction", "se", "--lang", "sv"])
        #expect(swedish.status == 0, "\(swedish.stderr)")
        #expect(swedish.stdout.contains("\nlang: sv\n"))
        #expect(english.stdout.contains("\nlang: en\n"))
        #expect(swedish.stdout != english.stdout)
    }

    @Test("an unknown jurisdiction is a usage error")
    func unknownJurisdiction() throws {
        let run = try runDPIA(["checklist", "--jurisdiction", "xx"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("no questionnaires for jurisdiction 'xx'"))
    }
}

/// `dpia explain` as a command: ids, suggestions and exit statuses (the content of every id is
/// covered in process by ExplanationTests).
@Suite("dpia explain")
struct ExplainCommandTests {
    @Test("--lang nl explains in Dutch: the question's Dutch prompt")
    func dutch() throws {
        let english = try runDPIA(["explain", "scope.competent_authority", "--lang", "en"])
        let dutch = try runDPIA(["explain", "scope.competent_authority", "--lang", "nl"])
        #expect(dutch.status == 0, "\(dutch.stderr)")
        #expect(dutch.stdout.hasPrefix("Vraag scope.competent_authority"))
        #expect(dutch.stdout != english.stdout)
        #expect(!dutch.stdout.split(separator: "\n")[1].hasPrefix("[EN]"), "\(dutch.stdout)")
    }

    @Test("explains a finding with its provisions and the cases that fire it")
    func finding() throws {
        let run = try runDPIA(["explain", "vendor.no_contract"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.hasPrefix("Finding vendor.no_contract (led-core; in eu, be, se)\n"))
        #expect(run.stdout.contains("  LED Art. 22 (led-core)"))
        #expect(run.stdout.contains("  se-imy-clearview: fired, high"))
    }

    @Test("--list prints every id once, and each one explains", .timeLimit(.minutes(2)))
    func listed() throws {
        let ids = try runDPIA(["explain", "--list"]).stdout.split(separator: "\n").map(String.init)
        #expect(Set(ids).count == ids.count)
        #expect(
            ids.contains("clearview_like") && ids.contains("be_police.camera_source")
                && ids.contains("scope.lec_purpose"))
        for id in ids.prefix(3) + ids.suffix(3) {
            #expect(try runDPIA(["explain", id]).status == 0, "\(id)")
        }
    }

    @Test("an unknown id is a usage error with a suggestion")
    func unknown() throws {
        let run = try runDPIA(["explain", "vendor.contrat"])
        #expect(run.status == 64)
        #expect(
            run.stderr.contains(
                "error: no question, finding or red pattern 'vendor.contrat'; did you mean 'vendor.contract'?"))
    }

    @Test("a 30,000-character id gets no suggestion and is echoed as 60 characters and an ellipsis")
    func hugeID() throws {
        let id = "vendor.contract" + String(repeating: "x", count: 30_000)
        let run = try runDPIA(["explain", id])
        #expect(run.status == 64)
        #expect(
            run.stderr
                == "error: no question, finding or red pattern '\(id.prefix(60))…' (dpia explain --list shows every id)\n"
        )
    }
}
