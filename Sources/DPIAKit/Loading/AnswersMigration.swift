internal import Yams

/// Rewrites an answers file made against earlier layer versions to the current question ids and
/// versions: answers under an id a question records in `renamed_from:` move to that question (to
/// each, when it was split), the `questionnaires:` versions become the bundle's, and every answer that
/// maps to no current question, or that its new question does not accept, is kept as a comment at
/// the end of the file and listed. Nothing given is lost. Pure: text in, text out.
public struct AnswersMigration: Sendable {
    /// An answer moved from an old id to current ones.
    public struct Move: Hashable, Sendable {
        /// The id the file used.
        public var old: String
        /// The questions that took the answer over.
        public var new: [String]
    }

    /// An answer that maps to no current question, kept as a comment.
    public struct Unmapped: Hashable, Sendable {
        /// The id the file used.
        public var id: String
        /// Why it could not be mapped.
        public var reason: String
        /// The YAML it was written as (`id: value`, possibly over several lines).
        public var yaml: String
    }

    /// A layer version changed in `questionnaires:`.
    public struct VersionChange: Hashable, Sendable {
        /// The layer id.
        public var layer: String
        /// The version the file named; nil when it named none.
        public var from: String?
        /// The bundle's version.
        public var to: String
    }

    /// The migrated file's text.
    public var text: String
    /// The answers moved to new ids.
    public var moves: [Move]
    /// The answers kept as comments.
    public var unmapped: [Unmapped]
    /// The versions updated.
    public var versionChanges: [VersionChange]

    /// True when the file needs no change: its versions are the bundle's and every answer names a
    /// current question.
    public var isCurrent: Bool { moves.isEmpty && unmapped.isEmpty && versionChanges.isEmpty }

