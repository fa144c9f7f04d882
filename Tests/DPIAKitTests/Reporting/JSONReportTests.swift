import Foundation
import Testing

@testable import DPIAKit

@Suite("Rendering the JSON report")
struct JSONReportTests {
    static let assessment = Fixtures.assess(
        """
          vendor.external: yes
          vendor.kind: private_company
          vendor.contract: no
          vendor.se_register: unknown
        """)

    @Test("the JSON decodes into the documented types and re-encodes to the same bytes")
    func roundTrip() throws {
        let text = try JSONReport(Self.assessment).render()
        let document = try JSONDecoder().decode(JSONReport.Document.self, from: Data(text.utf8))
        #expect(try document == JSONReport(Self.assessment).document())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        #expect(String(decoding: try encoder.encode(document), as: UTF8.self) + "\n" == text)
    }

    @Test("it carries the verdict, findings, red patterns, measures, answers and the report's digests")
    func content() throws {
        let document = try JSONReport(Self.assessment).document()
        #expect(document.format == "dpia-report-json/2")
        #expect(document.verdict == Self.assessment.verdict.rawValue)
        #expect(document.redPatterns.map(\.id) == ["private_without_contract"])
        #expect(document.findings.map(\.id).contains("vendor.no_contract"))
        #expect(document.measures.contains { $0.id == "se.train" && $0.owedBy == ["vendor.no_contract"] })
        let kind = try #require(document.answers.first { $0.question == "vendor.kind" })
        #expect(kind.type == "single_choice" && kind.state == "answered" && kind.value == .one("private_company"))
        #expect(document.answers.first { $0.question == "vendor.se_register" }?.state == "unknown")
        let record = MarkdownReport(Self.assessment).integrityRecord()
        #expect(document.integrity.answers == record.answers.hex)
        #expect(document.integrity.markdownReport == record.report.hex)
        #expect(document.integrity.questionnaires.keys.sorted() == ["mini-core", "mini-se"])
    }

    @Test("the output is the same on every run")
    func deterministic() throws {
        #expect(try JSONReport(Self.assessment).render() == JSONReport(Self.assessment).render())
    }
}
