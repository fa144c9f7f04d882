import Foundation
internal import Yams

/// Reads an answers or case file and checks every answer against the questions of its bundle: unknown
/// ids (with a suggestion), values a question does not allow (with the allowed ones), "I don't know"
/// where it is forbidden, and answers made against other layer versions.
public enum AnswersLoader {
    /// The `format:` value this version reads.
    public static let format = "dpia-answers/1"

    /// Reads the file's metadata only: enough to pick the bundle. Nil when the file is unreadable.
    public static func metadata(text: String, file: String, log: DiagnosticLog) -> AssessmentMetadata? {
        let document = YAMLDocument(text: text, file: file, log: log)
        guard let root = document.root else { return nil }
        return readMetadata(root, reader: NodeReader(file: file, log: log))
    }

    /// Reads the whole file against `bundle`; nil when it is too broken to use. Problems go to `log`.
    public static func load(
        text: String, file: String, bundle: QuestionnaireBundle, log: DiagnosticLog
    ) -> AnswerSet? {
        let document = YAMLDocument(text: text, file: file, log: log)
        guard let root = document.root else { return nil }
        return load(root, file: file, bundle: bundle, log: log)
    }

    /// Reads the file's metadata, then the whole file against the bundle that `bundle` gives for
    /// it, parsing the YAML once (`metadata` then `load` parse it twice); nil when the file or its
    /// bundle is unusable. Problems go to `log`.
    public static func load(
        text: String, file: String, log: DiagnosticLog,
        bundle: (AssessmentMetadata) -> QuestionnaireBundle?
    ) -> (AnswerSet, QuestionnaireBundle)? {
        let document = YAMLDocument(text: text, file: file, log: log)
        guard let root = document.root,
            let metadata = readMetadata(root, reader: NodeReader(file: file, log: log)),
            let bundle = bundle(metadata),
            let answers = load(root, file: file, bundle: bundle, log: log)
        else { return nil }
        return (answers, bundle)
    }

    private static func load(_ root: Node, file: String, bundle: QuestionnaireBundle, log: DiagnosticLog)
        -> AnswerSet?
    {
        let reader = NodeReader(file: file, log: log)
        let keys = [
            "format", "questionnaires", "assessment", "description", "answers", "measures", "risks", "sign_off", "case",
            "training",
        ]
        guard let map = reader.mapping(root, "answers file", keys: keys) else { return nil }
        if let node = map.required("format"), let format = reader.string(node, "'format'"), format != self.format {
            log.error(
                "unsupported format '\(Diagnostic.excerpt(format))'; this dpia reads '\(self.format)'",
                at: reader.location(node))
        }
        guard let metadata = readMetadata(root, reader: reader) else { return nil }
        let madeAgainst = readVersions(map.optional("questionnaires"), bundle: bundle, reader: reader)
        let olderVersions = madeAgainst.filter { made in
            bundle.layers.first { $0.id == made.layer }.map { $0.version != made.value } ?? true
        }
        var answers: [QuestionID: Answer] = [:]
        if let node = map.optional("answers") {
            if case .mapping(let mapping) = node {
                for (key, value) in mapping {
                    guard let id = key.scalar?.string else {
                        log.error("answer keys must be question ids", at: reader.location(key))
                        continue
                    }
                    if let answer = readAnswer(
                        id: id, key: key, value: value, bundle: bundle, olderVersions: olderVersions,
                        reader: reader)
                    {
                        answers[QuestionID(id)] = answer
                    }
                }
            } else if node.scalar?.string.isEmpty == false || node.sequence != nil {
                log.error("'answers' must map question ids to answers", at: reader.location(node))
            }
        }
        let caseInfo = map.optional("case").flatMap { readCase($0, reader: reader) }
        let training = map.optional("training").flatMap { readTraining($0, bundle: bundle, reader: reader) }
        let description = map.optional("description").map { readDescription($0, reader: reader) }
        let measures = map.optional("measures").map { readMeasureRecords($0, bundle: bundle, reader: reader) }
        let risks = map.optional("risks").map { readRiskDecisions($0, bundle: bundle, reader: reader) }
        let signOff = map.optional("sign_off").flatMap { readSignOff($0, reader: reader) }
        return AnswerSet(
            file: file, madeAgainst: madeAgainst, metadata: metadata, answers: answers, caseInfo: caseInfo,
            training: training, description: description ?? ProcessingDescription(), measureRecords: measures ?? [:],
            riskDecisions: risks ?? [:], signOff: signOff)
    }

