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
        // Each file is split into lines once, however many diagnostics point into it.
        var lines = LineCache(sources: sources)
        return diagnostics.map { render($0, lines: &lines) }.joined()
    }

    /// The rendering of one diagnostic and its notes.
    public func render(_ diagnostic: Diagnostic) -> String {
        var lines = LineCache(sources: sources)
        return render(diagnostic, lines: &lines)
    }

    private func render(_ diagnostic: Diagnostic, lines: inout LineCache) -> String {
        var out = ""
        let place = diagnostic.location.map { "\($0): " } ?? ""
        out += paint(place, bold: true)
        out += paint("\(diagnostic.severity.rawValue):", color: colorCode(diagnostic.severity), bold: true)
        out += " \(diagnostic.message)\n"
        if let location = diagnostic.location, let line = lines.line(location) {
            out += line + "\n"
            let pad = String(
                line.unicodeScalars.prefix(max(0, location.column - 1)).map {
                    $0 == "\t" ? "\t" : " "
                })
            out += pad + paint("^", color: "32", bold: true) + "\n"
        }
        for note in diagnostic.notes { out += render(note, lines: &lines) }
        return out
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

/// The lines of each source file, split on first use.
private struct LineCache {
    let sources: [String: String]
    var split: [String: [Substring]] = [:]

    init(sources: [String: String]) {
        self.sources = sources
    }

    mutating func line(_ location: SourceLocation) -> String? {
        if split[location.file] == nil, let text = sources[location.file] {
            split[location.file] = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        }
        guard let lines = split[location.file], location.line >= 1, location.line <= lines.count else { return nil }
        return String(lines[location.line - 1]).replacingOccurrences(of: "\r", with: "")
    }
}
