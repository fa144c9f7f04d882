import Foundation

/// The canonical forms that integrity digests are taken of (`docs/integrity.md` defines them for
/// people who want to recompute a digest without dpia).
///
/// - Answers are digested as a deterministic serialisation of the *decoded* answer set, so the
///   digest follows what the answers mean, not how the YAML is written: key order, comments,
///   quoting, block or flow style, indentation and line endings do not change it; any answer,
///   note, evidence, metadata value, layer version or case text does.
/// - Questionnaire layers are digested as their text with line endings made LF and a leading
///   byte-order mark dropped. The text is the reviewed legal content (guidance, source notes and
///   comments included); anyone can recompute its digest with `sha256sum`, and no serialiser has to
///   follow the questionnaire model as it grows.
public enum CanonicalForm {
    /// The identifier written at the head of the canonical answers; bumped if the form changes.
    public static let answersFormat = "dpia-canonical-answers/1"

    /// `text` with CRLF and lone CR line endings made LF and a leading byte-order mark removed.
    public static func questionnaire(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if index == 0 && scalar == "\u{FEFF}" { continue }
            if scalar == "\r" {
                scalars.append("\n")
                previousWasCR = true
                continue
            }
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// The canonical JSON of an answer set: one line, no spaces, object keys sorted by their UTF-8
    /// bytes, every leaf a string, absent values left out. The file name and the places of the
    /// answers in the file are not part of it.
    public static func answers(_ set: AnswerSet) -> String {
        var root: [(String, CanonicalJSON)] = [("format", .string(answersFormat))]
        var assessment: [(String, CanonicalJSON)] = [
            ("jurisdiction", .string(set.metadata.jurisdiction)),
            ("organisation", .string(set.metadata.organisation)),
            ("processing", .string(set.metadata.processing)),
        ]
        if let unit = set.metadata.unit { assessment.append(("unit", .string(unit))) }
        if let assessor = set.metadata.assessor { assessment.append(("assessor", .string(assessor))) }
        if let date = set.metadata.date { assessment.append(("date", .string(date.description))) }
        if let classification = set.metadata.classification {
            assessment.append(("classification", .string(classification)))
        }
        if let language = set.metadata.language { assessment.append(("language", .string(language.rawValue))) }
        root.append(("assessment", .object(assessment)))
        // The DPIA blocks are written only when present, so a file without them keeps its digest.
        if !set.description.isEmpty { root.append(("description", canonical(set.description))) }
        if !set.measureRecords.isEmpty {
            root.append(("measures", .object(set.measureRecords.map { ($0.key, canonical($0.value)) })))
        }
        if !set.riskDecisions.isEmpty {
            root.append(("risks", .object(set.riskDecisions.map { ($0.key, canonical($0.value)) })))
        }
        if let signOff = set.signOff { root.append(("sign_off", canonical(signOff))) }
        root.append(("questionnaires", .object(set.madeAgainst.map { ($0.layer, .string($0.value)) })))
        root.append(("answers", .object(set.answers.map { id, answer in (id.rawValue, canonical(answer)) })))
        if let info = set.caseInfo {
            var fields: [(String, CanonicalJSON)] = [
                ("title", .string(info.title)), ("sources", .array(info.sources.map(CanonicalJSON.string))),
            ]
            if let narrative = info.narrative { fields.append(("narrative", .string(narrative))) }
            root.append(("case", .object(fields)))
        }
        return CanonicalJSON.object(root).serialised
    }

    /// The digest of `answers(set)`.
    public static func answersDigest(_ set: AnswerSet) -> ContentDigest {
        ContentDigest(of: answers(set))
    }

    /// The digest of `questionnaire(text)`.
    public static func questionnaireDigest(_ text: String) -> ContentDigest {
        ContentDigest(of: questionnaire(text))
    }

    private static func canonical(_ description: ProcessingDescription) -> CanonicalJSON {
        var fields: [(String, CanonicalJSON)] = []
        let lists: [(String, [String])] = [
            ("purposes", description.purposes), ("data_subjects", description.dataSubjects),
            ("data_categories", description.dataCategories), ("sources", description.sources),
            ("systems", description.systems), ("data_flow", description.dataFlow),
        ]
        for (key, values) in lists where !values.isEmpty {
            fields.append((key, .array(values.map(CanonicalJSON.string))))
        }
        if !description.recipients.isEmpty {
            fields.append(
                (
                    "recipients",
                    .array(
                        description.recipients.map { recipient in
                            var entry: [(String, CanonicalJSON)] = [
                                ("name", .string(recipient.name)), ("role", .string(recipient.role)),
                            ]
                            if let country = recipient.country { entry.append(("country", .string(country))) }
                            return .object(entry)
                        })
                ))
        }
        let texts: [(String, String?)] = [
            ("vendor", description.vendor), ("retention", description.retention), ("scale", description.scale),
            ("stage", description.stage?.rawValue),
        ]
        for (key, value) in texts { if let value { fields.append((key, .string(value))) } }
        return .object(fields)
    }

    private static func canonical(_ record: MeasureRecord) -> CanonicalJSON {
        var fields: [(String, CanonicalJSON)] = [("status", .string(record.status.rawValue))]
        let texts: [(String, String?)] = [
            ("owner", record.owner), ("due", record.due?.description), ("reason", record.reason),
            ("evidence", record.evidence),
        ]
        for (key, value) in texts { if let value { fields.append((key, .string(value))) } }
        return .object(fields)
    }

    private static func canonical(_ decision: RiskDecision) -> CanonicalJSON {
        var fields: [(String, CanonicalJSON)] = []
        let texts: [(String, String?)] = [
            ("severity", decision.severity?.id), ("likelihood", decision.likelihood?.id),
            ("residual_severity", decision.residualSeverity?.id),
            ("residual_likelihood", decision.residualLikelihood?.id), ("justification", decision.justification),
        ]
        for (key, value) in texts { if let value { fields.append((key, .string(value))) } }
        return .object(fields)
    }

    private static func canonical(_ signOff: SignOff) -> CanonicalJSON {
        var fields: [(String, CanonicalJSON)] = []
        func person(_ key: String, _ signatory: Signatory?) {
            guard let signatory else { return }
            var entry: [(String, CanonicalJSON)] = [("name", .string(signatory.name))]
            if let role = signatory.role { entry.append(("role", .string(role))) }
            if let date = signatory.date { entry.append(("date", .string(date.description))) }
            fields.append((key, .object(entry)))
        }
        let texts: [(String, String?)] = [
            ("dpo_opinion", signOff.dpoOpinion?.rawValue), ("dpo_opinion_text", signOff.dpoOpinionText),
            ("prior_consultation_sent", signOff.priorConsultationSent?.description),
            ("prior_consultation_outcome", signOff.priorConsultationOutcome),
            ("controller_decision", signOff.controllerDecision?.rawValue),
            ("controller_decision_text", signOff.controllerDecisionText),
            ("next_review", signOff.nextReview?.description),
        ]
        for (key, value) in texts { if let value { fields.append((key, .string(value))) } }
        person("dpo", signOff.dpo)
        person("measures_approved_by", signOff.measuresApprovedBy)
        person("residual_risks_accepted_by", signOff.residualRisksAcceptedBy)
        person("controller", signOff.controller)
        return .object(fields)
    }

    private static func canonical(_ answer: Answer) -> CanonicalJSON {
        var fields: [(String, CanonicalJSON)] = []
        let (type, value) = typed(answer.state)
        fields.append(("type", .string(type)))
        if let value { fields.append(("value", value)) }
        if let note = answer.note { fields.append(("note", .string(note))) }
        if let evidence = answer.evidence { fields.append(("evidence", .string(evidence))) }
        return .object(fields)
    }

    /// The type name and value of an answer state, as the canonical form and the JSON report write it.
    private static func typed(_ state: AnswerState) -> (type: String, value: CanonicalJSON?) {
        switch state {
        case .notApplicable: return ("not_applicable", nil)
        case .unanswered: return ("unanswered", nil)
        case .unknown: return ("unknown", nil)
        case .value(let value):
            switch value {
            case .yesNo(let yes): return ("yes_no", .string(yes ? "yes" : "no"))
            case .choice(let option): return ("single_choice", .string(option))
            // File order is kept: the report lists the options in that order.
            case .choices(let options): return ("multiple_choice", .array(options.map(CanonicalJSON.string)))
            case .text(let text): return ("text", .string(text))
            case .date(let date): return ("date", .string(date.description))
            case .number(let number): return ("number", .string(number.description))
            }
        }
    }
}

/// A JSON value whose serialisation is fixed byte for byte: no whitespace, keys sorted by UTF-8
/// bytes, only `"`, `\` and control characters escaped (controls as `\u00xx`), no Unicode
/// normalisation.
indirect enum CanonicalJSON: Sendable {
    case string(String)
    case array([CanonicalJSON])
    case object([(String, CanonicalJSON)])

    var serialised: String {
        var out = ""
        write(to: &out)
        return out
    }

    private func write(to out: inout String) {
        switch self {
        case .string(let text):
            Self.writeString(text, to: &out)
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                item.write(to: &out)
            }
            out += "]"
        case .object(let fields):
            out += "{"
            let sorted = fields.sorted { Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) }
            for (index, (key, value)) in sorted.enumerated() {
                if index > 0 { out += "," }
                Self.writeString(key, to: &out)
                out += ":"
                value.write(to: &out)
            }
            out += "}"
        }
    }

    private static func writeString(_ text: String, to out: inout String) {
        out += "\""
        // Most texts need no escape: copy them whole.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
