import Foundation
import Testing

/// `dpia register` and `dpia recheck` on the bundled cases and on folders built for the test.
@Suite("dpia register and recheck")
struct RegisterCommandTests {
    @Test("register lists every bundled case with its verdict, stage, sign-off and measures")
    func registerOfBundledCases() throws {
        let run = try runDPIA(
            ["register", CaseFiles.folder, "--date", "2026-12-01"], currentDirectory: repositoryRoot)
        #expect(run.status == 0, "\(run.stderr)")
        for name in CaseFiles.names() {
            #expect(run.stdout.contains("`\(CaseFiles.relativePath(name))`"), "\(name) missing")
        }
        let lines = run.stdout.components(separatedBy: "\n")
        let mugshot = try #require(lines.first { $0.contains("se-lawful-mugshot-comparison") })
        #expect(mugshot.contains("**PROCEED WITH RECOMMENDATIONS**"))
        #expect(mugshot.contains("| in use |"))
        #expect(mugshot.contains("| decided: proceed |"))
        #expect(mugshot.contains("| 2027-04-01 |"))
        let coc = try #require(lines.first { $0.contains("be-coc-clearview") })
        #expect(coc.contains("**DO NOT DEPLOY**") && coc.contains("| not signed off |"))
        #expect(coc.contains("led-core 1.2.0, ai-act 1.1.1, be-police 1.2.0"))
    }

    @Test("register marks a review before --date overdue, counts overdue measures, and writes CSV and JSON")
    func registerOverdueAndFormats() throws {
        let csv = try runDPIA(
            ["register", CaseFiles.folder, "--date", "2027-05-01", "--format", "csv"],
            currentDirectory: repositoryRoot)
        #expect(csv.status == 0, "\(csv.stderr)")
        let rows = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == CaseFiles.names().count + 1)
        #expect(rows[0].hasPrefix("File,Processing,Jurisdiction,Stage,Verdict,Date,"))
        let mugshot = try #require(rows.first { $0.contains("se-lawful-mugshot-comparison") })
        #expect(mugshot.contains("2027-04-01 (overdue)"))
        let json = try runDPIA(
            ["register", CaseFiles.folder, "--date", "2027-05-01", "--format", "json"],
            currentDirectory: repositoryRoot)
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "dpia-register/1")
        let assessments = try #require(object["assessments"] as? [[String: Any]])
        #expect(assessments.count == CaseFiles.names().count)
        let imy = try #require(assessments.first { ($0["file"] as? String)?.contains("se-imy-clearview") == true })
        #expect((imy["overdue_measures"] as? Int ?? 0) > 0)
        #expect(imy["verdict"] as? String == "DO NOT DEPLOY")
    }

    @Test(
        "register searches subfolders, skips YAML that is not an answers file with a note, and exits 66 without the folder"
    )
    func registerRecursesAndSkips() throws {
        let folder = try TemporaryDirectory()
        try FileManager.default.createDirectory(
            at: folder.url.appending(path: "unit/2026"), withIntermediateDirectories: true)
        try folder.write(try CaseFiles.text("se-imy-clearview"), to: "unit/2026/imy.yaml")
        try folder.write("id: something-else\nversion: 1.0.0\n", to: "config.yaml")
        let run = try runDPIA(["register", folder.url.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("unit/2026/imy.yaml"))
        #expect(run.stderr.contains("config.yaml: note: not an answers file"))
        #expect(!run.stdout.contains("config.yaml"))
        let missing = try runDPIA(["register", folder.file("nowhere").path])
        #expect(missing.status == 66)
    }

    /// The cases whose findings change when the AI Act's Annex III duties (Art. 26, 27) bind on
    /// 2 December 2027: every case that fires `ai_act.no_fria` or `ai_act.post_rbi_unauthorised`.
    // Live identification in public places is not among them: its impact assessment is a condition
    // of Art. 5(2), binding since 2 February 2025, not an Annex III duty.
    static let changedAtAnnexIIIDate: Set<String> = [
        "be-coc-clearview", "be-phone-face-grouping", "eu-unknowns", "se-eu-cloud-vendor-no-dpia", "se-imy-clearview",
    ]

    @Test("recheck --date 2027-12-02 names the cases the Annex III date changes, and exits 2")
    func recheckAtAnnexIIIDate() throws {
        let run = try runDPIA(
            ["recheck", CaseFiles.folder, "--date", "2027-12-02"], currentDirectory: repositoryRoot)
        #expect(run.status == 2, "\(run.stderr)")
        let headlines = run.stdout.components(separatedBy: "\n").filter { !$0.hasPrefix(" ") && !$0.isEmpty }
        var changed: Set<String> = []
        for name in CaseFiles.names() {
            let line = try #require(headlines.first { $0.hasPrefix(CaseFiles.relativePath(name) + ":") }, "\(name)")
            if line.contains(": changed, ") { changed.insert(name) } else { #expect(line.contains(": as before")) }
        }
        #expect(changed == Self.changedAtAnnexIIIDate)
        #expect(run.stdout.contains("now binding (from 2027-12-02): AI Act Art. 27(1), cited by 'ai_act.no_fria'"))
        #expect(run.stdout.contains("~ finding 'ai_act.no_fria' (fired, advice -> fired, high)"))
        #expect(run.stdout.contains("5 of \(CaseFiles.names().count) files changed as of 2027-12-02."))
    }

    @Test("recheck exits 0 when nothing changed, and lists answers that no longer match a question")
    func recheckUnchangedAndUnmatched() throws {
        let folder = try TemporaryDirectory()
        try folder.write(try CaseFiles.text("se-lawful-mugshot-comparison"), to: "mugshot.yaml")
        let same = try runDPIA(["recheck", folder.url.path, "--date", "2026-12-01"])
        #expect(same.status == 0, "\(same.stderr)")
        #expect(same.stdout.contains("mugshot.yaml: as before"))
        #expect(same.stdout.contains("No change in 1 file as of 2026-12-01."))

        let old = try CaseFiles.text("se-lawful-mugshot-comparison")
            .replacingOccurrences(of: "  led-core: 1.2.0", with: "  led-core: 1.1.0")
            .replacingOccurrences(of: "\nanswers:\n", with: "\nanswers:\n  legacy.question: yes\n")
        try folder.write(old, to: "mugshot.yaml")
        let moved = try runDPIA(["recheck", folder.url.path, "--date", "2026-12-01"])
        #expect(moved.status == 2, "\(moved.stderr)")
        #expect(moved.stdout.contains("mugshot.yaml: changed, 2 changes"))
        #expect(moved.stdout.contains("  questionnaire 'led-core': 1.1.0 -> 1.2.0"))
        #expect(moved.stdout.contains("answer no longer matches (line"))
        #expect(moved.stdout.contains("no question 'legacy.question'"))
    }
}
