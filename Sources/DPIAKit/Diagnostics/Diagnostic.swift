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

/// Collects diagnostics while a layer is loaded, checked or evaluated; never stops at the first one.
public final class DiagnosticLog {
    /// Everything reported so far, in the order reported, without duplicates.
    public private(set) var diagnostics: [Diagnostic] = []
    private var seen: Set<Diagnostic> = []

    /// Creates an empty log.
    public init() {}

    /// Reports a diagnostic; an identical one reported earlier is not repeated.
    public func report(_ diagnostic: Diagnostic) {
        if seen.insert(diagnostic).inserted { diagnostics.append(diagnostic) }
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
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The diagnostics sorted by file and position, for stable output.
    public var sorted: [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            switch (lhs.element.location, rhs.element.location) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return false
            case (_?, nil): return true
            default: return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }
}
