internal import Foundation

/// The one path every command takes from questionnaires to a report, named by its stages:
///
/// 1. `loadCatalog`: the built-in layers and cases, and those of the user's folders;
/// 2. `bundle(for:)`: one jurisdiction's layers merged and checked;
/// 3. `loadAnswers`: an answers or case file read against the bundle its jurisdiction names;
/// 4. `evaluate`: the answers assessed as of a date;
/// 5. `render`: the assessment as a Markdown or JSON report.
///
/// Each stage is value in, value out, with its problems in a `DiagnosticLog`; the executable reads
/// the files, prints the diagnostics and writes the output.
public struct AssessmentPipeline: Sendable {
    /// An answer set and the bundle it was read against.
    public typealias LoadedAnswers = (answers: AnswerSet, bundle: QuestionnaireBundle)

    /// The layers and cases the pipeline draws on.
    public var catalog: QuestionnaireCatalog

    /// Creates a pipeline over `catalog`.
    public init(catalog: QuestionnaireCatalog) {
        self.catalog = catalog
    }

    // MARK: - 1. Catalog

    /// The built-in questionnaires and cases (`QuestionnaireCatalog.bundled`, read back from the
    /// build's precompiled form), with each folder's files added in turn (a layer with a built-in
    /// layer's id replaces it).
    public static func loadCatalog(
        builtIn: QuestionnaireCatalog, adding folders: [[InputFile]] = [], log: DiagnosticLog
    ) -> AssessmentPipeline {
        var catalog = builtIn
        for files in folders { catalog.add(files, log: log) }
        return AssessmentPipeline(catalog: catalog)
    }

    // MARK: - 2. Bundle

    /// The bundle for `jurisdiction`, or nil (with an error at `location`) when no layer serves it.
    public func bundle(for jurisdiction: String, log: DiagnosticLog, at location: SourceLocation? = nil)
        -> QuestionnaireBundle?
    {
        catalog.bundle(for: jurisdiction, log: log, at: location)
    }

    // MARK: - 3. Answers

    /// Reads an answers or case file and the bundle its jurisdiction names; nil when it is unusable.
    public func loadAnswers(_ file: InputFile, log: DiagnosticLog) -> LoadedAnswers? {
        Self.loadAnswers(file, log: log) { bundle(for: $0, log: $1, at: $2) }
    }

    /// Reads an answers or case file against the bundle `bundle` gives for the jurisdiction its
    /// header names (at the file's first line); nil when the header, the bundle or an answer fails.
    static func loadAnswers(
        _ file: InputFile, log: DiagnosticLog,
        bundle: (String, DiagnosticLog, SourceLocation) -> QuestionnaireBundle?
    ) -> LoadedAnswers? {
        // The YAML is parsed once: the header picks the bundle, then the answers are read against it.
        guard
            let (answers, bundle) = AnswersLoader.load(
                text: file.text, file: file.name, log: log,
                bundle: { metadata in
                    bundle(metadata.jurisdiction, log, SourceLocation(file: file.name, line: 1, column: 1))
                })
        else { return nil }
        return (answers, bundle)
    }

    // MARK: - 4. Assessment

    /// Evaluates `answers` against `bundle` as of `lawAsOf` when given, otherwise the answers' own
    /// date, otherwise `today`.
    public func evaluate(
        _ answers: AnswerSet, with bundle: QuestionnaireBundle, today: CalendarDate, lawAsOf: CalendarDate? = nil
    ) -> Assessment {
        RuleEngine.assess(answers, with: bundle, today: today, lawAsOf: lawAsOf)
    }

    // MARK: - 5. Rendering

    /// The forms a report is rendered in.
    public enum Rendering: String, CaseIterable, Sendable {
        /// The audit report (`MarkdownReport`).
        case markdown
        /// The machine-readable report (`JSONReport`, docs/report-json.md).
        case json
    }

    /// The report of `assessment` in `rendering`, its digests signed with `key` when one is given.
    public func render(
        _ assessment: Assessment, as rendering: Rendering = .markdown, in language: Language = .en,
        signedWith key: ReportSigningKey? = nil
    ) throws -> String {
        switch rendering {
        case .markdown:
            if let key { return try MarkdownReport(assessment, language: language).render(signedWith: key) }
            return report(assessment, in: language)
        case .json:
            return try JSONReport(assessment).render(signedWith: key)
        }
    }

    /// The unsigned Markdown audit report of `assessment` in `language`.
    public func report(_ assessment: Assessment, in language: Language = .en) -> String {
        MarkdownReport(assessment, language: language).render()
    }
}

extension AssessmentPipeline {
    /// Bundles assembled once per jurisdiction, so a folder of hundreds of answers files pays for
    /// each bundle once (`register`, `recheck`), and files can be read on every core at once.
    public final class BundleCache: @unchecked Sendable {
        /// The catalog whose bundles are kept.
        public let catalog: QuestionnaireCatalog
        // Guards `bundles`: files are loaded in parallel.
        private let lock = NSLock()
        private var bundles: [String: QuestionnaireBundle] = [:]

        /// Creates an empty cache over `catalog`.
        public init(_ catalog: QuestionnaireCatalog) { self.catalog = catalog }

        /// Assembles the bundle of every jurisdiction up front; true when none of them had a
        /// problem, so that no file's diagnostics depend on which file asked for its bundle first
        /// (when one had, files are read in order, and the first file to use that bundle reports its
        /// problems).
        public func assembleAllCleanly() -> Bool {
            var clean = true
            for jurisdiction in catalog.jurisdictions {
                let log = DiagnosticLog()
                let bundle = catalog.bundle(for: jurisdiction, log: log)
                if let bundle, log.diagnostics.isEmpty {
                    lock.withLock { bundles[jurisdiction] = bundle }
                } else {
                    clean = false
                }
            }
            return clean
        }

        /// The bundle of `jurisdiction`, assembled the first time it is asked for.
        public func bundle(for jurisdiction: String, log: DiagnosticLog, at location: SourceLocation)
            -> QuestionnaireBundle?
        {
            if let cached = lock.withLock({ bundles[jurisdiction] }) { return cached }
            let bundle = catalog.bundle(for: jurisdiction, log: log, at: location)
            if let bundle { lock.withLock { bundles[jurisdiction] = bundle } }
            return bundle
        }

        /// Reads an answers file against the bundle of its jurisdiction; nil when it is unusable.
        public func loadAnswers(_ file: InputFile, log: DiagnosticLog) -> LoadedAnswers? {
            AssessmentPipeline.loadAnswers(file, log: log) { self.bundle(for: $0, log: $1, at: $2) }
        }
    }
}
