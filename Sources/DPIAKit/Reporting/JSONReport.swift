import Foundation

/// Renders an assessment as JSON for registers and dashboards: metadata, answers, findings, red
/// patterns, measures, verdict and integrity digests, in the versioned layout `docs/report-json.md`
/// documents. Deterministic: sorted keys, fixed indentation, no timestamps.
public struct JSONReport: Sendable {
    /// The `format` value of the documents this version writes; bumped on any incompatible change.
    public static let format = "dpia-report-json/1"

    /// The assessment rendered.
    public var assessment: Assessment

    /// Creates a JSON report.
    public init(_ assessment: Assessment) {
        self.assessment = assessment
    }

    /// The JSON text, ending with a newline; signed like the Markdown report when `key` is given.
    /// Throws when signing fails, or when encoding does, rather than print a document that is not
    /// this assessment's.
    public func render(signedWith key: ReportSigningKey? = nil) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(try document(signedWith: key))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The document as values.
    public func document(signedWith key: ReportSigningKey? = nil) throws(SigningError) -> Document {
        var record = MarkdownReport(assessment).integrityRecord()
        if let key { record = try key.sign(record) }
        let answers = assessment.answers
        let metadata = answers.metadata
        return Document(
            format: Self.format,
            tool: record.tool,
            assessment: Metadata(
                jurisdiction: assessment.bundle.jurisdiction, organisation: metadata.organisation,
                unit: metadata.unit, processing: metadata.processing, assessor: metadata.assessor,
                date: assessment.date.description, dateDefaulted: assessment.isDateDefaulted,
                dateOverride: assessment.dateOverride?.description, answersFile: answers.file,
                caseInfo: answers.caseInfo.map {
                    CaseSummary(title: $0.title, narrative: $0.narrative, sources: $0.sources)
                }),
            questionnaires: assessment.bundle.layers.map { layer in
                Layer(
                    id: layer.id, title: layer.title.text(), version: layer.version,
                    lawAsOf: layer.lawAsOf.description, jurisdiction: layer.jurisdiction, extends: layer.extends,
                    sha256: layer.digest.hex, replacesBuiltIn: layer.replacedBuiltIn == nil ? nil : true,
                    file: layer.replacedBuiltIn == nil ? nil : layer.file)
            },
            verdict: assessment.verdict.rawValue,
            summary: summary(),
            redPatterns: assessment.redPatterns.map { match in
                RedPatternEntry(
                    id: match.pattern.id, layer: match.pattern.origin.layer, status: match.status.rawValue,
                    title: match.pattern.title.text(), citations: match.citations.map(citation),
                    reasons: match.reasons.map(reason), precedents: match.pattern.precedents.map(\.value),
                    measures: match.pattern.measures.map { $0.id })
            },
            findings: assessment.findings.map { finding in
                FindingEntry(
                    id: finding.rule.id, layer: finding.rule.origin.layer, area: finding.rule.area,
                    status: finding.status.rawValue, severity: finding.severity.rawValue,
                    ruleSeverity: finding.rule.severity.rawValue, comingIntoForce: finding.isComingIntoForce,
                    title: finding.rule.title.text(), citations: finding.citations.map(citation),
                    reasons: finding.reasons.map(reason), measures: finding.rule.measures.map { $0.id })
            },
            measures: owedMeasures(),
            openPoints: assessment.openPoints.map {
                OpenPointEntry(
                    question: $0.question.id.rawValue, prompt: $0.question.prompt.text(), note: $0.note,
                    dependents: $0.dependents)
            },
            unanswered: assessment.unanswered.map(\.id.rawValue),
            answers: assessment.transcript.map { entry in
                let (state, value) = Self.state(entry.answer?.state ?? .unanswered)
                return AnswerEntry(
                    question: entry.question.id.rawValue, prompt: entry.question.prompt.text(),
                    type: entry.question.kind.rawValue, state: state, value: value,
                    note: entry.answer?.note, evidence: entry.answer?.evidence)
            },
            ignoredAnswers: assessment.ignoredAnswers.map(\.rawValue),
            integrity: Integrity(
                answers: record.answers.hex,
                questionnaires: Dictionary(uniqueKeysWithValues: record.questionnaires.map { ($0.id, $0.digest.hex) }),
                markdownReport: record.report.hex,
                signature: record.signature.map {
                    Integrity.Signature(algorithm: "Ed25519", key: $0.key.hex, value: $0.value)
                }))
    }

