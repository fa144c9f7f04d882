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

            dpia never uses the network: questionnaires are built into the binary or read from \
            the folders you name, and reports are written only where you say.

            Exit status: 0 success; 2 the verdict is DO NOT DEPLOY (report); 64 usage error; \
            65 invalid questionnaire or answers; 66 input file missing; 73 cannot write the output; \
            1 unexpected failure.
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
        ]
    )
}
