import Testing

@testable import DPIAKit

/// The register's rows and formats, on the fixture bundle.
@Suite("Assessment register")
struct AssessmentRegisterTests {
    @Test("the sign-off state says who has signed what")
    func signOffStates() {
        let location = SourceLocation.file("a.yaml")
        #expect(RegisterRow.signOffState(nil) == "not signed off")
        #expect(RegisterRow.signOffState(SignOff(location: location)) == "not signed off")
        var signOff = SignOff(location: location)
        signOff.dpoOpinion = .unfavourable
        #expect(RegisterRow.signOffState(signOff) == "DPO opinion unfavourable, no decision")
        signOff.controllerDecision = .proceedAfterMeasures
        #expect(RegisterRow.signOffState(signOff) == "decided: proceed after measures (against the DPO)")
    }

    @Test("a title with a comma, a quote and a pipe stays one cell in CSV and in Markdown")
    func escaping() throws {
        var assessment = Fixtures.assess("  vendor.external: no")
        assessment.answers.metadata.processing = "Faces, \"live\" | watchlist"
        let row = RegisterRow(assessment, today: day(2026, 12, 1))
        let register = AssessmentRegister(rows: [row], today: day(2026, 12, 1))
        let csv = register.csv().components(separatedBy: "\r\n")
        #expect(csv[1].contains(",\"Faces, \"\"live\"\" | watchlist\","))
        let table = register.markdown().components(separatedBy: "\n").filter { $0.hasPrefix("| `") }
        #expect(table.count == 1)
        #expect(table[0].contains("Faces, \"live\" \\| watchlist"))
        #expect(try register.json().contains("\"format\" : \"dpia-register/1\""))
    }
}
