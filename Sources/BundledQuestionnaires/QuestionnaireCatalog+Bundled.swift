public import DPIAKit

extension QuestionnaireCatalog {
    /// The questionnaires and cases built into the binary. The layers were loaded and checked when
    /// `dpia` was built (``PrecompiledLayers``), so none of their YAML is parsed here.
    public static func bundled(log: DiagnosticLog) -> QuestionnaireCatalog {
        let files = bundledFiles
        do {
            return builtIn(files: files, layers: try BundledLayers.decoded.get())
        } catch {
            // Cannot happen with a binary built from this source; never hide it if it does.
            log.error(
                "the built-in questionnaires cannot be read (\(error)); this is a fault in dpia, read from their YAML instead",
                at: nil)
            return builtIn(loading: files, log: log)
        }
    }

    /// The built-in files (layers, cases, translations), named `questionnaires/…`.
    public static var bundledFiles: [InputFile] {
        EmbeddedQuestionnaireFiles.all.map { InputFile(name: "questionnaires/" + $0.path, text: $0.text) }
    }
}

/// The built-in layers, decoded once per process, from the bytes of the embedded literal.
private enum BundledLayers {
    static let decoded: Result<[Questionnaire], any Error> = EmbeddedQuestionnaireFiles.precompiledLayers
        .withUTF8Buffer { bytes in Result { try PrecompiledLayers.decode(bytes) } }
}
