public import DPIAKit
internal import Foundation

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

/// The built-in layers, decoded once per process.
private enum BundledLayers {
    static let decoded: Result<[Questionnaire], any Error> = Result {
        guard let data = Data(base64Encoded: EmbeddedQuestionnaireFiles.precompiledLayers) else {
            throw PrecompiledLayersError()
        }
        return try PrecompiledLayers.decode(Array(data))
    }
}

private struct PrecompiledLayersError: Error, CustomStringConvertible {
    var description: String { "the embedded layers are not base64" }
}
