import ArgumentParser
import DPIAKit
import Foundation

/// Reading and writing signing keys: the private key file is created readable by its owner only.
enum KeyFiles {
    /// Reads a private key file, or exits 66 (missing) or 65 (not a private key).
    static func readPrivate(_ path: String) throws -> ReportSigningKey {
        let file = try InputFiles.read(path)
        do {
            return try ReportSigningKey(fileText: file.text)
        } catch {
            Console.error("\(path):1:1: error: cannot sign with this file: \(error)")
            throw ExitCode.dataError
        }
    }

    /// Reads a public key file, or exits 66 (missing) or 65 (not a public key).
    static func readPublic(_ path: String) throws -> ReportVerificationKey {
        let file = try InputFiles.read(path)
        do {
            return try ReportVerificationKey(fileText: file.text)
        } catch {
            Console.error("\(path):1:1: error: cannot check signatures with this file: \(error)")
            throw ExitCode.dataError
        }
    }

    /// Writes `text` to a new file at `path` with mode 0600, never replacing an existing file: the
    /// mode is set on a temporary file before any byte is written, and the finished file is linked
    /// into place, which fails if `path` exists.
    static func writePrivate(_ text: String, to path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let temporary = folder + "/.dpia-key-\(UUID().uuidString)"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            Console.error("\(path): error: cannot create the key file (\(String(cString: strerror(errno))))")
            throw ExitCode.cannotCreate
        }
        defer { unlink(temporary) }
        // The umask can only clear bits; fchmod makes the mode exact whatever it is.
        let bytes = Array(text.utf8)
        let written =
            fchmod(descriptor, 0o600) == 0 ? bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) } : -1
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard written == bytes.count, synced else {
            Console.error("\(path): error: cannot write the key file (\(String(cString: strerror(errno))))")
            throw ExitCode.cannotCreate
        }
        guard link(temporary, path) == 0 else {
            let reason =
                errno == EEXIST ? "the file exists; dpia never replaces a key" : String(cString: strerror(errno))
            Console.error("\(path): error: cannot create the key file (\(reason))")
            throw ExitCode.cannotCreate
        }
    }
}
