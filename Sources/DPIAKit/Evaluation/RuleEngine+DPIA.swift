/// The parts of the assessment that make it a DPIA: the stage, the risk register, the measures
/// register and the decision page, computed once from the findings and red patterns so that every
/// rendering shows the same values.
extension RuleEngine {
    /// The stage: the description's, else "in use" when the answers say the tool was already used.
    static func stage(_ answers: AnswerSet) -> Stage {
        if let stage = answers.description.stage { return stage }
        if case .value(.yesNo(true)) = answers.answers[QuestionID("scope.already_used")]?.state { return .inUse }
        return .planned
    }

    /// Rates every risk that applies; measures in `withheld` (safeguards the register does not offer,
    /// because nothing can make the use lawful) lower no residual level even when marked done.
    static func risks(
        bundle: QuestionnaireBundle, answers: AnswerSet, lookup: (QuestionID) -> AnswerState,
        findings: [Finding], patterns: [RedPatternMatch], withheld: Set<String> = []
    ) -> [RiskAssessment] {
        let raised = Set(findings.map(\.rule.id) + patterns.map(\.pattern.id))
        return bundle.risks.compactMap { risk in
            guard let suggested = suggestedRating(risk, lookup) else { return nil }
            let done = risk.lowersLikelihood.filter { isUnderway($0, answers) && !withheld.contains($0) }
            let limited = risk.lowersSeverity.filter { isUnderway($0, answers) && !withheld.contains($0) }
            let decision = answers.riskDecisions[risk.id]
            var decided = RiskRating(
                severity: decision?.severity ?? suggested.severity,
                likelihood: decision?.likelihood ?? suggested.likelihood)
            let lowers = decided.severity < suggested.severity || decided.likelihood < suggested.likelihood
            let hasJustification = !(decision?.justification ?? "").isEmpty
            // A rating may be lowered only with reasons on record (CNIL method; LED Art. 4(4)).
            if lowers && !hasJustification { decided = suggested }
            var suggestedResidual = decided
            for _ in done { suggestedResidual.likelihood = suggestedResidual.likelihood.lowered }
            for _ in limited { suggestedResidual.severity = suggestedResidual.severity.lowered }
            var residual = RiskRating(
                severity: decision?.residualSeverity ?? suggestedResidual.severity,
                likelihood: decision?.residualLikelihood ?? suggestedResidual.likelihood)
            let lowersResidual =
                residual.severity < suggestedResidual.severity || residual.likelihood < suggestedResidual.likelihood
            if lowersResidual && !hasJustification { residual = suggestedResidual }
            let raisedBy = risk.raisedBy.filter { raised.contains($0) }.map { id in
                patterns.contains { $0.pattern.id == id } ? RuleReference(.redPattern, id) : RuleReference(.finding, id)
            }
            return RiskAssessment(
                risk: risk, suggested: suggested, decided: decided, suggestedResidual: suggestedResidual,
                residual: residual, justification: decision?.justification,
                isLoweringUnjustified: (lowers || lowersResidual) && !hasJustification, raisedBy: raisedBy,
                mitigatedBy: Array(Set(done + limited)).sorted())
        }
    }

    /// The suggested levels, or nil when the risk does not apply. An unknown counts like a true
    /// condition: until the facts are known the risk cannot be rated lower.
    static func suggestedRating(_ risk: Risk, _ lookup: (QuestionID) -> AnswerState) -> RiskRating? {
        if let condition = risk.condition, condition.condition.evaluate(lookup) == .false { return nil }
        func level(_ rules: [LevelRule]) -> RiskLevel {
            rules.first { ($0.condition?.condition.evaluate(lookup) ?? .true) != .false }?.level ?? .negligible
        }
        return RiskRating(severity: level(risk.severity), likelihood: level(risk.likelihood))
    }

    private static func isUnderway(_ measure: String, _ answers: AnswerSet) -> Bool {
        guard let status = answers.measureRecords[measure]?.status else { return false }
        return status == .done || status == .planned
    }

