import Foundation
import Testing

/// A report in Dutch, French or Swedish is written in that language: outside the text the user
/// typed (names, notes, evidence, free-text answers, the case's narrative and sources), no line reads
/// as an English sentence.
@Suite("Reports in nl, fr and sv")
struct TranslatedReportTests {
    /// The most common English function words that are not also words of Dutch, French or Swedish
    /// (`of`, `is` and `was` are Dutch); three different ones on a line make it English.
    static let englishWords: Set<String> = [
        "the", "and", "to", "with", "which", "must", "should", "this", "that", "are", "for", "not", "has",
        "have", "be", "by", "or", "it", "were", "any", "when", "from", "been", "its", "their",
    ]

    @Test(
        "no line outside the user's own text has three or more common English words",
        arguments: GoldenReportTests.translated.map { "\($0.language)/\($0.caseName)" })
    func noEnglishSentence(path: String) throws {
        let caseName = String(path.split(separator: "/")[1])
        let report = try String(
            contentsOf: repositoryRoot.appending(path: "reports/\(path).md"), encoding: .utf8)
        let userText = Self.userText(in: try CaseFiles.text(caseName))
        var english: [String] = []
        for line in Self.proseLines(of: report) {
            var rest = line
            // Longest first, so a sentence is removed before a word inside it.
            for text in userText where rest.contains(text) { rest = rest.replacingOccurrences(of: text, with: " ") }
            let words = Set(
                rest.lowercased().split { !$0.isLetter && $0 != "'" }.map(String.init).filter(
                    Self.englishWords.contains))
            if words.count >= 3 { english.append(line) }
        }
        let shown = english.prefix(5).joined(separator: "\n")
        #expect(english.isEmpty, "English lines in reports/\(path).md:\n\(shown)")
    }

    /// The report's lines a reader reads as prose: not the front matter, the answers annex (the
    /// user's own answers), the integrity annex or code.
    static func proseLines(of report: String) -> [String] {
        var lines: [String] = []
        var inFrontMatter = false
        var inAnswersAnnex = false
        for (index, line) in report.components(separatedBy: "\n").enumerated() {
            if line == "---" {
                inFrontMatter = index == 0 ? true : false
                continue
            }
            if inFrontMatter { continue }
            if line.hasPrefix("### A.") { inAnswersAnnex = true }
            if line.hasPrefix("### B.") { inAnswersAnnex = false }
            if line.hasPrefix("## 8.") { break }
            if !inAnswersAnnex { lines.append(line) }
        }
        return lines
    }

    /// What the user wrote in the case file: every value of four characters or more (each value of a
    /// flow mapping, each line of a folded text on its own), as printed inside the report's sentences.
    static func userText(in caseText: String) -> [String] {
        var texts: Set<String> = []
        func add(_ value: Substring) {
            var text = value.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("\"") && text.hasSuffix("\"") && text.count >= 2 {
                text = String(text.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
            }
            text = text.trimmingCharacters(in: CharacterSet(charactersIn: "\"' >-|"))
            if text.count >= 4 { texts.insert(text) }
        }
        for raw in caseText.components(separatedBy: "\n") {
            var line = Substring(raw.trimmingCharacters(in: .whitespaces))
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("- ") { line = line.dropFirst(2) }
            if let colon = line.range(of: ": "), !line.hasPrefix("\"") && !line.hasPrefix("{") {
                let key = line[..<colon.lowerBound]
                if !key.contains(" ") { line = line[colon.upperBound...] }
            }
            if line.hasPrefix("{") && line.hasSuffix("}") {
                // `{name: "…", role: "…", country: Belgium}`: each value on its own.
                for field in Self.flowValues(line.dropFirst().dropLast()) { add(field) }
                continue
            }
            add(line)
        }
        return texts.sorted { $0.count > $1.count }
    }

    /// The values of a flow mapping's body, splitting on commas outside double quotes.
    static func flowValues(_ body: Substring) -> [Substring] {
        var values: [Substring] = []
        var start = body.startIndex
        var quoted = false
        var previous: Character = " "
        for index in body.indices {
            let character = body[index]
            if character == "\"" && previous != "\\" { quoted.toggle() }
            if character == "," && !quoted {
                values.append(body[start..<index])
                start = body.index(after: index)
            }
            previous = character
        }
        values.append(body[start...])
        return values.map { field in
            guard let colon = field.range(of: ": ") else { return field }
            return field[colon.upperBound...]
        }
    }
}
