import BundledQuestionnaires
import DPIAKit
import Foundation
import Testing

/// Reports point to `docs/legal-sources.md` for the layers' source notes instead of printing them:
/// the document must hold every bundled layer's notes, line for line.
@Suite("docs/legal-sources.md")
struct LegalSourcesDocTests {
    @Test("it holds the source notes of every bundled layer in full")
    func holdsEverySourceNote() throws {
        let document = try String(
            contentsOf: repositoryRoot.appending(path: "docs/legal-sources.md"), encoding: .utf8)
        let log = DiagnosticLog()
        let layers = QuestionnaireCatalog.bundled(log: log).layers
        try #require(!layers.isEmpty)
        for layer in layers {
            guard let notes = layer.sourceNotes?.text() else { continue }
            #expect(document.contains("### `\(layer.id)` \(layer.version)"), "no heading for \(layer.id)")
            for line in notes.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                let trimmed = line.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
                #expect(
                    document.contains(trimmed),
                    "docs/legal-sources.md lacks a line of \(layer.id)'s source notes; run scripts/regenerate-reports.sh: \(trimmed)"
                )
            }
        }
    }
}
