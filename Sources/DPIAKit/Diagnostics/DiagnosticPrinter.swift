import Foundation

/// Renders diagnostics the way compilers do: the located message, the source line, a caret under the
/// column, then the notes.
public struct DiagnosticPrinter: Sendable {
    /// The text of each file the diagnostics may point into, keyed by `SourceLocation.file`.
    public var sources: [String: String]
    /// Whether to add ANSI colours (only for a terminal, and never when `NO_COLOR` is set).
    public var usesColor: Bool

    /// Creates a printer.
    public init(sources: [String: String] = [:], usesColor: Bool = false) {
        self.sources = sources
        self.usesColor = usesColor
    }

    /// The full rendering of `diagnostics`, one block each.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined()
    }

    /// The rendering of one diagnostic and its notes.
    public func render(_ diagnostic: Diagnostic) -> String {
        var out = ""
        let place = diagnostic.location.map { "\($0): " } ?? ""
        out += paint(place, bold: true)
        out += paint("\(diagnostic.severity.rawValue):", color: colorCode(diagnostic.severity), bold: true)
        out += " \(diagnostic.message)\n"
        if let location = diagnostic.location, let line = sourceLine(location) {
            out += line + "\n"
            let pad = String(line.unicodeScalars.prefix(max(0, location.column - 1)).map {
                $0 == "\t" ? "\t" : " "
            })
            out += pad + paint("^", color: "32", bold: true) + "\n"
        }
        for note in diagnostic.notes { out += render(note) }
        return out
    }

    private func sourceLine(_ location: SourceLocation) -> String? {
        guard let text = sources[location.file] else { return nil }
        var lineNumber = 1
        var current = Substring(text)
        while lineNumber < location.line {
            guard let newline = current.firstIndex(of: "\n") else { return nil }
            current = current[current.index(after: newline)...]
            lineNumber += 1
        }
        let line = current.prefix { $0 != "\n" && $0 != "\r\n" }
        return String(line).replacingOccurrences(of: "\r", with: "")
    }

    private func colorCode(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: "31"
        case .warning: "35"
        case .note: "36"
        }
    }

    private func paint(_ text: String, color: String? = nil, bold: Bool = false) -> String {
        guard usesColor, !text.isEmpty else { return text }
        let codes = ([bold ? "1" : nil, color].compactMap { $0 }).joined(separator: ";")
        return "\u{1B}[\(codes)m\(text)\u{1B}[0m"
    }
}
