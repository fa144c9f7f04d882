/// What a report records about its own making: the tool, the digests of the canonical answers, of
/// each questionnaire layer and of the report's content, and optionally an Ed25519 signature over
/// all of them. Written both in the front matter (`integrity:`) and in the closing annex.
public struct IntegrityRecord: Hashable, Sendable {
    /// The identifier of this record's layout and of the signed message; bumped if either changes.
    public static let format = "dpia-integrity/1"

    /// One questionnaire layer used.
    public struct Layer: Hashable, Sendable {
        /// The layer id (`led-core`).
        public var id: String
        /// Its version.
        public var version: String
        /// The digest of its canonical text.
        public var digest: ContentDigest

        /// Creates a layer entry.
        public init(id: String, version: String, digest: ContentDigest) {
            self.id = id
            self.version = version
            self.digest = digest
        }
    }

    /// An Ed25519 signature over `signedMessage`.
    public struct Signature: Hashable, Sendable {
        /// The SHA-256 of the raw 32-byte public key that checks it.
        public var key: ContentDigest
        /// The 64-byte signature in base64.
        public var value: String

        /// Creates a signature entry.
        public init(key: ContentDigest, value: String) {
            self.key = key
            self.value = value
        }
    }

    /// `dpia 0.1.0`.
    public var tool: String
    /// The digest of `CanonicalForm.answers`.
    public var answers: ContentDigest
    /// The layers in bundle order.
    public var questionnaires: [Layer]
    /// The digest of the report's content: the whole document without this record.
    public var report: ContentDigest
    /// The signature, when the report was signed.
    public var signature: Signature?
    /// The language the report is written in. An English record writes no `language` line, as
    /// records did before reports had languages, so their digests and signatures stay valid.
    public var language: Language = .en
    /// The translation file applied to each layer, in bundle order (none for English).
    public var translations: [Layer] = []

    /// Creates a record.
    public init(
        tool: String, answers: ContentDigest, questionnaires: [Layer], report: ContentDigest,
        signature: Signature? = nil
    ) {
        self.tool = tool
        self.answers = answers
        self.questionnaires = questionnaires
        self.report = report
        self.signature = signature
    }

    /// The exact bytes a signature covers: the format, the tool and every digest, one per line.
    public var signedMessage: String {
        var lines = [Self.format, "tool \(tool)", "answers \(answers)"]
        lines += questionnaires.map { "questionnaire \($0.id) \($0.version) \($0.digest)" }
        if language != .en {
            lines.append("language \(language.rawValue)")
            lines += translations.map { "translation \($0.id) \($0.digest)" }
        }
        lines.append("report \(report)")
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Rendering

    /// The front-matter lines, starting with `integrity:`; the last key of the front matter.
    var frontMatterLines: [String] {
        var lines = [
            "integrity:",
            "  format: \(Self.format)",
            "  algorithm: SHA-256",
            "  tool: \"\(tool)\"",
            "  answers: \"\(answers)\"",
            "  questionnaires:",
        ]
        lines += questionnaires.map { "    \($0.id): \"\($0.digest)\"" }
        if language != .en {
            lines.append("  language: \(language.rawValue)")
            if !translations.isEmpty {
                lines.append("  translations:")
                lines += translations.map { "    \($0.id): \"\($0.digest)\"" }
            }
        }
        lines.append("  report: \"\(report)\"")
        if let signature {
            lines += [
                "  signature:",
                "    algorithm: Ed25519",
                "    key: \"\(signature.key)\"",
                "    value: \"\(signature.value)\"",
            ]
        }
        return lines
    }

    /// The closing annex, from its heading to the end of the document.
    var annex: String {
        let t = { (text: ReportText) in text.text(in: language) }
        var rows = [[t(.canonicalAnswersRow), "`\(answers)`"]]
        rows += questionnaires.map {
            [t(.questionnaireRow(id: Markdown.code($0.id), version: $0.version)), "`\($0.digest)`"]
        }
        rows += translations.map {
            [t(.translationRow(id: Markdown.code($0.id), language: language.rawValue)), "`\($0.digest)`"]
        }
        rows.append([t(.reportWithoutRecordRow), "`\(report)`"])
        var blocks = [
            ReportLayout.annexHeading(in: language),
            t(.integrityIntro(tool: Markdown.inline(tool))),
            Markdown.table(header: [t(.itemColumn), "SHA-256"], rows: rows),
        ]
        if let signature {
            blocks.append(t(.signedWith(key: "\(signature.key)", value: signature.value)))
        } else {
            blocks.append(t(.notSigned))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }
}
