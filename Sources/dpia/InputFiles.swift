import ArgumentParser
import DPIAKit
import Foundation

/// Reading the files the user names: the only place the command line touches input files.
enum InputFiles {
    /// Reads one file, or exits 66 with a message naming it.
    static func read(_ path: String) throws -> InputFile {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            Console.error("\(path): error: no such file")
            throw ExitCode.noInput
        }
        if isDirectory.boolValue {
            Console.error("\(path): error: is a folder; name a YAML file")
            throw ExitCode.noInput
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            Console.error("\(path): error: cannot be read (check its permissions)")
            throw ExitCode.noInput
        }
        do {
            return InputFile(name: path, text: try SourceText.decode(data, file: path))
        } catch {
            Console.print([error.diagnostic], sources: [:], color: false)
            throw ExitCode.dataError
        }
    }

    /// An answers or case file: the file at `path`, or, when there is none, the bundled case of that
    /// name (`be-coc-clearview`, or the path `dpia list` shows), so a case can be named from any folder.
    static func answers(_ path: String, catalog: QuestionnaireCatalog) throws -> InputFile {
        if !FileManager.default.fileExists(atPath: path),
            let bundled = catalog.cases.first(where: { $0.name == path || TrainingCase.name(ofFile: $0.name) == path })
        {
            return bundled
        }
        guard FileManager.default.fileExists(atPath: path) else {
            Console.error("\(path): error: no such file, and no bundled case of that name (dpia list shows them)")
            throw ExitCode.noInput
        }
        return try read(path)
    }

    /// The YAML files of a questionnaire folder: its layers and its `cases/`, sorted by name.
    static func folder(_ path: String) throws -> [InputFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            Console.error("\(path): error: no such folder")
            throw ExitCode.noInput
        }
        let base = path.hasSuffix("/") ? String(path.dropLast()) : path
        var names: [String] = []
        for sub in ["", "cases/"] {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: base + "/" + sub)) ?? []
            names += entries.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.map { base + "/" + sub + $0 }
        }
        return try names.sorted().map(read)
    }

    /// A file, or every YAML file of a folder.
    static func files(at path: String) throws -> [InputFile] {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return try folder(path)
        }
        return [try read(path)]
    }
}

/// Writing to the standard streams without Foundation's buffering surprises.
enum Console {
    /// Writes a line to standard error.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Writes text to standard output as is.
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Prints diagnostics the way a compiler does.
    static func print(_ diagnostics: [Diagnostic], sources: [String: String], color: Bool) {
        guard !diagnostics.isEmpty else { return }
        error(DiagnosticPrinter(sources: sources, usesColor: color).render(diagnostics))
    }
}
