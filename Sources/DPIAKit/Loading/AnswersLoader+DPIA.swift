internal import Yams

/// Reading the DPIA blocks of an answers file: the description of the processing, the measures
/// register's records, the controller's risk decisions and the sign-off.
extension AnswersLoader {
    static func readDescription(_ node: Node, reader: NodeReader) -> ProcessingDescription {
        let keys = [
            "purposes", "data_subjects", "data_categories", "sources", "recipients", "systems", "vendor",
            "data_flow", "retention", "scale", "stage",
        ]
        var description = ProcessingDescription()
        guard let map = reader.mapping(node, "'description'", keys: keys) else { return description }
        func strings(_ key: String) -> [String] {
            guard let node = map.optional(key) else { return [] }
            if case .scalar = node { return reader.string(node, "'\(key)'").map { [$0] } ?? [] }
            return reader.list(node, "'\(key)'")?.compactMap { reader.string($0, "an item of '\(key)'") } ?? []
        }
        description.purposes = strings("purposes")
        description.dataSubjects = strings("data_subjects")
        description.dataCategories = strings("data_categories")
        description.sources = strings("sources")
        description.systems = strings("systems")
        description.dataFlow = strings("data_flow")
        description.vendor = map.optional("vendor").flatMap { reader.string($0, "'vendor'") }
        description.retention = map.optional("retention").flatMap { reader.string($0, "'retention'") }
        description.scale = map.optional("scale").flatMap { reader.string($0, "'scale'") }
        if let node = map.optional("stage"), let text = reader.string(node, "'stage'") {
            description.stage = Stage(rawValue: text)
            if description.stage == nil {
                reader.log.error(
                    "'stage' must be one of planned, trial, in_use; found '\(text)'", at: reader.location(node))
            }
        }
        for item in map.optional("recipients").flatMap({ reader.list($0, "'recipients'") }) ?? [] {
            guard let entry = reader.mapping(item, "recipient", keys: ["name", "role", "country"]) else { continue }
            let name = entry.required("name").flatMap { reader.string($0, "recipient 'name'") }
            let role = entry.optional("role").flatMap { reader.string($0, "recipient 'role'") } ?? "recipient"
            let country = entry.optional("country").flatMap { reader.string($0, "recipient 'country'") }
            if let name { description.recipients.append(Recipient(name: name, role: role, country: country)) }
        }
        return description
    }

    /// `measures: {ID: {owner, due, status, reason, evidence}}`; the ids must be measures of the bundle.
    static func readMeasureRecords(
        _ node: Node, bundle: QuestionnaireBundle, reader: NodeReader
    ) -> [String: MeasureRecord] {
        guard case .mapping(let mapping) = node else {
            reader.log.error(
                "'measures' must map measure ids to their owner, due date and status", at: reader.location(node))
            return [:]
        }
        var records: [String: MeasureRecord] = [:]
        for (key, value) in mapping {
            guard let id = reader.string(key, "measure id") else { continue }
            guard bundle.measures[id] != nil else {
                reader.log.error(
                    unknown("measure", id, among: Array(bundle.measures.keys), in: bundle), at: reader.location(key))
                continue
            }
            let keys = ["owner", "due", "status", "reason", "evidence"]
            guard let map = reader.mapping(value, "measure '\(id)'", keys: keys) else { continue }
            var record = MeasureRecord(location: reader.location(key))
            record.owner = map.optional("owner").flatMap { reader.string($0, "'owner'") }
            record.due = map.optional("due").flatMap { reader.date($0, "'due'") }
            record.reason = map.optional("reason").flatMap { reader.string($0, "'reason'") }
            record.evidence = map.optional("evidence").flatMap { reader.string($0, "'evidence'") }
            if let node = map.optional("status"), let text = reader.string(node, "'status'") {
                if let status = MeasureStatus(rawValue: text) {
                    record.status = status
                } else {
                    reader.log.error(
                        "'status' must be one of todo, planned, done, rejected; found '\(text)'",
                        at: reader.location(node))
                }
            }
            if record.status == .rejected && (record.reason ?? "").isEmpty {
                reader.log.error(
                    "measure '\(id)' is rejected without a 'reason'; say why it is not taken", at: reader.location(key))
            }
            records[id] = record
        }
        return records
    }

