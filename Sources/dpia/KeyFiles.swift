import ArgumentParser
import DPIAKit
import Foundation

/// Reading and writing signing keys: the private key file is created readable by its owner only.
enum KeyFiles {
    /// Reads a private key file, or exits 66 (missing) or 65 (not a private key).
    static func readPrivate(_ path: String, color: Bool = ColorMode.auto.isEnabled) throws -> ReportSigningKey {
        let file = try InputFiles.read(path, color: color)
        do {
            return try ReportSigningKey(fileText: file.text)
        } catch {
            Console.diagnose(
                .error("cannot sign with this file: \(error)", at: SourceLocation(file: path, line: 1, column: 1)),
                color: color)
            throw ExitCode.dataError
        }
    }

    /// Reads a public key file, or exits 66 (missing) or 65 (not a public key).
    static func readPublic(_ path: String, color: Bool = ColorMode.auto.isEnabled) throws -> ReportVerificationKey {
        let file = try InputFiles.read(path, color: color)
        do {
            return try ReportVerificationKey(fileText: file.text)
        } catch {
            Console.diagnose(
                .error(
                    "cannot check signatures with this file: \(error)",
                    at: SourceLocation(file: path, line: 1, column: 1)))
            throw ExitCode.dataError
        }
    }

    /// Writes a key pair: the private key to `path` with mode 0600 and the public key to
    /// `path.pub`, both or neither. Both are written and flushed to temporary files first, then
    /// linked into place (which fails if a file exists); if the public key cannot be linked, the
    /// private key just linked is removed, so a full disk never leaves half a pair.
    static func writePair(private privateText: String, public publicText: String, to path: String) throws {
        let publicPath = path + ".pub"
        var temporaries: [String] = []
        defer { temporaries.forEach { unlink($0) } }
        do {
            temporaries.append(try AtomicFile.prepare(Data(privateText.utf8), besides: path, mode: 0o600))
            temporaries.append(try AtomicFile.prepare(Data(publicText.utf8), besides: publicPath, mode: nil))
        } catch {
            Console.error("cannot write the key files (\(error.reason)); no key was written", file: path)
            throw ExitCode.cannotCreate
        }
        guard link(temporaries[0], path) == 0 else {
            Console.error("cannot create the key file (\(linkFailure(errno)))", file: path)
            throw ExitCode.cannotCreate
        }
        guard link(temporaries[1], publicPath) == 0 else {
            let reason = linkFailure(errno)
            unlink(path)
            Console.error("cannot create the key file (\(reason)); no key was written", file: publicPath)
            throw ExitCode.cannotCreate
        }
        AtomicFile.syncFolder(of: path)
    }

    private static func linkFailure(_ code: Int32) -> String {
        code == EEXIST ? "the file exists; dpia never replaces a key" : String(cString: strerror(code))
    }
}
