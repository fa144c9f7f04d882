/// The built-in questionnaire layers as the build embeds them: loaded from their YAML, checked as
/// `dpia lint` checks them, and written in a compact binary form (``CompactCoding``) that the
/// binary reads at start without parsing any YAML. Layers given with `--questionnaires` still go
/// through ``QuestionnaireLoader``.
public enum PrecompiledLayers {
    /// Loads `files` (the bundled layers, cases and translations, named `questionnaires/…`) and
    /// checks them as `dpia lint` does: every layer, every jurisdiction's bundle, the rules'
    /// examples, the provenance of citations and every case. Returns the layers' compact form, or
    /// nil when there is an error; every problem goes to `log`, located in its file.
    public static func compile(_ files: [InputFile], log: DiagnosticLog) -> [UInt8]? {
        let catalog = QuestionnaireCatalog.builtIn(loading: files, log: log)
        catalog.lint(log: log)
        guard !log.hasErrors else { return nil }
        return encode(catalog.layers)
    }

    /// The compact form of `layers`.
    public static func encode(_ layers: [Questionnaire]) -> [UInt8] {
        CompactCoding.encode(layers)
    }

    /// The layers of a compact form written by ``encode(_:)`` in the same build.
    public static func decode(_ bytes: [UInt8]) throws -> [Questionnaire] {
        try CompactCoding.decode([Questionnaire].self, from: bytes)
    }

    /// The layers of a compact form written by ``encode(_:)`` in the same build, read in place.
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws -> [Questionnaire] {
        try CompactCoding.decode([Questionnaire].self, from: bytes)
    }

    /// A Swift string literal whose UTF-8 is `bytes`, a compact form (which is valid UTF-8): what the
    /// build embeds. Only printable ASCII is written as itself.
    public static func literal(_ bytes: [UInt8]) -> String {
        var out = "\""
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case " "..."~": out.unicodeScalars.append(scalar)
            default: out += "\\u{" + String(scalar.value, radix: 16) + "}"
            }
        }
        return out + "\""
    }
}
