import DPIAKit
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The process's own standard input and output as the interview's terminal. Output is written
/// unbuffered through `FileHandle`, so a prompt without a line break shows at once, on a terminal or
/// a pipe.
///
/// When standard input is a terminal, a line is read in raw mode through ``LineEditor``: arrows,
/// Home/End, Backspace/Delete, word moves, Ctrl-U and up/down for earlier answers. The terminal's
/// own mode is restored after every line, at exit and on Ctrl-C (``restoreMode()``). Otherwise lines
/// are read as they come and echoed, so a transcript shows them.
final class SystemTerminal: Terminal {
    /// Whether standard input is a terminal (line editing) rather than a pipe or a file (echo).
    let isInteractive: Bool
    /// The start of the line last written without a line break: the prompt the editor redraws.
    private var prompt = ""
    private let resize: (any DispatchSourceSignal)?

    init() {
        // A dumb terminal cannot move the cursor: it gets the terminal's own line editing.
        isInteractive =
            isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
            && ProcessInfo.processInfo.environment["TERM"] != "dumb"
        if isatty(STDOUT_FILENO) == 1 {
            Self.widthState.withLock { $0 = Self.readWidth() }
            signal(SIGWINCH, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: SIGWINCH, queue: .global())
            source.setEventHandler { Self.widthState.withLock { $0 = Self.readWidth() } }
            source.resume()
            resize = source
        } else {
            resize = nil
        }
    }

    deinit { resize?.cancel() }

    var width: Int? {
        resize == nil ? nil : Self.widthState.withLock { $0 }
    }

    func write(_ text: String) {
        if let lastBreak = text.lastIndex(of: "\n") {
            prompt = String(text[text.index(after: lastBreak)...])
        } else {
            prompt += text
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// The terminal's height in rows, or nil when the output is not a terminal.
    var height: Int? {
        guard resize != nil else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return nil }
        return Int(size.ws_row)
    }

    /// Shows `lines` a screenful at a time at a terminal (Enter for more, q to stop early), then
    /// waits for Enter with `closing`; elsewhere writes them all at once. False at the end of input.
    @discardableResult
    func page(_ lines: [String], closing: String, more: String = SessionText.pagerMore.text(in: .en)) -> Bool {
        guard isInteractive, let height, height > 4 else {
            write(lines.joined(separator: "\n") + "\n")
            return true
        }
        var start = 0
        let room = height - 2
        while lines.count - start > room {
            write(lines[start..<start + room].joined(separator: "\n") + "\n")
            start += room
            write(more)
            guard let answer = readLine(history: []) else { return false }
            if answer.trimmingCharacters(in: .whitespaces).lowercased() == "q" {
                start = lines.count
            }
        }
        if start < lines.count { write(lines[start...].joined(separator: "\n") + "\n") }
        write(closing)
        return readLine(history: []) != nil
    }

    /// Writes `text` (paragraphs, each on one line or pre-wrapped) wrapped to the terminal's width.
    func writeWrapped(_ text: String) {
        let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false)
        write(
            paragraphs.map { TextLayout.wrap(String($0), width: width).joined(separator: "\n") }.joined(separator: "\n")
        )
    }

    func readLine(history: [String]) -> String? {
        guard isInteractive, Self.enterRawMode() else {
            guard let line = Swift.readLine(strippingNewline: true) else { return nil }
            if isatty(STDIN_FILENO) != 1 { write(line + "\n") }
            return line
        }
        defer { Self.restoreMode() }
        var editor = LineEditor(history: history)
        var decoder = KeyDecoder()
        var byte: UInt8 = 0
        while true {
            let count = read(STDIN_FILENO, &byte, 1)
            if count < 0 && errno == EINTR { continue }
            guard count == 1 else { return editor.text.isEmpty ? nil : editor.line }
            for key in decoder.feed(byte) {
                switch editor.apply(key) {
                case .editing:
                    FileHandle.standardOutput.write(Data(editor.redraw(prompt: prompt, width: width ?? 80).utf8))
                case .line(let line):
                    FileHandle.standardOutput.write(Data("\r\n".utf8))
                    prompt = ""
                    return line
                case .endOfInput:
                    return nil
                }
            }
        }
    }

    // MARK: - Terminal modes

    /// The terminal's mode before raw mode, to restore; nil while it is not changed.
    private static let savedMode = Locked<termios?>(nil)
    /// The width read at start and again on every SIGWINCH.
    private static let widthState = Locked<Int?>(nil)

    /// Puts standard input in raw mode (no echo, no line buffering; Ctrl-C still interrupts).
    private static func enterRawMode() -> Bool {
        var mode = termios()
        guard tcgetattr(STDIN_FILENO, &mode) == 0 else { return false }
        savedMode.withLock { $0 = mode }
        var raw = mode
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL | INLCR | ISTRIP)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        return tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0
    }

    /// Gives the terminal back the mode it had before raw mode; safe to call at any time.
    static func restoreMode() {
        savedMode.withLock { saved in
            guard var mode = saved else { return }
            tcsetattr(STDIN_FILENO, TCSANOW, &mode)
            saved = nil
        }
    }

    /// The terminal's width in columns, or nil when it does not say.
    private static func readWidth() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}

/// A value shared with signal handlers, behind a lock.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    func withLock<Result>(_ body: (inout Value) -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
