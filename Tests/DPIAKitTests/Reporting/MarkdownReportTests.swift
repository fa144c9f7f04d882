import Testing

@testable import DPIAKit

@Suite("Rendering the Markdown report")
struct MarkdownReportTests {
    static let hostile = "a | b # c `code` <script>alert(1)</script>\nnew line [link](x) *bold* @cite $x$"

    @Test("inline text escapes everything that could change the document's structure")
    func inlineEscaping() {
        let escaped = Markdown.inline(Self.hostile)
        #expect(!escaped.contains("\n"))
        #expect(!escaped.contains("<script>"))
        #expect(escaped.contains("\\<script\\>"))
        #expect(escaped.contains("a \\| b \\# c \\`code\\`"))
        #expect(Markdown.inline("# heading") == "\\# heading")
        #expect(Markdown.inline("- item") == "\\- item")
        #expect(Markdown.inline("1. item") == "1\\. item")
    }

    @Test("front matter strings stay one quoted YAML line")
    func frontMatter() {
        let value = Markdown.yamlString("He said \"stop\"\nnow \\ here")
        #expect(value.hasPrefix("\"") && value.hasSuffix("\""))
        #expect(!value.contains("\n"))
        #expect(value.contains("\\\"stop\\\""))
    }

    @Test("answers, notes and metadata a user typed cannot break the report's structure")
    func hostileInput() throws {
        var assessment = Fixtures.assess(
            """
              vendor.external: yes
              vendor.kind:
                value: private_company
                note: "a | b # c `code` <script>x</script>"
              vendor.contract: yes
              vendor.name: |
                Acme | Corp
                # not a heading
              vendor.se_register: yes
            """)
        assessment.answers.metadata.processing = Self.hostile
        assessment.answers.metadata.organisation = "Org\n## Injected"
        let report = MarkdownReport(assessment).render()
        let lines = report.split(separator: "\n", omittingEmptySubsequences: false)
        let headings = lines.filter { $0.hasPrefix("#") }
        #expect(
            headings.allSatisfy {
                $0.hasPrefix("# DPIA: ") || $0.hasPrefix("## ") || $0.hasPrefix("### ") || $0.hasPrefix("#### ")
            })
        #expect(!headings.contains { $0.contains("Injected") })
        #expect(!report.contains("<script>"))
        // Every row of the annex table has the header's five columns.
        let annex = try #require(report.range(of: "### A. Questions asked"))
        let rows = report[annex.upperBound...].split(separator: "\n").prefix { !$0.hasPrefix("###") }
            .filter { $0.hasPrefix("|") }
        #expect(rows.count >= 6)
        for row in rows { #expect(unescapedPipes(row) == 6) }
        // The front matter is closed exactly once, on its own line, before the title.
        #expect(lines.first == "---")
        #expect(lines.dropFirst().firstIndex(of: "---") ?? 0 < lines.firstIndex { $0.hasPrefix("# ") } ?? 0)
    }

    private func unescapedPipes(_ row: Substring) -> Int {
        var count = 0
        var escaped = false
        for character in row {
            if character == "|" && !escaped { count += 1 }
            escaped = character == "\\" && !escaped
        }
        return count
    }

    @Test("the report has its DPIA sections in order, then the integrity annex")
    func sections() {
        let report = MarkdownReport(Fixtures.assess("  vendor.external: no\n  vendor.se_register: yes\n")).render()
        let headings = report.split(separator: "\n").filter { $0.hasPrefix("## ") }.map(String.init)
        #expect(
            headings == [
                "## 1. Decision", "## 2. Description of the processing", "## 3. Lawfulness: red patterns and findings",
                "## 4. Risk register", "## 5. Measures register", "## 6. Sign-off", "## 7. Annexes", "## 8. Integrity",
            ])
    }

    @Test("an out-of-scope report lists only the questions answered and says the assessment stopped at scope")
    func outOfScopeAnnex() throws {
        func report(_ answers: [QuestionID: AnswerState]) -> String {
            MarkdownReport(Fixtures.assessScoped(answers)).render()
        }
        let outside = report(["scope.lec_purpose": .value(.yesNo(false))])
        #expect(outside.contains("| `scope.lec_purpose` |"))
        #expect(!outside.contains("`scope.tool`"))
        #expect(!outside.contains("(not answered)"))
        #expect(outside.contains("The assessment stopped at scope"))
        // Inside the directive, an unanswered question is still listed as such.
        let inside = report(["scope.lec_purpose": .value(.yesNo(true))])
        #expect(inside.contains("| `scope.tool` | Is there a tool? | (not answered) |"))
        #expect(!inside.contains("The assessment stopped at scope"))
    }

    @Test("rendering is deterministic")
    func deterministic() {
        let answers =
            "  vendor.external: yes\n  vendor.kind: unknown\n  vendor.contract: no\n  vendor.se_register: yes\n"
        #expect(MarkdownReport(Fixtures.assess(answers)).render() == MarkdownReport(Fixtures.assess(answers)).render())
    }
}
