import Foundation
import Testing

// MARK: - Bundled cases

@Suite("dpia report on the bundled cases")
struct ReportCaseTests {
    private static let blockerOrHigh = ["Blocker", "High"]
    private static let fired = ["Blocker", "High", "Medium"]

    // MARK: Belgium: COC and Clearview AI

    @Test("the Belgian COC Clearview case exits 2 with the verdict DO NOT DEPLOY")
    func belgianVerdict() throws {
        let run = try CaseFiles.report("be-coc-clearview")
        #expect(run.status == 2, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("**DO NOT DEPLOY**"))
        #expect(ReportDocument(run.stdout).verdict == "DO NOT DEPLOY")
    }

    @Test(
        "a SOURCE_DATE_EPOCH that is no instant of the years 0 to 9999 is ignored, not a crash",
        arguments: ["1e15", "-1e15", "nan", "soon"])
    func unusableSourceDateEpoch(value: String) throws {
        let run = try runDPIA(
            ["report", "eu-unknowns"],
            environment: inheritedEnvironment(["SOURCE_DATE_EPOCH": value, "NO_COLOR": "1"]))
        #expect([0, 2].contains(run.status), "stderr: \(run.stderr)")
        #expect(run.stdout.contains("# "))
    }

    @Test("the Belgian case detects the clearview_like red pattern with the dated COC precedent")
    func belgianRedPattern() throws {
        let report = ReportDocument(try CaseFiles.report("be-coc-clearview").stdout)
        let pattern = try #require(
            report.redPatterns.first { $0.text.contains("`clearview_like`") })
        #expect(pattern.heading.hasPrefix("Detected: "))
        #expect(pattern.text.contains("[COC 2022]"))
        let precedents = try #require(report.section("Annexes")).text
        #expect(
            precedents.contains(
                "- [COC 2022] Controleorgaan op de politionele informatie (COC), Belgium, Audit report (February 2022"
            ))
        #expect(!precedents.contains("Belgium, DIO21006"))
    }

    @Test(
        "a blocker or high finding of the Belgian case cites one of the provisions",
        arguments: [["PSA art. 44/1 §2"], ["LED Art. 39", "LED Art. 35"]])
    func belgianProvisions(anyOf citations: [String]) throws {
        let report = ReportDocument(try CaseFiles.report("be-coc-clearview").stdout)
        let citing = report.findings.filter { finding in
            finding.fired(asOneOf: Self.blockerOrHigh)
                && finding.provisions.contains { citations.contains($0) }
        }
        #expect(!citing.isEmpty, "no blocker or high finding cites any of \(citations)")
    }

    @Test(
        "the Belgian case's vendor control finding is a blocker or high finding citing LED Art. 22")
    func belgianProcessorArticle() throws {
        let report = ReportDocument(try CaseFiles.report("be-coc-clearview").stdout)
        let vendorFindings = report.findings.filter {
            $0.text.contains("Finding `vendor.") && $0.fired(asOneOf: Self.blockerOrHigh)
        }
        try #require(!vendorFindings.isEmpty, "no blocker or high vendor.* finding")
        #expect(
            vendorFindings.contains { $0.provisions.contains("LED Art. 22") },
            "vendor findings cite only \(vendorFindings.map(\.provisions))")
    }

    @Test(
        "the Belgian measures ask the provider to delete the uploads and handle them as a breach"
    )
    func belgianMeasures() throws {
        let report = ReportDocument(try CaseFiles.report("be-coc-clearview").stdout)
        let plan = report.measures.map { $0.lowercased() }
        try #require(!plan.isEmpty, "the action plan has no measures")
        #expect(
            plan.contains {
                $0.contains("delete") && $0.contains("upload") && $0.contains("image")
                    && ($0.contains("provider") || $0.contains("vendor"))
            }, "no measure asks the provider to delete the uploaded images")
        #expect(
            plan.contains { $0.contains("personal data breach") },
            "no measure handles the upload as a personal data breach")
    }

    @Test("dated 2022-02-15, every AI Act Art. 5(1)(e) citation says it is not yet binding")
    func aiActNotYetBinding() throws {
        let stdout = try CaseFiles.report("be-coc-clearview").stdout
        let citation = "AI Act Art. 5(1)(e)"
        let qualified = citation + " (binding from 2025-02-02)"
        let all = stdout.components(separatedBy: citation).count - 1
        let withQualifier = stdout.components(separatedBy: qualified).count - 1
        #expect(all > 0, "the report never cites \(citation)")
        #expect(withQualifier == all, "\(all - withQualifier) of \(all) citations lack the date")
        let finding = try #require(aiActFinding(in: ReportDocument(stdout)))
        #expect(finding.heading.hasPrefix("Advice, binding from 2025-02-02 (blocker then): "))
    }

    @Test("with --date 2026-06-01 the AI Act prohibition binds and is reported as a blocker")
    func aiActBindingIn2026() throws {
        let run = try CaseFiles.report("be-coc-clearview", ["--date", "2026-06-01"])
        #expect(run.status == 2, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("AI Act Art. 5(1)(e)"))
        #expect(!run.stdout.contains("AI Act Art. 5(1)(e) (binding from"))
        // Only the Art. 5 prohibitions bind by then; the Annex III duties (Arts 26, 27) still do not.
        #expect(!run.stdout.contains("(binding from 2025-02-02"))
        let finding = try #require(aiActFinding(in: ReportDocument(run.stdout)))
        #expect(finding.heading.hasPrefix("Blocker, established: "), "heading: \(finding.heading)")
    }

    private func aiActFinding(in report: ReportDocument) -> ReportDocument.Block? {
        report.findings.first { $0.provisions.contains("AI Act Art. 5(1)(e)") }
    }

    // MARK: Sweden: IMY and Clearview AI

    @Test(
        "the Swedish IMY case exits 2, DO NOT DEPLOY, with clearview_like citing DI-2020-2719"
    )
    func swedishVerdictAndPattern() throws {
        let run = try CaseFiles.report("se-imy-clearview")
        #expect(run.status == 2, "stderr: \(run.stderr)")
        let report = ReportDocument(run.stdout)
        #expect(report.verdict == "DO NOT DEPLOY")
        let pattern = try #require(
            report.redPatterns.first { $0.text.contains("`clearview_like`") })
        #expect(pattern.heading.hasPrefix("Detected: "))
        #expect(pattern.text.contains("[IMY 2021]"))
        #expect(try #require(report.section("Annexes")).text.contains(", DI-2020-2719 (2021-02-10)"))
    }

    @Test(
        "a finding of the Swedish case cites the Brottsdatalag provision IMY applied",
        arguments: ["BDL 2:12", "BDL 3:2", "BDL 3:7"])
    func swedishProvisions(citation: String) throws {
        let report = ReportDocument(try CaseFiles.report("se-imy-clearview").stdout)
        #expect(
            report.findings.contains {
                $0.fired(asOneOf: Self.fired) && $0.provisions.contains(citation)
            }, "no finding that fired cites \(citation)")
    }

    @Test("the Swedish case's measures train staff, inform the data subjects and seek deletion")
    func swedishMeasures() throws {
        let report = ReportDocument(try CaseFiles.report("se-imy-clearview").stdout)
        let plan = report.measures
        try #require(!plan.isEmpty, "the action plan has no measures")
        #expect(
            plan.contains {
                let line = $0.lowercased()
                return line.contains("train") && (line.contains("staff") || line.contains("users"))
            }, "no staff training measure")
        #expect(
            plan.contains {
                $0.lowercased().contains("inform") && $0.contains("BDL 4:2")
                    && $0.contains("BDL 4:5")
            }, "no measure informs the data subjects citing BDL 4:2 and BDL 4:5")
        #expect(
            plan.contains {
                let line = $0.lowercased()
                return line.contains("delete")
                    && (line.contains("provider") || line.contains("vendor"))
            }, "no measure seeks deletion at the vendor")
    }

    // MARK: Sweden: lawful in-house comparison

    @Test("the lawful in-house mugshot comparison exits 0 with no blocker and no red pattern")
    func lawfulComparison() throws {
        let run = try CaseFiles.report("se-lawful-mugshot-comparison")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let report = ReportDocument(run.stdout)
        let section = try #require(report.section("Lawfulness: red patterns and findings"))
        #expect(section.text.contains("No red pattern was detected or remains open."))
        #expect(report.redPatterns.isEmpty)
        let blockers = report.body.filter {
            $0.hasPrefix("#### ") && $0.lowercased().contains("blocker")
        }
        #expect(blockers.isEmpty, "blocker findings: \(blockers)")
    }

    // MARK: Unknowns

    @Test("a case full of unknowns does not get the verdict PROCEED WITH RECOMMENDATIONS")
    func unknownsVerdict() throws {
        let report = ReportDocument(try CaseFiles.report("eu-unknowns").stdout)
        let verdict = try #require(report.verdict)
        #expect(verdict != "PROCEED WITH RECOMMENDATIONS")
    }

    @Test("every question answered unknown in the case file is listed under open points")
    func unknownsAreOpenPoints() throws {
        let ids = AnswersText.unknownAnswerIDs(in: try CaseFiles.text("eu-unknowns"))
        try #require(ids.count >= 5, "the scan found only \(ids) in eu-unknowns.yaml")
        let report = ReportDocument(try CaseFiles.report("eu-unknowns").stdout)
        let openPoints = report.openPoints
        for id in ids {
            #expect(openPoints.contains { $0.hasPrefix("- [ ] `\(id)`") }, "\(id) is not an open point")
        }
    }

    // MARK: Determinism

    @Test("running the same report twice gives byte-identical output", arguments: CaseFiles.names())
    func deterministic(caseName: String) throws {
        let first = try CaseFiles.report(caseName)
        let second = try CaseFiles.report(caseName)
        #expect(!first.stdout.isEmpty)
        #expect(Data(first.stdout.utf8) == Data(second.stdout.utf8))
        #expect(first.status == second.status)
    }
}

