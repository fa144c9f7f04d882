@testable import DPIAKit

/// A terminal that types a fixed list of lines and records everything written, for running whole
/// interviews in unit tests.
final class ScriptedTerminal: Terminal {
    private var lines: [String]
    /// Everything written so far.
    private(set) var output = ""

    init(_ lines: [String]) {
        self.lines = lines
    }

    func write(_ text: String) {
        output += text
    }

    func readLine() -> String? {
        lines.isEmpty ? nil : lines.removeFirst()
    }
}
