import Foundation

/// Renders an assessment as JSON for registers and dashboards: metadata, answers, findings, red
/// patterns, measures, verdict and integrity digests, in the versioned layout `docs/report-json.md`
/// documents. Deterministic: sorted keys, fixed indentation, no timestamps.
public struct JSONReport: Sendable {
    /// The `format` value of the documents this version writes; bumped on any incompatible change.
    public static let format = "dpia-report-json/2"

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
                    state: match.establishment.rawValue, title: match.pattern.title.text(),
                    citations: match.citations.map(citation),
                    reasons: match.reasons.map(reason), precedents: match.pattern.precedents.map(\.value),
                    measures: match.pattern.measures.map { $0.id })
            },
            findings: assessment.findings.map { finding in
                FindingEntry(
                    id: finding.rule.id, layer: finding.rule.origin.layer, area: finding.rule.area,
                    status: finding.status.rawValue, state: finding.establishment.rawValue,
                    severity: finding.severity.rawValue,
                    ruleSeverity: finding.rule.severity.rawValue, comingIntoForce: finding.isComingIntoForce,
                    title: MarkdownReport(assessment).ruleTitle(RuleReference(.finding, finding.rule.id)),
                    citations: finding.citations.map(citation),
                    reasons: finding.reasons.map(reason), measures: finding.rule.measures.map { $0.id })
            },
            stage: assessment.stage.rawValue,
            description: description(),
            risks: assessment.risks.map(risk),
            measures: assessment.register.entries.map(measure),
            neverLawfulBecause: assessment.register.neverLawfulBecause.map(\.id),
            decision: DecisionEntry(
                reasons: assessment.decision.reasons.map {
                    DecisionEntry.Reason(
                        kind: $0.rule.kind.rawValue, id: $0.rule.id, state: $0.establishment.rawValue,
                        severity: $0.severity.rawValue, citations: $0.citations.map(\.citation.description),
                        precedents: $0.precedents)
                },
                moreReasons: assessment.decision.moreReasons, beforeUse: assessment.decision.beforeUse,
                blockingUnknowns: assessment.decision.blockingUnknowns.map(\.rawValue),
                priorConsultationRequired: !assessment.decision.priorConsultation.isEmpty),
            signOff: signOff(),
            openPoints: assessment.openPoints.map {
                OpenPointEntry(
                    question: $0.question.id.rawValue, prompt: $0.question.prompt.text(), note: $0.note,
                    dependents: $0.dependents.map(\.id))
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
        let decision = assessment.decision
        let count = { (severity: Severity) in decision.severities[severity] ?? 0 }
        return Summary(
            redPatterns: decision.redPatterns.established + decision.redPatterns.notDemonstrated,
            blocker: count(.blocker), high: count(.high), medium: count(.medium), advice: count(.advice),
            notExcluded: decision.redPatterns.cannotBeExcluded + decision.findings.cannotBeExcluded,
            openPoints: assessment.openPoints.count, unanswered: assessment.unanswered.count,
            redPatternStates: StateCountEntry(decision.redPatterns), findingStates: StateCountEntry(decision.findings))
    }

    private func description() -> DescriptionEntry {
        let description = assessment.answers.description
        return DescriptionEntry(
            purposes: description.purposes, dataSubjects: description.dataSubjects,
            dataCategories: description.dataCategories, sources: description.sources,
            recipients: description.recipients.map {
                DescriptionEntry.Recipient(name: $0.name, role: $0.role, country: $0.country)
            },
            systems: description.systems, vendor: description.vendor, dataFlow: description.dataFlow,
            retention: description.retention, scale: description.scale, stage: description.stage?.rawValue)
    }

    private func risk(_ risk: RiskAssessment) -> RiskEntry {
        let rating = { (rating: RiskRating) in
            RiskEntry.Rating(severity: rating.severity.id, likelihood: rating.likelihood.id, high: rating.isHigh)
        }
        return RiskEntry(
            id: risk.risk.id, layer: risk.risk.origin.layer, title: risk.risk.title.text(),
            rights: risk.risk.rights.map { $0.text() }, refs: risk.risk.refs.map(\.value.description),
            suggested: rating(risk.suggested), decided: rating(risk.decided),
            suggestedResidual: rating(risk.suggestedResidual), residual: rating(risk.residual),
            justification: risk.justification, loweringUnjustified: risk.isLoweringUnjustified,
            raisedBy: risk.raisedBy.map(\.id), mitigatedBy: risk.mitigatedBy)
    }

    private func measure(_ entry: DPIAKit.MeasureEntry) -> MeasureEntry {
        MeasureEntry(
            id: entry.measure.id, layer: entry.measure.origin.layer, kind: entry.measure.kind.rawValue,
            text: entry.measure.text(for: assessment.stage).text(), refs: entry.measure.refs.map(\.description),
            priority: entry.priority.rawValue, owedBy: entry.answers.map(\.id), owner: entry.record?.owner,
            due: entry.record?.due?.description, status: entry.status.rawValue, reason: entry.record?.reason,
            evidence: entry.record?.evidence)
    }

    private func signOff() -> SignOffEntry {
        let signOff = assessment.answers.signOff
        let person = { (signatory: Signatory?) in
            signatory.map { SignOffEntry.Person(name: $0.name, role: $0.role, date: $0.date?.description) }
        }
        return SignOffEntry(
            signed: signOff.map { $0 != SignOff(location: $0.location) } ?? false,
            dpoOpinion: signOff?.dpoOpinion?.rawValue, dpoOpinionText: signOff?.dpoOpinionText,
            dpo: person(signOff?.dpo), measuresApprovedBy: person(signOff?.measuresApprovedBy),
            residualRisksAcceptedBy: person(signOff?.residualRisksAcceptedBy),
            priorConsultationSent: signOff?.priorConsultationSent?.description,
            priorConsultationOutcome: signOff?.priorConsultationOutcome,
            controllerDecision: signOff?.controllerDecision?.rawValue,
            controllerDecisionText: signOff?.controllerDecisionText, controller: person(signOff?.controller),
            nextReview: signOff?.nextReview?.description, againstDPOOpinion: signOff?.overridesDPO ?? false)
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
        public var stage: String
        public var description: DescriptionEntry
        public var risks: [RiskEntry]
        public var measures: [MeasureEntry]
        public var neverLawfulBecause: [String]
        public var decision: DecisionEntry
        public var signOff: SignOffEntry
        public var openPoints: [OpenPointEntry]
        public var unanswered: [String]
        public var answers: [AnswerEntry]
        public var ignoredAnswers: [String]
        public var integrity: Integrity

        enum CodingKeys: String, CodingKey {
            case format, tool, assessment, questionnaires, verdict, summary, findings, measures, unanswered, answers,
                integrity, stage, description, risks, decision
            case redPatterns = "red_patterns", openPoints = "open_points", ignoredAnswers = "ignored_answers"
            case neverLawfulBecause = "never_lawful_because", signOff = "sign_off"
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
        public var redPatternStates: StateCountEntry
        public var findingStates: StateCountEntry

        enum CodingKeys: String, CodingKey {
            case blocker, high, medium, advice, unanswered
            case redPatterns = "red_patterns", notExcluded = "not_excluded", openPoints = "open_points"
            case redPatternStates = "red_pattern_states", findingStates = "finding_states"
        }
    }

    /// Counts by state: established, not demonstrated, cannot be excluded.
    public struct StateCountEntry: Codable, Hashable, Sendable {
        public var established: Int
        public var notDemonstrated: Int
        public var cannotBeExcluded: Int

        init(_ counts: StateCounts) {
            established = counts.established
            notDemonstrated = counts.notDemonstrated
            cannotBeExcluded = counts.cannotBeExcluded
        }

        enum CodingKeys: String, CodingKey {
            case established
            case notDemonstrated = "not_demonstrated", cannotBeExcluded = "cannot_be_excluded"
        }
    }

    /// The description of the processing (LED Art. 27(2)).
    public struct DescriptionEntry: Codable, Hashable, Sendable {
        /// A recipient, processor or sub-processor.
        public struct Recipient: Codable, Hashable, Sendable {
            public var name: String
            public var role: String
            public var country: String?
        }

        public var purposes: [String]
        public var dataSubjects: [String]
        public var dataCategories: [String]
        public var sources: [String]
        public var recipients: [Recipient]
        public var systems: [String]
        public var vendor: String?
        public var dataFlow: [String]
        public var retention: String?
        public var scale: String?
        public var stage: String?

        enum CodingKeys: String, CodingKey {
            case purposes, sources, recipients, systems, vendor, retention, scale, stage
            case dataSubjects = "data_subjects", dataCategories = "data_categories", dataFlow = "data_flow"
        }
    }

    /// A risk of the register with its suggested, decided and residual levels.
    public struct RiskEntry: Codable, Hashable, Sendable {
        /// Severity and likelihood.
        public struct Rating: Codable, Hashable, Sendable {
            public var severity: String
            public var likelihood: String
            public var high: Bool
        }

        public var id: String
        public var layer: String
        public var title: String
        public var rights: [String]
        public var refs: [String]
        public var suggested: Rating
        public var decided: Rating
        public var suggestedResidual: Rating
        public var residual: Rating
        public var justification: String?
        public var loweringUnjustified: Bool
        public var raisedBy: [String]
        public var mitigatedBy: [String]

        enum CodingKeys: String, CodingKey {
            case id, layer, title, rights, refs, suggested, decided, residual, justification
            case suggestedResidual = "suggested_residual", loweringUnjustified = "lowering_unjustified"
            case raisedBy = "raised_by", mitigatedBy = "mitigated_by"
        }
    }

    /// The decision page's values.
    public struct DecisionEntry: Codable, Hashable, Sendable {
        /// One decisive reason.
        public struct Reason: Codable, Hashable, Sendable {
            public var kind: String
            public var id: String
            public var state: String
            public var severity: String
            public var citations: [String]
            public var precedents: [String]
        }

        public var reasons: [Reason]
        public var moreReasons: Int
        public var beforeUse: [String]
        public var blockingUnknowns: [String]
        public var priorConsultationRequired: Bool

        enum CodingKeys: String, CodingKey {
            case reasons
            case moreReasons = "more_reasons", beforeUse = "before_use", blockingUnknowns = "blocking_unknowns"
            case priorConsultationRequired = "prior_consultation_required"
        }
    }

    /// The sign-off, with every part that is missing left out.
    public struct SignOffEntry: Codable, Hashable, Sendable {
        /// Who signed.
        public struct Person: Codable, Hashable, Sendable {
            public var name: String
            public var role: String?
            public var date: String?
        }

        public var signed: Bool
        public var dpoOpinion: String?
        public var dpoOpinionText: String?
        public var dpo: Person?
        public var measuresApprovedBy: Person?
        public var residualRisksAcceptedBy: Person?
        public var priorConsultationSent: String?
        public var priorConsultationOutcome: String?
        public var controllerDecision: String?
        public var controllerDecisionText: String?
        public var controller: Person?
        public var nextReview: String?
        public var againstDPOOpinion: Bool

        enum CodingKeys: String, CodingKey {
            case signed, dpo, controller
            case dpoOpinion = "dpo_opinion", dpoOpinionText = "dpo_opinion_text"
            case measuresApprovedBy = "measures_approved_by", residualRisksAcceptedBy = "residual_risks_accepted_by"
            case priorConsultationSent = "prior_consultation_sent", priorConsultationOutcome =
                "prior_consultation_outcome"
            case controllerDecision = "controller_decision", controllerDecisionText = "controller_decision_text"
            case nextReview = "next_review", againstDPOOpinion = "against_dpo_opinion"
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
        public var state: String
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
        public var state: String
        public var severity: String
        public var ruleSeverity: String
        public var comingIntoForce: Bool
        public var title: String
        public var citations: [CitationEntry]
        public var reasons: [ReasonEntry]
        public var measures: [String]

        enum CodingKeys: String, CodingKey {
            case id, layer, area, status, state, severity, title, citations, reasons, measures
            case ruleSeverity = "rule_severity", comingIntoForce = "coming_into_force"
        }
    }

    /// One measure of the register, the red patterns, findings and risks it answers and its record.
    public struct MeasureEntry: Codable, Hashable, Sendable {
        public var id: String
        public var layer: String
        public var kind: String
        public var text: String
        public var refs: [String]
        public var priority: String
        public var owedBy: [String]
        public var owner: String?
        public var due: String?
        public var status: String
        public var reason: String?
        public var evidence: String?

        enum CodingKeys: String, CodingKey {
            case id, layer, kind, text, refs, priority, owner, due, status, reason, evidence
            case owedBy = "owed_by"
        }

        // owner and due are always written, null when not recorded, so a register can list them.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(layer, forKey: .layer)
            try container.encode(kind, forKey: .kind)
            try container.encode(text, forKey: .text)
            try container.encode(refs, forKey: .refs)
            try container.encode(priority, forKey: .priority)
            try container.encode(owedBy, forKey: .owedBy)
            try container.encode(owner, forKey: .owner)
            try container.encode(due, forKey: .due)
            try container.encode(status, forKey: .status)
            try container.encodeIfPresent(reason, forKey: .reason)
            try container.encode(evidence, forKey: .evidence)
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
