import Testing

@testable import DPIAKit

@Suite("What is typed at a question")
struct InterviewInputTests {
    /// The fixture's yes/no question.
    static var question: Question {
        guard let question = InterviewFixtures.bundle().question("vendor.external") else {
            preconditionFailure("the fixture has vendor.external")
        }
        return question
    }

    @Test(
        "yes and no can be typed in the interview's language as well as in English",
        arguments: [
            (Language.en, "y", "yes"), (.en, "No", "no"), (.nl, "j", "yes"), (.nl, "Ja", "yes"), (.nl, "nee", "no"),
            (.nl, "n", "no"), (.fr, "o", "yes"), (.fr, "oui", "yes"), (.fr, "non", "no"), (.fr, "y", "yes"),
            (.sv, "j", "yes"), (.sv, "ja", "yes"), (.sv, "nej", "no"), (.sv, "1", "yes"), (.sv, "2", "no"),
        ])
    func yesAndNo(language: Language, typed: String, written: String) {
        #expect(
            InterviewInput.written(typed, for: Self.question, in: language) == .success(.scalar(written, isPlain: true))
        )
    }

    @Test(
        "another language's words are not answers",
        arguments: [(Language.en, "ja"), (.en, "j"), (.nl, "oui"), (.fr, "ja"), (.fr, "j"), (.sv, "nee"), (.nl, "o")])
    func otherLanguages(language: Language, typed: String) {
        guard case .failure(let problem) = InterviewInput.written(typed, for: Self.question, in: language) else {
            Issue.record("'\(typed)' was taken as an answer in \(language)")
            return
        }
        #expect(problem.message.contains(typed))
    }
}
