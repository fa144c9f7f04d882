@testable import DPIAKit

/// A small questionnaire with every question type, a gate that hides later questions, a question
/// that refuses "I don't know", and helpers to run interviews over it.
enum InterviewFixtures {
    static let layer = """
        format: dpia-questionnaire/1
        id: interview-core
        title: Interview fixture
        version: 1.2.0
        law_as_of: 2026-11-01
        jurisdiction: eu
        sources:
          - key: LED
            title: Directive (EU) 2016/680
            url: https://eur-lex.europa.eu/eli/dir/2016/680/oj
        sections:
          - id: vendor
            title: Vendor
            intro: About the provider.
            questions:
              - id: vendor.external
                type: yes_no
                prompt: Is an external provider involved?
                guidance: Count free trials too.
                refs: [LED Art. 22]
              - id: vendor.kind
                type: single_choice
                prompt: What kind of provider?
                when: vendor.external
                options:
                  - id: private_company
                    label: A private company
                  - id: public_body
                    label: A public body
              - id: vendor.gallery
                type: multiple_choice
                prompt: Where do the reference images come from?
                when: vendor.external
                options:
                  - id: scraped
                    label: Scraped from the internet
                  - id: own_records
                    label: Our own records
              - id: vendor.name
                type: text
                prompt: Name of the provider
                required: false
          - id: usage
            title: Usage
            questions:
              - id: usage.first_use
                type: date
                prompt: When was it first used?
              - id: usage.searches
                type: number
                prompt: How many searches were run?
                allow_unknown: false
        """

    /// The fixture's bundle.
    static func bundle() -> QuestionnaireBundle {
        let log = DiagnosticLog()
        let layer = QuestionnaireLoader.load(text: layer, file: "interview.yaml", log: log)
        let bundle = layer.map { BundleAssembler.assemble([$0], jurisdiction: "eu", log: log) }
        guard let bundle, !log.hasErrors else { preconditionFailure("fixture must load: \(log.diagnostics)") }
        return bundle
    }

    static func plan() -> InterviewPlan { InterviewPlan(bundle: bundle()) }

    /// Complete metadata and the given answers.
    static func answers(_ states: [QuestionID: AnswerState] = [:], file: String = "answers.yaml") -> AnswerSet {
        let metadata = AssessmentMetadata(
            jurisdiction: "eu", organisation: "Test Police", unit: nil, processing: "A tool",
            assessor: nil, date: CalendarDate("2026-01-15"))
        let location = SourceLocation(file: file, line: 1, column: 1)
        return AnswerSet(
            file: file, madeAgainst: [Sourced("1.2.0", from: "interview-core")], metadata: metadata,
            answers: states.mapValues { Answer(state: $0, location: location) }, caseInfo: nil)
    }

    /// An interviewer over the fixture, started with `answers`.
    static func interviewer(_ answers: AnswerSet = answers()) -> Interviewer {
        Interviewer(plan: plan(), answers: answers, today: day(2026, 11, 22))
    }

    /// Types each line in turn.
    static func type(_ lines: [String], into interviewer: inout Interviewer) {
        for line in lines { interviewer.handle(line) }
    }
}