    /// `risks: {ID: {severity, likelihood, residual_severity, residual_likelihood, justification}}`.
    static func readRiskDecisions(
        _ node: Node, bundle: QuestionnaireBundle, reader: NodeReader
    ) -> [String: RiskDecision] {
        guard case .mapping(let mapping) = node else {
            reader.log.error("'risks' must map risk ids to the controller's levels", at: reader.location(node))
            return [:]
        }
        var decisions: [String: RiskDecision] = [:]
        for (key, value) in mapping {
            guard let id = reader.string(key, "risk id") else { continue }
            guard bundle.risks.contains(where: { $0.id == id }) else {
                reader.log.error(
                    unknown("risk", id, among: bundle.risks.map(\.id), in: bundle), at: reader.location(key))
                continue
            }
            let keys = ["severity", "likelihood", "residual_severity", "residual_likelihood", "justification"]
            guard let map = reader.mapping(value, "risk '\(id)'", keys: keys) else { continue }
            func level(_ key: String) -> RiskLevel? {
                guard let node = map.optional(key), let text = reader.string(node, "'\(key)'") else { return nil }
                guard let level = RiskLevel(id: text) else {
                    reader.log.error(
                        "'\(key)' must be one of negligible, limited, significant, maximum; found '\(text)'",
                        at: reader.location(node))
                    return nil
                }
                return level
            }
            decisions[id] = RiskDecision(
                severity: level("severity"), likelihood: level("likelihood"),
                residualSeverity: level("residual_severity"), residualLikelihood: level("residual_likelihood"),
                justification: map.optional("justification").flatMap { reader.string($0, "'justification'") },
                location: reader.location(key))
        }
        return decisions
    }

    static func readSignOff(_ node: Node, reader: NodeReader) -> SignOff? {
        let keys = [
            "dpo_opinion", "dpo_opinion_text", "dpo", "measures_approved_by", "residual_risks_accepted_by",
            "prior_consultation_sent", "prior_consultation_outcome", "controller_decision", "controller_decision_text",
            "controller", "next_review",
        ]
        guard let map = reader.mapping(node, "'sign_off'", keys: keys) else { return nil }
        var signOff = SignOff(location: reader.location(node))
        func person(_ key: String) -> Signatory? {
            guard let node = map.optional(key),
                let entry = reader.mapping(node, "'\(key)'", keys: ["name", "role", "date"]),
                let name = entry.required("name").flatMap({ reader.string($0, "'name'") })
            else { return nil }
            return Signatory(
                name: name, role: entry.optional("role").flatMap { reader.string($0, "'role'") },
                date: entry.optional("date").flatMap { reader.date($0, "'date'") })
        }
        if let node = map.optional("dpo_opinion"), let text = reader.string(node, "'dpo_opinion'") {
            signOff.dpoOpinion = OpinionKind(rawValue: text)
            if signOff.dpoOpinion == nil {
                reader.log.error(
                    "'dpo_opinion' must be one of favourable, favourable_with_reservations, unfavourable; found '\(text)'",
                    at: reader.location(node))
            }
        }
        if let node = map.optional("controller_decision"), let text = reader.string(node, "'controller_decision'") {
            signOff.controllerDecision = ControllerDecisionKind(rawValue: text)
            if signOff.controllerDecision == nil {
                reader.log.error(
                    "'controller_decision' must be one of proceed, proceed_after_measures, do_not_proceed; found '\(text)'",
                    at: reader.location(node))
            }
        }
        signOff.dpoOpinionText = map.optional("dpo_opinion_text").flatMap { reader.string($0, "'dpo_opinion_text'") }
        signOff.dpo = person("dpo")
        signOff.measuresApprovedBy = person("measures_approved_by")
        signOff.residualRisksAcceptedBy = person("residual_risks_accepted_by")
        signOff.priorConsultationSent = map.optional("prior_consultation_sent").flatMap {
            reader.date($0, "'prior_consultation_sent'")
        }
        signOff.priorConsultationOutcome = map.optional("prior_consultation_outcome").flatMap {
            reader.string($0, "'prior_consultation_outcome'")
        }
        signOff.controllerDecisionText = map.optional("controller_decision_text").flatMap {
            reader.string($0, "'controller_decision_text'")
        }
        signOff.controller = person("controller")
        signOff.nextReview = map.optional("next_review").flatMap { reader.date($0, "'next_review'") }
        return signOff
    }
}
