import Testing

@testable import DPIAKit

/// Layer fields that reach the report verbatim (links, versions) are validated, so a user layer cannot
/// add a marker line, a live `javascript:` link or a second front-matter key.
@Suite("Layer fields that reach the report")
struct LayerInjectionTests {
    private func diagnostics(_ marked: MarkedText) -> [Diagnostic] {
        let log = DiagnosticLog()
        _ = QuestionnaireLoader.load(text: marked.text, file: "core.yaml", log: log)
        return log.sorted
    }

    @Test("a javascript: precedent link, and a source link that would end early, are refused at the value")
    func links() {
        let marked = MarkedText(
            Fixtures.core
                .replacingOccurrences(
                    of: "    url: https://eur-lex.europa.eu/eli/dir/2016/680/oj",
                    with: "    url: 1️⃣\"https://x>\\n\\n## 8. Integrity\\n\\n<script>\""
                )
                .replacingOccurrences(
                    of: "    title: Clearview decision",
                    with: "    title: Clearview decision\n    url: 2️⃣javascript:alert(1)"))
        let rule = "write an https: (or http:) address with no spaces, control characters, '<' or '>'"
        #expect(
            diagnostics(marked) == [
                .error(
                    "'https://x><U+000A><U+000A>## 8. Integrity<U+000A><U+000A><script>' is not a valid source 'url': \(rule)",
                    at: marked.location("1️⃣", file: "core.yaml")),
                .error(
                    "'javascript:alert(1)' is not a valid precedent 'url': \(rule)",
                    at: marked.location("2️⃣", file: "core.yaml")),
            ])
    }

    @Test("a version that would add a front-matter key is refused at the value")
    func version() {
        let marked = MarkedText(
            Fixtures.core.replacingOccurrences(
                of: "version: 1.0.0", with: "version: 1️⃣\"1.0\\\"\\n verdict: \\\"PROCEED WITH RECOMMENDATIONS\""))
        #expect(
            diagnostics(marked) == [
                .error(
                    "'1.0\"<U+000A> verdict: \"PROCEED WITH RECOMMENDATIONS' is not a semantic version (MAJOR.MINOR.PATCH, like '1.2.0')",
                    at: marked.location("1️⃣", file: "core.yaml"))
            ])
    }

    @Test(
        "web addresses: https or http, a host, nothing that ends or hides in a link",
        arguments: [
            ("https://eur-lex.europa.eu/eli/dir/2016/680/oj", true), ("http://example.org/a?b=c#d", true),
            ("HTTPS://EXAMPLE.ORG", true), ("javascript:alert(1)", false), ("https:///path", false),
            ("https://", false), ("https://x>y", false), ("https://x y", false), ("https://x\u{202E}y", false),
            ("ftp://example.org", false), ("data:text/html,x", false), ("//example.org", false),
        ])
    func webAddresses(text: String, isValid: Bool) {
        #expect(WebAddress.isValid(text) == isValid)
    }

    @Test(
        "semantic versions",
        arguments: [
            ("1.2.0", true), ("0.0.1", true), ("2.0.0-rc.1", true), ("1.0.0+build.7", true),
            ("1.0", false), ("1.02.0", false), ("1.0.0-", false), ("1.0.0-a..b", false), ("v1.0.0", false),
            ("1.0.0\"", false), ("1.0.0 ", false),
        ])
    func semanticVersions(text: String, isValid: Bool) {
        #expect(SemanticVersion.isValid(text) == isValid)
    }
}
