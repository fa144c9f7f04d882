import ArgumentParser
import DPIAKit
import Foundation

/// Writing reports with `AtomicFile`: never over an existing file without --force, through a symlink
/// to its target, keeping the replaced file's mode, and with a clear message when the folder is
/// missing or read-only.
enum OutputFile {
    /// Writes `text` to `path`; `mode` (the answers file's, for `assess`) wins over the mode of the
    /// file replaced.
    static func write(
        _ text: String, to path: String, force: Bool, mode: mode_t? = nil, color: Bool = ColorMode.auto.isEnabled
    ) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            Console.error("the folder '\(folder)' does not exist; create it first", file: path, color: color)
            throw ExitCode.cannotCreate
        }
        if FileManager.default.fileExists(atPath: path) && !force {
            Console.error("the file exists; pass --force to replace it", file: path, color: color)
            throw ExitCode.cannotCreate
        }
        do {
            try AtomicFile.replace(path, with: Data(text.utf8), mode: mode)
        } catch {
            Console.error(
                "cannot write the file (\(error.reason)); the previous file, if any, is untouched", file: path,
                color: color)
            throw ExitCode.cannotCreate
        }
    }
}

/// Today's date: from SOURCE_DATE_EPOCH when it holds an instant of the years 0 to 9999
/// (reproducible builds), else the system clock in UTC. Read only when the answers carry no date.
enum Clock {
    static func today() -> CalendarDate {
        let fixed = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Double.init)
        guard
            let date = fixed.flatMap(CalendarDate.init(utcSecondsSince1970:))
                ?? CalendarDate(utcSecondsSince1970: Date().timeIntervalSince1970)
        else { preconditionFailure("the system clock is outside the years 0 to 9999") }
        return date
    }
}
