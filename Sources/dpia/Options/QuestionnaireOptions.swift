import ArgumentParser
import BundledQuestionnaires
import DPIAKit
import Foundation

/// Options shared by every command that reads questionnaires.
struct QuestionnaireOptions: ParsableArguments {
    @Option(
        name: .customLong("questionnaires"),
        help: ArgumentHelp(
            "A folder of questionnaire layers (*.yaml) and cases (cases/*.yaml) to use besides the built-in ones; a layer with the id of a built-in one replaces it. Repeatable.",
            valueName: "dir"),
        completion: .directory)
    var folders: [String] = []

    @Option(help: "When to colour diagnostics: auto (a terminal, and NO_COLOR unset), always, never.")
    var color: ColorMode = .auto

    /// The pipeline over the built-in catalog plus the named folders (its first stage). Exits 66
    /// when a folder is missing.
    func pipeline(log: DiagnosticLog) throws -> AssessmentPipeline {
        let files = try folders.map { try InputFiles.folder($0, color: color.isEnabled) }
        return AssessmentPipeline.loadCatalog(builtIn: .bundled(log: log), adding: files, log: log)
    }

    /// The catalog of `pipeline(log:)`, for the commands that only list or check it.
    func catalog(log: DiagnosticLog) throws -> QuestionnaireCatalog {
        try pipeline(log: log).catalog
    }
}

/// When to use ANSI colours on standard error.
enum ColorMode: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    /// Whether to colour diagnostics on standard error, honouring NO_COLOR (no-color.org) and a dumb
    /// or absent terminal.
    var isEnabled: Bool { isEnabled(on: STDERR_FILENO) }

    /// Whether to colour what is written to `descriptor` (the interview's screens go to standard
    /// output, diagnostics to standard error): the flag wins, then NO_COLOR, then whether it is a
    /// terminal that is not `dumb`.
    func isEnabled(on descriptor: Int32) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            let environment = ProcessInfo.processInfo.environment
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            if environment["TERM"] == "dumb" { return false }
            return isatty(descriptor) == 1
        }
    }
}
