import Foundation
import Testing

/// The committed `reports/<case>.md` are what a reader of the repository sees; they must be what
/// the tool produces today, so a change in content or rendering shows up as a reviewed diff.
@Suite("Golden reports")
struct GoldenReportTests {
    private static let regenerate =
        "regenerate with scripts/regenerate-reports.sh and read the diff before committing"

    @Test("the committed report equals dpia report on the case", arguments: CaseFiles.names())
    func matchesCommittedReport(caseName: String) throws {
        let golden = repositoryRoot.appending(path: "reports/\(caseName).md")
        guard let expected = try? String(contentsOf: golden, encoding: .utf8) else {
            Issue.record("reports/\(caseName).md is missing; \(Self.regenerate)")
            return
        }
        let run = try CaseFiles.report(caseName)
        #expect([0, 2].contains(run.status), "stderr: \(run.stderr)")
        if let difference = Self.firstDifference(expected: expected, actual: run.stdout) {
            let command = "dpia report \(CaseFiles.relativePath(caseName))"
            let committed = difference.expected.map { String(reflecting: $0) } ?? "(end of file)"
            let produced = difference.actual.map { String(reflecting: $0) } ?? "(end of output)"
            Issue.record(
                """
                reports/\(caseName).md differs from `\(command)` at line \(difference.line):
                  committed: \(committed)
                  produced:  \(produced)
                \(Self.regenerate)
                """)
        }
    }

    /// Each case in the languages of its jurisdiction, as `scripts/regenerate-reports.sh` writes them.
    static let translated: [(language: String, caseName: String)] = CaseFiles.names().flatMap { name in
        let languages =
            name.hasPrefix("be-") ? ["nl", "fr"] : name.hasPrefix("se-") ? ["sv"] : ["nl", "fr", "sv"]
        return languages.map { (language: $0, caseName: name) }
    }

    @Test(
        "the committed report in a language equals dpia report --lang on the case",
        arguments: translated.map { "\($0.language)/\($0.caseName)" })
    func matchesCommittedTranslatedReport(path: String) throws {
        let parts = path.split(separator: "/").map(String.init)
        let golden = repositoryRoot.appending(path: "reports/\(path).md")
        guard let expected = try? String(contentsOf: golden, encoding: .utf8) else {
            Issue.record("reports/\(path).md is missing; \(Self.regenerate)")
            return
        }
        let run = try CaseFiles.report(parts[1], ["--lang", parts[0]])
        #expect([0, 2].contains(run.status), "stderr: \(run.stderr)")
        if let difference = Self.firstDifference(expected: expected, actual: run.stdout) {
            Issue.record(
                """
                reports/\(path).md differs from `dpia report \(CaseFiles.relativePath(parts[1])) --lang \(parts[0])` \
                at line \(difference.line):
                  committed: \(difference.expected.map { String(reflecting: $0) } ?? "(end of file)")
                  produced:  \(difference.actual.map { String(reflecting: $0) } ?? "(end of output)")
                \(Self.regenerate)
                """)
        }
    }

    @Test("there is a committed report for at least the four bundled cases")
    func casesExist() {
        #expect(CaseFiles.names().count >= 4, "cases: \(CaseFiles.names())")
    }

    @Test("every committed report belongs to a bundled case")
    func noStaleReports() throws {
        let folder = repositoryRoot.appending(path: "reports")
        let reports = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".md") && $0 != "README.md" && !$0.hasPrefix("checklist-") }
            .map { String($0.dropLast(3)) }
        let stale = Set(reports).subtracting(CaseFiles.names())
        #expect(stale.isEmpty, "reports without a case: \(stale.sorted()); remove them")
    }

    /// The first line (1-based) where the two texts differ, or `nil` when they are equal.
    private static func firstDifference(expected: String, actual: String)
        -> (line: Int, expected: String?, actual: String?)?
    {
        guard Data(expected.utf8) != Data(actual.utf8) else { return nil }
        let expectedLines = expected.components(separatedBy: "\n")
        let actualLines = actual.components(separatedBy: "\n")
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let left = index < expectedLines.count ? expectedLines[index] : nil
            let right = index < actualLines.count ? actualLines[index] : nil
            if left != right {
                return (index + 1, left, right)
            }
        }
        // Equal as Swift strings but not byte for byte (Unicode normalisation): say so.
        return (1, "(the texts differ only in their Unicode normalisation)", nil)
    }
}
