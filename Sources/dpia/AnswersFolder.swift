import ArgumentParser
import DPIAKit
import Foundation

/// The answers files of a folder and its subfolders, for the commands that look at many assessments
/// at once (`register`, `recheck`).
enum AnswersFolder {
    /// Every `*.yaml` or `*.yml` file under `path` whose text says `format: dpia-answers/1`, sorted by
    /// path. Other YAML files (questionnaire layers, schemas, configuration) are skipped with a note on
    /// standard error. Exits 66 when the folder does not exist or cannot be listed.
    static func files(under path: String) throws -> [InputFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            Console.error("no such folder", file: path)
            throw ExitCode.noInput
        }
        guard isDirectory.boolValue else { return [try InputFiles.read(path)] }
        guard let directory = opendir(path) else {
            Console.error("cannot list the folder (\(String(cString: strerror(errno))))", file: path)
            throw ExitCode.noInput
        }
        closedir(directory)
        guard let enumerator = FileManager.default.enumerator(atPath: path) else {
            Console.error("cannot list the folder", file: path)
            throw ExitCode.noInput
        }
        let base = path.hasSuffix("/") ? String(path.dropLast()) : path
        var names: [String] = []
        while let entry = enumerator.nextObject() as? String {
            if entry.hasSuffix(".yaml") || entry.hasSuffix(".yml") { names.append(base + "/" + entry) }
        }
        var files: [InputFile] = []
        for name in names.sorted() {
            let file = try InputFiles.read(name)
            if isAnswersFile(file.text) {
                files.append(file)
            } else {
                Console.diagnose(
                    .note("not an answers file (no 'format: \(AnswersLoader.format)'); skipped", at: .file(name)))
            }
        }
        return files
    }

    /// Whether a file's text declares the answers format at the top level.
    static func isAnswersFile(_ text: String) -> Bool {
        text.split(whereSeparator: \.isNewline).contains { line in
            guard line.hasPrefix("format:") else { return false }
            let value = line.dropFirst("format:".count).trimmingCharacters(in: .whitespaces)
            return [AnswersLoader.format, "\"\(AnswersLoader.format)\"", "'\(AnswersLoader.format)'"].contains(value)
        }
    }
}

/// Bundles assembled once per jurisdiction, so a folder of hundreds of answers files pays for each
/// bundle once.
final class BundleCache {
    let catalog: QuestionnaireCatalog
    private var bundles: [String: QuestionnaireBundle?] = [:]

    init(_ catalog: QuestionnaireCatalog) { self.catalog = catalog }

    /// The bundle of `jurisdiction`, assembled the first time it is asked for.
    func bundle(for jurisdiction: String, log: DiagnosticLog, at location: SourceLocation) -> QuestionnaireBundle? {
        if let cached = bundles[jurisdiction] { return cached }
        let bundle = catalog.bundle(for: jurisdiction, log: log, at: location)
        if bundle != nil { bundles[jurisdiction] = bundle }
        return bundle
    }

    /// Reads an answers file against the bundle of its jurisdiction; nil when it is unusable.
    func load(_ file: InputFile, log: DiagnosticLog) -> (AnswerSet, QuestionnaireBundle)? {
        guard let metadata = AnswersLoader.metadata(text: file.text, file: file.name, log: log),
            let bundle = bundle(
                for: metadata.jurisdiction, log: log, at: SourceLocation(file: file.name, line: 1, column: 1)),
            let answers = AnswersLoader.load(text: file.text, file: file.name, bundle: bundle, log: log)
        else { return nil }
        return (answers, bundle)
    }
}
