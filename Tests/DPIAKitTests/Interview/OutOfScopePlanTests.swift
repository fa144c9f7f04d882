import Testing

@testable import DPIAKit

@Suite("Interview plan stops outside the directive")
struct OutOfScopeInterviewPlanTests {
    private static func plan() -> InterviewPlan {
        let log = DiagnosticLog()
        guard let layer = QuestionnaireLoader.load(text: Fixtures.scoped, file: "scoped.yaml", log: log) else {
            preconditionFailure("the scoped fixture must load: \(log.diagnostics)")
        }
        return InterviewPlan(bundle: BundleAssembler.assemble([layer], jurisdiction: "eu", log: log))
    }

    private static func answers(_ states: [QuestionID: AnswerState]) -> AnswerSet {
        let metadata = AssessmentMetadata(
            jurisdiction: "eu", organisation: "Town", unit: nil, processing: "Staff badges", assessor: nil,
            date: day(2026, 11, 1))
        return AnswerSet(
            file: "a.yaml", madeAgainst: [], metadata: metadata,
            answers: states.mapValues {
                Answer(state: $0, location: SourceLocation(file: "a.yaml", line: 1, column: 1))
            },
            caseInfo: nil)
    }

    @Test("once the scope answers place the processing outside the directive, no later question is asked")
    func stopsAfterOutOfScope() {
        let plan = Self.plan()
        let outside = Self.answers(["scope.lec_purpose": .value(.yesNo(false))])
        #expect(plan.askedQuestions(outside).map(\.id) == ["scope.lec_purpose"])
        #expect(plan.question(after: "scope.lec_purpose", outside) == nil)
    }

    @Test("inside the directive, or while the scope is unknown, the interview goes on")
    func continuesInScope() {
        let plan = Self.plan()
        for state in [AnswerState.value(.yesNo(true)), .unknown] {
            let answers = Self.answers(["scope.lec_purpose": state])
            #expect(plan.question(after: "scope.lec_purpose", answers)?.id == "scope.tool")
        }
        #expect(plan.askedQuestions(Self.answers([:])).map(\.id) == ["scope.lec_purpose", "scope.tool"])
    }
}
