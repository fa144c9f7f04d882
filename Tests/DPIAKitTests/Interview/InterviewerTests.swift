import Foundation
import Testing

@testable import DPIAKit

@Suite("The interview state machine")
struct InterviewerTests {
    private typealias Step = InterviewScreen.Step

    private func states(_ interviewer: Interviewer) -> [QuestionID: AnswerState] {
        interviewer.answers.answers.mapValues(\.state)
    }

    @Test("a new assessment asks the metadata, defaults the date to today, then the first question")
    func metadata() {
        var answers = InterviewFixtures.answers()
        answers.metadata = AssessmentMetadata(
            jurisdiction: "eu", organisation: "", unit: nil, processing: "", assessor: nil, date: nil)
        var interviewer = InterviewFixtures.interviewer(answers)
        #expect(interviewer.screen.step == .metadata(.organisation))
        let changed1 = interviewer.handle("")
        #expect(!changed1)
        #expect(interviewer.screen.message == .problem("this is needed for the report; type it, or q to stop"))
        InterviewFixtures.type(
            ["Federal Police", "", "Clearview trial", "Jane Doe, DPO", "15/02/2022"], into: &interviewer)
        #expect(interviewer.screen.step == .metadata(.date))
        if case .problem(let text) = interviewer.screen.message {
            #expect(text.contains("YYYY-MM-DD"))
        } else {
            Issue.record("no problem shown")
        }
        interviewer.handle("")
        let metadata = interviewer.answers.metadata
        #expect(metadata.organisation == "Federal Police" && metadata.unit == nil)
        #expect(metadata.processing == "Clearview trial" && metadata.assessor == "Jane Doe, DPO")
        #expect(metadata.date == day(2026, 11, 22))
        #expect(interviewer.screen.step == .question("vendor.external"))
    }

