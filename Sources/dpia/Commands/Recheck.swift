import ArgumentParser
import BundledQuestionnaires
import DPIAKit

extension DPIA {
    struct Recheck: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Re-evaluate every assessment in a folder and list what changed since it was made.",
            discussion: """
                Reads every answers file under DIR and its subfolders (a YAML file with 'format: \
                dpia-answers/1'; other YAML files are skipped with a note on standard error) and \
                assesses each twice: as it stood on its own assessment date with the built-in \
                questionnaires, and as of today (or --date) with the current questionnaires, or \
                with those of --questionnaires NEWDIR (a folder of new layer versions). For each file \
                it prints a line starting 'FILE: changed, N changes' or 'FILE: as before', then one \
                indented line per change: the verdict, findings and red patterns added (+), removed \
                (-) or changed in state or severity (~), provisions that now bind, questionnaire \
                versions that differ from those the answers were made against, and answers that no \
                longer match a question (run dpia migrate on that file). A scheduled job can alert \
                the DPO on exit status 2. Nothing is sent over the network.

                Exit status (like terraform plan -detailed-exitcode): 0 nothing changed; 2 something \
                changed in at least one file; 64 usage error; 65 an answers file or questionnaire is \
                invalid (the other files are still rechecked); 66 DIR or NEWDIR does not exist; 70 \
                unexpected failure. 1 is not used: it stays verify's.
                """)

        @Argument(
            help: ArgumentHelp("The folder to search (default: the current folder).", valueName: "dir"),
            completion: .directory)
        var folder: String = "."

        @Option(
            help: ArgumentHelp(
                "Apply the law as of this date (YYYY-MM-DD) instead of today, to see what a coming date changes.",
                valueName: "date"))
        var date: String?

        @OptionGroup var questionnaires: QuestionnaireOptions

        func validate() throws {
            try DateOption.validate(date)
        }

        func run() throws {
            let log = DiagnosticLog()
            let today = DateOption.day(date)
            let baseline = AssessmentPipeline.BundleCache(QuestionnaireCatalog.bundled(log: log))
            let current =
                questionnaires.folders.isEmpty
                ? baseline : AssessmentPipeline.BundleCache(try questionnaires.catalog(log: log))
            let files = try AnswersFolder.files(under: folder)
            let color = questionnaires.color.isEnabled
            var sources = current.catalog.sources
            var failed = false
            var changed = 0
            var output: [String] = []
            let parallel = baseline.assembleAllCleanly() && (current === baseline || current.assembleAllCleanly())
            Parallel.forEach(files, parallel: parallel) { file -> RecheckResult in
                let currentLog = DiagnosticLog()
                guard let (answers, bundle) = current.loadAnswers(file, log: currentLog) else {
                    return .unreadable(currentLog.sorted)
                }
                var before = (answers, bundle)
                if current !== baseline {
                    // As it stood: the built-in questionnaires; problems against them are not news.
                    guard let loaded = baseline.loadAnswers(file, log: DiagnosticLog()) else { return .notComparable }
                    before = loaded
                }
                let recheck = DPIAKit.Recheck(
                    before: RuleEngine.assess(before.0, with: before.1, today: today),
                    after: RuleEngine.assess(answers, with: bundle, today: today, lawAsOf: today),
                    unmatchedAnswers: currentLog.sorted.filter { $0.severity == .error })
                return .rechecked(lines: recheck.lines(), hasChanges: recheck.hasChanges)
            } consume: { file, result in
                switch result {
                case .unreadable(let diagnostics):
                    sources[file.name] = file.text
                    Console.print(diagnostics, sources: sources, color: color)
                    failed = true
                case .notComparable:
                    Console.diagnose(
                        .error("cannot be read with the built-in questionnaires to compare", at: .file(file.name)),
                        color: color)
                    failed = true
                case .rechecked(let lines, let hasChanges):
                    if hasChanges { changed += 1 }
                    output += lines
                }
            }
            Console.print(log.sorted, sources: sources, color: color)
            let total = files.count
            output.append(
                changed == 0
                    ? "No change in \(total) file\(total == 1 ? "" : "s") as of \(today)."
                    : "\(changed) of \(total) file\(total == 1 ? "" : "s") changed as of \(today).")
            Console.output(output.joined(separator: "\n") + "\n")
            if failed || log.hasErrors { throw ExitCode.dataError }
            if changed > 0 { throw ExitCode.somethingChanged }
        }
    }
}

/// What rechecking one file gave.
private enum RecheckResult: Sendable {
    /// The file cannot be read with the questionnaires used now: its problems.
    case unreadable([Diagnostic])
    /// The file cannot be read with the built-in questionnaires, to compare with.
    case notComparable
    /// The lines to print, and whether anything changed.
    case rechecked(lines: [String], hasChanges: Bool)
}
