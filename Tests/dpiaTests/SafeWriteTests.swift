import Foundation
import Testing

/// A small file system of its own (a tmpfs), so a test can make a folder full or read-only for real.
/// Mounting needs privileges; where they are missing the tests that need it are skipped, not faked.
private final class SmallFileSystem {
    let url: URL

    static let isAvailable: Bool = {
        guard let probe = try? SmallFileSystem(kilobytes: 64) else { return false }
        probe.unmount()
        return true
    }()

    init(kilobytes: Int) throws {
        url = FileManager.default.temporaryDirectory.appending(path: "dpia-fs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        guard Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", url.path]) else {
            try? FileManager.default.removeItem(at: url)
            throw CocoaError(.fileWriteNoPermission)
        }
    }

    func remountReadOnly() -> Bool {
        Self.run("/bin/mount", ["-o", "remount,ro", url.path])
    }

    func unmount() {
        _ = Self.run("/bin/umount", [url.path])
        try? FileManager.default.removeItem(at: url)
    }

    private static func run(_ tool: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}

@Suite("Safe writes: a report that cannot be written leaves the previous one intact")
struct SafeWriteTests {
    private static let previous = "the previous report, which must survive\n"

    @Test(
        "a full disk gives a clear error and the previous report is untouched",
        .enabled(if: SmallFileSystem.isAvailable, "needs permission to mount a tmpfs"))
    func fullDisk() throws {
        let disk = try SmallFileSystem(kilobytes: 16)
        defer { disk.unmount() }
        let report = disk.url.appending(path: "report.md")
        try Self.previous.write(to: report, atomically: false, encoding: .utf8)
        // Fill what is left, so the new report cannot be written beside the old one.
        let filler = disk.url.appending(path: "filler")
        try #require(FileManager.default.createFile(atPath: filler.path, contents: nil))
        let handle = try FileHandle(forWritingTo: filler)
        while (try? handle.write(contentsOf: Data(count: 4096))) != nil {}
        try? handle.close()

        let run = try CaseFiles.report("be-coc-clearview", ["-o", report.path, "--force"])
        #expect(run.status == 73)
        #expect(run.stderr.contains("\(report.path): error: cannot write the file"))
        #expect(run.stderr.contains("the previous file, if any, is untouched"))
        #expect(try String(contentsOf: report, encoding: .utf8) == Self.previous)
    }

    @Test(
        "a read-only folder gives a clear error and the previous report is untouched",
        .enabled(if: SmallFileSystem.isAvailable, "needs permission to mount a tmpfs"))
    func readOnlyFolder() throws {
        let disk = try SmallFileSystem(kilobytes: 256)
        defer { disk.unmount() }
        let report = disk.url.appending(path: "report.md")
        try Self.previous.write(to: report, atomically: false, encoding: .utf8)
        try #require(disk.remountReadOnly())

        let run = try CaseFiles.report("be-coc-clearview", ["-o", report.path, "--force"])
        #expect(run.status == 73)
        #expect(run.stderr.contains("\(report.path): error: cannot write the file"))
        #expect(try String(contentsOf: report, encoding: .utf8) == Self.previous)
    }

    @Test(
        "keygen on a full disk writes neither key, not a private key without its public one",
        .enabled(if: SmallFileSystem.isAvailable, "needs permission to mount a tmpfs"))
    func keygenFullDisk() throws {
        let disk = try SmallFileSystem(kilobytes: 16)
        defer { disk.unmount() }
        // One 4 KiB page left: room for the private key file, not for the public one too.
        let filler = disk.url.appending(path: "filler")
        try #require(FileManager.default.createFile(atPath: filler.path, contents: Data(count: 12 * 1024)))

        let prefix = disk.url.appending(path: "unit-key").path
        let run = try runDPIA(["keygen", "--out", prefix])
        #expect(run.status == 73)
        #expect(run.stderr.contains("no key was written"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: prefix))
        #expect(!FileManager.default.fileExists(atPath: prefix + ".pub"))
        let left = try FileManager.default.contentsOfDirectory(atPath: disk.url.path)
        #expect(left == ["filler"])
    }

    @Test("an output path inside a regular file is refused as a missing folder")
    func parentIsAFile() throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write("not a folder\n", to: "plain.txt")
        let run = try CaseFiles.report("be-coc-clearview", ["-o", file.appending(path: "report.md").path])
        #expect(run.status == 73)
        #expect(run.stderr.contains("does not exist; create it first"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "not a folder\n")
    }
}
