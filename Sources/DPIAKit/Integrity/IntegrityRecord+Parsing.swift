internal import Yams

extension IntegrityRecord {
    /// Reads a record back from its front-matter lines (`integrity:` and what follows); nil when
    /// they do not hold a complete one of this format.
    static func parse(_ lines: [String]) -> IntegrityRecord? {
        guard let root = try? Yams.compose(yaml: lines.joined(separator: "\n")),
            let record = root["integrity"], record["format"]?.string == format,
            let tool = record["tool"]?.string,
            let answers = record["answers"]?.string.flatMap(ContentDigest.init(hex:)),
            let report = record["report"]?.string.flatMap(ContentDigest.init(hex:)),
            let layers = record["questionnaires"]?.mapping
        else { return nil }
        var questionnaires: [Layer] = []
        for (key, value) in layers {
            guard let id = key.string, let digest = value.string.flatMap(ContentDigest.init(hex:)) else { return nil }
            // The versions are in the front matter's `dpia.questionnaires`; `ReportFacts` adds them.
            questionnaires.append(Layer(id: id, version: "", digest: digest))
        }
        var signature: Signature?
        if let node = record["signature"] {
            guard let key = node["key"]?.string.flatMap(ContentDigest.init(hex:)), let value = node["value"]?.string
            else { return nil }
            signature = Signature(key: key, value: value)
        }
        var parsed = IntegrityRecord(
            tool: tool, answers: answers, questionnaires: questionnaires, report: report, signature: signature)
        if let tag = record["language"]?.string {
            guard let language = Language(rawValue: tag) else { return nil }
            parsed.language = language
        }
        for (key, value) in record["translations"]?.mapping ?? [:] {
            guard let id = key.string, let digest = value.string.flatMap(ContentDigest.init(hex:)) else { return nil }
            parsed.translations.append(Layer(id: id, version: "", digest: digest))
        }
        return parsed
    }
}

/// What verification needs from the front matter's own keys: the date the law was applied as of,
/// the answers file as the report names it, and the layer versions.
struct ReportFacts {
    var date: CalendarDate?
    /// The date given with `report --date`, when one was.
    var dateOverride: CalendarDate?
    var answersFile: String?
    var versions: [String: String]
    /// The report's language (`lang:`); English when absent, as in reports made before languages.
    var language: Language

    init(frontMatter lines: [String]) {
        let root = try? Yams.compose(yaml: lines.joined(separator: "\n"))
        language = root?["lang"]?.string.flatMap(Language.init(rawValue:)) ?? .en
        date = root?["date"]?.string.flatMap(CalendarDate.init)
        answersFile = root?["dpia"]?["answers_file"]?.string
        dateOverride = root?["dpia"]?["date_override"]?.string.flatMap(CalendarDate.init)
        var versions: [String: String] = [:]
        for (key, value) in root?["dpia"]?["questionnaires"]?.mapping ?? [:] {
            if let id = key.string, let version = value.string { versions[id] = version }
        }
        self.versions = versions
    }
}