    @Test("numbers and words answer choice questions; the interview follows the conditions")
    func answering() {
        var interviewer = InterviewFixtures.interviewer()
        #expect(interviewer.screen.step == .question("vendor.external"))
        let changed2 = interviewer.handle("1")
        #expect(changed2)
        #expect(interviewer.screen.step == .question("vendor.kind"))
        InterviewFixtures.type(["private_company", "2, 1", "Clearview AI", "2019-10-01", "40"], into: &interviewer)
        #expect(
            states(interviewer) == [
                "vendor.external": .value(.yesNo(true)), "vendor.kind": .value(.choice("private_company")),
                "vendor.gallery": .value(.choices(["own_records", "scraped"])),
                "vendor.name": .value(.text("Clearview AI")), "usage.first_use": .value(.date(day(2019, 10, 1))),
                "usage.searches": .value(.number(40)),
            ])
        #expect(interviewer.screen.step == .review(isFinal: true))
        interviewer.handle("")
        #expect(interviewer.screen.step == .finished)
    }

    @Test("answering no skips the questions it hides")
    func skipsHidden() {
        var interviewer = InterviewFixtures.interviewer()
        interviewer.handle("2")
        #expect(interviewer.screen.step == .question("vendor.name"))
    }

    @Test(
        "invalid input re-asks with the reason and changes nothing",
        arguments: [
            ("vendor.external", "3", "'3' is not one of the numbers shown; type 1 to 2"),
            (
                "vendor.external", "maybe",
                "'maybe' is not an answer to “Is an external provider involved?”; type 1 or y for yes, 2 or n for no, or u if you don't know"
            ),
            ("vendor.gallery", "1 7", "'7' is not one of the numbers shown; type 1 to 2"),
            (
                "usage.first_use", "1 October",
                "'1 October' is not an answer to “When was it first used?”; write a date as YYYY-MM-DD, or u if you don't know"
            ),
            ("usage.searches", "forty", "'forty' is not an answer to “How many searches were run?”; write a number"),
            (
                "usage.searches", "u",
                "“How many searches were run?” must be answered; “I don't know” is not accepted here"
            ),
        ] as [(QuestionID, String, String)])
    func invalidInput(question: QuestionID, input: String, message: String) {
        let given: [QuestionID: AnswerState] = ["vendor.external": .value(.yesNo(true)), "vendor.kind": .unknown]
        var interviewer = InterviewFixtures.interviewer(InterviewFixtures.answers(given))
        // Reach the question through the review, as a user would.
        interviewer.handle("r")
        let number = interviewer.plan.askedQuestions(interviewer.answers).firstIndex { $0.id == question }.map {
            $0 + 1
        }
        interviewer.handle(String(number ?? 0))
        #expect(interviewer.screen.step == .question(question))
        let changed3 = interviewer.handle(input)
        #expect(!changed3)
        #expect(interviewer.screen == InterviewScreen(.question(question), message: .problem(message)))
        #expect(states(interviewer) == given)
    }

    @Test("b goes back, Enter keeps the answer, and a changed answer keeps the later ones")
    func backAndChange() {
        var interviewer = InterviewFixtures.interviewer()
        InterviewFixtures.type(["1", "1", "1", "Acme"], into: &interviewer)
        #expect(interviewer.screen.step == .question("usage.first_use"))
        InterviewFixtures.type(["b", "b", "b"], into: &interviewer)
        #expect(interviewer.screen.step == .question("vendor.kind"))
        InterviewFixtures.type(["2", ""], into: &interviewer)
        #expect(interviewer.screen.step == .question("vendor.name"))
        #expect(
            states(interviewer) == [
                "vendor.external": .value(.yesNo(true)), "vendor.kind": .value(.choice("public_body")),
                "vendor.gallery": .value(.choices(["scraped"])), "vendor.name": .value(.text("Acme")),
            ])
    }

    @Test("hiding a later question and showing it again restores its answer")
    func hideAndRestore() {
        var interviewer = InterviewFixtures.interviewer()
        InterviewFixtures.type(["1", "1", "1 2"], into: &interviewer)
        InterviewFixtures.type(["b", "b", "b", "2"], into: &interviewer)
        #expect(interviewer.screen.step == .question("vendor.name"))
        #expect(!interviewer.plan.askedQuestions(interviewer.answers).map(\.id).contains("vendor.kind"))
        #expect(interviewer.answers.answers["vendor.kind"]?.state == .value(.choice("private_company")))
        InterviewFixtures.type(["b", "1"], into: &interviewer)
        #expect(interviewer.screen.step == .question("vendor.kind"))
        #expect(states(interviewer)["vendor.kind"] == .value(.choice("private_company")))
        #expect(states(interviewer)["vendor.gallery"] == .value(.choices(["scraped", "own_records"])))
    }

    @Test("u answers 'I don't know' and the help shows guidance and provisions")
    func unknownAndHelp() {
        var interviewer = InterviewFixtures.interviewer()
        interviewer.handle("?")
        #expect(
            interviewer.screen
                == InterviewScreen(
                    .question("vendor.external"), message: .guidance("Count free trials too.", refs: ["LED Art. 22"])))
        interviewer.handle("u")
        #expect(states(interviewer) == ["vendor.external": .unknown])
        // An unknown gate cannot exclude the questions behind it, so they are asked.
        #expect(interviewer.screen.step == .question("vendor.kind"))
    }

    @Test("a note typed before the answer is saved at once and kept with it; '-' removes it; Enter keeps it")
    func notes() {
        var interviewer = InterviewFixtures.interviewer()
        let changed4 = interviewer.handle("note")
        #expect(!changed4)
        let changed5 = interviewer.handle("From the trial licence")
        #expect(changed5, "the note is saved before any answer")
        #expect(interviewer.answers.answers["vendor.external"]?.state == .unanswered)
        #expect(interviewer.answers.answers["vendor.external"]?.note == "From the trial licence")
        let changed6 = interviewer.handle("Annex 2")
        #expect(changed6)
        #expect(interviewer.screen.step == .question("vendor.external"))
        interviewer.handle("yes")
        #expect(interviewer.answers.answers["vendor.external"]?.state == .value(.yesNo(true)))
        #expect(interviewer.answers.answers["vendor.external"]?.note == "From the trial licence")
        #expect(interviewer.answers.answers["vendor.external"]?.evidence == "Annex 2")
        interviewer.handle("b")
        InterviewFixtures.type(["note", "", "-"], into: &interviewer)
        #expect(interviewer.answers.answers["vendor.external"]?.note == "From the trial licence")
        #expect(interviewer.answers.answers["vendor.external"]?.evidence == nil)
        #expect(
            interviewer.screen
                == InterviewScreen(.question("vendor.external"), message: .info("note and evidence saved")))
        // At a question that is not yes/no, n is the note key too; a note removed again leaves nothing.
        interviewer.handle("")
        #expect(interviewer.screen.step == .question("vendor.kind"))
        InterviewFixtures.type(["n", "draft", "", "n", "-", ""], into: &interviewer)
        #expect(interviewer.answers.answers["vendor.kind"] == nil)
        // q at the evidence prompt quits, and the note typed just before is kept, not the q.
        InterviewFixtures.type(["n", "kept", "q"], into: &interviewer)
        #expect(interviewer.screen.step == .quit)
        #expect(interviewer.answers.answers["vendor.kind"]?.note == "kept")
        #expect(interviewer.answers.answers["vendor.kind"]?.evidence == nil)
    }

    @Test("y, n, yes and no in any case answer a yes/no question; 0 alone is none; ? works at the metadata")
    func frictions() {
        for (typed, yes) in [("y", true), ("N", false), ("YES", true), ("No", false)] {
            var interviewer = InterviewFixtures.interviewer()
            interviewer.handle(typed)
            #expect(states(interviewer) == ["vendor.external": .value(.yesNo(yes))], "\(typed)")
        }
        var interviewer = InterviewFixtures.interviewer(
            InterviewFixtures.answers(["vendor.external": .value(.yesNo(true)), "vendor.kind": .unknown]))
        #expect(interviewer.screen.step == .question("vendor.gallery"))
        interviewer.handle("0 1")
        #expect(
            interviewer.screen.message
                == .problem("0 means none of these: type 0 alone, or only the numbers of the options that apply"))
        interviewer.handle("0")
        #expect(interviewer.answers.answers["vendor.gallery"]?.state == .value(.choices([])))

        var answers = InterviewFixtures.answers()
        answers.metadata.organisation = ""
        var fresh = InterviewFixtures.interviewer(answers)
        fresh.handle("?")
        #expect(fresh.screen.step == .metadata(.organisation))
        #expect(fresh.screen.message == .guidance(MetadataField.organisation.help, refs: []))
        #expect(fresh.answers.metadata.organisation == "")
    }

    @Test("review pages hold one section each; a changed answer returns to the question the review was opened at")
    func reviewPagesAndReturn() {
        var interviewer = InterviewFixtures.interviewer()
        InterviewFixtures.type(["1", "1", "1"], into: &interviewer)
        #expect(interviewer.screen.step == .question("vendor.name"))
        interviewer.handle("r")
        let asked = interviewer.plan.askedQuestions(interviewer.answers)
        let pages = interviewer.reviewPages(asked)
        #expect(pages.count == Set(asked.map(\.section)).count)
        #expect(interviewer.reviewPage == 0)
        interviewer.handle("n")
        #expect(interviewer.reviewPage == 1)
        interviewer.handle("p")
        interviewer.handle("2")
        #expect(interviewer.screen.step == .question("vendor.kind"))
        interviewer.handle("2")
        #expect(interviewer.screen.step == .question("vendor.name"))
        #expect(interviewer.screen.message == .info("back at “Name of the provider”, where you were"))
    }

    @Test("the review jumps to any answer and returns where it was opened")
    func review() {
        var interviewer = InterviewFixtures.interviewer()
        InterviewFixtures.type(["1", "1"], into: &interviewer)
        interviewer.handle("r")
        #expect(interviewer.screen.step == .review(isFinal: false))
        interviewer.handle("")
        #expect(interviewer.screen.step == .question("vendor.gallery"))
        InterviewFixtures.type(["r", "99"], into: &interviewer)
        #expect(interviewer.screen.message == .problem("'99' is not in the list; type a number from 1 to 6"))
        interviewer.handle("1")
        #expect(interviewer.screen.step == .question("vendor.external"))
    }

    @Test("Enter skips an optional question but not a required one")
    func skipping() {
        var interviewer = InterviewFixtures.interviewer()
        interviewer.handle("")
        #expect(interviewer.screen.message == .problem("an answer is needed; type u if you don't know"))
        InterviewFixtures.type(["no", ""], into: &interviewer)
        #expect(interviewer.screen.step == .question("usage.first_use"))
        #expect(interviewer.answers.answers["vendor.name"] == nil)
    }

    @Test("q quits from any question or metadata field")
    func quit() {
        var interviewer = InterviewFixtures.interviewer()
        interviewer.handle("q")
        #expect(interviewer.screen.step == .quit)
    }

    @Test("resuming starts after the last answer, not at a question the user skipped")
    func resume() {
        let skipped = InterviewFixtures.interviewer(
            InterviewFixtures.answers([
                "vendor.external": .value(.yesNo(false)), "usage.first_use": .unknown,
            ]))
        #expect(skipped.screen.step == .question("usage.searches"))
        let fresh = InterviewFixtures.interviewer(InterviewFixtures.answers(["vendor.external": .value(.yesNo(true))]))
        #expect(fresh.screen.step == .question("vendor.kind"))
        let done = InterviewFixtures.interviewer(
            InterviewFixtures.answers([
                "vendor.external": .value(.yesNo(false)), "usage.first_use": .unknown,
                "usage.searches": .value(.number(1)),
            ]))
        #expect(done.screen.step == .review(isFinal: true))
    }

    @Test("after the last question, a required question left open is asked before the review")
    func missingRequired() {
        // vendor.kind became relevant after the later questions were answered.
        var interviewer = InterviewFixtures.interviewer(
            InterviewFixtures.answers([
                "vendor.external": .value(.yesNo(true)), "vendor.gallery": .value(.choices([])),
                "usage.first_use": .unknown, "usage.searches": .value(.number(1)),
            ]))
        #expect(interviewer.screen.step == .question("vendor.kind"))
        // Jump to the last question and keep its answer: back where the review was opened.
        InterviewFixtures.type(["r", "6"], into: &interviewer)
        interviewer.handle("")
        #expect(
            interviewer.screen
                == InterviewScreen(
                    .question("vendor.kind"), message: .info("back at “What kind of provider?”, where you were")))
    }
}