    private static func readMetadata(_ root: Node, reader: NodeReader) -> AssessmentMetadata? {
        guard case .mapping = root else {
            reader.log.error(
                "an answers file must be a mapping with 'format', 'assessment' and 'answers'", at: reader.location(root)
            )
            return nil
        }
        guard let node = root["assessment"] else {
            reader.log.error("missing required key 'assessment' in answers file", at: reader.location(root))
            return nil
        }
        let keys = [
            "jurisdiction", "organisation", "unit", "processing", "assessor", "date", "classification", "language",
        ]
        guard let map = reader.mapping(node, "'assessment'", keys: keys) else { return nil }
        let jurisdiction = map.required("jurisdiction").flatMap { reader.string($0, "'jurisdiction'") }
        let organisation = map.required("organisation").flatMap { reader.string($0, "'organisation'") }
        let unit = map.optional("unit").flatMap { reader.string($0, "'unit'") }
        let processing = map.required("processing").flatMap { reader.string($0, "'processing'") }
        let assessor = map.optional("assessor").flatMap { reader.string($0, "'assessor'") }
        let date = map.optional("date").flatMap { reader.date($0, "'date'") }
        let classification = map.optional("classification").flatMap { reader.string($0, "'classification'") }
        let language = map.optional("language").flatMap { node -> Language? in
            guard let tag = reader.string(node, "'language'") else { return nil }
            guard let language = Language(rawValue: tag) else {
                reader.log.error(
                    "'\(Diagnostic.excerpt(tag))' is not a language dpia writes; use en, nl, fr or sv",
                    at: reader.location(node))
                return nil
            }
            return language
        }
        guard let jurisdiction, let organisation, let processing else { return nil }
        var metadata = AssessmentMetadata(
            jurisdiction: jurisdiction, organisation: organisation, unit: unit,
            processing: processing, assessor: assessor, date: date, classification: classification)
        metadata.language = language
        return metadata
    }

    private static func readVersions(
        _ node: Node?, bundle: QuestionnaireBundle, reader: NodeReader
    ) -> [Sourced<String>] {
        guard let node else { return [] }
        guard case .mapping(let mapping) = node else {
            reader.log.error("'questionnaires' must map layer ids to versions", at: reader.location(node))
            return []
        }
        var result: [Sourced<String>] = []
        for (key, value) in mapping {
            guard let id = key.scalar?.string, let version = value.scalar?.string else { continue }
            result.append(Sourced(version, from: id))
            if let layer = bundle.layers.first(where: { $0.id == id }) {
                if layer.version != version {
                    reader.log.warning(
                        "answers were made against '\(Diagnostic.excerpt(id))' \(Diagnostic.excerpt(version)); this dpia has \(layer.version), so check the report for changed questions, or run 'dpia migrate \(reader.file)' to update the file",
                        at: reader.location(value))
                }
            } else {
                reader.log.warning(
                    "answers were made against '\(Diagnostic.excerpt(id))', which is not in the '\(bundle.jurisdiction)' bundle",
                    at: reader.location(key))
            }
        }
        return result
    }

    private static func readCase(_ node: Node, reader: NodeReader) -> CaseInfo? {
        guard let map = reader.mapping(node, "'case'", keys: ["title", "narrative", "sources"]) else { return nil }
        let title = map.required("title").flatMap { reader.string($0, "case 'title'") }
        let narrative = map.optional("narrative").flatMap { reader.string($0, "'narrative'") }
        let sources =
            map.optional("sources").flatMap { reader.list($0, "case 'sources'") }?
            .compactMap { reader.string($0, "case source") } ?? []
        guard let title else { return nil }
        return CaseInfo(title: title, narrative: narrative, sources: sources)
    }