    private func summary() -> Summary {
        let fired = assessment.firedFindings
        let count = { (severity: Severity) in fired.filter { $0.severity == severity }.count }
        return Summary(
            redPatterns: assessment.firedRedPatterns.count, blocker: count(.blocker), high: count(.high),
            medium: count(.medium), advice: count(.advice),
            notExcluded: assessment.findings.filter { $0.status == .open }.count
                + assessment.redPatterns.filter { $0.status == .open }.count,
            openPoints: assessment.openPoints.count, unanswered: assessment.unanswered.count)
    }

    /// The action plan: each measure of a fired red pattern or finding once, in report order.
    private func owedMeasures() -> [MeasureEntry] {
        var entries: [MeasureEntry] = []
        func add(_ measure: Measure, owedBy id: String) {
            if let index = entries.firstIndex(where: { $0.id == measure.id }) {
                entries[index].owedBy.append(id)
            } else {
                entries.append(
                    MeasureEntry(
                        id: measure.id, layer: measure.origin.layer, text: measure.text.text(),
                        refs: measure.refs.map(\.description), owedBy: [id]))
            }
        }
        for match in assessment.firedRedPatterns {
            match.pattern.measures.forEach { add($0, owedBy: match.pattern.id) }
        }
        for finding in assessment.firedFindings { finding.rule.measures.forEach { add($0, owedBy: finding.rule.id) } }
        return entries
    }

    private func citation(_ applied: AppliedCitation) -> CitationEntry {
        CitationEntry(
            citation: applied.citation.description, layer: applied.layer,
            notBindingUntil: applied.notBindingUntil?.description)
    }

    private func reason(_ reason: Reason) -> ReasonEntry {
        let (state, value) = Self.state(reason.state)
        return ReasonEntry(question: reason.question.rawValue, state: state, value: value)
    }

    /// `answered` with the value as the answers file writes it, or `unknown`, `unanswered`,
    /// `not_applicable` without one.
    static func state(_ state: AnswerState) -> (String, AnswerEntry.Value?) {
        switch state {
        case .notApplicable: return ("not_applicable", nil)
        case .unanswered: return ("unanswered", nil)
        case .unknown: return ("unknown", nil)
        case .value(let value):
            switch value {
            case .yesNo(let yes): return ("answered", .one(yes ? "yes" : "no"))
            case .choice(let option): return ("answered", .one(option))
            case .choices(let options): return ("answered", .many(options))
            case .text(let text): return ("answered", .one(text))
            case .date(let date): return ("answered", .one(date.description))
            case .number(let number): return ("answered", .one(number.description))
            }
        }
    }
}

// MARK: - The schema, as Codable types (docs/report-json.md)

extension JSONReport {
    /// The whole JSON document.
    public struct Document: Codable, Hashable, Sendable {
        public var format: String
        public var tool: String
        public var assessment: Metadata
        public var questionnaires: [Layer]
        public var verdict: String
        public var summary: Summary
        public var redPatterns: [RedPatternEntry]
        public var findings: [FindingEntry]
        public var measures: [MeasureEntry]
        public var openPoints: [OpenPointEntry]
        public var unanswered: [String]
        public var answers: [AnswerEntry]
        public var ignoredAnswers: [String]
        public var integrity: Integrity

        enum CodingKeys: String, CodingKey {
            case format, tool, assessment, questionnaires, verdict, summary, findings, measures, unanswered, answers,
                integrity
            case redPatterns = "red_patterns", openPoints = "open_points", ignoredAnswers = "ignored_answers"
        }
    }

    /// Who assessed what, where and when.
    public struct Metadata: Codable, Hashable, Sendable {
        public var jurisdiction: String
        public var organisation: String
        public var unit: String?
        public var processing: String
        public var assessor: String?
        public var date: String
        public var dateDefaulted: Bool
        /// The date given with `report --date` instead of the answers' own, when one was.
        public var dateOverride: String?
        public var answersFile: String
        public var caseInfo: CaseSummary?

        enum CodingKeys: String, CodingKey {
            case jurisdiction, organisation, unit, processing, assessor, date
            case dateDefaulted = "date_defaulted", dateOverride = "date_override", answersFile = "answers_file"
            case caseInfo = "case"
        }
    }

    /// The narrative of a case file.
    public struct CaseSummary: Codable, Hashable, Sendable {
        public var title: String
        public var narrative: String?
        public var sources: [String]
    }

