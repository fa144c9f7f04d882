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
        do {
            return try encode(catalog.layers)
        } catch {
            log.error("cannot write the precompiled layers: \(error)", at: nil)
            return nil
        }
    }

    /// The compact form of `layers`.
    public static func encode(_ layers: [Questionnaire]) throws -> [UInt8] {
        try CompactEncoder.encode(layers)
    }

    /// The layers of a compact form written by ``encode(_:)`` in the same build.
    public static func decode(_ bytes: [UInt8]) throws -> [Questionnaire] {
        try CompactDecoder.decode([Questionnaire].self, from: bytes)
    }
}
