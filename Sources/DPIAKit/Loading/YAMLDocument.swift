internal import Yams

/// A YAML file composed into a node tree, with every syntax error reported and the tree guarded
/// against hostile input before anything walks it.
struct YAMLDocument {
    /// The root node, when any part of the file could be composed.
    var root: Node?
    /// The name diagnostics use for the file.
    var file: String
    /// Lines dropped to recover from syntax errors; problems they cause are not reported again.
    var blankedLines: Set<Int> = []

    /// Nodes allowed in one file: far above any real questionnaire, far below an alias bomb.
    static let nodeBudget = 200_000

    /// Composes `text`. On a syntax error the faulty line is blanked and composing resumes, so the
    /// problems after it are still found; each syntax error is reported once.
    init(text: String, file: String, log: DiagnosticLog) {
        self.file = file
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var blanked: Set<Int> = []
        // Each pass blanks at least one more line, so this ends; the bound keeps it cheap.
        for _ in 0..<25 {
            do {
                root = try Yams.compose(yaml: lines.joined(separator: "\n"))
                break
            } catch let error as YamlError {
                guard let (location, message) = YAMLDocument.describe(error, file: file) else {
                    log.error("cannot read YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
                    return
                }
                log.error(message, at: location)
                let line = YAMLDocument.lineToBlank(for: error, near: location.line, in: lines)
                guard let line, !blanked.contains(line) else { return }
                blanked.insert(line)
                lines[line - 1] = ""
            } catch {
                log.error("cannot read YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
                return
            }
        }
        blankedLines = blanked
        guard let root else { return }
        if !YAMLDocument.isWithinBudget(root, file: file, log: log) { self.root = nil }
    }

    /// The location and compiler-style message of a Yams error.
    private static func describe(_ error: YamlError, file: String) -> (SourceLocation, String)? {
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
            }
            return (SourceLocation(file: file, line: place.line, column: place.column), message)
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            let location = SourceLocation(file: file, line: context.mark.line, column: context.mark.column)
            return (location, "duplicate key \(keys) in the same mapping")
        case let .reader(problem, _, _, _):
            return (SourceLocation(file: file, line: 1, column: 1), "cannot read: \(problem)")
        default:
            return nil
        }
    }

    /// The line to drop before trying again: the reported line, or for a duplicate key the line of the
    /// second occurrence.
    private static func lineToBlank(for error: YamlError, near line: Int, in lines: [String]) -> Int? {
        if case let .duplicatedKeysInMapping(duplicates, context) = error, let key = duplicates.first {
            let indent = lines.indices.contains(context.mark.line - 1)
                ? lines[context.mark.line - 1].prefix(while: { $0 == " " || $0 == "-" }).count : 0
            var seen = false
            for index in (context.mark.line - 1)..<lines.count {
                let text = lines[index]
                let body = text.dropFirst(min(indent, text.count))
                let lead = text.prefix(while: { $0 == " " || $0 == "-" }).count
                if lead == indent && (body.hasPrefix("\(key):") || body.hasPrefix("\"\(key)\":")) {
                    if seen { return index + 1 }
                    seen = true
                }
            }
            return nil
        }
        guard line >= 1, line <= lines.count else { return lines.isEmpty ? nil : lines.count }
        return line
    }

    /// Rejects aliases and oversized trees before any consumer expands them. Yams resolves an alias
    /// to the anchored node itself, mark included, so a node met twice at the same place and of the
    /// same kind can only have come through an alias.
    private static func isWithinBudget(_ root: Node, file: String, log: DiagnosticLog) -> Bool {
        struct Place: Hashable {
            let line: Int, column: Int, kind: Int
        }
        var budget = nodeBudget
        var seen: Set<Place> = []
        var stack: [Node] = [root]
        while let node = stack.popLast() {
            budget -= 1
            if budget < 0 {
                log.error(
                    "file has more than \(nodeBudget) YAML nodes; split it or remove repetition",
                    at: location(of: node, in: file))
                return false
            }
            let kind: Int
            switch node {
            case .scalar, .alias: kind = 0
            case .sequence(let sequence):
                kind = 1
                stack.append(contentsOf: sequence)
            case .mapping(let mapping):
                kind = 2
                for (key, value) in mapping { stack.append(key); stack.append(value) }
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
