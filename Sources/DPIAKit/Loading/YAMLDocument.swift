internal import Yams

/// A YAML file composed into a node tree, with every syntax error reported and the tree guarded
/// against hostile input (oversized files, alias bombs, deep nesting) before anything walks it.
struct YAMLDocument {
    /// The root node, when any part of the file could be composed.
    var root: Node?
    /// The name diagnostics use for the file.
    var file: String
    /// The file's lines after normalisation (no byte-order mark, LF line endings), as Unicode
    /// scalars, so columns match YAML marks.
    var lines: [[Unicode.Scalar]] = []
    /// Lines dropped to recover from syntax errors; problems they cause are not reported again.
    var blankedLines: Set<Int> = []

    /// The largest file read: far above any real questionnaire (the 100 000-question benchmark
    /// file is under 30 MiB), small enough that composing it cannot exhaust memory.
    static let maximumBytes = 48 * 1024 * 1024
    /// The deepest nesting of lists and mappings accepted; real files use fewer than ten levels.
    static let maximumDepth = 64
    /// Syntax errors reported before giving up on a file.
    static let maximumSyntaxErrors = 25

    /// Composes `text`. On a syntax error the faulty line is blanked and composing resumes, so the
    /// problems after it are still found; each syntax error is reported once.
    init(text raw: String, file: String, log: DiagnosticLog) {
        self.file = file
        guard raw.utf8.count <= YAMLDocument.maximumBytes else {
            log.error(
                "file is larger than \(YAMLDocument.maximumBytes / 1024 / 1024) MiB; split it into layers",
                at: SourceLocation(file: file, line: 1, column: 1))
            return
        }
        let text = YAMLDocument.normalized(raw, file: file, log: log)
        // Split on the byte: a line feed never occurs inside another scalar's UTF-8.
        var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .map { String(Substring($0)) }
        self.lines = lines.map { Array($0.unicodeScalars) }
        var blanked: Set<Int> = []
        // Each pass blanks one more line, so this ends; the bound keeps it cheap.
        for _ in 0..<YAMLDocument.maximumSyntaxErrors {
            do {
                // The basic resolver: every scalar stays text (no YAML 1.1 booleans, no merge keys), and no
                // regular expression runs per scalar.
                root = try Yams.compose(yaml: blanked.isEmpty ? text : lines.joined(separator: "\n"), .basic)
                break
            } catch let error as YamlError {
                guard let problem = YAMLDocument.describe(error, file: file, lines: lines) else {
                    log.error("cannot read YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
                    return
                }
                log.report(problem.diagnostic)
                guard let line = problem.lineToDrop, line >= 1, line <= lines.count, !blanked.contains(line)
                else { return }
                blanked.insert(line)
                lines[line - 1] = ""
            } catch {
                log.error("cannot read YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
                return
            }
        }
        blankedLines = blanked
        guard let root else {
            // Nothing to compose and no syntax error: the file has no content at all.
            if blanked.isEmpty {
                log.error(
                    "the file is empty or holds only comments",
                    at: SourceLocation(file: file, line: 1, column: 1))
            }
            return
        }
        let budget = 100_000 + text.utf8.count
        if !YAMLDocument.isWithinLimits(root, budget: budget, file: file, log: log) {
            self.root = nil
            return
        }
        reportTagsAndControls(in: root, log: log)
    }

    /// Reports every explicit YAML tag (`!!null`, `!!python/object`, `!local`): dpia reads text, so a
    /// tag could only change a value's meaning behind the reader's back. A tagged node starts with
    /// its tag, so the file's own text says which nodes have one. Reports too every value holding a
    /// control character or noncharacter (written as an escape such as `"\u0092"`, since YAML refuses
    /// them raw): such a character breaks the report's front matter and the terminal, and is never
    /// what the writer meant to type.
    private func reportTagsAndControls(in root: Node, log: DiagnosticLog) {
        var stack = [root]
        while let node = stack.popLast() {
            switch node {
            case .scalar(let scalar):
                if let bad = scalar.string.unicodeScalars.first(where: VisibleText.isForbidden) {
                    log.error(YAMLDocument.forbiddenMessage(bad), at: escapeLocation(of: bad, in: node))
                }
            case .alias: break
            case .sequence(let sequence): stack.append(contentsOf: sequence)
            case .mapping(let mapping):
                for (key, value) in mapping.reversed() {
                    stack.append(value)
                    stack.append(key)
                }
            }
            guard let mark = node.mark, mark.line >= 1, mark.line <= lines.count else { continue }
            let line = lines[mark.line - 1]
            guard mark.column >= 1, mark.column <= line.count, line[mark.column - 1] == "!" else { continue }
            let tag = line[(mark.column - 1)...].prefix {
                !$0.properties.isWhitespace && !",[]{}".unicodeScalars.contains($0)
            }
            log.error(
                "YAML tag '\(Diagnostic.excerpt(String(String.UnicodeScalarView(tag))))' is not allowed in dpia files; write the plain value",
                at: SourceLocation(file: file, line: mark.line, column: mark.column))
        }
    }

    /// The message for a character dpia refuses.
    static func forbiddenMessage(_ scalar: Unicode.Scalar) -> String {
        "\(VisibleText.describe(scalar)) is not allowed in dpia files; delete it or type the character meant"
    }

    /// Where the escape that wrote `scalar` into `node`'s value is (`\u0092`, `\x1b`, `\a`), or the
    /// node itself when it cannot be found.
    private func escapeLocation(of scalar: Unicode.Scalar, in node: Node) -> SourceLocation {
        let start = YAMLDocument.location(of: node, in: file)
        var column = start.column - 1
        for lineIndex in (start.line - 1)..<min(lines.count, start.line + 200) where lineIndex >= 0 {
            let line = lines[lineIndex]
            while column < line.count {
                defer { column += 1 }
                guard line[column] == "\\", column + 1 < line.count else { continue }
                let escape = YAMLDocument.decodeEscape(line, at: column + 1)
                if escape.value == scalar {
                    return SourceLocation(file: file, line: lineIndex + 1, column: column + 1)
                }
                column += escape.length
            }
            column = 0
        }
        return start
    }

    /// The scalar a double-quoted YAML escape writes (the text after the backslash, at `index`), and
    /// how many scalars it spans after the backslash.
    private static func decodeEscape(_ line: [Unicode.Scalar], at index: Int) -> (value: Unicode.Scalar?, length: Int) {
        let simple: [Unicode.Scalar: UInt32] = [
            "0": 0, "a": 7, "b": 8, "t": 9, "n": 10, "v": 11, "f": 12, "r": 13, "e": 27, "N": 0x85,
        ]
        let letter = line[index]
        if let value = simple[letter] { return (Unicode.Scalar(value), 1) }
        let digits: Int
        switch letter {
        case "x": digits = 2
        case "u": digits = 4
        case "U": digits = 8
        default: return (nil, 1)
        }
        guard index + digits < line.count else { return (nil, 1) }
        let hex = String(String.UnicodeScalarView(line[(index + 1)...(index + digits)]))
        return (UInt32(hex, radix: 16).flatMap(Unicode.Scalar.init), 1 + digits)
    }

    /// The text without a byte-order mark and with LF line endings. Neither changes a meaning, and
    /// every line and column is counted on the normalised text, so locations stay right.
    static func normalized(_ text: String, file: String, log: DiagnosticLog) -> String {
        var text = text
        if text.unicodeScalars.first == "\u{FEFF}" {
            text.unicodeScalars.removeFirst()
            log.warning(
                "the file starts with a byte-order mark, which was ignored; save it as UTF-8 without one",
                at: SourceLocation(file: file, line: 1, column: 1))
        }
        guard text.utf8.contains(UInt8(ascii: "\r")) else { return text }
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                scalars.append("\n")
                previousWasCR = true
                continue
            }
            if !(scalar == "\n" && previousWasCR) { scalars.append(scalar) }
            previousWasCR = false
        }
        return String(scalars)
    }

