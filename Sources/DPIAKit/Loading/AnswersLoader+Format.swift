import Foundation

/// Telling answers and case files from questionnaire layers by their `format:` line, without
/// parsing them.
extension AnswersLoader {
    /// Whether `text` has a line `format: dpia-answers/…`, of any version: how `lint` tells an
    /// answers or case file from a layer, so that a version it cannot read is reported as such.
    public static func namesAnswersFormat(_ text: String) -> Bool {
        text.split(separator: "\n").contains { $0.hasPrefix("format: dpia-answers/") }
    }

    /// Whether `text` declares, at the top level, the answers format this version reads (`format:
    /// dpia-answers/1`, quoted or not): how `register` and `recheck` pick the answers files of a
    /// folder.
    public static func declaresFormat(_ text: String) -> Bool {
        text.split(whereSeparator: \.isNewline).contains { line in
            guard line.hasPrefix("format:") else { return false }
            let value = line.dropFirst("format:".count).trimmingCharacters(in: .whitespaces)
            return [format, "\"\(format)\"", "'\(format)'"].contains(value)
        }
    }
}
