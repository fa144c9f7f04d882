/// Runs the examples of findings and red patterns (`examples: {fires: […], does_not_fire: […]}`)
/// through `RuleEngine` and reports an example that names an unknown question, holds an invalid
/// answer, or does not behave as declared.
///
/// A rule is checked in its home bundle only: core and EU modules in the `eu` bundle, an overlay's
/// rules in its country's bundle. Each example is evaluated as of its layer's `law_as_of`, so the
/// outcome never depends on the day `dpia lint` runs.
public enum RuleExampleCheck {
    /// Checks the examples of every rule whose layer belongs to `bundle`'s jurisdiction.
    public static func check(_ bundle: QuestionnaireBundle, log: DiagnosticLog) {
        let layers = Dictionary(bundle.layers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for rule in bundle.rules {
            guard let layer = layers[rule.body.origin.layer], layer.jurisdiction == bundle.jurisdiction,
                let condition = rule.body.condition
            else { continue }
            let subject = RuleSubject(
                kind: rule.kind.noun, id: rule.body.id, condition: condition.condition, policy: rule.body.ifUnknown)
            let reference = rule.reference
            for example in rule.body.examples {
                run(example, of: subject, layer: layer, bundle: bundle, log: log) { assessment in
                    assessment.status(of: reference)
                }
            }
        }
    }

    /// Checks the examples of every risk whose layer belongs to `bundle`'s jurisdiction: each names
    /// the severity and likelihood the rules must suggest on its answers, or `severity: none` when the
    /// risk must not apply.
    static func checkRisks(_ bundle: QuestionnaireBundle, log: DiagnosticLog) {
        let layers = Dictionary(bundle.layers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for risk in bundle.risks {
            guard let layer = layers[risk.origin.layer], layer.jurisdiction == bundle.jurisdiction else { continue }
            let subject = RuleSubject(kind: "risk", id: risk.id, condition: .all([]), policy: .fires)
            for example in risk.examples {
                let rule = RuleExample(
                    expectation: .fires, number: example.number, answers: example.answers, location: example.location)
                guard let answers = answers(of: rule, subject: subject, bundle: bundle, log: log) else { continue }
                let metadata = AssessmentMetadata(
                    jurisdiction: bundle.jurisdiction, organisation: "", unit: nil, processing: "", assessor: nil,
                    date: layer.lawAsOf)
                let set = AnswerSet(
                    file: layer.file, madeAgainst: [], metadata: metadata, answers: answers, caseInfo: nil)
                let states = RuleEngine.answerStates(set, bundle: bundle)
                let rating = RuleEngine.suggestedRating(risk) { states[$0] ?? .notApplicable }
                let expected =
                    example.severity.map { severity in
                        "severity \(severity.id), likelihood \(example.likelihood?.id ?? "?")"
                    } ?? "not applicable"
                let found =
                    rating.map { "severity \($0.severity.id), likelihood \($0.likelihood.id)" } ?? "not applicable"
                let matches =
                    example.severity == nil
                    ? rating == nil
                    : rating?.severity == example.severity
                        && (example.likelihood == nil || rating?.likelihood == example.likelihood)
                if !matches {
                    log.error(
                        "example \(example.number) of risk '\(risk.id)' expects \(expected) but the rules give \(found)",
                        at: example.location)
                }
            }
        }
    }

    /// The answers of `example`, or nil after reporting the ones that are not valid in `bundle`.
    static func answers(
        of example: RuleExample, subject: RuleSubject, bundle: QuestionnaireBundle, log: DiagnosticLog
    ) -> [QuestionID: Answer]? {
        var answers: [QuestionID: Answer] = [:]
        var isValid = true
        for answer in example.answers {
            guard let question = bundle.question(answer.question) else {
                var message =
                    "example \(example.number) of \(subject.kind) '\(subject.id)' names unknown question '\(Diagnostic.excerpt(answer.question))'"
                if let guess = Suggestion.closest(
                    to: answer.question.rawValue, among: bundle.questions.map(\.id.rawValue))
                {
                    message += "; did you mean '\(guess)'?"
                }
                log.error(message, at: answer.location)
                isValid = false
                continue
            }
            switch answer.value.state(for: question) {
            case .success(let state):
                answers[answer.question] = Answer(state: state, location: answer.location)
            case .failure(let problem):
                let at = problem.item.flatMap {
                    answer.itemLocations.indices.contains($0) ? answer.itemLocations[$0] : nil
                }
                log.error(problem.message, at: at ?? answer.valueLocation)
                isValid = false
            }
        }
        return isValid ? answers : nil
    }

    private static func run(
        _ example: RuleExample, of subject: RuleSubject, layer: Questionnaire,
        bundle: QuestionnaireBundle, log: DiagnosticLog, status: (Assessment) -> RuleStatus?
    ) {
        guard let answers = answers(of: example, subject: subject, bundle: bundle, log: log) else { return }
        let metadata = AssessmentMetadata(
            jurisdiction: bundle.jurisdiction, organisation: "", unit: nil, processing: "", assessor: nil,
            date: layer.lawAsOf)
        let answerSet = AnswerSet(
            file: layer.file, madeAgainst: [], metadata: metadata, answers: answers, caseInfo: nil)
        let assessment = RuleEngine.assess(answerSet, with: bundle, today: layer.lawAsOf)
        let fired = status(assessment) == .fired
        let expected = example.expectation == .fires
        guard fired != expected else { return }
        let states = RuleEngine.answerStates(answerSet, bundle: bundle)
        let truth = subject.condition.evaluate { states[$0] ?? .notApplicable }
        let why = explanation(truth: truth, policy: subject.policy, isSuppressed: assessment.verdict == .outOfScope)
        let claim = expected ? "should fire but does not" : "should not fire but does"
        log.error(
            "example \(example.number) of \(subject.kind) '\(subject.id)' \(claim) (\(why))", at: example.location)
    }

    private static func explanation(truth: Truth, policy: UnknownPolicy, isSuppressed: Bool) -> String {
        switch truth {
        case .true where isSuppressed: "condition is true, but an out-of-scope finding fired"
        case .true: "condition is true"
        case .false: "condition is false"
        case .unknown: "condition is unknown and 'if_unknown' is \(policy.rawValue)"
        }
    }
}

extension Assessment {
    /// Whether the finding or red pattern `reference` names fired or is open; nil when it is neither.
    fileprivate func status(of reference: RuleReference) -> RuleStatus? {
        switch reference.kind {
        case .finding: findings.first { $0.rule.id == reference.id }?.status
        case .redPattern: redPatterns.first { $0.pattern.id == reference.id }?.status
        case .risk: nil
        }
    }
}

/// The parts of a finding or red pattern that example messages need.
struct RuleSubject {
    /// `finding` or `red pattern`.
    var kind: String
    var id: String
    var condition: Condition
    var policy: UnknownPolicy
}