    /// A syntax problem: what to report, and which line to drop before trying again.
    private struct Problem {
        var diagnostic: Diagnostic
        var lineToDrop: Int?
    }

    /// The compiler-style diagnostic for a Yams error.
    private static func describe(_ error: YamlError, file: String, lines: [String]) -> Problem? {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            var message = problem
            var place = mark
            if let context {
                message = "\(context.text) \(problem)"
                // An unterminated quote or bracket is only noticed at the end of the file; the
                // place to fix is where it was opened.
                if problem.contains("end of stream") { place = context.mark }
            }
            if problem.contains("alias") {
                message = "anchors and aliases are not allowed in dpia files"
            } else if problem.contains("depth") {
                message = "nesting is deeper than YAML allows; dpia files need fewer than \(maximumDepth) levels"
            }
            let location = SourceLocation(file: file, line: place.line, column: place.column)
            let line = place.line <= lines.count ? place.line : lines.count
            return Problem(diagnostic: .error(message, at: location), lineToDrop: line)
        case let .duplicatedKeysInMapping(duplicates, context):
            guard let key = duplicates.first else { return nil }
            let first = SourceLocation(file: file, line: context.mark.line, column: context.mark.column)
            let second = duplicateLocation(of: key, after: first, in: lines)
            let notes = second == nil ? [] : [Diagnostic.note("first defined here", at: first)]
            return Problem(
                diagnostic: .error(
                    "duplicate key '\(Diagnostic.excerpt(key))' in the same mapping; a key may appear once",
                    at: second ?? first, notes: notes),
                lineToDrop: second?.line)
        case let .reader(problem, _, _, _):
            // libyaml refuses a raw control character without saying where: find it.
            for (index, line) in lines.enumerated() {
                guard let column = Array(line.unicodeScalars).firstIndex(where: isUnreadable) else { continue }
                let bad = Array(line.unicodeScalars)[column]
                return Problem(
                    diagnostic: .error(
                        forbiddenMessage(bad), at: SourceLocation(file: file, line: index + 1, column: column + 1)),
                    lineToDrop: nil)
            }
            return Problem(
                diagnostic: .error("cannot read: \(problem)", at: SourceLocation(file: file, line: 1, column: 1)),
                lineToDrop: nil)
        default:
            return nil
        }
    }

    /// Whether libyaml refuses `scalar` written raw: a control character other than a tab or a line
    /// break, or a noncharacter.
    private static func isUnreadable(_ scalar: Unicode.Scalar) -> Bool {
        VisibleText.isForbidden(scalar)
    }

    /// Where `key` is written a second time in the mapping whose first key is at `first` (Yams
    /// reports only the first), or nil when the mapping ends before that.
    private static func duplicateLocation(of key: String, after first: SourceLocation, in lines: [String])
        -> SourceLocation?
    {
        let indent = first.column - 1
        guard first.line >= 1 else { return nil }
        for index in first.line..<lines.count {
            let scalars = Array(lines[index].unicodeScalars)
            var column = scalars.prefix { $0 == " " }.count
            var startsItem = false
            if column + 1 < scalars.count, scalars[column] == "-", scalars[column + 1] == " " {
                startsItem = true
                column += 1
                while column < scalars.count, scalars[column] == " " { column += 1 }
            }
            guard column < scalars.count, scalars[column] != "#" else { continue }  // blank or comment
            // Less indented, or a new list item at this column: the mapping has ended.
            if column < indent || (startsItem && column == indent) { return nil }
            guard column == indent else { continue }
            let body = String(String.UnicodeScalarView(scalars[column...]))
            if [key + ":", "\"\(key)\":", "'\(key)':"].contains(where: { body.hasPrefix($0) }) {
                return SourceLocation(file: first.file, line: index + 1, column: column + 1)
            }
        }
        return nil
    }

    /// Rejects aliases, oversized and over-deep trees before any consumer expands them. Yams resolves
    /// an alias to the anchored node itself, mark included, so a node met twice at the same place
    /// and of the same kind can only have come through an alias.
    private static func isWithinLimits(_ root: Node, budget: Int, file: String, log: DiagnosticLog) -> Bool {
        struct Place: Hashable {
            let line: Int, column: Int, kind: Int
        }
        var remaining = budget
        var seen: Set<Place> = []
        var stack: [(node: Node, depth: Int)] = [(root, 0)]
        while let (node, depth) = stack.popLast() {
            remaining -= 1
            if remaining < 0 {
                log.error(
                    "file expands to more than \(budget) YAML nodes; remove repetition or split it",
                    at: location(of: node, in: file))
                return false
            }
            if depth > maximumDepth {
                log.error(
                    "nesting is deeper than \(maximumDepth) levels; dpia files need only a few",
                    at: location(of: node, in: file))
                return false
            }
            let kind: Int
            switch node {
            case .scalar, .alias: kind = 0
            case .sequence(let sequence):
                kind = 1
                stack.append(contentsOf: sequence.map { ($0, depth + 1) })
            case .mapping(let mapping):
                kind = 2
                for (key, value) in mapping { stack.append((key, depth + 1)); stack.append((value, depth + 1)) }
            }
            // Empty values have no text of their own and may share a place with a neighbour.
            let isEmptyValue = node.scalar?.string.isEmpty == true
            if !isEmptyValue, let mark = node.mark,
                !seen.insert(Place(line: mark.line, column: mark.column, kind: kind)).inserted
            {
                log.error(
                    "anchors and aliases are not allowed in dpia files; write the value out",
                    at: location(of: node, in: file))
                return false
            }
        }
        return true
    }

    /// The location of a node, or the start of the file.
    static func location(of node: Node, in file: String) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file, line: 1, column: 1) }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }
}
