/// Evaluates an answer set against a bundle: which questions are relevant, which findings and red
/// patterns fire or cannot be excluded, what is still open, and the verdict. Pure: value in, value out.
public enum RuleEngine {
    /// Evaluates `answers` against `bundle` as of a date: `lawAsOf` when given (`report --date`, which
    /// the assessment records as an override and leaves the answers as written), otherwise the
    /// answers' own date, otherwise `today`.
    public static func assess(
        _ answers: AnswerSet, with bundle: QuestionnaireBundle, today: CalendarDate, lawAsOf: CalendarDate? = nil
    ) -> Assessment {
        let date = lawAsOf ?? answers.metadata.date ?? today
        let states = answerStates(answers, bundle: bundle)
        let lookup: (QuestionID) -> AnswerState = { states[$0] ?? .notApplicable }

        var transcript: [TranscriptEntry] = []
        var unanswered: [Question] = []
        var ignored: [QuestionID] = []
        for question in bundle.questions {
            switch states[question.id] ?? .notApplicable {
            case .notApplicable:
                if answers.answers[question.id] != nil { ignored.append(question.id) }
            case .unanswered:
                transcript.append(TranscriptEntry(question: question, answer: nil))
                if question.isRequired { unanswered.append(question) }
            case .unknown, .value:
                transcript.append(TranscriptEntry(question: question, answer: answers.answers[question.id]))
            }
        }

        var findings = bundle.findings.compactMap { rule in
            evaluate(rule, lookup: lookup, bundle: bundle, on: date).map { outcome in
                let inForce = outcome.citations.isEmpty || outcome.citations.contains(where: \.isBinding)
                return Finding(
                    rule: rule, status: outcome.status, severity: inForce ? rule.severity : .advice,
                    citations: outcome.citations, reasons: outcome.reasons, establishment: outcome.establishment)
            }
        }
        // Two findings that answer the same question differently cannot both stand: once one fires,
        // the other is not kept open on the same unknown.
        let firedIDs = Set(findings.filter { $0.status == .fired }.map(\.rule.id))
        findings.removeAll { finding in
            finding.status == .open && !firedIDs.isDisjoint(with: finding.rule.excludes)
        }
        findings = findings.enumerated().sorted {
            ($0.element.severity.rank, $0.offset) < ($1.element.severity.rank, $1.offset)
        }.map(\.element)

        var patterns = bundle.redPatterns.compactMap { pattern in
            evaluate(pattern, lookup: lookup, bundle: bundle, on: date).map { outcome in
                RedPatternMatch(
                    pattern: pattern, status: outcome.status, citations: outcome.citations, reasons: outcome.reasons,
                    establishment: outcome.establishment)
            }
        }

        // A fired out-of-scope finding means the questionnaires are the wrong frame: report only that,
        // rather than pretend to assess the processing against rules that do not govern it.
        let outOfScope = findings.filter { $0.status == .fired && $0.rule.isOutOfScope }
        if !outOfScope.isEmpty {
            findings = outOfScope
            patterns = []
            unanswered = []
        }

        let openPoints = self.openPoints(
            bundle: bundle, states: states, answers: answers, findings: findings, patterns: patterns)
        let verdict = self.verdict(findings: findings, patterns: patterns, unanswered: unanswered)
        let stage = self.stage(answers)
        let isOutOfScope = verdict == .outOfScope
        var risks =
            isOutOfScope
            ? [] : self.risks(bundle: bundle, answers: answers, lookup: lookup, findings: findings, patterns: patterns)
        var register = self.register(
            bundle: bundle, answers: answers, stage: stage, findings: findings, patterns: patterns, risks: risks)
        if !register.withheld.isEmpty && !isOutOfScope {
            risks = self.risks(
                bundle: bundle, answers: answers, lookup: lookup, findings: findings, patterns: patterns,
                withheld: Set(register.withheld))
            register = self.register(
                bundle: bundle, answers: answers, stage: stage, findings: findings, patterns: patterns, risks: risks)
        }
        let decision = self.decision(
            verdict: verdict, findings: findings, patterns: patterns, openPoints: openPoints, register: register,
            risks: risks)
        var assessment = Assessment(
            bundle: bundle, answers: answers, date: date,
            isDateDefaulted: lawAsOf == nil && answers.metadata.date == nil,
            transcript: transcript, findings: findings, redPatterns: patterns, openPoints: openPoints,
            unanswered: unanswered, ignoredAnswers: ignored, verdict: verdict, stage: stage, risks: risks,
            register: register, decision: decision)
        assessment.dateOverride = lawAsOf
        return assessment
    }

