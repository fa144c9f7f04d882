/// A 1-based position in a named input file, as a compiler would print it.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file as the user named it, or the bundled file's name (`led-core.yaml`).
    public var file: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, counted in Unicode scalars like YAML marks.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// A problem with the whole file (it is missing, unreadable, a folder): no line or column.
    public static func file(_ name: String) -> SourceLocation {
        SourceLocation(file: name, line: 0, column: 0)
    }

    /// `file:line:col`, or only `file` for a problem with the whole file.
    public var description: String { line == 0 ? file : "\(file):\(line):\(column)" }

    /// The same position shifted right by `columns`.
    public func advanced(by columns: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column + columns)
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
