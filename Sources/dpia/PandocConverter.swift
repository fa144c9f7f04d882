import DPIAWeb
import Foundation

/// Converts a Markdown report to DOCX with the `pandoc` on the PATH, run as a local process with the
/// settings of `docs/pandoc-defaults.yaml` (table of contents, the Word styles of
/// `docs/pandoc/reference.docx` when that file is next to the binary or in this source tree).
enum PandocConverter {
    /// The converter, or nil when no `pandoc` is on the PATH (the DOCX download is then not offered).
    static func make(environment: [String: String] = ProcessInfo.processInfo.environment) -> DocumentConverter? {
        guard let pandoc = executable("pandoc", path: environment["PATH"] ?? "") else { return nil }
        let reference = referenceDocument()
        return { markdown in try convert(markdown, pandoc: pandoc, reference: reference) }
    }

    /// The first executable `name` in the folders of `path`.
    static func executable(_ name: String, path: String) -> String? {
        path.split(separator: ":").map { String($0) + "/" + name }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// `reference.docx` next to the binary, in `../share/dpia/`, or in the source tree it was built from.
    static func referenceDocument() -> String? {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return [
            binary.appendingPathComponent("reference.docx").path,
            binary.appendingPathComponent("../share/dpia/reference.docx").standardized.path,
            source.appendingPathComponent("docs/pandoc/reference.docx").path,
        ].first { FileManager.default.fileExists(atPath: $0) }
    }

    /// Why pandoc did not convert.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func convert(_ markdown: String, pandoc: String, reference: String?) throws -> [UInt8] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dpia-docx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("report.docx")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pandoc)
        process.arguments =
            ["--from", "markdown", "--to", "docx", "--standalone", "--toc", "--toc-depth=2", "--output", output.path]
            + (reference.map { ["--reference-doc", $0] } ?? [])
        let input = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data(markdown.utf8))
        try input.fileHandleForWriting.close()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: output.path) else {
            throw Failure(
                description: String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return Array(data)
    }
}
