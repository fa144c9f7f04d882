import Foundation
import Testing

/// The end-to-end tests trust `runDPIA`; these check the properties they rely on.
@Suite("Test support: running processes")
struct ProcessSupportTests {
    private static let shell = URL(fileURLWithPath: "/bin/sh")

    @Test("the repository root found through #filePath holds Package.swift and the cases")
    func repositoryRootIsThePackage() {
        let manifest = repositoryRoot.appending(path: "Package.swift")
        #expect(FileManager.default.fileExists(atPath: manifest.path))
        #expect(FileManager.default.fileExists(atPath: CaseFiles.url("eu-unknowns").path))
    }

    @Test("swift test has built the dpia binary next to the test bundle")
    func binaryIsBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: builtDPIA.path), "\(builtDPIA.path)")
    }

    @Test("output far larger than a pipe buffer on both streams is read without deadlock")
    func drainsBothPipes() throws {
        // stderr first: a reader that drained stdout to its end before stderr would hang here.
        let script = """
            head -c 1000000 /dev/zero | tr '\\0' e >&2
            head -c 1000000 /dev/zero | tr '\\0' o
            exit 3
            """
        let run = try runDPIA(["-c", script], executable: Self.shell, deadline: 20)
        #expect(run.status == 3)
        #expect(run.stdout.utf8.count == 1_000_000)
        #expect(run.stderr.utf8.count == 1_000_000)
    }

    @Test("text given as stdin reaches the process")
    func standardInput() throws {
        let run = try runDPIA(
            [], stdin: "yes\nno\n", executable: URL(fileURLWithPath: "/bin/cat"), deadline: 20)
        #expect(run.stdout == "yes\nno\n")
    }

    @Test("a run past its deadline is killed and reported as an error")
    func deadline() throws {
        let started = Date()
        #expect(throws: DPIAProcessError.self) {
            try runDPIA(["30"], executable: URL(fileURLWithPath: "/bin/sleep"), deadline: 1)
        }
        #expect(Date().timeIntervalSince(started) < 15)
    }
}