    /// The measures register: the measures of fired red patterns and findings and those the answers
    /// file records, each once, with the rules and risks it answers.
    static func register(
        bundle: QuestionnaireBundle, answers: AnswerSet, stage: Stage, findings: [Finding],
        patterns: [RedPatternMatch], risks: [RiskAssessment]
    ) -> MeasureRegister {
        let neverLawful =
            patterns.filter { $0.establishment == .established && $0.pattern.isNeverLawful }
            .map { RuleReference(.redPattern, $0.pattern.id) }
            + findings.filter {
                $0.establishment == .established && $0.rule.isNeverLawful && !$0.isComingIntoForce
            }.map { RuleReference(.finding, $0.rule.id) }
        var order: [String] = []
        var measures: [String: Measure] = [:]
        var owed: [String: (priority: Severity, answers: [RuleReference])] = [:]
        func add(_ measure: Measure, _ rule: RuleReference, _ severity: Severity) {
            if measures[measure.id] == nil {
                order.append(measure.id)
                measures[measure.id] = measure
            }
            var entry = owed[measure.id] ?? (severity, [])
            entry.priority = min(entry.priority, severity)
            if !entry.answers.contains(rule) { entry.answers.append(rule) }
            owed[measure.id] = entry
        }
        for match in patterns where match.status == .fired {
            for measure in match.pattern.measures {
                add(measure, RuleReference(.redPattern, match.pattern.id), .blocker)
            }
        }
        for finding in findings where finding.status == .fired {
            for measure in finding.rule.measures {
                add(measure, RuleReference(.finding, finding.rule.id), finding.severity)
            }
        }
        // Safeguards already in place or decided are part of the DPIA (LED Art. 27(2)) even when no
        // finding calls for them.
        for id in answers.measureRecords.keys.sorted() where measures[id] == nil {
            guard let measure = bundle.measures[id] else { continue }
            order.append(id)
            measures[id] = measure
            owed[id] = (.advice, [])
        }
        for risk in risks {
            for id in risk.risk.lowersLikelihood + risk.risk.lowersSeverity where owed[id] != nil {
                let reference = RuleReference(.risk, risk.risk.id)
                if owed[id]?.answers.contains(reference) == false { owed[id]?.answers.append(reference) }
                if risk.decided.isHigh, let priority = owed[id]?.priority {
                    owed[id]?.priority = min(priority, .high)
                }
            }
        }
        var withheld: [String] = []
        var entries: [MeasureEntry] = []
        for id in order {
            guard let measure = measures[id], let info = owed[id] else { continue }
            // Remedies repair a past use: a tool never used has nothing to repair.
            if measure.kind == .remedy && !stage.hasBeenUsed && answers.measureRecords[id] == nil { continue }
            if !neverLawful.isEmpty && measure.kind == .safeguard {
                withheld.append(id)
                continue
            }
            entries.append(
                MeasureEntry(
                    measure: measure, priority: info.priority, answers: info.answers,
                    record: answers.measureRecords[id]))
        }
        let kindOrder: [MeasureKind] = [.stop, .remedy, .prevent, .safeguard]
        entries = entries.enumerated().sorted {
            let a = (
                $0.element.priority.rank, kindOrder.firstIndex(of: $0.element.measure.kind) ?? 0, $0.offset
            )
            let b = (
                $1.element.priority.rank, kindOrder.firstIndex(of: $1.element.measure.kind) ?? 0, $1.offset
            )
            return a < b
        }.map(\.element)
        return MeasureRegister(entries: entries, neverLawfulBecause: neverLawful, withheld: withheld)
    }

    /// The decision page's values.
    static func decision(
        verdict: Verdict, findings: [Finding], patterns: [RedPatternMatch], openPoints: [OpenPoint],
        register: MeasureRegister, risks: [RiskAssessment]
    ) -> Decision {
        var decision = Decision()
        for match in patterns { decision.redPatterns.add(match.establishment) }
        for finding in findings {
            decision.findings.add(finding.establishment)
            if finding.status == .fired { decision.severities[finding.severity, default: 0] += 1 }
        }
        func binding(_ citations: [AppliedCitation]) -> [AppliedCitation] {
            let inForce = citations.filter(\.isBinding)
            return inForce.isEmpty ? citations : inForce
        }
        let rank: [Establishment: Int] = [.established: 0, .notDemonstrated: 1, .cannotBeExcluded: 2]
        // Most decisive first: what can never be lawful, then breaches of a specific provision, then the
        // other condemned combinations; established before not demonstrated before open.
        var candidates: [(key: (Int, Int, Int), reason: DecisiveReason)] = []
        for (index, match) in patterns.enumerated() {
            let tier = match.pattern.isNeverLawful ? 0 : 2
            candidates.append(
                (
                    (rank[match.establishment] ?? 2, tier, index),
                    DecisiveReason(
                        rule: RuleReference(.redPattern, match.pattern.id), establishment: match.establishment,
                        severity: .blocker, citations: binding(match.citations),
                        precedents: match.pattern.precedents.map(\.value))
                ))
        }
        let threshold: Severity = verdict == .doNotDeploy ? .blocker : .high
        for (index, finding) in findings.enumerated() where finding.severity <= threshold || finding.rule.isOutOfScope {
            candidates.append(
                (
                    (rank[finding.establishment] ?? 2, finding.severity == .blocker ? 1 : 3, index),
                    DecisiveReason(
                        rule: RuleReference(.finding, finding.rule.id), establishment: finding.establishment,
                        severity: finding.severity, citations: binding(finding.citations), precedents: [])
                ))
        }
        candidates.sort { $0.key < $1.key }
        decision.reasons = candidates.prefix(7).map(\.reason)
        decision.moreReasons = max(0, candidates.count - 7)
        decision.beforeUse =
            register.entries.filter {
                $0.status != .done && $0.status != .rejected && ($0.measure.kind == .stop || $0.priority == .blocker)
            }.prefix(5).map(\.measure.id)
        let serious = Set(
            patterns.map { RuleReference(.redPattern, $0.pattern.id) }
                + findings.filter { $0.severity <= .high }.map { RuleReference(.finding, $0.rule.id) })
        decision.blockingUnknowns = openPoints.filter { point in point.dependents.contains(where: serious.contains) }
            .map(\.question.id)
        let highBefore = risks.filter(\.decided.isHigh).map(\.risk.id)
        let highAfter = risks.filter(\.residual.isHigh).map(\.risk.id)
        if !highBefore.isEmpty { decision.priorConsultation.append(.highRiskBeforeMeasures(highBefore)) }
        if !highAfter.isEmpty { decision.priorConsultation.append(.residualHighRisk(highAfter)) }
        return decision
    }
}
