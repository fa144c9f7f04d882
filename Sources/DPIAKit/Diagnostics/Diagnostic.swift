/// One problem found in an input file, printed like a compiler's: `file:line:col: error: message`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How serious the problem is.
    public enum Severity: String, Hashable, Sendable {
        case error, warning, note
    }

    /// How serious the problem is.
    public var severity: Severity
    /// The message: lowercase, no final full stop, identifiers in single quotes.
    public var message: String
    /// Where the problem is, when it has a place.
    public var location: SourceLocation?
    /// Related places ("first defined here"), printed after the diagnostic.
    public var notes: [Diagnostic]

    /// Creates a diagnostic.
    public init(
        _ severity: Severity, _ message: String, at location: SourceLocation?,
        notes: [Diagnostic] = []
    ) {
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
    }

    /// Creates an error.
    public static func error(_ message: String, at location: SourceLocation?, notes: [Diagnostic] = [])
        -> Diagnostic
    {
        Diagnostic(.error, message, at: location, notes: notes)
    }

    /// Creates a warning.
    public static func warning(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.warning, message, at: location)
    }

    /// Creates a note.
    public static func note(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.note, message, at: location)
    }

    /// The one-line form, without source snippet: `file:line:col: error: message`.
    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        return "\(place)\(severity.rawValue): \(message)"
    }
}

/// Collects diagnostics while a layer is loaded, checked or evaluated; never stops at the first one,
/// but keeps at most `maximumPerFile` errors and as many warnings for each file, so a file with
/// thousands of problems costs bounded memory and output. The rest are counted and summed up in one
/// line per file ("7950 more errors in 'a.yaml' not shown").
public final class DiagnosticLog {
    /// The errors (and, separately, the warnings) kept for one file; the rest are only counted.
    public static let maximumPerFile = 50

    /// Everything kept so far, in the order reported, without duplicates.
    public private(set) var diagnostics: [Diagnostic] = []
    /// Every error reported, including those not kept.
    public private(set) var errorCount = 0
    /// Every warning reported, including those not kept.
    public private(set) var warningCount = 0
    private var seen: Set<Diagnostic> = []
    private var kept: [Tally: Int] = [:]
    private var dropped: [Tally: Int] = [:]

    /// A file and a severity, the unit the bound applies to.
    private struct Tally: Hashable {
        var file: String
        var severity: Diagnostic.Severity
    }

    /// Creates an empty log.
    public init() {}

    /// Reports a diagnostic; an identical one reported earlier is not repeated.
    public func report(_ diagnostic: Diagnostic) {
        guard seen.insert(diagnostic).inserted else { return }
        switch diagnostic.severity {
        case .error: errorCount += 1
        case .warning: warningCount += 1
        case .note: break
        }
        if let file = diagnostic.location?.file, diagnostic.severity != .note {
            let tally = Tally(file: file, severity: diagnostic.severity)
            guard kept[tally, default: 0] < DiagnosticLog.maximumPerFile else {
                dropped[tally, default: 0] += 1
                return
            }
            kept[tally, default: 0] += 1
        }
        diagnostics.append(diagnostic)
    }

    /// Reports an error.
    public func error(_ message: String, at location: SourceLocation?, notes: [Diagnostic] = []) {
        report(.error(message, at: location, notes: notes))
    }

    /// Reports a warning.
    public func warning(_ message: String, at location: SourceLocation?) {
        report(.warning(message, at: location))
    }

    /// Whether any error was reported.
    public var hasErrors: Bool { errorCount > 0 }

    /// The diagnostics sorted by file and position, for stable output, then one note per file and
    /// severity whose diagnostics were not all kept.
    public var sorted: [Diagnostic] {
        let ordered = diagnostics.enumerated().sorted { lhs, rhs in
            switch (lhs.element.location, rhs.element.location) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return false
            case (_?, nil): return true
            default: return lhs.offset < rhs.offset
            }
        }.map(\.element)
        let summaries = dropped.sorted {
            ($0.key.file, $0.key.severity.rawValue) < ($1.key.file, $1.key.severity.rawValue)
        }
        .map { tally, count in
            Diagnostic.note(
                "\(count) more \(tally.severity.rawValue)\(count == 1 ? "" : "s") in '\(tally.file)' not shown",
                at: nil)
        }
        return ordered + summaries
    }
}

extension Diagnostic {
    /// The most of a user's text a message repeats, in Unicode scalars.
    public static let maximumEcho = 60

    /// `text` as a message may repeat it: at most `maximumEcho` scalars (then an ellipsis), with
    /// control characters shown as `<U+001B>` so a message cannot move the cursor or recolour a
    /// terminal.
    public static func excerpt(_ value: some CustomStringConvertible) -> String {
        excerpt(value.description)
    }

    /// `text` as a message may repeat it: at most `maximumEcho` scalars (then an ellipsis), with
    /// control characters shown as `<U+001B>`.
    public static func excerpt(_ text: String) -> String {
        var result = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == maximumEcho {
                result += "…"
                break
            }
            count += 1
            if VisibleText.isControl(scalar) {
                result += VisibleText.codePoint(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