// MARK: - Writing the report to a file

@Suite("dpia report -o")
struct ReportOutputFileTests {
    private let caseName = "se-lawful-mugshot-comparison"

    @Test("-o writes the report to the file and prints the verdict and the path on standard error")
    func writesFile() throws {
        let folder = try TemporaryDirectory()
        let target = folder.file("report.md")
        let run = try CaseFiles.report(caseName, ["-o", target.path])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("PROCEED WITH RECOMMENDATIONS"))
        #expect(run.stderr.contains(target.path))
        let written = try String(contentsOf: target, encoding: .utf8)
        #expect(written == (try CaseFiles.report(caseName).stdout))
    }

    @Test("-o refuses to replace an existing file without --force: exit 73, file unchanged")
    func refusesToOverwrite() throws {
        let folder = try TemporaryDirectory()
        let target = try folder.write("an earlier report\n", to: "report.md")
        let run = try CaseFiles.report(caseName, ["-o", target.path])
        #expect(run.status == 73)
        #expect(run.stderr.contains(target.path))
        #expect(run.stderr.contains("--force"))
        #expect(try String(contentsOf: target, encoding: .utf8) == "an earlier report\n")
    }

    @Test("-o with --force replaces an existing file")
    func forceOverwrites() throws {
        let folder = try TemporaryDirectory()
        let target = try folder.write("an earlier report\n", to: "report.md")
        let run = try CaseFiles.report(caseName, ["-o", target.path, "--force"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let written = try String(contentsOf: target, encoding: .utf8)
        #expect(written.contains("**PROCEED WITH RECOMMENDATIONS**"))
        #expect(!written.contains("an earlier report"))
    }

    @Test("-o into a folder that does not exist exits 73 and names the path")
    func missingFolder() throws {
        let folder = try TemporaryDirectory()
        let target = folder.url.appending(path: "missing/report.md")
        let run = try CaseFiles.report(caseName, ["-o", target.path])
        #expect(run.status == 73)
        #expect(run.stderr.contains(target.path))
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }
}

// MARK: - Bad answers files

@Suite("dpia report on bad answers files")
struct ReportInputErrorTests {
    @Test("a missing answers file exits 66 and names the path on standard error")
    func missingFile() throws {
        let folder = try TemporaryDirectory()
        let path = folder.file("no-such-answers.yaml").path
        let run = try runDPIA(["report", path])
        #expect(run.status == 66)
        #expect(run.stderr.contains(path))
        #expect(run.stdout.isEmpty)
    }

    @Test("a value the question does not allow exits 65 with file:line:col and the allowed values")
    func invalidValue() throws {
        let folder = try TemporaryDirectory()
        let text = try #require(
            AnswersText.replacingEntry(
                "biometrics.real_time", indent: 2, with: ["  biometrics.real_time: maybe"],
                in: try CaseFiles.text("eu-unknowns")))
        let file = try folder.write(text, to: "answers.yaml")
        let position = try #require(AnswersText.positions(of: "maybe", in: text).first)
        let run = try runDPIA(["report", file.path])
        #expect(run.status == 65)
        let diagnostic = try #require(
            run.stderr.components(separatedBy: "\n").first {
                $0.hasPrefix("\(file.path):\(position.line):\(position.column): error:")
            }, "stderr: \(run.stderr)")
        #expect(diagnostic.contains("maybe"))
        #expect(diagnostic.contains("yes, no, unknown"))
        #expect(run.stdout.isEmpty)
    }

    @Test("an unknown question id exits 65 with a did-you-mean suggestion")
    func unknownQuestion() throws {
        let folder = try TemporaryDirectory()
        let text = try #require(
            AnswersText.replacingEntry(
                "dpia.completed", indent: 2, with: ["  dpia.complted: no"],
                in: try CaseFiles.text("eu-unknowns")))
        let file = try folder.write(text, to: "answers.yaml")
        let position = try #require(AnswersText.positions(of: "dpia.complted", in: text).first)
        let run = try runDPIA(["report", file.path])
        #expect(run.status == 65)
        #expect(run.stderr.contains("\(file.path):\(position.line):\(position.column): error:"))
        #expect(run.stderr.contains("did you mean 'dpia.completed'"), "stderr: \(run.stderr)")
    }
}