    // A listed question the answers leave out is not an error: a copy of a case with answers removed
    // (a trainee's sheet, a "what if") must still load; such a question is simply not scored.
    private static func readTraining(_ node: Node, bundle: QuestionnaireBundle, reader: NodeReader) -> TrainingBrief? {
        let keys = ["narrative", "discussion", "questions", "outcome", "precedents", "translations"]
        guard let map = reader.mapping(node, "'training'", keys: keys) else { return nil }
        let narrative = map.required("narrative").flatMap { reader.string($0, "training 'narrative'") }
        let outcome = map.required("outcome").flatMap { reader.string($0, "training 'outcome'") }
        let discussion =
            map.optional("discussion").flatMap { reader.list($0, "training 'discussion'") }?
            .compactMap { reader.string($0, "discussion question") } ?? []
        var questions: [QuestionID] = []
        for item in map.optional("questions").flatMap({ reader.list($0, "training 'questions'") }) ?? [] {
            guard let id = reader.string(item, "training question") else { continue }
            guard bundle.question(QuestionID(id)) != nil else {
                var message =
                    "training asks question '\(Diagnostic.excerpt(id))', which the '\(bundle.jurisdiction)' questionnaires do not have"
                if let guess = Suggestion.closest(to: id, among: bundle.questions.map(\.id.rawValue)) {
                    message += "; did you mean '\(guess)'?"
                }
                reader.log.error(message, at: reader.location(item))
                continue
            }
            if questions.contains(QuestionID(id)) {
                reader.log.error("training asks question '\(Diagnostic.excerpt(id))' twice", at: reader.location(item))
                continue
            }
            questions.append(QuestionID(id))
        }
        var precedents: [String] = []
        for item in map.optional("precedents").flatMap({ reader.list($0, "training 'precedents'") }) ?? [] {
            guard let id = reader.string(item, "training precedent") else { continue }
            guard bundle.precedents[id] != nil else {
                reader.log.error(
                    unknown("precedent", id, among: Array(bundle.precedents.keys), in: bundle),
                    at: reader.location(item))
                continue
            }
            precedents.append(id)
        }
        var translations: [Language: TrainingBrief.Translation] = [:]
        if let node = map.optional("translations"), case .mapping(let languages) = node {
            for (key, value) in languages {
                guard let tag = key.scalar?.string, let language = Language(rawValue: tag), language != .en,
                    let entry = reader.mapping(
                        value, "training translation", keys: ["narrative", "discussion", "outcome"])
                else {
                    reader.log.error("training 'translations' are keyed by nl, fr or sv", at: reader.location(key))
                    continue
                }
                translations[language] = TrainingBrief.Translation(
                    narrative: entry.optional("narrative").flatMap { reader.string($0, "translated 'narrative'") },
                    discussion: entry.optional("discussion").flatMap { reader.list($0, "translated 'discussion'") }?
                        .compactMap { reader.string($0, "discussion question") } ?? [],
                    outcome: entry.optional("outcome").flatMap { reader.string($0, "translated 'outcome'") })
            }
        } else if let node = map.optional("translations") {
            reader.log.error("training 'translations' must map nl, fr or sv to texts", at: reader.location(node))
        }
        guard let narrative, let outcome else { return nil }
        var brief = TrainingBrief(
            narrative: narrative, discussion: discussion, questions: questions, outcome: outcome,
            precedents: precedents, location: reader.location(node))
        brief.translations = translations
        return brief
    }

    /// `no measure 'stop_uses' in the 'eu' questionnaires; did you mean 'stop_use'?`
    static func unknown(_ kind: String, _ id: String, among candidates: [String], in bundle: QuestionnaireBundle)
        -> String
    {
        var message = "no \(kind) '\(Diagnostic.excerpt(id))' in the '\(bundle.jurisdiction)' questionnaires"
        if let guess = Suggestion.closest(to: id, among: candidates) { message += "; did you mean '\(guess)'?" }
        return message
    }

    private static func readAnswer(
        id: String, key: Node, value: Node, bundle: QuestionnaireBundle,
        olderVersions: [Sourced<String>], reader: NodeReader
    ) -> Answer? {
        guard let question = bundle.question(QuestionID(id)) else {
            let message = unknown("question", id, among: bundle.questions.map(\.id.rawValue), in: bundle)
            // A file made against other versions most likely names a question since renamed or
            // removed: say so, rather than let the answer vanish from the report.
            let notes = olderVersions.map { made in
                Diagnostic.note(
                    "the answers were made against '\(made.layer)' \(made.value); the question may have been renamed or removed since; 'dpia migrate' moves renamed answers and keeps the others as comments",
                    at: nil)
            }
            reader.log.error(message, at: reader.location(key), notes: notes)
            return nil
        }
        var valueNode = value
        var note: String?
        var evidence: String?
        if case .mapping = value {
            guard
                let map = reader.mapping(
                    value, "answer to '\(Diagnostic.excerpt(id))'", keys: ["value", "note", "evidence"])
            else { return nil }
            note = map.optional("note").flatMap { reader.string($0, "'note'") }
            evidence = map.optional("evidence").flatMap { reader.string($0, "'evidence'") }
            // A note or evidence may be kept before the question is answered (the interview saves
            // them the moment they are typed): no value then means not answered yet.
            if map.optional("value") == nil && (note != nil || evidence != nil) {
                return Answer(state: .unanswered, note: note, evidence: evidence, location: reader.location(key))
            }
            guard let node = map.required("value") else { return nil }
            valueNode = node
        }
        guard let state = readValue(valueNode, for: question, reader: reader) else { return nil }
        return Answer(state: state, note: note, evidence: evidence, location: reader.location(key))
    }

    /// The answer a node holds for `question`, or nil after reporting why it is not allowed.
    static func readValue(_ node: Node, for question: Question, reader: NodeReader) -> AnswerState? {
        switch reader.writtenAnswer(node).state(for: question) {
        case .success(let state):
            return state
        case .failure(let problem):
            var at = reader.location(node)
            if let item = problem.item, case .sequence(let items) = node, item < items.count {
                at = reader.location(items[item])
            }
            reader.log.error(problem.message, at: at)
            return nil
        }
    }
}
