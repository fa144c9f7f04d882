import BundledQuestionnaires
import Testing

@testable import DPIAKit

/// Training cases scored against the bundled questionnaires: the key scores full marks, and every
/// wrong answer that changes a finding is shown with the finding it adds or misses.
@Suite("Training results")
struct TrainingResultTests {
    private static let today = day(2026, 11, 22)

    private static func trainingCases() -> [TrainingCase] {
        let log = DiagnosticLog()
        return QuestionnaireCatalog.bundled(log: log).trainingCases(log: log)
    }

    private static func trainingCase(_ name: String) throws -> TrainingCase {
        try #require(trainingCases().first { $0.name == name })
    }

    /// The key's answers with `changes` made (nil removes an answer), as a trainee would hand them in.
    private static func answers(_ trainingCase: TrainingCase, _ changes: [QuestionID: AnswerState?]) -> AnswerSet {
        var answers = trainingCase.key
        for (id, state) in changes {
            if let state {
                answers.answers[id] = Answer(
                    state: state, location: SourceLocation(file: "trainee.yaml", line: 1, column: 1))
            } else {
                answers.answers[id] = nil
            }
        }
        return trainingCase.traineeAnswers(answers)
    }

    @Test("the Belgian and Swedish seed cases and at least two invented ones have a trainer section")
    func casesPresent() {
        let names = Set(Self.trainingCases().map(\.name))
        #expect(names.isSuperset(of: ["be-coc-clearview", "se-imy-clearview"]))
        #expect(names.count >= 4, "training cases: \(names.sorted())")
    }

    @Test(
        "every question a case asks its trainees is answered in the case, so it has a key",
        arguments: trainingCases().map(\.name))
    func subsetHasKey(name: String) throws {
        let trainingCase = try Self.trainingCase(name)
        let unanswered = trainingCase.brief.questions.filter { trainingCase.key.answers[$0] == nil }
        #expect(unanswered.isEmpty, "no key for \(unanswered)")
    }

    @Test("answering exactly like the key scores full marks", arguments: trainingCases().map(\.name))
    func keyScoresFullMarks(name: String) throws {
        let trainingCase = try Self.trainingCase(name)
        let result = TrainingResult.evaluate(Self.answers(trainingCase, [:]), on: trainingCase, today: Self.today)
        #expect(result.score.isFullMarks, "score \(result.score)")
        #expect(result.differences.isEmpty)
        #expect(result.outcomeChanges.isEmpty)
        #expect(result.score.scoredQuestions > 0)
        #expect(TrainingRecord(result, trainee: nil, date: Self.today).body().contains("Full marks"))
    }

