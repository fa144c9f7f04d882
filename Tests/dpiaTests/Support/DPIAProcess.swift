import Foundation

/// What one run of the `dpia` binary produced.
struct DPIARun: Sendable {
    /// Everything written to standard output, decoded as UTF-8.
    var stdout: String
    /// Everything written to standard error, decoded as UTF-8.
    var stderr: String
    /// The exit status; 128 + the signal number when the process was killed by a signal.
    var status: Int32
}

/// Why a run of the `dpia` binary could not be observed to the end.
enum DPIAProcessError: Error, CustomStringConvertible {
    case executableMissing(URL)
    case timedOut(arguments: [String], seconds: TimeInterval)

    var description: String {
        switch self {
        case .executableMissing(let url):
            return "no dpia binary at \(url.path); `swift test` builds it next to the test bundle"
        case .timedOut(let arguments, let seconds):
            return "dpia \(arguments.joined(separator: " ")) did not finish within \(seconds) s; "
                + "it was killed"
        }
    }
}

/// The longest a single run may take before it is killed and the test fails.
let dpiaDeadline: TimeInterval = 60

/// The root of the package: this file is `<root>/Tests/dpiaTests/Support/DPIAProcess.swift`.
let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Support
    .deletingLastPathComponent()  // dpiaTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

/// The `dpia` binary built by `swift test`, in the products folder that holds the test bundle.
var builtDPIA: URL {
    Bundle.main.bundleURL.appending(path: "dpia")
}

/// This process's environment with some variables set (a value) or removed (`nil`).
func inheritedEnvironment(_ changes: [String: String?]) -> [String: String] {
    var environment = ProcessInfo.processInfo.environment
    for (name, value) in changes {
        environment[name] = value
    }
    return environment
}

/// Runs `dpia` with the given arguments and returns its output and exit status.
///
/// Both output pipes are drained on their own threads while the process runs, so a report larger
/// than a pipe buffer cannot deadlock it. The run is killed, and the call throws, after
/// `deadline` seconds.
///
/// - Parameters:
///   - stdin: Text written to standard input, which is then closed; `nil` gives `/dev/null`.
///   - environment: The complete environment of the child; `nil` inherits this process's.
///   - currentDirectory: The child's working directory; `nil` inherits this process's.
///   - executable: The binary to run; `nil` runs the one built by `swift test`.
///   - deadline: Seconds before the run is killed.
func runDPIA(
    _ args: [String],
    stdin: String? = nil,
    environment: [String: String]? = nil,
    currentDirectory: URL? = nil,
    executable: URL? = nil,
    deadline seconds: TimeInterval = dpiaDeadline
) throws -> DPIARun {
    let binary = executable ?? builtDPIA
    guard FileManager.default.isExecutableFile(atPath: binary.path) else {
        throw DPIAProcessError.executableMissing(binary)
    }
    let process = Process()
    process.executableURL = binary
    process.arguments = args
    if let environment {
        process.environment = environment
    }
    if let currentDirectory {
        process.currentDirectoryURL = currentDirectory
    }
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    let input: Pipe? = stdin == nil ? nil : Pipe()
    process.standardInput = input ?? FileHandle.nullDevice

    let deadline = DispatchTime.now() + seconds
    try process.run()
    let stdoutReader = PipeDrain(output.fileHandleForReading)
    let stderrReader = PipeDrain(errors.fileHandleForReading)
    if let input, let stdin {
        let writer = input.fileHandleForWriting
        let bytes = Data(stdin.utf8)
        Thread.detachNewThread {
            // A child that exits without reading makes the write fail; the status tells the story.
            try? writer.write(contentsOf: bytes)
            try? writer.close()
        }
    }

    let drained = stdoutReader.wait(until: deadline) && stderrReader.wait(until: deadline)
    while process.isRunning && DispatchTime.now() < deadline {
        Thread.sleep(forTimeInterval: 0.01)
    }
    guard drained, !process.isRunning else {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        throw DPIAProcessError.timedOut(arguments: args, seconds: seconds)
    }
    process.waitUntilExit()
    let status =
        process.terminationReason == .uncaughtSignal
        ? 128 + process.terminationStatus : process.terminationStatus
    return DPIARun(
        stdout: String(decoding: stdoutReader.data, as: UTF8.self),
        stderr: String(decoding: stderrReader.data, as: UTF8.self),
        status: status)
}

/// Reads a pipe to its end on a thread of its own.
private final class PipeDrain: @unchecked Sendable {
    private let lock = NSLock()
    private let finished = DispatchSemaphore(value: 0)
    private var collected = Data()

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            let bytes = handle.readDataToEndOfFile()
            lock.withLock { collected = bytes }
            finished.signal()
        }
    }

    /// Whether the pipe reached its end before the deadline.
    func wait(until deadline: DispatchTime) -> Bool {
        guard finished.wait(timeout: deadline) == .success else { return false }
        finished.signal()  // later waits return at once
        return true
    }

    var data: Data {
        lock.withLock { collected }
    }
}

/// A fresh folder under the system's temporary folder, removed when the value goes away.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appending(path: "dpiaTests-\(UUID().uuidString)", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The URL of `name` inside the folder.
    func file(_ name: String) -> URL {
        url.appending(path: name, directoryHint: .notDirectory)
    }

    /// Writes `text` as UTF-8 to `name` inside the folder and returns its URL.
    @discardableResult
    func write(_ text: String, to name: String) throws -> URL {
        let target = file(name)
        try Data(text.utf8).write(to: target)
        return target
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
