import Testing

@testable import DPIAKit

@Suite("Running an interview on a terminal")
struct InterviewSessionTests {
    @Test("every change is saved the moment it is made, and nothing else is")
    func savesEachChange() throws {
        var interviewer = InterviewFixtures.interviewer()
        let terminal = ScriptedTerminal(["1", "?", "maybe", "2", "b", "r", "", "q"])
        var saved: [AnswerSet] = []
        let ending = try InterviewSession.run(&interviewer, on: terminal, renderer: ScreenRenderer(usesColor: false)) {
            saved.append($0)
        }
        #expect(ending == .quit)
        #expect(
            saved.map { $0.answers.mapValues(\.state) } == [
                ["vendor.external": .value(.yesNo(true))],
                ["vendor.external": .value(.yesNo(true)), "vendor.kind": .value(.choice("public_body"))],
            ])
    }

    @Test("the end of input ends the interview with the answers saved")
    func endOfInput() throws {
        var interviewer = InterviewFixtures.interviewer()
        var saves = 0
        let ending = try InterviewSession.run(
            &interviewer, on: ScriptedTerminal(["yes"]), renderer: ScreenRenderer(usesColor: false)
        ) { _ in saves += 1 }
        #expect(ending == .endOfInput)
        #expect(saves == 1)
    }

    @Test("a failed save stops the interview before another answer is taken")
    func failedSave() {
        struct DiskFull: Error {}
        var interviewer = InterviewFixtures.interviewer()
        let terminal = ScriptedTerminal(["yes", "1"])
        #expect(throws: DiskFull.self) {
            _ = try InterviewSession.run(&interviewer, on: terminal, renderer: ScreenRenderer(usesColor: false)) { _ in
                throw DiskFull()
            }
        }
        #expect(terminal.readLine() == "1")
    }

    @Test("a whole interview finishes with the report-ready answers")
    func finishes() throws {
        var interviewer = InterviewFixtures.interviewer()
        let terminal = ScriptedTerminal(["2", "", "2019-10-01", "12", ""])
        let ending = try InterviewSession.run(&interviewer, on: terminal, renderer: ScreenRenderer(usesColor: false)) {
            _ in
        }
        #expect(ending == .finished)
        #expect(terminal.output.contains("Review: all questions answered"))
        let assessment = RuleEngine.assess(interviewer.answers, with: interviewer.plan.bundle, today: day(2026, 11, 22))
        #expect(assessment.unanswered.isEmpty)
    }
}

@Suite("Rendering interview screens")
struct ScreenRendererTests {
    @Test("a question shows section, progress, intro, numbered options, the current answer and the keys")
    func question() {
        let interviewer = InterviewFixtures.interviewer(
            InterviewFixtures.answers(["vendor.external": .value(.yesNo(true))]))
        var back = interviewer
        back.handle("b")
        #expect(
            ScreenRenderer(usesColor: false).render(back) == """

                Vendor · 1 of ~6
                About the provider.
                Is an external provider involved?
                  1) yes
                  2) no
                Current answer: yes (Enter keeps it)
                1-2 answer · ? help · b back · u don't know · r review · q quit
                > 
                """)
    }

    @Test(
        "at any width no line is wider than the terminal; words are not cut; option text hangs",
        arguments: [40, 60, 80])
    func wraps(width: Int) {
        var interviewer = InterviewFixtures.interviewer()
        for input in ["", "?", "perhaps"] {
            interviewer.handle(input)
            let text = ScreenRenderer(usesColor: true).render(interviewer, width: width)
            let plain = text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
            for line in plain.split(separator: "\n") {
                #expect(TextLayout.columns(of: line) <= width, "\(line)")
            }
        }
    }

    @Test("pre-wrapped prose is reflowed into paragraphs and wrapped at word boundaries")
    func reflow() {
        let prose =
            "In October 2019 two investigators\nattended a task force.\n\n- first item that is\n  long\n- second"
        #expect(
            TextLayout.reflow(prose, width: 30) == [
                "In October 2019 two", "investigators attended a task", "force.", "", "- first item that is long",
                "- second",
            ])
        #expect(TextLayout.wrap("Malmö åäö ünïcödé", width: 9) == ["Malmö åäö", "ünïcödé"])
        #expect(
            TextLayout.wrap("  1) an option label that wraps", width: 16, indent: 5) == [
                "  1) an option", "     label that", "     wraps",
            ])
        #expect(TextLayout.truncated("a long line of text", to: 10) == "a long li…")
        #expect(
            TextLayout.columns(of: "é") == 1 && TextLayout.columns(of: "e\u{301}") == 1
                && TextLayout.columns(of: "漢") == 2)
    }

    @Test("problems are shown under the question; colours only when asked for")
    func colours() {
        var interviewer = InterviewFixtures.interviewer()
        interviewer.handle("7")
        let plain = ScreenRenderer(usesColor: false).render(interviewer)
        #expect(plain.contains("! '7' is not one of the numbers shown; type 1 to 2\n> "))
        #expect(!plain.contains("\u{1B}["))
        #expect(ScreenRenderer(usesColor: true).render(interviewer).contains("\u{1B}[31m! '7'"))
    }

    @Test("the review numbers the questions asked and shows answers by their labels")
    func review() {
        var interviewer = InterviewFixtures.interviewer(
            InterviewFixtures.answers([
                "vendor.external": .value(.yesNo(true)), "vendor.kind": .value(.choice("public_body")),
            ]))
        interviewer.handle("r")
        let text = ScreenRenderer(usesColor: false).render(interviewer)
        #expect(text.contains("2. What kind of provider? → A public body\n"))
        #expect(text.contains("3. Where do the reference images come from? → not answered\n"))
    }
}

@Suite("The order of an interview")
struct InterviewPlanTests {
    @Test("the questions asked follow the answers; an unknown gate keeps them asked")
    func asked() {
        let plan = InterviewFixtures.plan()
        let ids = { (answers: AnswerSet) in plan.askedQuestions(answers).map(\.id.rawValue) }
        #expect(
            ids(InterviewFixtures.answers(["vendor.external": .value(.yesNo(false))]))
                == ["vendor.external", "vendor.name", "usage.first_use", "usage.searches"])
        #expect(ids(InterviewFixtures.answers(["vendor.external": .unknown])).count == 6)
    }

    @Test("previous and next skip the questions not asked")
    func neighbours() {
        let plan = InterviewFixtures.plan()
        let answers = InterviewFixtures.answers(["vendor.external": .value(.yesNo(false))])
        #expect(plan.question(after: "vendor.external", answers)?.id == "vendor.name")
        #expect(plan.question(before: "vendor.name", answers)?.id == "vendor.external")
        #expect(plan.question(before: "vendor.external", answers) == nil)
        #expect(plan.question(after: "usage.searches", answers) == nil)
    }

    @Test("progress counts the questions asked so far")
    func progress() {
        let plan = InterviewFixtures.plan()
        let answers = InterviewFixtures.answers(["vendor.external": .value(.yesNo(false))])
        #expect(
            plan.progress(of: "usage.first_use", answers)
                == InterviewPlan.Progress(section: "Usage", position: 3, estimatedTotal: 4))
    }
}
