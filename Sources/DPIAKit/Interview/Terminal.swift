/// Where an interview is shown and typed: the real terminal (`SystemTerminal` in the `dpia` executable)
/// or a script of lines in tests.
public protocol Terminal: AnyObject {
    /// Shows `text` at once (a prompt has no line break, so nothing may wait in a buffer).
    func write(_ text: String)
    /// The next line typed, without its line break; nil at the end of input.
    func readLine() -> String?
}
