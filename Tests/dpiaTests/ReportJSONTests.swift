import DPIAKit
import Foundation
import Testing

/// `dpia report --format json` on every bundled case, read back with the documented schema types.
@Suite("dpia report --format json")
struct ReportJSONTests {
    @Test("the JSON of every bundled case decodes against the documented schema", arguments: CaseFiles.names())
    func decodes(caseName: String) throws {
        let run = try CaseFiles.report(caseName, ["--format", "json"])
        #expect([0, 2].contains(run.status), "stderr: \(run.stderr)")
        let document = try JSONDecoder().decode(JSONReport.Document.self, from: Data(run.stdout.utf8))
        #expect(document.format == JSONReport.format)
        #expect(document.assessment.answersFile == CaseFiles.relativePath(caseName))
        // Nothing the binary wrote is outside the schema: re-encoding gives the same bytes.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        #expect(String(decoding: try encoder.encode(document), as: UTF8.self) + "\n" == run.stdout)
        // The digests are those of the Markdown report of the same case.
        let markdown = try CaseFiles.report(caseName).stdout
        #expect(markdown.contains("  report: \"\(document.integrity.markdownReport)\""))
        #expect(markdown.contains("  answers: \"\(document.integrity.answers)\""))
        #expect(run.status == (document.verdict == "DO NOT DEPLOY" ? 2 : 0))
    }
}
