@testable import DPIAKit

/// Small questionnaires and helpers shared by the unit tests.
enum Fixtures {
    /// A core layer: one yes/no gate, a choice question shown only behind it, a text question,
    /// a finding with each `if_unknown` policy, and a red pattern.
    static let core = """
        format: dpia-questionnaire/1
        id: mini-core
        title: Mini core
        version: 1.0.0
        law_as_of: 2026-11-01
        jurisdiction: eu
        sources:
          - key: LED
            title: Directive (EU) 2016/680
            url: https://eur-lex.europa.eu/eli/dir/2016/680/oj
            applies_from: 2018-05-06
          - key: AI Act
            title: Regulation (EU) 2024/1689
            url: https://eur-lex.europa.eu/eli/reg/2024/1689/oj
            dated_provisions:
              - provision: Art. 5
                applies_from: 2025-02-02
        precedents:
          - id: imy-di-2020-2719
            authority: IMY
            reference: DI-2020-2719
            date: 2021-02-10
            title: Clearview decision
        areas:
          - id: vendor
            title: Vendor control
          - id: general
            title: General
        sections:
          - id: vendor
            title: Vendor
            questions:
              - id: vendor.external
                type: yes_no
                prompt: Is an external provider involved?
              - id: vendor.kind
                type: single_choice
                prompt: What kind of provider?
                when: vendor.external
                options:
                  - id: private_company
                    label: A private company
                  - id: public_body
                    label: A public body
              - id: vendor.contract
                type: yes_no
                prompt: Is there a processor contract?
                when: vendor.external
              - id: vendor.name
                type: text
                prompt: Name of the provider
                required: false
        findings:
          - id: vendor.no_contract
            area: vendor
            severity: high
            title: No processor contract
            when: vendor.external and not vendor.contract
            if_unknown: fires
            explanation: The provider must act only on instructions.
            refs: [LED Art. 22]
          - id: vendor.private
            area: vendor
            severity: medium
            title: Private provider
            when: vendor.kind == private_company
            explanation: Private providers need extra care.
            refs: [LED Art. 22]
          - id: general.scraping
            area: general
            severity: blocker
            title: Scraped database
            when: vendor.kind == private_company
            if_unknown: ignore
            explanation: Prohibited practice.
            refs: [AI Act Art. 5(1)(e)]
        red_patterns:
          - id: private_without_contract
            title: Private provider without a contract
            when: vendor.kind == private_company and vendor.contract == no
            explanation: The combination the authorities condemned.
            refs: [LED Art. 22]
            precedents: [imy-di-2020-2719]
        """

    /// A national overlay adding a question to the core's vendor section, a section of its own and
    /// national citations on a core finding.
    static let overlay = """
        format: dpia-questionnaire/1
        id: mini-se
        title: Mini Sweden
        version: 1.0.0
        law_as_of: 2026-11-01
        jurisdiction: se
        extends: mini-core
        sources:
          - key: BDL
            title: Brottsdatalag (2018:1177)
            url: https://www.riksdagen.se/
        sections:
          - id: vendor
            questions:
              - id: vendor.se_register
                type: yes_no
                prompt: Is the provider in the Swedish register?
          - id: se_extra
            title: Swedish extras
            questions:
              - id: se_extra.note
                type: text
                prompt: Anything else?
                required: false
        amend:
          - finding: vendor.no_contract
            refs: [BDL 3:2]
            explanation: In Sweden the controller answers for its staff.
            measures:
              - id: se.train
                text: Train the staff.
        """

    /// The two layers loaded, failing the test run if they do not load cleanly.
    static func layers() -> [Questionnaire] {
        let log = DiagnosticLog()
        let layers = [core, overlay].enumerated().compactMap { index, text in
            QuestionnaireLoader.load(text: text, file: "layer\(index).yaml", log: log)
        }
        precondition(!log.hasErrors && layers.count == 2, "fixtures must load: \(log.diagnostics)")
        return layers
    }

