import Foundation

/// Replacing files so that a crash, a kill, a full disk or a power cut leaves either the previous file
/// or the new one, never a mix: the bytes go to a temporary file beside the target, are flushed to
/// disk, and the temporary file is renamed (or linked) into place. A symlink is written through to
/// its target, and a file that exists keeps its mode.
enum AtomicFile {
    /// Why a file could not be written: the system's words.
    struct Failure: Error {
        var reason: String

        init(_ code: Int32) {
            reason = String(cString: strerror(code))
        }

        init(reason: String) {
            self.reason = reason
        }
    }

    /// The file a write to `path` changes: the final target when `path` is a symlink, else `path`.
    static func target(of path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The permission bits of the file at `path`, if it exists.
    static func mode(of path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }

    /// Replaces (or creates) the file at `path`, through a symlink, with `data`. The file gets `mode`
    /// when given, else the mode of the file it replaces, else the usual mode of a new file
    /// (0666 less the umask).
    static func replace(_ path: String, with data: Data, mode: mode_t? = nil) throws(Failure) {
        let target = target(of: path)
        let temporary = try prepare(data, besides: target, mode: mode ?? self.mode(of: target))
        guard rename(temporary, target) == 0 else {
            let code = errno
            unlink(temporary)
            throw Failure(code)
        }
        syncFolder(of: target)
    }

    /// Writes `data` to a new temporary file in `path`'s folder, with `mode` (exact, whatever the
    /// umask) or the usual mode of a new file, flushed to disk; returns its path.
    static func prepare(_ data: Data, besides path: String, mode: mode_t?) throws(Failure) -> String {
        let url = URL(fileURLWithPath: path)
        let temporary =
            url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".\(UUID().uuidString).tmp"
        // Created readable by its owner only, so no other user can open it before its mode is set.
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode ?? 0o600)
        guard descriptor >= 0 else { throw Failure(errno) }
        var failure: Int32 = 0
        let finalMode = mode ?? newFileMode()
        if fchmod(descriptor, finalMode) != 0 { failure = errno }
        if failure == 0 {
            data.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count, let base = buffer.baseAddress {
                    let written = write(descriptor, base + offset, buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    offset += written
                }
            }
        }
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        guard failure == 0 else {
            unlink(temporary)
            throw Failure(failure)
        }
        return temporary
    }

    /// Flushes a rename in `path`'s folder to disk, so the new file survives a power cut.
    static func syncFolder(of path: String) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let directory = open(folder, O_RDONLY | O_CLOEXEC)
        guard directory >= 0 else { return }
        fsync(directory)
        close(directory)
    }

    /// 0666 less the process's umask: the mode `open` would give a new file.
    private static func newFileMode() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return 0o666 & ~mask
    }
}
