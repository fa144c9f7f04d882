public import Foundation

/// Turning a file's bytes into text: UTF-8 only, and an invalid byte is reported at its line and
/// column, so a file saved in Latin-1 or UTF-16 by an editor gets a precise, fixable error.
public enum SourceText {
    /// The text of `data`; throws the diagnostic for its first byte that is not UTF-8.
    public static func decode(_ data: Data, file: String) throws(DiagnosedFailure) -> String {
        if let text = String(validating: data, as: UTF8.self) { return text }
        var line = 1
        var offset = 0
        var column = 1
        var decoder = Unicode.UTF8()
        var iterator = data.makeIterator()
        var scalars = String.UnicodeScalarView()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                offset += String(scalar).utf8.count
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput:
                return String(scalars)
            case .error:
                let hint =
                    data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
                    ? "the file looks like UTF-16" : "the file is not UTF-8 text"
                throw DiagnosedFailure(
                    .error(
                        "\(hint); save it as UTF-8 (byte \(offset + 1) cannot be read)",
                        at: SourceLocation(file: file, line: line, column: column)))
            }
        }
    }
}

/// An error that is fully described by a diagnostic, for the rare failures that end a stage.
public struct DiagnosedFailure: Error, Sendable {
    /// What went wrong and where.
    public let diagnostic: Diagnostic

    /// Wraps a diagnostic.
    public init(_ diagnostic: Diagnostic) {
        self.diagnostic = diagnostic
    }
}
