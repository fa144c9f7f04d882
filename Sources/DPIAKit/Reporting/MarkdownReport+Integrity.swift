extension MarkdownReport {
    /// The whole document with its integrity record, signed with `key`.
    public func render(signedWith key: ReportSigningKey) throws(SigningError) -> String {
        document(with: try key.sign(integrityRecord()))
    }

    /// The whole document: its content followed by `record`.
    func document(with record: IntegrityRecord) -> String {
        let content = content()
        return ReportLayout.document(frontMatter: content.frontMatter, body: content.body, record: record)
    }

    /// The integrity record of this report, unsigned.
    public func integrityRecord() -> IntegrityRecord {
        let content = content()
        return IntegrityRecord(
            assessment, language: language,
            report: ContentDigest(of: ReportLayout.content(frontMatter: content.frontMatter, body: content.body)))
    }
}

extension IntegrityRecord {
    /// The record of `assessment` with the given content digest.
    init(_ assessment: Assessment, language: Language = .en, report: ContentDigest) {
        self.init(
            tool: "dpia \(ToolVersion.current)",
            answers: CanonicalForm.answersDigest(assessment.answers),
            questionnaires: assessment.bundle.layers.map { Layer(id: $0.id, version: $0.version, digest: $0.digest) },
            report: report)
        self.language = language
        if language != .en {
            translations = assessment.bundle.layers.compactMap { layer in
                layer.translationDigests[language].map { Layer(id: layer.id, version: layer.version, digest: $0) }
            }
        }
    }

    /// `text` as a double-quoted YAML string, escaped for YAML only (it is read back verbatim).
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16)
                out += "\\x" + (hex.count == 1 ? "0" : "") + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
