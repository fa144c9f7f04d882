@testable import DPIAKit

/// A terminal that types a fixed list of lines and records everything written, for running whole
/// interviews in unit tests.
final class ScriptedTerminal: Terminal {
    private var lines: [String]
    /// Everything written so far.
    private(set) var output = ""
    /// The history offered at each read, in order.
    private(set) var histories: [[String]] = []
    let width: Int?

    init(_ lines: [String], width: Int? = nil) {
        self.lines = lines
        self.width = width
    }

    func write(_ text: String) {
        output += text
    }

    func readLine(history: [String]) -> String? {
        histories.append(history)
        return lines.isEmpty ? nil : lines.removeFirst()
    }
}
