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
            if AnswersLoader.declaresFormat(file.text) {
                files.append(file)
            } else {
                Console.diagnose(
                    .note("not an answers file (no 'format: \(AnswersLoader.format)'); skipped", at: .file(name)))
            }
        }
        return files
    }
}

/// Work on many files at once, on every core, with the results taken in order.
enum Parallel {
    /// Runs `work` on each input (on all cores when `parallel`, else one after the other), and
    /// `consume` on each result in the inputs' order, a chunk at a time so that memory stays bounded
    /// however many inputs there are.
    static func forEach<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], parallel: Bool, chunk: Int = 128, work: @Sendable (Input) -> Output,
        consume: (Input, Output) throws -> Void
    ) rethrows {
        var start = 0
        while start < inputs.count {
            let slice = Array(inputs[start..<min(start + chunk, inputs.count)])
            var results = [Output?](repeating: nil, count: slice.count)
            if parallel {
                results.withUnsafeMutableBufferPointer { buffer in
                    let slots = Slots(buffer: buffer)
                    DispatchQueue.concurrentPerform(iterations: slice.count) { index in
                        slots.buffer[index] = work(slice[index])
                    }
                }
            } else {
                for index in slice.indices { results[index] = work(slice[index]) }
            }
            for (input, result) in zip(slice, results) {
                if let result { try consume(input, result) }
            }
            start += chunk
        }
    }

    /// The results of one chunk: each task writes only its own slot, and they are read once every
    /// task has finished.
    private struct Slots<Output>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Output?>
    }
}
