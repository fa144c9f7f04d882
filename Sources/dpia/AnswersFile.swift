import DPIAKit
import Foundation

/// Saving the answers of an interview: written whole to a temporary file beside the target, flushed
/// to disk, then renamed over it, so that a crash, a kill or a power cut leaves either the previous
/// file or the new one, never a mix. The file is created readable by its owner only (mode 0600): it
/// may hold operational details.
enum AnswersFile {
    /// Held while a file is written, so an interrupt never exits in the middle of a save.
    static let lock = NSLock()

    /// Why the answers could not be saved.
    struct SaveError: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): error: cannot save the answers (\(reason))" }
    }

    /// Writes `answers` to `path`, replacing the file atomically.
    static func save(_ answers: AnswerSet, bundle: QuestionnaireBundle, to path: String) throws {
        let data = Data(AnswersWriter.render(answers, bundle: bundle).utf8)
        try lock.withLock { try replace(path, with: data) }
    }

    private static func replace(_ path: String, with data: Data) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/." + url.lastPathComponent + ".\(getpid()).tmp"
        unlink(temporary)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw SaveError(path: path, reason: describe(errno)) }
        var failure: Int32 = 0
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        guard failure == 0 else {
            unlink(temporary)
            throw SaveError(path: path, reason: describe(failure))
        }
        // The rename itself must reach the disk for the new file to survive a power cut.
        let directory = open(folder, O_RDONLY | O_CLOEXEC)
        if directory >= 0 {
            fsync(directory)
            close(directory)
        }
    }

    private static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
