public import ArgumentParser
import DPIAKit
import Foundation

extension Language: ExpressibleByArgument {}

/// `--lang`, shared by every command that writes for a reader: report, assess, train, checklist, explain.
struct LanguageOption: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            "The language to write in: en, nl, fr or sv. Default: the answers file's assessment.language, then the LANG locale when it is one of these, then en.",
            valueName: "lang"))
    var requested: Language?

    /// The language chosen for a file kept in `answers` (nil when there is no file or it names none).
    func language(answers: Language? = nil) -> Language {
        Language.resolve(
            requested: requested, answers: answers?.rawValue, environment: ProcessInfo.processInfo.environment)
    }
}