// MARK: - Escaping of user text

@Suite("dpia report escapes user text")
struct ReportEscapingTests {
    /// A copy of eu-unknowns whose processing, a text answer and a note carry Markdown and HTML
    /// syntax and a line break.
    private static func hostileAnswers() throws -> String {
        let original = try CaseFiles.text("eu-unknowns")
        let processing = try #require(
            AnswersText.replacingEntry(
                "processing", indent: 2,
                with: [
                    "  processing: |-",
                    "    # Face search | pilot `beta` <script>alert(1)</script>",
                    "    ## second line | of the processing",
                ], in: original))
        return try #require(
            AnswersText.replacingEntry(
                "legal_basis.provision", indent: 2,
                with: [
                    "  legal_basis.provision:",
                    "    value: |-",
                    "      Police act | art. 1 `code` <script>alert(2)</script>",
                    "      # not a heading | either",
                    "    note: |-",
                    "      Note | with a pipe `tick` <script>alert(3)</script>",
                    "      ### not a heading either",
                ], in: processing))
    }

    private static func hostileReport() throws -> DPIARun {
        let folder = try TemporaryDirectory()
        let file = try folder.write(try hostileAnswers(), to: "hostile.yaml")
        return try runDPIA(["report", file.path])
    }

    @Test("the report is written as usual and carries the hostile text")
    func exitsNormally() throws {
        let run = try Self.hostileReport()
        let plain = try CaseFiles.report("eu-unknowns")
        #expect(run.status == plain.status, "stderr: \(run.stderr)")
        #expect(!run.stderr.contains("error"))
        for marker in ["alert(1)", "alert(2)", "alert(3)", "second line", "not a heading either"] {
            #expect(run.stdout.contains(marker), "\(marker) is missing from the report")
        }
    }

    @Test("no line starts with # except the report's own headings")
    func noInjectedHeadings() throws {
        let hostile = ReportDocument(try Self.hostileReport().stdout).headingLines
        let plain = ReportDocument(try CaseFiles.report("eu-unknowns").stdout).headingLines
        try #require(hostile.first?.hasPrefix("# DPIA: ") == true)
        #expect(Array(hostile.dropFirst()) == Array(plain.dropFirst()))
        for line in hostile {
            #expect(
                line.range(of: #"^#{1,4} [^#\s]"#, options: .regularExpression) != nil, "\(line)")
        }
    }

    @Test("no raw <script> tag reaches the report")
    func noRawHTML() throws {
        let stdout = try Self.hostileReport().stdout
        #expect(!stdout.contains("<script>"))
        #expect(!stdout.contains("</script>"))
    }

    @Test("every table row keeps its header's column count")
    func tablesKeepTheirColumns() throws {
        let report = ReportDocument(try Self.hostileReport().stdout)
        let tables = Self.tables(in: report.body)
        try #require(!tables.isEmpty)
        for table in tables {
            let columns = Self.unescapedPipes(in: table[0])
            for row in table {
                #expect(Self.unescapedPipes(in: row) == columns, "\(row)")
            }
        }
        let annex = try #require(
            report.body.first { $0.hasPrefix("|") && $0.contains("`legal_basis.provision`") })
        #expect(Self.unescapedPipes(in: annex) == 6, "\(annex)")
        let scope = try #require(report.body.first { $0.hasPrefix("| Processing or tool |") })
        #expect(Self.unescapedPipes(in: scope) == 3, "\(scope)")
    }

    /// Runs of consecutive lines that start with `|`.
    private static func tables(in lines: [String]) -> [[String]] {
        var tables: [[String]] = []
        var current: [String] = []
        for line in lines + [""] {
            if line.hasPrefix("|") {
                current.append(line)
            } else if !current.isEmpty {
                tables.append(current)
                current = []
            }
        }
        return tables
    }

    /// The `|` characters that are not escaped with a backslash, that is the cell separators.
    private static func unescapedPipes(in row: String) -> Int {
        var count = 0
        var escaped = false
        for character in row {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                count += 1
            }
        }
        return count
    }
}

