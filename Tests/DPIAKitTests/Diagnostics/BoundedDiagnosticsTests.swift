import Testing

@testable import DPIAKit

/// A file with thousands of problems, or one huge value, costs bounded time, memory and output.
@Suite("Bounded diagnostics")
struct BoundedDiagnosticsTests {
    @Test("a log keeps 50 errors per file, counts the rest and sums them up in one note")
    func capPerFile() {
        let log = DiagnosticLog()
        for line in 1...120 {
            log.error("problem \(line)", at: SourceLocation(file: "a.yaml", line: line, column: 1))
        }
        log.error("elsewhere", at: SourceLocation(file: "b.yaml", line: 1, column: 1))
        log.warning("a warning", at: SourceLocation(file: "a.yaml", line: 200, column: 1))
        #expect(log.errorCount == 121)
        #expect(log.warningCount == 1)
        #expect(log.diagnostics.count == 52)
        let sorted = log.sorted
        #expect(sorted.count == 53)
        #expect(sorted.last == .note("70 more errors in 'a.yaml' not shown", at: nil))
        #expect(sorted.filter { $0.location?.file == "a.yaml" && $0.severity == .error }.count == 50)
    }

    @Test("a long source line is cut to a window around the column, with an ellipsis on each cut side")
    func excerptWindow() {
        let line = String(repeating: "a", count: 200) + "X" + String(repeating: "b", count: 200)
        let printer = DiagnosticPrinter(sources: ["long.yaml": line])
        let rendered = printer.render(.error("here", at: SourceLocation(file: "long.yaml", line: 1, column: 201)))
        let expectedLine = "…" + String(repeating: "a", count: 50) + "X" + String(repeating: "b", count: 49) + "…"
        #expect(
            rendered == "long.yaml:1:201: error: here\n\(expectedLine)\n" + String(repeating: " ", count: 51) + "^\n")
    }

    @Test("a short line is printed whole, with its control characters shown as '?'")
    func shortLine() {
        let printer = DiagnosticPrinter(sources: ["s.yaml": "key: a\u{1B}[31mb\n"])
        #expect(
            printer.render(.error("bad", at: SourceLocation(file: "s.yaml", line: 1, column: 6)))
                == "s.yaml:1:6: error: bad\nkey: a?[31mb\n     ^\n")
    }

    @Test("a message repeats at most 60 characters of what was typed, and gives no suggestion for it")
    func boundedEcho() {
        let huge = "private_company" + String(repeating: "x", count: 100_000)
        let (_, diagnostics) = Fixtures.answers("  vendor.external: yes\n  vendor.kind: \(huge)\n")
        let echoed = String(huge.prefix(60)) + "…"
        #expect(
            diagnostics.map(\.message) == [
                "'\(echoed)' is not a valid answer to 'vendor.kind'; allowed: private_company, public_body, unknown"
            ])
    }

    @Test("an echo shows control characters as code points")
    func echoControls() {
        #expect(Diagnostic.excerpt("a\u{1B}b\nc") == "a<U+001B>b<U+000A>c")
    }

    @Test("8,000 unknown ids on one line give 50 errors and one line for the rest")
    func manyUnknownIDs() {
        let answers = (0..<8000).map { "nope.q\($0): yes" }.joined(separator: ", ")
        let text = Fixtures.answersText("  {\(answers)}").replacingOccurrences(of: "answers:\n  {", with: "answers: {")
        let log = DiagnosticLog()
        _ = AnswersLoader.load(text: text, file: "flow.yaml", bundle: Fixtures.bundle(), log: log)
        #expect(log.errorCount == 8000)
        let rendered = DiagnosticPrinter(sources: ["flow.yaml": text]).render(log.sorted)
        #expect(rendered.components(separatedBy: ": error: no question").count - 1 == 50)
        #expect(rendered.hasSuffix("note: 7950 more errors in 'flow.yaml' not shown\n"))
        #expect(rendered.utf8.count < 20_000)
    }
}

@Suite("Diagnostics about a whole file")
struct FileDiagnosticTests {
    @Test("a problem with a whole file prints as 'file: error: message', with no excerpt")
    func wholeFile() {
        let printer = DiagnosticPrinter(sources: ["a.yaml": "format: x\n"])
        #expect(printer.render(.error("no such file", at: .file("a.yaml"))) == "a.yaml: error: no such file\n")
        #expect(
            DiagnosticPrinter(usesColor: true).render(.error("no such file", at: .file("a.yaml")))
                == "\u{1B}[1ma.yaml: \u{1B}[0m\u{1B}[1;31merror:\u{1B}[0m no such file\n")
    }
}
