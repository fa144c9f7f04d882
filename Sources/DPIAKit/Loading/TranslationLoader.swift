internal import Yams

/// One layer's texts in one language, read from `questionnaires/translations/<layer>.<lang>.yaml`.
public struct LayerTranslation: Sendable {
    /// The layer translated.
    public var layer: String
    /// The language of the texts.
    public var language: Language
    /// The layer version the texts were written for.
    public var translates: String?
    /// Each text by its path in the layer, with where the translation file has it.
    public var texts: [TextPath: (text: String, location: SourceLocation)]
    /// The translation file's name.
    public var file: String
    /// The SHA-256 of the file's text, recorded with the layer it translates.
    public var digest: ContentDigest
}

/// Reads translation files (`format: dpia-translation/1`). A translation file mirrors its layer: the
/// same groups and ids, with a text in the file's language where the layer has English.
public enum TranslationLoader {
    /// The `format:` value this version reads.
    public static let format = "dpia-translation/1"

    /// Loads a translation; returns nil, with diagnostics in `log`, when it cannot be used.
    public static func load(text: String, file: String, log: DiagnosticLog) -> LayerTranslation? {
        let document = YAMLDocument(text: text, file: file, log: log)
        guard let root = document.root else { return nil }
        let reader = NodeReader(file: file, log: log, blankedLines: document.blankedLines)
        guard case .mapping(let mapping) = root else {
            log.error("a translation file must be a mapping of keys to values", at: reader.location(root))
            return nil
        }
        var header: [String: Node] = [:]
        var texts: [TextPath: (text: String, location: SourceLocation)] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                log.error("keys must be plain words", at: reader.location(key))
                continue
            }
            if ["format", "layer", "language", "translates"].contains(name) {
                header[name] = value
            } else {
                flatten(value, path: name, reader: reader, into: &texts)
            }
        }
        let at = reader.location(root)
        guard let formatNode = header["format"], let format = reader.string(formatNode, "'format'") else {
            log.error("missing required key 'format' in translation (write 'format: \(self.format)')", at: at)
            return nil
        }
        guard format == self.format else {
            log.error(
                "unsupported format '\(Diagnostic.excerpt(format))'; this dpia reads '\(self.format)'",
                at: reader.location(formatNode))
            return nil
        }
        guard let layerNode = header["layer"], let layer = reader.string(layerNode, "'layer'") else {
            log.error("missing required key 'layer' in translation (the id of the layer translated)", at: at)
            return nil
        }
        guard let languageNode = header["language"], let tag = reader.string(languageNode, "'language'") else {
            log.error("missing required key 'language' in translation (en, nl, fr or sv)", at: at)
            return nil
        }
        guard let language = Language(rawValue: tag) else {
            log.error(
                "'\(Diagnostic.excerpt(tag))' is not a language dpia writes; use en, nl, fr or sv",
                at: reader.location(languageNode))
            return nil
        }
        let translates = header["translates"].flatMap { reader.semanticVersion($0, "'translates'") }
        return LayerTranslation(
            layer: layer, language: language, translates: translates, texts: texts, file: file,
            digest: CanonicalForm.questionnaireDigest(text))
    }

    private static func flatten(
        _ node: Node, path: TextPath, reader: NodeReader,
        into texts: inout [TextPath: (text: String, location: SourceLocation)]
    ) {
        switch node {
        case .scalar(let scalar):
            texts[path] = (scalar.string, reader.location(node))
        case .mapping(let mapping):
            for (key, value) in mapping {
                guard let name = key.scalar?.string else {
                    reader.log.error("keys must be plain words or ids", at: reader.location(key))
                    continue
                }
                flatten(value, path: path + "/" + name, reader: reader, into: &texts)
            }
        case .sequence(let items):
            for (index, item) in items.enumerated() {
                flatten(item, path: path + "/\(index)", reader: reader, into: &texts)
            }
        default:
            reader.log.error("expected a text, a mapping or a list", at: reader.location(node))
        }
    }
}

extension Questionnaire {
    /// The layer with `translation`'s texts added. A path the layer does not have is an error at the
    /// translation's line; a translation made for another version of the layer is a warning.
    public func applying(_ translation: LayerTranslation, log: DiagnosticLog) -> Questionnaire {
        var layer = self
        var used: Set<TextPath> = []
        let language = translation.language.rawValue
        layer.visitTexts { path, text, _ in
            guard let entry = translation.texts[path] else { return }
            text.translations[language] = entry.text
            used.insert(path)
        }
        for (path, entry) in translation.texts.sorted(by: { $0.key < $1.key }) where !used.contains(path) {
            log.error(
                "'\(Diagnostic.excerpt(path))' names no text of layer '\(id)' \(version); remove it, or correct the id",
                at: entry.location)
        }
        if let translates = translation.translates, translates != version {
            log.warning(
                "this \(translation.language.name) translation was made for \(id) \(translates), the layer is \(version):"
                    + " check the texts changed since and update 'translates'",
                at: SourceLocation(file: translation.file, line: 1, column: 1))
        }
        layer.translationDigests[translation.language] = translation.digest
        return layer
    }

    /// Reports each text that lacks one of the layer's declared `languages`, at the item that holds it.
    public func checkTranslations(log: DiagnosticLog) {
        var layer = self
        for language in languages where language != .en {
            layer.visitTexts { path, text, location in
                guard text.translations[language.rawValue] == nil else { return }
                log.warning(
                    "'\(path)' has no \(language.name) (\(language.rawValue)) text; add it to"
                        + " questionnaires/translations/\(id).\(language.rawValue).yaml",
                    at: location)
            }
        }
    }
}
