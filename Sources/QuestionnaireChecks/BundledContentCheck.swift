// The checks the EmbedQuestionnaires plugin makes of the bundled questionnaires/ folder before it
// embeds them, so that a broken bundled layer fails `swift build` with its location instead of
// shipping. A build tool cannot use DPIAKit (DPIAKit is built with the plugin's output), so these
// are the structural checks that need only YAML; the full lint (conditions, rule examples,
// provenance) is `dpia lint`, run by the tests and CI.
import Foundation
import Yams

/// One problem found in a bundled file, printed the way a compiler prints one.
public struct ContentProblem: Hashable, Sendable, CustomStringConvertible {
    /// The file, as given.
    public var file: String
    /// 1-based line and column; 1:1 for a whole-file problem.
    public var line: Int
    /// 1-based column.
    public var column: Int
    /// What is wrong: lowercase, no final full stop, identifiers in single quotes.
    public var message: String

    /// `file:line:col: error: message`.
    public var description: String { "\(file):\(line):\(column): error: \(message)" }
}

/// Structural checks of the bundled layers and cases: YAML syntax, each layer's format, id, version
/// (semantic) and jurisdiction, question ids (dotted, unique across the layers), `renamed_from` ids
/// that are no current question, and each case's format, layer versions and answer keys.
public enum BundledContentCheck {
    /// The problems in `files` (path relative to `questionnaires/`, text); empty when they embed.
    public static func check(_ files: [(path: String, text: String)]) -> [ContentProblem] {
        var problems: [ContentProblem] = []
        var layers: [(path: String, root: Node)] = []
        var cases: [(path: String, root: Node)] = []
        for file in files {
            let root: Node
            do {
                guard let composed = try Yams.compose(yaml: file.text, .basic) else {
                    problems.append(ContentProblem(file: file.path, line: 1, column: 1, message: "the file is empty"))
                    continue
                }
                root = composed
            } catch let error as YamlError {
                problems.append(problem(error, file: file.path))
                continue
            } catch {
                problems.append(
                    ContentProblem(file: file.path, line: 1, column: 1, message: "cannot read YAML: \(error)"))
                continue
            }
            switch file.path.split(separator: "/").dropLast().last {
            case "cases": cases.append((file.path, root))
            // Translations are read by DPIAKit's loader, which the embedder runs next.
            case "translations": continue
            default:
                layers.append((file.path, root))
            }
        }

        var versions: [String: String] = [:]
        var questions: [String: (file: String, line: Int, column: Int)] = [:]
        var renamed: [(file: String, node: Node, id: String)] = []
        for (path, root) in layers {
            let at = { (node: Node?, message: String) in problems.append(located(node ?? root, path, message)) }
            guard case .mapping = root else {
                at(root, "a questionnaire layer must be a mapping")
                continue
            }
            if root["format"]?.scalar?.string != "dpia-questionnaire/1" {
                at(root["format"], "'format' must be 'dpia-questionnaire/1'")
            }
            let id = root["id"]?.scalar?.string
            if id == nil { at(root, "missing required key 'id'") }
            let version = root["version"]?.scalar?.string
            if let version, !isSemanticVersion(version) {
                at(root["version"], "version '\(version)' is not a semantic version (MAJOR.MINOR.PATCH)")
            } else if version == nil {
                at(root, "missing required key 'version'")
            }
            if root["jurisdiction"]?.scalar?.string == nil { at(root, "missing required key 'jurisdiction'") }
            if let id, let version { versions[id] = version }
            for section in root["sections"]?.sequence ?? [] {
                for question in section["questions"]?.sequence ?? [] {
                    guard let idNode = question["id"], let qid = idNode.scalar?.string else {
                        at(question, "a question needs an 'id'")
                        continue
                    }
                    if !isDottedID(qid) {
                        at(idNode, "'\(qid)' is not a valid question id (lowercase words joined by dots)")
                    }
                    let mark = located(idNode, path, "")
                    if let first = questions[qid] {
                        at(
                            idNode,
                            "duplicate question id '\(qid)', first defined at \(first.file):\(first.line):\(first.column)"
                        )
                    } else {
                        questions[qid] = (path, mark.line, mark.column)
                    }
                    if let old = question["renamed_from"] {
                        for item in old.sequence.map(Array.init) ?? [old] {
                            if let text = item.scalar?.string { renamed.append((path, item, text)) }
                        }
                    }
                }
            }
        }
        for entry in renamed where questions[entry.id] != nil {
            problems.append(
                located(entry.node, entry.file, "'renamed_from' names '\(entry.id)', which is a current question id"))
        }

        for (path, root) in cases {
            let at = { (node: Node?, message: String) in problems.append(located(node ?? root, path, message)) }
            if root["format"]?.scalar?.string != "dpia-answers/1" {
                at(root["format"], "a case must say 'format: dpia-answers/1'")
            }
            for (key, value) in root["questionnaires"]?.mapping ?? [:] as Node.Mapping {
                guard let layer = key.scalar?.string, let version = value.scalar?.string else { continue }
                if let current = versions[layer], current != version {
                    at(value, "the case names '\(layer)' \(version), but the bundled layer is \(current)")
                } else if versions[layer] == nil {
                    at(key, "the case names layer '\(layer)', which is not bundled")
                }
            }
            for (key, _) in root["answers"]?.mapping ?? [:] as Node.Mapping {
                guard let id = key.scalar?.string, questions[id] == nil else { continue }
                at(key, "the case answers '\(id)', which no bundled layer asks")
            }
        }
        return problems.sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) }
    }

    static func isSemanticVersion(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 3
            && parts.allSatisfy { part in
                !part.isEmpty && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber)
                    && (part == "0" || part.first != "0")
            }
    }

    static func isDottedID(_ text: String) -> Bool {
        let words = text.split(separator: ".", omittingEmptySubsequences: false)
        return words.count >= 2
            && words.allSatisfy { word in
                guard let first = word.first, first.isASCII, first.isLowercase else { return false }
                return word.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }
            }
    }

    private static func located(_ node: Node, _ file: String, _ message: String) -> ContentProblem {
        ContentProblem(
            file: file, line: max(node.mark?.line ?? 1, 1), column: max(node.mark?.column ?? 1, 1), message: message)
    }

    private static func problem(_ error: YamlError, file: String) -> ContentProblem {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
            let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return ContentProblem(
                file: file, line: mark.line, column: mark.column, message: "YAML syntax error: \(text)")
        case .composer(let context, let problem, let mark, _):
            let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return ContentProblem(file: file, line: mark.line, column: mark.column, message: "YAML error: \(text)")
        default:
            return ContentProblem(file: file, line: 1, column: 1, message: "cannot read YAML: \(error)")
        }
    }
}
