import DPIAKit
import Foundation

/// The process's own standard input and output as the interview's terminal. Output is written
/// unbuffered through `FileHandle`, so a prompt without a line break shows at once, on a terminal or
/// a pipe.
final class SystemTerminal: Terminal {
    /// Whether to repeat each line read after its prompt: when standard input is not a terminal the
    /// user's answers are not echoed, and the transcript should still show them.
    let echoesInput: Bool

    init(echoesInput: Bool) {
        self.echoesInput = echoesInput
    }

    func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    func readLine() -> String? {
        guard let line = Swift.readLine(strippingNewline: true) else { return nil }
        if echoesInput { write(line + "\n") }
        return line
    }
}
