import ArgumentParser
import DPIAKit
import DPIAWeb
import Foundation

extension DPIA {
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the interview, the DPIA's parts, the report and the quiz in a browser, on this machine.",
            discussion: """
                Starts a web server on 127.0.0.1 (a free port unless --port is given) and prints one \
                address with a random token made for this launch; open it in a browser on this machine. \
                Nothing is opened by itself. A request without the token, or the cookie it sets on the \
                first visit, gets 403. DIR (default: the current folder) is the register: its answers \
                files are listed, and a new assessment creates one there, saved after every answer \
                like dpia assess (a temporary file renamed into place, readable by its owner only). \
                The report downloads as Markdown, JSON and, when pandoc is on the PATH, DOCX (pandoc \
                runs as a local process). The quiz (dpia train) runs in memory and writes no file. \
                The server never connects to anything; --host other than 127.0.0.1 (a classroom \
                network) is used only when given, with a warning. Stop it with Ctrl-C.

                Exit status: 0 stopped; 64 usage error; 66 DIR does not exist; 70 unexpected failure.
                """)

        @Argument(help: ArgumentHelp("The register folder of answers files.", valueName: "dir"), completion: .directory)
        var directory: String = "."

        @Option(help: ArgumentHelp("The port to listen on; 0 for a free one.", valueName: "n"))
        var port: Int = 0

        @Option(
            help: ArgumentHelp("The address to listen on (default 127.0.0.1, this machine only).", valueName: "addr"))
        var host: String = "127.0.0.1"

        @OptionGroup var questionnaires: QuestionnaireOptions

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        }

        func run() throws {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue
            else {
                Console.error("no such folder", file: directory)
                throw ExitCode.noInput
            }
            let log = DiagnosticLog()
            let catalog = try questionnaires.pipeline(log: log).catalog
            let loopback = ["127.0.0.1", "::1", "localhost"].contains(host)
            if !loopback {
                Console.diagnose(
                    .warning(
                        "listening on \(host): anyone who can reach this address and has the printed link can read and change the answers files in \(directory)",
                        at: nil))
            }
            let store = AnswersStore(directory: directory, catalog: catalog) { answers, bundle, path in
                try AnswersFile.save(answers, bundle: bundle, to: path)
            }
            let token = WebServer.makeToken()
            let server = WebServer(
                store: store, catalog: catalog, token: token, today: { Clock.today() },
                converter: PandocConverter.make())
            let shownHost = host.contains(":") ? "[\(host)]" : host
            let app = server.application(host: host, port: port) { bound in
                FileHandle.standardOutput.write(Data("http://\(shownHost):\(bound)/?token=\(token)\n".utf8))
                FileHandle.standardError.write(Data("dpia serve: \(directory) · Ctrl-C stops the server\n".utf8))
            }
            let outcome = Outcome()
            let done = DispatchSemaphore(value: 0)
            Task {
                do { try await app.runService() } catch { outcome.set(error) }
                done.signal()
            }
            done.wait()
            if let error = outcome.error {
                Console.error("cannot serve: \(error)", file: "\(host):\(port)")
                throw ExitCode.cannotCreate
            }
        }
    }
}

/// The error the server stopped with, handed from its task to the command.
private final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?
    var error: (any Error)? { lock.withLock { stored } }
    func set(_ error: any Error) { lock.withLock { stored = error } }
}