    /// One questionnaire layer used.
    public struct Layer: Codable, Hashable, Sendable {
        public var id: String
        public var title: String
        public var version: String
        public var lawAsOf: String
        public var jurisdiction: String
        public var extends: String?
        public var sha256: String
        /// True for a layer given with `--questionnaires` in place of the built-in one of its id.
        public var replacesBuiltIn: Bool?
        /// The file such a layer was read from.
        public var file: String?

        enum CodingKeys: String, CodingKey {
            case id, title, version, jurisdiction, extends, sha256, file
            case lawAsOf = "law_as_of", replacesBuiltIn = "replaces_builtin"
        }
    }

    /// The counts behind the verdict.
    public struct Summary: Codable, Hashable, Sendable {
        public var redPatterns: Int
        public var blocker: Int
        public var high: Int
        public var medium: Int
        public var advice: Int
        public var notExcluded: Int
        public var openPoints: Int
        public var unanswered: Int

        enum CodingKeys: String, CodingKey {
            case blocker, high, medium, advice, unanswered
            case redPatterns = "red_patterns", notExcluded = "not_excluded", openPoints = "open_points"
        }
    }

    /// A provision as it applies on the assessment date.
    public struct CitationEntry: Codable, Hashable, Sendable {
        public var citation: String
        public var layer: String
        public var notBindingUntil: String?

        enum CodingKeys: String, CodingKey {
            case citation, layer
            case notBindingUntil = "not_binding_until"
        }
    }

    /// An answer a rule's condition depended on.
    public struct ReasonEntry: Codable, Hashable, Sendable {
        public var question: String
        public var state: String
        public var value: AnswerEntry.Value?
    }

    /// A red pattern detected (`fired`) or not excluded (`open`).
    public struct RedPatternEntry: Codable, Hashable, Sendable {
        public var id: String
        public var layer: String
        public var status: String
        public var title: String
        public var citations: [CitationEntry]
        public var reasons: [ReasonEntry]
        public var precedents: [String]
        public var measures: [String]
    }

    /// A finding that fired or cannot be excluded.
    public struct FindingEntry: Codable, Hashable, Sendable {
        public var id: String
        public var layer: String
        public var area: String
        public var status: String
        public var severity: String
        public var ruleSeverity: String
        public var comingIntoForce: Bool
        public var title: String
        public var citations: [CitationEntry]
        public var reasons: [ReasonEntry]
        public var measures: [String]

        enum CodingKeys: String, CodingKey {
            case id, layer, area, status, severity, title, citations, reasons, measures
            case ruleSeverity = "rule_severity", comingIntoForce = "coming_into_force"
        }
    }

    /// One action-plan item and the red patterns and findings that owe it.
    public struct MeasureEntry: Codable, Hashable, Sendable {
        public var id: String
        public var layer: String
        public var text: String
        public var refs: [String]
        public var owedBy: [String]

        enum CodingKeys: String, CodingKey {
            case id, layer, text, refs
            case owedBy = "owed_by"
        }
    }

    /// A question answered "I don't know".
    public struct OpenPointEntry: Codable, Hashable, Sendable {
        public var question: String
        public var prompt: String
        public var note: String?
        public var dependents: [String]
    }

    /// A question asked, with its answer.
    public struct AnswerEntry: Codable, Hashable, Sendable {
        /// A value as the answers file writes it: one string, or a list for `multiple_choice`.
        public enum Value: Codable, Hashable, Sendable {
            case one(String)
            case many([String])

            public init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let text = try? container.decode(String.self) {
                    self = .one(text)
                } else {
                    self = .many(try container.decode([String].self))
                }
            }

            public func encode(to encoder: any Encoder) throws {
                var container = encoder.singleValueContainer()
                switch self {
                case .one(let text): try container.encode(text)
                case .many(let items): try container.encode(items)
                }
            }
        }

        public var question: String
        public var prompt: String
        public var type: String
        public var state: String
        public var value: Value?
        public var note: String?
        public var evidence: String?
    }

    /// The digests the Markdown report records, and its signature.
    public struct Integrity: Codable, Hashable, Sendable {
        /// An Ed25519 signature over the digests.
        public struct Signature: Codable, Hashable, Sendable {
            public var algorithm: String
            public var key: String
            public var value: String
        }

        public var answers: String
        public var questionnaires: [String: String]
        public var markdownReport: String
        public var signature: Signature?

        enum CodingKeys: String, CodingKey {
            case answers, questionnaires, signature
            case markdownReport = "markdown_report"
        }
    }
}
