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

    /// The widest source excerpt printed, in Unicode scalars; a longer line is cut to a window around
    /// the column, with an ellipsis on each side that was cut.
    public static let excerptWidth = 100

    /// The full rendering of `diagnostics`, one block each.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        var out = ""
        write(diagnostics) { out += $0 }
        return out
    }

    /// Renders `diagnostics` one block at a time and hands each block to `output` as soon as it is
    /// made, so printing many costs no more memory than printing one.
    public func write(_ diagnostics: [Diagnostic], to output: (String) -> Void) {
        // Each file is split into lines once, however many diagnostics point into it.
        var lines = LineCache(sources: sources)
        for diagnostic in diagnostics { output(render(diagnostic, lines: &lines)) }
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
            let excerpt = DiagnosticPrinter.excerpt(of: line, around: location.column)
            out += excerpt.text + "\n"
            out += excerpt.pad + paint("^", color: "32", bold: true) + "\n"
        }
        for note in diagnostic.notes { out += render(note, lines: &lines) }
        return out
    }

    /// The part of `line` shown under a diagnostic at `column`, and the padding that puts a caret
    /// under that column. Control characters are shown as `?`, one column each, so the excerpt cannot
    /// drive the terminal.
    static func excerpt(of line: [Unicode.Scalar], around column: Int) -> (text: String, pad: String) {
        let index = max(0, column - 1)
        var start = 0
        var end = line.count
        if line.count > excerptWidth {
            start = max(0, min(index - excerptWidth / 2, line.count - excerptWidth))
            end = min(line.count, start + excerptWidth)
        }
        var text = String.UnicodeScalarView()
        var pad = ""
        if start > 0 {
            text.append("…")
            pad += " "
        }
        for position in start..<end {
            let scalar = line[position]
            let isHidden = VisibleText.isControl(scalar) || VisibleText.isNoncharacter(scalar)
            let shown: Unicode.Scalar = scalar != "\t" && isHidden ? "?" : scalar
            text.append(shown)
            if position < index { pad += scalar == "\t" ? "\t" : " " }
        }
        if end < line.count { text.append("…") }
        if index > end { pad += String(repeating: " ", count: index - end) }
        return (String(text), pad)
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

    mutating func line(_ location: SourceLocation) -> [Unicode.Scalar]? {
        if split[location.file] == nil, let text = sources[location.file] {
            split[location.file] = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        }
        guard let lines = split[location.file], location.line >= 1, location.line <= lines.count else { return nil }
        return lines[location.line - 1].unicodeScalars.filter { $0 != "\r" }
    }
}
