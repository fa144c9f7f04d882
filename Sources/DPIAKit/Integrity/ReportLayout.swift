/// How a report's text is put together and taken apart, so that its content digest can be
/// recomputed: the one place that defines what the `report` digest covers.
///
/// A report is
///
/// ```
/// ---
/// <front matter keys>
/// integrity:            ← the integrity record, the last key of the front matter
///   …
/// ---
///
/// <body>
/// ## 8. Integrity       ← the integrity annex, to the end of the file
/// …
/// ```
///
/// Its *content* is the document with the integrity record removed: every line except those from
/// `integrity:` up to (not including) the closing `---`, and those from the annex heading to the
/// end. The `report` digest is the SHA-256 of the content's UTF-8 bytes. Body text can never
/// produce either marker line: everything a user or questionnaire wrote is escaped.
public enum ReportLayout {
    /// The heading that opens the integrity annex.
    public static let annexHeading = annexHeading(in: .en)

    /// The heading that opens the integrity annex of a report in `language`.
    public static func annexHeading(in language: Language) -> String {
        "## " + ReportText.integrityHeading.text(in: language)
    }

    /// The annex headings of every language, one of which a report must have.
    static let annexHeadings = Set(Language.allCases.map(annexHeading(in:)))
    /// The front-matter line that opens the integrity record.
    static let recordKey = "integrity:"

    /// The content the `report` digest covers: the front matter's own `lines` and the body.
    static func content(frontMatter lines: [String], body: String) -> String {
        "---\n" + lines.map { $0 + "\n" }.joined() + "---\n\n" + body
    }

    /// The whole document: the content with `record` written into the front matter and the annex.
    static func document(frontMatter lines: [String], body: String, record: IntegrityRecord) -> String {
        "---\n" + (lines + record.frontMatterLines).map { $0 + "\n" }.joined() + "---\n\n" + body
            + record.annex
    }

    /// A report taken apart along the markers.
    public struct Parts: Sendable {
        /// The content the `report` digest covers.
        public var content: String
        /// The front-matter lines of the record, from `integrity:` on.
        public var recordLines: [String]
        /// The 1-based line of `integrity:`.
        public var recordLine: Int
        /// The annex text, from its heading to the end.
        public var annex: String
        /// The 1-based line of the annex heading.
        public var annexLine: Int
        /// The front matter's own keys, without the record.
        public var frontMatter: [String]
        /// The body between the front matter and the annex.
        public var body: String
    }

    /// Why a text cannot be taken apart as a report.
    public enum LayoutError: Error, Hashable, Sendable, CustomStringConvertible {
        case noFrontMatter
        case noRecord
        case noAnnex

        public var description: String {
            switch self {
            case .noFrontMatter: "it does not start with a YAML front matter ('---' lines)"
            case .noRecord: "its front matter has no 'integrity' record (was it written by dpia 0.2 or later?)"
            case .noAnnex: "it has no '\(annexHeading)' annex after the front matter"
            }
        }
    }

    /// Splits `text` along the markers.
    public static func parts(of text: String) throws(LayoutError) -> Parts {
        // Split on LF only, keeping a trailing empty piece, so joining restores the text exactly.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.first == "---", let close = lines.indices.dropFirst().first(where: { lines[$0] == "---" })
        else { throw .noFrontMatter }
        guard let record = lines[1..<close].firstIndex(of: recordKey) else { throw .noRecord }
        guard let annex = lines[(close + 1)...].firstIndex(where: annexHeadings.contains) else { throw .noAnnex }
        let frontMatter = Array(lines[1..<record])
        let bodyLines = lines[(close + 1)..<annex]
        // The body starts after the blank line that follows the closing '---'.
        let body = bodyLines.dropFirst().map { $0 + "\n" }.joined()
        let content =
            "---\n" + frontMatter.map { $0 + "\n" }.joined() + "---\n"
            + bodyLines.map { $0 + "\n" }.joined()
        return Parts(
            content: content, recordLines: Array(lines[record..<close]), recordLine: record + 1,
            annex: lines[annex...].joined(separator: "\n"), annexLine: annex + 1,
            frontMatter: frontMatter, body: body)
    }
}
