import Foundation

/// One assessment in the register of a force's DPIAs: what a DPO needs to see at a glance to know
/// which assessments need attention. Pure: built from an assessment and the day it is read.
public struct RegisterRow: Hashable, Sendable, Encodable {
    /// The answers file, as named.
    public var file: String
    /// The processing assessed.
    public var title: String
    /// `eu`, `be`, `se`.
    public var jurisdiction: String
    /// Planned, trial or in use.
    public var stage: String
    /// The verdict as of the file's own date.
    public var verdict: String
    /// The assessment date; nil when the file has none.
    public var date: String?
    /// The layer versions the answers were made against (`led-core 1.2.0`), in file order.
    public var questionnaires: [String]
    /// `not signed off`, `DPO opinion only`, or the controller's decision.
    public var signOff: String
    /// The next review; nil when none is set.
    public var nextReview: String?
    /// True when the next review is before the day the register is read.
    public var reviewOverdue: Bool
    /// Measures of the register still to do or planned.
    public var openMeasures: Int
    /// Open measures whose due date has passed.
    public var overdueMeasures: Int

    enum CodingKeys: String, CodingKey {
        case file, title, jurisdiction, stage, verdict, date, questionnaires
        case signOff = "sign_off"
        case nextReview = "next_review"
        case reviewOverdue = "review_overdue"
        case openMeasures = "open_measures"
        case overdueMeasures = "overdue_measures"
    }

    /// The row for `assessment`, with reviews and measures due before `today` marked overdue.
    public init(_ assessment: Assessment, today: CalendarDate) {
        let answers = assessment.answers
        file = answers.file
        title = answers.metadata.processing
        jurisdiction = answers.metadata.jurisdiction
        stage = assessment.stage.rawValue
        verdict = assessment.verdict.rawValue
        date = answers.metadata.date?.description
        questionnaires = answers.madeAgainst.map { "\($0.layer) \($0.value)" }
        signOff = Self.signOffState(answers.signOff)
        nextReview = answers.signOff?.nextReview?.description
        reviewOverdue = answers.signOff?.nextReview.map { $0 < today } ?? false
        let open = assessment.register.entries.filter { $0.status == .todo || $0.status == .planned }
        openMeasures = open.count
        overdueMeasures = open.filter { entry in entry.record?.due.map { $0 < today } ?? false }.count
    }

    /// The sign-off in a few words: who has signed what.
    static func signOffState(_ signOff: SignOff?) -> String {
        guard let signOff, signOff != SignOff(location: signOff.location) else { return "not signed off" }
        if let decision = signOff.controllerDecision {
            var state = "decided: " + decision.rawValue.replacingOccurrences(of: "_", with: " ")
            if signOff.overridesDPO { state += " (against the DPO)" }
            return state
        }
        if let opinion = signOff.dpoOpinion {
            return "DPO opinion " + opinion.rawValue.replacingOccurrences(of: "_", with: " ") + ", no decision"
        }
        return "started, no opinion or decision"
    }
}

/// The register of every assessment in a folder, as a Markdown table, CSV or JSON. Pure.
public struct AssessmentRegister: Sendable {
    /// The rows, in the order given.
    public var rows: [RegisterRow]
    /// The day overdue reviews and measures are counted against.
    public var today: CalendarDate

    /// Creates a register.
    public init(rows: [RegisterRow], today: CalendarDate) {
        self.rows = rows
        self.today = today
    }

    private static let headers = [
        "File", "Processing", "Jurisdiction", "Stage", "Verdict", "Date", "Questionnaires", "Sign-off",
        "Next review", "Open measures", "Overdue measures",
    ]

    private func cells(_ row: RegisterRow) -> [String] {
        var review = row.nextReview ?? "none"
        if row.reviewOverdue { review += " (overdue)" }
        return [
            row.file, row.title, row.jurisdiction, row.stage.replacingOccurrences(of: "_", with: " "), row.verdict,
            row.date ?? "none",
            row.questionnaires.joined(separator: ", "), row.signOff, review, String(row.openMeasures),
            String(row.overdueMeasures),
        ]
    }

    /// A Markdown table, one row per assessment, under a line saying what day it counts against.
    public func markdown() -> String {
        var lines = [
            "# Register of assessments",
            "",
            "\(rows.count) assessment\(rows.count == 1 ? "" : "s"); reviews and measures overdue as of \(today).",
            "",
        ]
        let table = rows.map { row in
            var values = cells(row).map(Markdown.inline)
            values[0] = Markdown.code(row.file)
            values[4] = "**" + values[4] + "**"
            return values
        }
        lines.append(Markdown.table(header: Self.headers, rows: table))
        return lines.joined(separator: "\n") + "\n"
    }

    /// RFC 4180 CSV with a header line.
    public func csv() -> String {
        let quote: (String) -> String = { value in
            guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        var lines = [Self.headers.map(quote).joined(separator: ",")]
        for row in rows { lines.append(cells(row).map(quote).joined(separator: ",")) }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A JSON object with the day counted against and the rows.
    public func json() throws -> String {
        struct Document: Encodable {
            var format = "dpia-register/1"
            var today: String
            var assessments: [RegisterRow]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(Document(today: today.description, assessments: rows))
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
