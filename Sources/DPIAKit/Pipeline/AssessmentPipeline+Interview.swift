/// Starting, resuming and finishing an assessment: what `dpia assess` and `dpia serve` do around
/// the interview, with the saving and the terminal left to them.
extension AssessmentPipeline {
    /// A new assessment's answer set, to be saved as `file`: no answer yet, and the version of every
    /// layer of `bundle`, so a later reading can tell what the answers were given against.
    public static func newAnswers(
        _ metadata: AssessmentMetadata, file: String, bundle: QuestionnaireBundle
    ) -> AnswerSet {
        AnswerSet(
            file: file, madeAgainst: bundle.layers.map { Sourced($0.version, from: $0.id) }, metadata: metadata,
            answers: [:], caseInfo: nil)
    }

    /// Starts an assessment of `jurisdiction` to be saved as `file`, with every detail still to be
    /// asked; nil, with the error in `log`, when no questionnaires serve the jurisdiction.
    public func start(jurisdiction: String, file: String, log: DiagnosticLog) -> LoadedAnswers? {
        guard let bundle = bundle(for: jurisdiction, log: log) else { return nil }
        let metadata = AssessmentMetadata(
            jurisdiction: jurisdiction, organisation: "", unit: nil, processing: "", assessor: nil, date: nil)
        return (Self.newAnswers(metadata, file: file, bundle: bundle), bundle)
    }

    /// The error for a new assessment at `path` started without naming its questionnaires.
    public func missingJurisdiction(toStart path: String) -> Diagnostic {
        .error(
            "\(path) does not exist yet; name the questionnaires with --jurisdiction \(catalog.jurisdictions.joined(separator: "|")) to start",
            at: nil)
    }

    /// The error for resuming the assessment at `path` with a `--jurisdiction` other than the one its
    /// answers name; nil when none was given or it matches.
    public static func jurisdictionConflict(
        resuming answers: AnswerSet, at path: String, jurisdiction: String?
    ) -> Diagnostic? {
        guard let jurisdiction, jurisdiction != answers.metadata.jurisdiction else { return nil }
        return .error(
            "--jurisdiction \(jurisdiction) does not match '\(answers.metadata.jurisdiction)' in \(path); leave it out to resume",
            at: nil)
    }

    /// Finishes an assessment from its saved file, exactly as `dpia report` would read it: the
    /// assessment and its Markdown report, or nil when the file has errors (in `log`).
    public func finish(
        _ saved: InputFile, today: CalendarDate, log: DiagnosticLog, language: (AnswerSet) -> Language = { _ in .en }
    ) -> (assessment: Assessment, report: String, language: Language)? {
        guard let (answers, bundle) = loadAnswers(saved, log: log), !log.hasErrors else { return nil }
        let assessment = evaluate(answers, with: bundle, today: today)
        let chosen = language(answers)
        return (assessment, report(assessment, in: chosen), chosen)
    }
}
