import Foundation
import PackagePlugin

/// Checks every YAML file under the package's top-level `questionnaires/` folder and embeds them into
/// the target as Swift source, with the layers already loaded (so the built `dpia` binary carries its
/// questionnaires, runs from anywhere with nothing beside it and parses none of their YAML); a
/// problem in a file fails the build with its location.
@main
struct EmbedQuestionnaires: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let root = context.package.directoryURL.appending(path: "questionnaires")
        let files = try yamlFiles(under: root)
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedQuestionnaires.swift")
        // The folders are inputs too, and the embedder lists them itself when it runs: a file added
        // after SwiftPM planned the build changes its folder, so it is embedded on the next build.
        let folders = Set(files.map { $0.deletingLastPathComponent() }).union([root]).sorted { $0.path < $1.path }
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) questionnaire files",
                executable: try context.tool(named: "QuestionnaireEmbedder").url,
                arguments: [root.path(percentEncoded: false), output.path(percentEncoded: false)],
                // Dictionaries in the precompiled layers are written in a fixed order, so the same
                // questionnaires always give the same generated source.
                environment: ["SWIFT_DETERMINISTIC_HASHING": "1"],
                inputFiles: files + folders,
                outputFiles: [output]
            )
        ]
    }

    private func yamlFiles(under root: URL) throws -> [URL] {
        guard
            let walker = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey])
        else { return [] }
        var files: [URL] = []
        for case let url as URL in walker where ["yaml", "yml"].contains(url.pathExtension) {
            files.append(url)
        }
        // Sorted so the generated source, and everything derived from it, is deterministic.
        return files.sorted { $0.path < $1.path }
    }
}