@Suite("dpia report on a file with thousands of problems")
struct ReportManyErrorsTests {
    @Test("2,000 unknown ids on one line: exit 65, 50 errors with cut excerpts, one line for the rest")
    func manyUnknownIDs() throws {
        let folder = try TemporaryDirectory()
        let answers = (0..<2000).map { "nope.q\($0): yes" }.joined(separator: ", ")
        let file = try folder.write(
            """
            format: dpia-answers/1
            questionnaires: {led-core: 1.2.0}
            assessment: {jurisdiction: eu, organisation: O, processing: P, date: 2022-01-01}
            answers: {\(answers)}

            """, to: "flow.yaml")
        let run = try runDPIA(["report", file.path, "--color", "never"])
        #expect(run.status == 65)
        let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.filter { $0.contains(": error: no question 'nope.q") }.count == 50)
        #expect(lines.allSatisfy { $0.unicodeScalars.count <= 200 })
        #expect(lines[1].hasPrefix("answers: {nope.q0: yes, nope.q1: yes,") && lines[1].hasSuffix("…"))
        #expect(run.stderr.hasSuffix("note: 1950 more errors in '\(file.path)' not shown\n"))
        #expect(run.stderr.utf8.count < 20_000)
    }
}

@Suite("dpia report and lint on an empty answers file")
struct EmptyAnswersTests {
    @Test("report and lint exit 65 with an error naming the file", arguments: ["", "  \n", "# nothing yet\n"])
    func empty(text: String) throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write(text, to: "empty.yaml")
        let expected = "\(file.path):1:1: error: the file is empty or holds only comments\n"
        let report = try runDPIA(["report", file.path, "--color", "never"])
        #expect(report.status == 65)
        #expect(report.stderr.hasPrefix(expected))
        let lint = try runDPIA(["lint", file.path, "--color", "never"])
        #expect(lint.status == 65)
        #expect(lint.stderr.hasPrefix(expected))
    }
}