    @Test("a wrong answer that removes a finding is shown with the finding it missed, and costs points")
    func missedFinding() throws {
        let trainingCase = try Self.trainingCase("se-imy-clearview")
        let trainee = Self.answers(trainingCase, ["vendor.contract": .value(.yesNo(true))])
        let result = TrainingResult.evaluate(trainee, on: trainingCase, today: Self.today)
        let wrong = try #require(result.differences.first { $0.question.id == "vendor.contract" })
        // A contract also turns the pattern on vulnerable images sent out from established to
        // "cannot be excluded": whether the provider reuses the uploads decides it.
        #expect(
            wrong.impact.map { "\($0.direction) \($0.outcome.id)" } == [
                "missed vulnerable_images_sent_out", "missed vendor.no_contract", "added vulnerable_images_sent_out",
            ])
        // Grouped per rule, in the order first met: the pattern in another state, the finding missed.
        #expect(
            wrong.effects.map { "\($0.outcome.id) key:\($0.inKey != nil) yours:\($0.withAnswer != nil)" } == [
                "vulnerable_images_sent_out key:true yours:true", "vendor.no_contract key:true yours:false",
            ])
        // One answer, one finding and one red pattern wrong; the verdict stays DO NOT DEPLOY.
        #expect(result.score.points == result.score.maximum - 3)
        let record = TrainingRecord(result, trainee: "Bo", date: Self.today).render()
        #expect(record.contains("misses finding `vendor.no_contract` (fired, high)"))
        #expect(
            record.contains(
                "Only with the key: No binding processor terms with the external provider (`vendor.no_contract`, fired, high)."
            ))
        #expect(record.contains("LED Art. 22"))
    }

    @Test("a wrong answer that adds a finding is shown with the finding it added")
    func addedFinding() throws {
        let trainingCase = try Self.trainingCase("se-lawful-mugshot-comparison")
        let trainee = Self.answers(trainingCase, ["biometrics.human_verification": .value(.yesNo(false))])
        let result = TrainingResult.evaluate(trainee, on: trainingCase, today: Self.today)
        let wrong = try #require(result.differences.first { $0.question.id == "biometrics.human_verification" })
        #expect(wrong.impact.contains { $0.direction == .added && $0.outcome.id == "biometrics.no_human_verification" })
        #expect(result.score.extraOutcomes >= 1)
        #expect(!result.score.isFullMarks)
        let record = TrainingRecord(result, trainee: nil, date: Self.today).body()
        #expect(
            record.contains(
                "- `biometrics.human_verification`: adds finding `biometrics.no_human_verification` (fired, medium)"))
    }

    @Test("a wrong answer that changes no finding still loses its point and says so")
    func harmlessWrongAnswer() throws {
        let trainingCase = try Self.trainingCase("se-imy-clearview")
        let trainee = Self.answers(
            trainingCase, ["biometrics.subject_categories": .value(.choices(["victims", "minors"]))])
        let result = TrainingResult.evaluate(trainee, on: trainingCase, today: Self.today)
        let wrong = try #require(result.differences.first)
        #expect(wrong.question.id == "biometrics.subject_categories")
        #expect(wrong.impact.isEmpty)
        #expect(result.score.points == result.score.maximum - 1)
        #expect(
            TrainingRecord(result, trainee: nil, date: Self.today).body().contains(
                "`biometrics.subject_categories`: changes no finding or red pattern."))
    }

    @Test("the order of multiple choices does not matter")
    func choiceOrder() throws {
        let trainingCase = try Self.trainingCase("se-imy-clearview")
        let trainee = Self.answers(
            trainingCase, ["biometrics.subject_categories": .value(.choices(["suspects", "minors", "victims"]))])
        #expect(TrainingResult.evaluate(trainee, on: trainingCase, today: Self.today).score.isFullMarks)
    }

    @Test("with a subset, answers outside it are the key's whatever the trainee wrote")
    func subsetKeepsKeyOutside() throws {
        let trainingCase = try Self.trainingCase("be-coc-clearview")
        let outside: QuestionID = "biometrics.accuracy_tested"
        #expect(trainingCase.focus?.contains(outside) == false)
        let trainee = Self.answers(trainingCase, [outside: .value(.yesNo(true))])
        #expect(trainee.answers[outside]?.state == trainingCase.key.answers[outside]?.state)
        #expect(TrainingResult.evaluate(trainee, on: trainingCase, today: Self.today).score.isFullMarks)
    }

    @Test("an unanswered question of the quiz counts as wrong and its effect is shown")
    func unansweredQuestion() throws {
        let trainingCase = try Self.trainingCase("be-coc-clearview")
        let trainee = Self.answers(trainingCase, ["transfer.outside_eea": nil])
        let result = TrainingResult.evaluate(trainee, on: trainingCase, today: Self.today)
        let missing = try #require(result.differences.first { $0.question.id == "transfer.outside_eea" })
        #expect(missing.trainee == .unanswered)
        #expect(missing.impact.contains { $0.direction == .missed && $0.outcome.id == "clearview_like" })
    }

    @Test("a question hidden by an earlier wrong answer is wrong, and the earlier answer carries the effect")
    func hiddenByEarlierAnswer() throws {
        let trainingCase = try Self.trainingCase("be-coc-clearview")
        let trainee = Self.answers(trainingCase, ["vendor.external": .value(.yesNo(false))])
        let result = TrainingResult.evaluate(trainee, on: trainingCase, today: Self.today)
        let hidden = try #require(result.differences.first { $0.question.id == "vendor.kind" })
        #expect(hidden.trainee == .notApplicable)
        #expect(hidden.impact.isEmpty)
        let cause = try #require(result.differences.first { $0.question.id == "vendor.external" })
        #expect(cause.impact.contains { $0.direction == .missed && $0.outcome.id == "clearview_like" })
        #expect(
            TrainingRecord(result, trainee: nil, date: Self.today).body().contains(
                "- `vendor.kind`: not asked with your earlier answers; see the answer that hid it."))
    }

    @Test("the record cites the precedent and lists the discussion questions")
    func recordContent() throws {
        let trainingCase = try Self.trainingCase("be-coc-clearview")
        let result = TrainingResult.evaluate(Self.answers(trainingCase, [:]), on: trainingCase, today: Self.today)
        let record = TrainingRecord(result, trainee: "Ada Lovelace", date: Self.today).render()
        #expect(
            record.hasPrefix(
                "---\ntitle: \"Training record: Belgian federal judicial police and Clearview AI (2019-2020)\"\n"))
        #expect(record.contains("| Trainee | Ada Lovelace |"))
        #expect(record.contains("| Date | 2026-11-22 |"))
        #expect(record.contains("## Outcome and precedents"))
        #expect(record.contains("(`coc-clearview-2022`)"))
        #expect(record.contains("## Discussion questions\n\n1. "))
    }

    @Test(
        "a quiz with nothing answered scores 0: the findings and the verdict outside the trainee's answers are not free",
        arguments: trainingCases().map(\.name))
    func nothingAnswered(name: String) throws {
        let trainingCase = try Self.trainingCase(name)
        let trainee = trainingCase.traineeAnswers(trainingCase.startingAnswers(trainee: nil))
        let result = TrainingResult.evaluate(trainee, on: trainingCase, today: Self.today, isAbandoned: true)
        #expect(result.score.points == 0, "\(result.score)")
        #expect(result.score.maximum > 0)
        #expect(result.score.isAbandoned)
        let record = TrainingRecord(result, trainee: nil, date: Self.today).render()
        #expect(record.contains("status: abandoned"))
        #expect(record.contains("| Trainee | not named |"))
    }

    @Test("with a subset, a finding that only the case's own facts decide is not in the maximum")
    func outcomesInPlay() throws {
        let trainingCase = try Self.trainingCase("be-coc-clearview")
        let focus = try #require(trainingCase.focus)
        let result = TrainingResult.evaluate(Self.answers(trainingCase, [:]), on: trainingCase, today: Self.today)
        let fired = TrainingResult.outcomes(of: result.keyAssessment).filter { $0.status == .fired }
        let bundle = trainingCase.bundle
        let named = { (outcome: TrainingResult.Outcome) -> Set<QuestionID> in
            let condition =
                outcome.kind == .finding
                ? bundle.findings.first { $0.id == outcome.id }?.condition
                : bundle.redPatterns.first { $0.id == outcome.id }?.condition
            return Set(condition?.condition.questionIDs ?? [])
        }
        let inPlay = fired.filter { !named($0).isDisjoint(with: focus) }
        #expect(inPlay.count < fired.count, "the case fires findings outside the quiz")
        #expect(result.score.keyOutcomes == inPlay.count)
        #expect(result.score.isFullMarks)
    }

    @Test("conditions on the classroom screen are in words: question and option labels, never ids")
    func conditionsInWords() throws {
        let trainingCase = try Self.trainingCase("se-imy-clearview")
        let trainee = Self.answers(trainingCase, ["vendor.contract": .value(.yesNo(true))])
        let result = TrainingResult.evaluate(trainee, on: trainingCase, today: Self.today)
        let text = TrainingScreen(result).render(width: nil, recordPath: "r.md")
        #expect(text.hasPrefix("Score: "))
        #expect(!text.contains("vendor.contract") && !text.contains("vendor.no_contract"), "\(text)")
        #expect(text.contains("it fires when the answer to “"), "\(text)")
        let narrow = TrainingScreen(result).render(width: 60, recordPath: "r.md")
        #expect(narrow.components(separatedBy: "\n").allSatisfy { TextLayout.columns(of: $0) <= 60 })
    }
}
