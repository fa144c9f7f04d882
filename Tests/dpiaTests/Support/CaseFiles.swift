import Foundation

/// The bundled cases, read from the source tree so tests run them by path.
enum CaseFiles {
    /// `questionnaires/cases`, relative to the repository root.
    static let folder = "questionnaires/cases"

    /// The path of a bundled case relative to the repository root, for example
    /// `questionnaires/cases/eu-unknowns.yaml`.
    static func relativePath(_ name: String) -> String {
        "\(folder)/\(name).yaml"
    }

    /// The absolute URL of a bundled case.
    static func url(_ name: String) -> URL {
        repositoryRoot.appending(path: relativePath(name))
    }

    /// The text of a bundled case.
    static func text(_ name: String) throws -> String {
        try String(contentsOf: url(name), encoding: .utf8)
    }

    /// The names (without `.yaml`) of every case in `questionnaires/cases`, sorted.
    static func names() -> [String] {
        let folderURL = repositoryRoot.appending(path: folder)
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folderURL.path)) ?? []
        return entries.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// Runs `dpia report` on a bundled case from the repository root, as a user of the source
    /// tree would, so the report names the case by its relative path.
    static func report(_ name: String, _ extra: [String] = []) throws -> DPIARun {
        try runDPIA(["report", relativePath(name)] + extra, currentDirectory: repositoryRoot)
    }
}

/// A scan of an answers file's `answers:` block, enough for tests; not a YAML parser.
enum AnswersText {
    /// The ids of the questions answered with a plain `unknown`, in short form
    /// (`  q.id: unknown`) or long form (`  q.id:` then `    value: unknown`).
    static func unknownAnswerIDs(in text: String) -> [String] {
        var ids: [String] = []
        var inAnswers = false
        var currentKey: String?
        for rawLine in text.components(separatedBy: "\n") {
            let line = withoutComment(rawLine)
            if line == "answers:" {
                inAnswers = true
                continue
            }
            guard inAnswers else { continue }
            if let first = line.first, first != " " {
                inAnswers = false  // the next top-level key
                continue
            }
            if line.hasPrefix("  "), !line.hasPrefix("   "), let colon = line.firstIndex(of: ":") {
                let key = line[..<colon].trimmingCharacters(in: .whitespaces)
                let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                currentKey = key
                if value == "unknown" { ids.append(key) }
            } else if line.hasPrefix("    value:"), let key = currentKey {
                let value = line.dropFirst("    value:".count).trimmingCharacters(in: .whitespaces)
                if value == "unknown" { ids.append(key) }
            }
        }
        return ids
    }

    /// `text` with the entry `key:` at the given indentation, and every more-indented line after
    /// it, replaced by `replacement` (lines already indented). `nil` when the key is not found.
    static func replacingEntry(
        _ key: String, indent: Int, with replacement: [String], in text: String
    ) -> String? {
        var lines = text.components(separatedBy: "\n")
        let prefix = String(repeating: " ", count: indent) + key + ":"
        guard
            let start = lines.firstIndex(where: {
                $0.hasPrefix(prefix + " ") || $0 == prefix
            })
        else { return nil }
        var end = start + 1
        while end < lines.count, indentation(of: lines[end]) > indent {
            end += 1
        }
        lines.replaceSubrange(start..<end, with: replacement)
        return lines.joined(separator: "\n")
    }

    /// The 1-based line and column of every occurrence of `token` in `text`, in order.
    static func positions(of token: String, in text: String) -> [(line: Int, column: Int)] {
        var found: [(line: Int, column: Int)] = []
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            var searchStart = line.startIndex
            while let range = line.range(of: token, range: searchStart..<line.endIndex) {
                found.append(
                    (index + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1))
                searchStart = range.upperBound
            }
        }
        return found
    }

    private static func indentation(of line: String) -> Int {
        line.trimmingCharacters(in: .whitespaces).isEmpty
            ? Int.max : line.prefix { $0 == " " }.count
    }

    private static func withoutComment(_ line: String) -> String {
        guard let hash = line.range(of: " #") else { return line }
        return String(line[..<hash.lowerBound])
    }
}
