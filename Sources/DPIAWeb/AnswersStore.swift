public import DPIAKit
public import Foundation

/// Writes an answers file: the executable hands in its atomic writer (a temporary file renamed into
/// place, 0600 for a new file), so the browser and `dpia assess` save the same way.
public typealias AnswersSaver =
    @Sendable (_ answers: AnswerSet, _ bundle: QuestionnaireBundle, _ path: String) throws ->
    Void

/// The answers files of the register folder: names checked against traversal, each file read with
/// its version (a digest of its bytes), and every change made under one lock, refused when the
/// version the form was made from is no longer the file's (another tab saved in between).
public final class AnswersStore: @unchecked Sendable {
    /// The register folder.
    public let directory: String
    let pipeline: AssessmentPipeline
    let saver: AnswersSaver
    private let lock = NSLock()
    /// The last reading of each file, by name, used again while the file's bytes are the same.
    private var cache: [String: Loaded] = [:]
    private let cacheLock = NSLock()

    public init(directory: String, catalog: QuestionnaireCatalog, saver: @escaping AnswersSaver) {
        self.directory = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
        self.pipeline = AssessmentPipeline(catalog: catalog)
        self.saver = saver
    }

    /// A file of the register as read now.
    public struct Loaded: Sendable {
        public var name: String
        public var version: String
        public var answers: AnswerSet
        public var bundle: QuestionnaireBundle
    }

    /// Why a file cannot be used.
    public enum Problem: Error, Equatable, Sendable {
        /// The name is not a plain answers file name in the folder (a path, `..`, a hidden file).
        case badName
        /// No such file.
        case missing
        /// The file is not a valid answers file; the first diagnostics.
        case invalid(String)
        /// The file changed since the form was made.
        case stale
        /// The change would make the file invalid, or it could not be written.
        case refused(String)
    }

    /// Whether `name` is a plain file name the register may use: letters, digits, `.`, `_` and `-`,
    /// not hidden, ending in `.yaml` or `.yml`; never a path.
    public static func isValidName(_ name: String) -> Bool {
        guard (1...200).contains(name.utf8.count), name.hasSuffix(".yaml") || name.hasSuffix(".yml"),
            let first = name.unicodeScalars.first, first != ".", !name.contains("..")
        else { return false }
        return name.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII
                && (CharacterSet.alphanumerics.contains(scalar) || scalar == "." || scalar == "_" || scalar == "-")
        }
    }

    /// The path of `name` in the folder, if the name is valid.
    func path(of name: String) throws(Problem) -> String {
        guard Self.isValidName(name) else { throw .badName }
        return directory + "/" + name
    }

    /// The answers files in the folder, by name.
    public func names() -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return entries.filter { name in
            guard Self.isValidName(name) else { return false }
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: directory + "/" + name, isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }.sorted()
    }

    /// Reads `name` now.
    public func load(_ name: String) throws(Problem) -> Loaded {
        let path = try path(of: name)
        guard let data = FileManager.default.contents(atPath: path) else { throw .missing }
        let version = Self.version(of: data)
        if let cached = cacheLock.withLock({ cache[name] }), cached.version == version { return cached }
        let text = String(decoding: data, as: UTF8.self)
        let log = DiagnosticLog()
        guard let (answers, bundle) = pipeline.loadAnswers(InputFile(name: path, text: text), log: log), !log.hasErrors
        else {
            let first = log.sorted.prefix(3).map(\.message).joined(separator: "; ")
            throw .invalid(first.isEmpty ? "not an answers file" : first)
        }
        let loaded = Loaded(name: name, version: version, answers: answers, bundle: bundle)
        cacheLock.withLock { cache[name] = loaded }
        return loaded
    }

    /// The pages rendered from a file's bytes (a question page is a pure function of them), by key;
    /// at most 512, emptied when full.
    private var pages: [String: String] = [:]

    /// The page under `key`, rendered by `render` unless a page with that key is kept.
    func page(_ key: String, render: () -> String) -> String {
        if let kept = cacheLock.withLock({ pages[key] }) { return kept }
        let page = render()
        cacheLock.withLock {
            if pages.count >= 512 { pages.removeAll() }
            pages[key] = page
        }
        return page
    }

    /// Changes `name` when its version is still `expected`: the new answers are written only if they
    /// read back as a valid answers file. Returns the file as saved.
    public func update(
        _ name: String, expected: String?, change: (inout AnswerSet, QuestionnaireBundle) throws(Problem) -> Void
    ) throws(Problem) -> Loaded {
        lock.lock()
        defer { lock.unlock() }
        var loaded = try load(name)
        guard expected == loaded.version else { throw .stale }
        var answers = loaded.answers
        try change(&answers, loaded.bundle)
        try write(answers, bundle: loaded.bundle, to: name)
        loaded = try load(name)
        return loaded
    }

    /// Creates `name` with `answers`; refused when it exists.
    public func create(_ name: String, answers: AnswerSet, bundle: QuestionnaireBundle) throws(Problem) {
        lock.lock()
        defer { lock.unlock() }
        let path = try path(of: name)
        guard !FileManager.default.fileExists(atPath: path) else { throw .refused("\(name) exists already") }
        try write(answers, bundle: bundle, to: name)
    }

    private func write(_ answers: AnswerSet, bundle: QuestionnaireBundle, to name: String) throws(Problem) {
        let path = try path(of: name)
        let text = AnswersWriter.render(answers, bundle: bundle)
        let log = DiagnosticLog()
        if pipeline.loadAnswers(InputFile(name: path, text: text), log: log) == nil || log.hasErrors {
            throw .refused(log.sorted.prefix(3).map(\.message).joined(separator: "; "))
        }
        do {
            try saver(answers, bundle, path)
        } catch {
            throw .refused("cannot save \(name): \(error)")
        }
    }

    /// The version of a file's bytes: FNV-1a, 64 bits, in hex. It only has to change when the bytes do.
    public static func version(of data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