    /// The bundle for `jurisdiction` from the fixture layers.
    static func bundle(_ jurisdiction: String = "se") -> QuestionnaireBundle {
        let log = DiagnosticLog()
        let bundle = BundleAssembler.assemble(layers(), jurisdiction: jurisdiction, log: log)
        precondition(!log.hasErrors, "fixture bundle must assemble: \(log.diagnostics)")
        return bundle
    }

    /// An answers file for the fixture bundle with the given `answers:` lines.
    static func answersText(_ answers: String, date: String = "2026-01-15", jurisdiction: String = "se") -> String {
        """
        format: dpia-answers/1
        assessment:
          jurisdiction: \(jurisdiction)
          organisation: Test Police
          processing: Test processing
          date: \(date)
        answers:
        \(answers)
        """
    }

    /// Loads answers against the fixture bundle; returns the set and the diagnostics.
    static func answers(_ answers: String, date: String = "2026-01-15") -> (AnswerSet?, [Diagnostic]) {
        let log = DiagnosticLog()
        let set = AnswersLoader.load(
            text: answersText(answers, date: date), file: "answers.yaml", bundle: bundle(), log: log)
        return (set, log.diagnostics)
    }

    /// Assesses answers that must load cleanly.
    static func assess(_ answerLines: String, date: String = "2026-01-15") -> Assessment {
        let (set, diagnostics) = answers(answerLines, date: date)
        guard let set, !diagnostics.contains(where: { $0.severity == .error }) else {
            preconditionFailure("fixture answers must load: \(diagnostics)")
        }
        return RuleEngine.assess(set, with: bundle(), today: day(2026, 11, 22))
    }

    /// A layer whose first question decides whether the Law Enforcement Directive applies at all,
    /// with a finding and a red pattern that would fire inside it.
    static let scoped = """
        format: dpia-questionnaire/1
        id: scoped
        title: Scoped
        version: 1.0.0
        law_as_of: 2026-11-01
        jurisdiction: eu
        sources:
          - key: LED
            title: Directive (EU) 2016/680
            url: https://eur-lex.europa.eu/eli/dir/2016/680/oj
        areas:
          - id: scope
            title: Scope
        sections:
          - id: scope
            title: Scope
            questions:
              - id: scope.lec_purpose
                type: yes_no
                prompt: Is it for a law enforcement purpose?
              - id: scope.tool
                type: yes_no
                prompt: Is there a tool?
        findings:
          - id: scope.not_led
            area: scope
            severity: advice
            title: Outside the directive
            when: not scope.lec_purpose
            out_of_scope: true
            explanation: Another law applies.
            refs: [LED Art. 9]
          - id: scope.tool_used
            area: scope
            severity: blocker
            title: A tool is used
            when: scope.tool
            explanation: Blocks.
            refs: [LED Art. 8]
        red_patterns:
          - id: any_tool
            title: Any tool
            when: scope.tool
            explanation: Condemned.
            refs: [LED Art. 8]
        """

    /// Assesses `answers` against the `scoped` layer, dated 2026-11-01.
    static func assessScoped(_ answers: [QuestionID: AnswerState]) -> Assessment {
        let log = DiagnosticLog()
        guard let layer = QuestionnaireLoader.load(text: scoped, file: "scoped.yaml", log: log) else {
            preconditionFailure("the scoped fixture must load: \(log.diagnostics)")
        }
        let bundle = BundleAssembler.assemble([layer], jurisdiction: "eu", log: log)
        precondition(!log.hasErrors, "the scoped fixture must assemble: \(log.diagnostics)")
        let metadata = AssessmentMetadata(
            jurisdiction: "eu", organisation: "Town", unit: nil, processing: "Staff badges", assessor: nil,
            date: day(2026, 11, 1))
        let set = AnswerSet(
            file: "a.yaml", madeAgainst: [], metadata: metadata,
            answers: answers.mapValues {
                Answer(state: $0, location: SourceLocation(file: "a.yaml", line: 1, column: 1))
            },
            caseInfo: nil)
        return RuleEngine.assess(set, with: bundle, today: day(2026, 11, 1))
    }
}