    /// Migrates `text` to `bundle`. Nil, with the problems in `log`, when the file cannot be read, or
    /// has problems other than answers that no longer map (those must be fixed by hand first).
    public static func migrate(
        text: String, file: String, bundle: QuestionnaireBundle, today: CalendarDate, log: DiagnosticLog
    ) -> AnswersMigration? {
        let document = YAMLDocument(text: text, file: file, log: log)
        guard let root = document.root, case .mapping(let mapping) = root else {
            if document.root != nil { log.error("an answers file must be a mapping", at: .file(file)) }
            return nil
        }
        var renames: [String: [String]] = [:]
        for question in bundle.questions {
            for old in question.renamedFrom where bundle.question(old) == nil {
                renames[old.rawValue, default: []].append(question.id.rawValue)
            }
        }
        var moves: [Move] = []
        var unmapped: [Unmapped] = []
        var kept: [(Node, Node)] = []
        var answered = Set<String>()
        let original: [(Node, Node)] = root["answers"]?.mapping.map { Array($0) } ?? []
        for (key, _) in original { if let id = key.scalar?.string { answered.insert(id) } }
        for (key, value) in original {
            guard let id = key.scalar?.string else {
                kept.append((key, value))
                continue
            }
            if bundle.question(QuestionID(id)) != nil {
                kept.append((key, value))
            } else if let targets = renames[id] {
                // A question answered under its new id already keeps that answer.
                let free = targets.filter { !answered.contains($0) }
                guard !free.isEmpty else {
                    unmapped.append(
                        Unmapped(
                            id: id, reason: "renamed to \(targets.joined(separator: ", ")), already answered",
                            yaml: yaml(key, value)))
                    continue
                }
                for target in free { kept.append((Node(target), value)) }
                moves.append(Move(old: id, new: free))
            } else {
                unmapped.append(
                    Unmapped(
                        id: id, reason: "no question '\(id)' in the '\(bundle.jurisdiction)' questionnaires",
                        yaml: yaml(key, value)))
            }
        }
        let made = root["questionnaires"]?.mapping.map { pairs in
            Dictionary(
                pairs.compactMap { key, value in key.scalar.flatMap { k in value.scalar.map { (k.string, $0.string) } }
                },
                uniquingKeysWith: { first, _ in first })
        }
        let versionChanges = bundle.layers.compactMap { layer in
            made?[layer.id] == layer.version
                ? nil : VersionChange(layer: layer.id, from: made?[layer.id], to: layer.version)
        }

        // Load the rewritten file to find answers their new question does not accept.
        var pending = kept
        for _ in 0..<2 {
            let candidate = rebuilt(mapping, answers: pending, bundle: bundle)
            let probe = DiagnosticLog()
            guard let text = try? Yams.serialize(node: candidate),
                let set = AnswersLoader.load(text: text, file: file, bundle: bundle, log: probe)
            else { break }
            let rejected = pending.filter { key, _ in
                key.scalar.map { set.answers[QuestionID($0.string)] == nil } ?? false
            }
            if rejected.isEmpty {
                // Problems that are not about answers are the file's own: report them, do not guess.
                guard !probe.hasErrors else { break }
                var output = AnswersWriter.render(set, bundle: bundle)
                if !unmapped.isEmpty {
                    output +=
                        "# Answers dpia migrate could not map to a current question on \(today); kept as written:\n"
                    for item in unmapped {
                        output += "# (\(item.reason))\n"
                        for line in item.yaml.split(separator: "\n", omittingEmptySubsequences: false)
                        where !line.isEmpty {
                            output += "#   \(line)\n"
                        }
                    }
                }
                return AnswersMigration(
                    text: output, moves: moves, unmapped: unmapped, versionChanges: versionChanges)
            }
            for (key, value) in rejected {
                guard let id = key.scalar?.string else { continue }
                let reason =
                    probe.diagnostics.first { $0.severity == .error && $0.message.contains("'\(id)'") }?.message
                    ?? "not accepted by question '\(id)'"
                let old = moves.first { $0.new.contains(id) }?.old ?? id
                unmapped.append(Unmapped(id: old, reason: reason, yaml: yaml(Node(old), value)))
                for index in moves.indices { moves[index].new.removeAll { $0 == id } }
                moves.removeAll { $0.new.isEmpty }
            }
            pending.removeAll { key, _ in rejected.contains { $0.0 == key } }
        }
        // Report the problems the file has besides answers that no longer map, where they are written.
        let check = DiagnosticLog()
        _ = AnswersLoader.load(text: text, file: file, bundle: bundle, log: check)
        let mappedIDs = Set(unmapped.map(\.id) + moves.map(\.old))
        let others = check.diagnostics.filter { problem in
            problem.severity == .error && !mappedIDs.contains { problem.message.contains("question '\($0)'") }
        }
        others.forEach(log.report)
        if others.isEmpty {
            log.error("cannot be migrated: the rewritten answers do not load; please report this", at: .file(file))
        }
        return nil
    }

    private static func rebuilt(_ mapping: Node.Mapping, answers: [(Node, Node)], bundle: QuestionnaireBundle)
        -> Node
    {
        var pairs: [(Node, Node)] = []
        for (key, value) in mapping {
            switch key.scalar?.string {
            case "answers": pairs.append((key, .mapping(Node.Mapping(answers))))
            case "questionnaires":
                pairs.append((key, .mapping(Node.Mapping(bundle.layers.map { (Node($0.id), Node($0.version)) }))))
            default: pairs.append((key, value))
            }
        }
        if !mapping.keys.contains(Node("questionnaires")) {
            pairs.insert(
                (Node("questionnaires"), .mapping(Node.Mapping(bundle.layers.map { (Node($0.id), Node($0.version)) }))),
                at: min(1, pairs.count))
        }
        return .mapping(Node.Mapping(pairs))
    }

    private static func yaml(_ key: Node, _ value: Node) -> String {
        (try? Yams.serialize(node: .mapping(Node.Mapping([(key, value)])))) ?? "\(key.scalar?.string ?? "?"): ?"
    }
}
