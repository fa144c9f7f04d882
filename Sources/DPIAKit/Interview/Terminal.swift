/// Where an interview is shown and typed: the real terminal (`SystemTerminal` in the `dpia` executable)
/// or a script of lines in tests.
public protocol Terminal: AnyObject {
    /// Shows `text` at once (a prompt has no line break, so nothing may wait in a buffer).
    func write(_ text: String)
    /// The next line typed, without its line break; nil at the end of input. At a terminal, up and
    /// down bring back `history` (earlier answers to the question, newest last) for editing.
    func readLine(history: [String]) -> String?
    /// The width in columns that text is wrapped to, read again whenever the terminal is resized;
    /// nil when the output is not a terminal (a pipe or a file), where lines are not wrapped.
    var width: Int? { get }
}

extension Terminal {
    /// The next line typed, with no earlier answers to bring back.
    public func readLine() -> String? { readLine(history: []) }

    /// No wrapping unless the terminal says how wide it is.
    public var width: Int? { nil }
}
