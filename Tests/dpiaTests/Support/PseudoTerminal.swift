import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Why a terminal session could not be driven to the expected point.
enum PseudoTerminalError: Error, CustomStringConvertible {
    case cannotOpen(Int32)
    case timedOut(waitingFor: String, seconds: TimeInterval, screen: String)

    var description: String {
        switch self {
        case .cannotOpen(let code):
            return "openpty failed: \(String(cString: strerror(code)))"
        case .timedOut(let text, let seconds, let screen):
            return "'\(text)' did not appear within \(seconds) s; the terminal showed:\n\(screen)"
        }
    }
}

/// A `dpia` process whose standard input, output and error are the secondary side of a
/// pseudo-terminal, driven from the primary side as a user at a terminal would: wait for a prompt,
/// type a line.
///
/// Reads use `poll` and `read(2)` under a deadline: `FileHandle.availableData` traps with EIO once the
/// child exits, and `read(upToCount:)` blocks until the full count arrives (house-style §7.5). The
/// terminal echoes what is typed and ends lines with `\r\n`; ``screen`` has the `\r`s and colour codes
/// removed.
final class TerminalSession {
    let process = Process()
    private let primary: Int32
    private var bytes = Data()
    /// Where in ``screen`` the last successful wait ended.
    private var consumed: String.Index?
    private var isClosed = false

    /// Starts the built `dpia` with `arguments` on a new pseudo-terminal `columns` wide and `rows` high.
    init(
        _ arguments: [String], environment: [String: String], currentDirectory: URL, columns: Int = 80,
        rows: Int = 24
    ) throws {
        var primary: Int32 = -1
        var secondary: Int32 = -1
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&primary, &secondary, nil, nil, &size) == 0 else {
            throw PseudoTerminalError.cannotOpen(errno)
        }
        self.primary = primary
        let child = FileHandle(fileDescriptor: secondary, closeOnDealloc: true)
        process.executableURL = builtDPIA
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = currentDirectory
        process.standardInput = child
        process.standardOutput = child
        process.standardError = child
        try process.run()
        // Only the child may hold the secondary side, or reads never see the end of the session.
        try child.close()
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        close(primary)
    }

    /// Everything shown so far, without `\r` and colour codes.
    var screen: String {
        String(decoding: bytes, as: UTF8.self)
            .replacingOccurrences(of: "\r", with: "")
            .replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    }

    /// Everything shown so far, exactly as the terminal received it.
    var rawOutput: String { String(decoding: bytes, as: UTF8.self) }

    /// Waits until `text` appears after the point the previous wait ended, and returns what was shown
    /// in between (including `text`).
    @discardableResult
    func waitFor(_ text: String, seconds: TimeInterval = 20) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let shown = screen
            let start = consumed.map { min($0, shown.endIndex) } ?? shown.startIndex
            if let range = shown.range(of: text, range: start..<shown.endIndex) {
                consumed = range.upperBound
                return String(shown[start..<range.upperBound])
            }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0, !isClosed || process.isRunning else {
                throw PseudoTerminalError.timedOut(waitingFor: text, seconds: seconds, screen: String(shown[start...]))
            }
            readAvailable(waitingAtMost: min(remaining, 0.2))
        }
    }

    /// Types `line` and Enter.
    func type(_ line: String) {
        send(line + "\n")
    }

    /// Types `text` as is (no Enter).
    func send(_ text: String) {
        let data = Array(text.utf8)
        var offset = 0
        while offset < data.count {
            let written = data[offset...].withUnsafeBytes { write(primary, $0.baseAddress, $0.count) }
            if written <= 0 { return }
            offset += written
        }
    }

    /// Waits for the process to end, reading its last output; returns its status (128 + signal when
    /// killed by one).
    func waitForExit(seconds: TimeInterval = 20) throws -> Int32 {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning {
            guard Date() < deadline else {
                throw PseudoTerminalError.timedOut(
                    waitingFor: "the end of the process", seconds: seconds, screen: screen)
            }
            readAvailable(waitingAtMost: 0.1)
        }
        process.waitUntilExit()
        while !isClosed, readAvailable(waitingAtMost: 0.05) {}
        return process.terminationReason == .uncaughtSignal
            ? 128 + process.terminationStatus : process.terminationStatus
    }

    /// Sends `signal` to the process.
    func signal(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// Reads what is available within `seconds`; false when nothing came.
    @discardableResult
    private func readAvailable(waitingAtMost seconds: TimeInterval) -> Bool {
        guard !isClosed else { return false }
        var descriptor = pollfd(fd: primary, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, Int32(seconds * 1000)) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { read(primary, $0.baseAddress, $0.count) }
        guard count > 0 else {
            // EIO: every holder of the secondary side has closed it; the child is gone.
            isClosed = true
            return false
        }
        bytes.append(contentsOf: buffer[0..<count])
        return true
    }
}