    /// The state of every question in bundle order. Conditions only look back (the linter enforces it),
    /// so one forward pass settles relevance.
    public static func answerStates(_ answers: AnswerSet, bundle: QuestionnaireBundle) -> [QuestionID: AnswerState] {
        var states: [QuestionID: AnswerState] = [:]
        for question in bundle.questions {
            let relevance = question.condition?.condition.evaluate { states[$0] ?? .notApplicable } ?? .true
            // A question is asked unless its relevance is excluded: an unknown does not hide it.
            guard relevance != .false else {
                states[question.id] = .notApplicable
                continue
            }
            states[question.id] = answers.answers[question.id]?.state ?? .unanswered
        }
        return states
    }

    /// The verdict rules, in order: a fired out-of-scope finding means the processing was not assessed;
    /// a fired blocker or red pattern stops deployment; then missing
    /// required answers make it incomplete; then fired high findings, or blockers, highs and red
    /// patterns that cannot be excluded (LED Art. 4(4): compliance must be demonstrable), require
    /// measures first; otherwise proceed with the recommendations.
    public static func verdict(findings: [Finding], patterns: [RedPatternMatch], unanswered: [Question]) -> Verdict {
        if findings.contains(where: { $0.status == .fired && $0.rule.isOutOfScope }) { return .outOfScope }
        if findings.contains(where: { $0.status == .fired && $0.severity == .blocker })
            || patterns.contains(where: { $0.status == .fired })
        {
            return .doNotDeploy
        }
        if !unanswered.isEmpty { return .incomplete }
        if findings.contains(where: { $0.severity <= .high }) || !patterns.isEmpty {
            return .deployOnlyAfterMeasures
        }
        return .proceedWithRecommendations
    }

    /// What a rule of either kind comes to on the answers: nil when it neither fired nor is open.
    private static func evaluate(
        _ rule: some Rule, lookup: (QuestionID) -> AnswerState, bundle: QuestionnaireBundle, on date: CalendarDate
    ) -> RuleOutcome? {
        guard let condition = rule.body.condition else { return nil }
        let truth = condition.condition.evaluate(lookup)
        guard let status = status(of: truth, policy: rule.body.ifUnknown) else { return nil }
        return RuleOutcome(
            status: status, citations: apply(rule.body.refs, bundle: bundle, on: date),
            reasons: reasons(condition.condition, lookup), establishment: establishment(truth, status))
    }

    private static func establishment(_ truth: Truth, _ status: RuleStatus) -> Establishment {
        switch (status, truth) {
        case (.open, _): .cannotBeExcluded
        case (.fired, .true): .established
        case (.fired, _): .notDemonstrated
        }
    }

    private static func status(of truth: Truth, policy: UnknownPolicy) -> RuleStatus? {
        switch (truth, policy) {
        case (.true, _), (.unknown, .fires): .fired
        case (.unknown, .open): .open
        default: nil
        }
    }

    private static func apply(_ refs: [Sourced<Citation>], bundle: QuestionnaireBundle, on date: CalendarDate)
        -> [AppliedCitation]
    {
        var seen: Set<Citation> = []
        return refs.compactMap { ref in
            guard seen.insert(ref.value).inserted else { return nil }
            let from = bundle.sources[ref.value.sourceKey]?.appliesFrom(ref.value)
            let pending = from.flatMap { $0 > date ? $0 : nil }
            return AppliedCitation(citation: ref.value, layer: ref.layer, notBindingUntil: pending)
        }
    }

    private static func reasons(_ condition: Condition, _ lookup: (QuestionID) -> AnswerState) -> [Reason] {
        condition.decisiveQuestions(lookup).map { id in
            let state = lookup(id)
            guard case .value(.choices(let chosen)) = state else { return Reason(question: id, state: state) }
            let named = Set(condition.optionsNamed(for: id))
            return Reason(question: id, state: state, decisiveOptions: chosen.filter(named.contains))
        }
    }

    private static func openPoints(
        bundle: QuestionnaireBundle, states: [QuestionID: AnswerState], answers: AnswerSet,
        findings: [Finding], patterns: [RedPatternMatch]
    ) -> [OpenPoint] {
        // One pass over the rules builds question -> dependents, so the cost stays linear.
        var dependents: [QuestionID: [RuleReference]] = [:]
        let rules = patterns.map { $0.pattern as any Rule } + findings.map { $0.rule as any Rule }
        for rule in rules {
            for id in rule.body.condition?.condition.questionIDs ?? [] {
                dependents[id, default: []].append(rule.reference)
            }
        }
        return bundle.questions.compactMap { question in
            guard states[question.id] == .unknown else { return nil }
            return OpenPoint(
                question: question, note: answers.answers[question.id]?.note,
                dependents: dependents[question.id] ?? [])
        }
    }
}

/// What a rule of either kind comes to on one answer set, before it becomes a `Finding` or a
/// `RedPatternMatch`.
private struct RuleOutcome {
    var status: RuleStatus
    var citations: [AppliedCitation]
    var reasons: [Reason]
    var establishment: Establishment
}
