import ArgumentParser
import DPIAKit
import Foundation

/// Reading the files the user names: the only place the command line touches input files.
enum InputFiles {
    /// Reads one file, or exits 66 with a message naming it.
    static func read(_ path: String, color: Bool = ColorMode.auto.isEnabled) throws -> InputFile {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            Console.error("no such file", file: path, color: color)
            throw ExitCode.noInput
        }
        if isDirectory.boolValue {
            Console.error("is a folder; name a YAML file", file: path, color: color)
            throw ExitCode.noInput
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            Console.error("cannot be read (check its permissions)", file: path, color: color)
            throw ExitCode.noInput
        }
        do {
            return InputFile(name: path, text: try SourceText.decode(data, file: path))
        } catch {
            Console.print([error.diagnostic], sources: [:], color: color)
            throw ExitCode.dataError
        }
    }

    /// An answers or case file: the file at `path`, or, when there is none, the bundled case of that
    /// name (`be-coc-clearview`, or the path `dpia list` shows), so a case can be named from any folder.
    static func answers(
        _ path: String, catalog: QuestionnaireCatalog, color: Bool = ColorMode.auto.isEnabled
    ) throws -> InputFile {
        if !FileManager.default.fileExists(atPath: path),
            let bundled = catalog.cases.first(where: { $0.name == path || TrainingCase.name(ofFile: $0.name) == path })
        {
            return bundled
        }
        guard FileManager.default.fileExists(atPath: path) else {
            Console.error(
                "no such file, and no bundled case of that name (dpia list shows them)", file: path, color: color)
            throw ExitCode.noInput
        }
        return try read(path, color: color)
    }

    /// The YAML files of a questionnaire folder: its layers and its `cases/`, sorted by name.
    static func folder(_ path: String, color: Bool = ColorMode.auto.isEnabled) throws -> [InputFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            Console.error("no such folder", file: path, color: color)
            throw ExitCode.noInput
        }
        let base = path.hasSuffix("/") ? String(path.dropLast()) : path
        var names: [String] = []
        for sub in ["", "cases/"] {
            let folder = base + "/" + sub
            // A folder without cases is fine; one whose cases cannot be listed is not.
            if !sub.isEmpty && !FileManager.default.fileExists(atPath: String(folder.dropLast())) { continue }
            // opendir gives the system's reason (not a folder, permission denied) that Foundation hides.
            guard let directory = opendir(folder) else {
                Console.error(
                    "cannot list the folder (\(String(cString: strerror(errno))))", file: folder, color: color)
                throw ExitCode.noInput
            }
            closedir(directory)
            guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
                Console.error("cannot list the folder", file: folder, color: color)
                throw ExitCode.noInput
            }
            names += entries.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.map { folder + $0 }
        }
        return try names.sorted().map { try read($0, color: color) }
    }

    /// A file, or every YAML file of a folder.
    static func files(at path: String, color: Bool = ColorMode.auto.isEnabled) throws -> [InputFile] {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return try folder(path, color: color)
        }
        return [try read(path, color: color)]
    }
}

/// Writing to the standard streams without Foundation's buffering surprises.
enum Console {
    /// Writes a status line ("report written to …") to standard error; problems go through
    /// `error(_:file:)` or `diagnose(_:color:)` instead, so every diagnostic has one format.
    static func status(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Writes text to standard output as is.
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Prints one diagnostic the way a compiler does; for the problems a command finds with a whole
    /// file or with its arguments, where there is no option saying when to colour.
    static func diagnose(_ diagnostic: Diagnostic, color: Bool = ColorMode.auto.isEnabled) {
        print([diagnostic], sources: [:], color: color)
    }

    /// Prints an error about the whole file `path`: `path: error: message`.
    static func error(_ message: String, file path: String, color: Bool = ColorMode.auto.isEnabled) {
        diagnose(.error(message, at: .file(path)), color: color)
    }

    /// Prints diagnostics the way a compiler does.
    static func print(_ diagnostics: [Diagnostic], sources: [String: String], color: Bool) {
        DiagnosticPrinter(sources: sources, usesColor: color).write(diagnostics) { block in
            FileHandle.standardError.write(Data(block.utf8))
        }
    }
}
