internal import Yams

/// Maps each Unicode scalar of a YAML scalar's value back to its place in the file, so a problem inside
/// a condition (a misspelt question id, a stray `)`) is reported at its own column, also when the
/// condition is quoted or folded over several lines.
enum ScalarLocator {
    /// One location per scalar of `value`, plus one just past its end.
    static func locations(
        of value: String, node: Node, file: String, lines: [[Unicode.Scalar]]
    ) -> [SourceLocation] {
        guard let mark = node.mark else { return [] }
        var line = mark.line
        var column = mark.column
        let style = node.scalar?.style
        if style == .literal || style == .folded {
            line += 1
            column = 1
        }
        func scalar(at line: Int, _ column: Int) -> Unicode.Scalar? {
            guard line >= 1, line <= lines.count else { return nil }
            let text = lines[line - 1]
            return column >= 1 && column <= text.count ? text[column - 1] : nil
        }
        var result: [SourceLocation] = []
        let start = SourceLocation(file: file, line: mark.line, column: mark.column)
        for wanted in value.unicodeScalars {
            let before = result.count
            var steps = 0
            while line <= lines.count, steps < 10_000 {
                steps += 1
                guard let found = scalar(at: line, column) else {
                    // End of a physical line: a folded value reads it as a space or newline.
                    if wanted == " " || wanted == "\n" {
                        result.append(SourceLocation(file: file, line: line, column: column))
                        line += 1
                        column = 1
                        break
                    }
                    line += 1
                    column = 1
                    continue
                }
                if found == wanted {
                    result.append(SourceLocation(file: file, line: line, column: column))
                    column += 1
                    break
                }
                // Indentation, quotes and escapes are in the file but not in the value.
                column += 1
            }
            if result.count == before { result.append(result.last ?? start) }
        }
        let end = result.last.map { $0.advanced(by: 1) } ?? start
        result.append(end)
        return result
    }
}
