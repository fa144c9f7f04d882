import ArgumentParser
import DPIAKit

@main
struct DPIA: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dpia",
        abstract: "A DPIA assistant for police data protection officers.",
        discussion: """
            dpia walks a police unit through the questions a supervisory authority would ask before \
            a tool is adopted (legal basis, biometric data, third-country transfers, vendor control, \
            DPIA, organisational measures) and writes a Markdown audit report that flags \
            Clearview-like red patterns, cites the provisions and lists the measures owed.

            dpia never makes a network connection: questionnaires are built into the binary or \
            read from the folders you name, and reports are written only where you say; dpia \
            serve only listens on 127.0.0.1 for a browser on this machine.

            Exit status: 0 success; 1 verify: a check failed; 2 the verdict is DO NOT DEPLOY \
            (report, assess), or something changed (recheck); 64 usage error; 65 invalid \
            questionnaire or answers; 66 input file missing; 70 unexpected failure (a fault in \
            dpia: please report it); 73 cannot write the output; 130 interrupted with Ctrl-C (assess, train).
            """,
        version: ToolVersion.current,
        subcommands: [
            Report.self,
            Lint.self,
            List.self,
            Assess.self,
            Verify.self,
            Diff.self,
            Keygen.self,
            Train.self,
            Checklist.self,
            Explain.self,
            Register.self,
            Recheck.self,
            Migrate.self,
            Serve.self,
        ]
    )

    /// Runs the command line. ArgumentParser exits 1 on an error it does not know; here that is an
    /// unexpected failure, exit 70, so that 1 keeps its one meaning (`verify`: a check failed).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            exit(withError: code)
        } catch {
            guard exitCode(for: error) == .failure else { exit(withError: error) }
            SystemTerminal.restoreMode()
            Console.diagnose(
                .error(
                    "unexpected failure: \(fullMessage(for: error)); this is a fault in dpia, and any answers given are saved",
                    at: nil))
            exit(withError: ExitCode.unexpectedFailure)
        }
    }
}
