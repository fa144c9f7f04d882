import DPIAKit
import Foundation

/// Saving the answers of an interview with `AtomicFile`, so that a crash, a kill or a power cut leaves
/// either the previous file or the new one, never a mix. A new file is created readable by its owner
/// only (mode 0600): it may hold operational details.
enum AnswersFile {
    /// Held while a file is written, so an interrupt never exits in the middle of a save.
    static let lock = NSLock()

    /// Why the answers could not be saved.
    struct SaveError: Error {
        var path: String
        var reason: String
    }

    /// Writes `answers` to `path`, replacing the file atomically: through a symlink to its target,
    /// keeping an existing file's mode (0600 for a new one) and its first line when that is an
    /// editor's schema modeline (`# yaml-language-server: $schema=…`), which the writer cannot know.
    static func save(_ answers: AnswerSet, bundle: QuestionnaireBundle, to path: String) throws {
        var text = AnswersWriter.render(answers, bundle: bundle)
        if let existing = FileManager.default.contents(atPath: path),
            let first = String(decoding: existing, as: UTF8.self).split(separator: "\n", maxSplits: 1).first,
            first.hasPrefix("# yaml-language-server:")
        {
            text = first + "\n" + text
        }
        let mode = AtomicFile.mode(of: AtomicFile.target(of: path)) ?? 0o600
        try lock.withLock {
            do {
                try AtomicFile.replace(path, with: Data(text.utf8), mode: mode)
            } catch let failure as AtomicFile.Failure {
                throw SaveError(path: path, reason: failure.reason)
            }
        }
    }
}
