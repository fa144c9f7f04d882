import DPIAKit
import Foundation

/// The quizzes being taken in the browser, in memory only: a quiz writes no file (its record is a
/// download). Each is named by a random id, so a trainee's tab reaches only its own quiz; at most
/// 500 are kept, the oldest dropped first.
final class QuizStore: @unchecked Sendable {
    /// One quiz: the case, the trainee and the answers given so far.
    struct Quiz: Sendable {
        var id: String
        var caseName: String
        var trainee: String?
        var answers: AnswerSet
        /// Ended with "End the quiz here" before its last question.
        var isAbandoned = false
        var started: Int
    }

    private let lock = NSLock()
    private var quizzes: [String: Quiz] = [:]
    private var counter = 0
    private var cases: [TrainingCase]?

    /// The bundled cases with a trainer section, read once.
    func trainingCases(_ catalog: QuestionnaireCatalog) -> [TrainingCase] {
        if let cases = lock.withLock({ cases }) { return cases }
        let loaded = catalog.trainingCases(log: DiagnosticLog())
        lock.withLock { cases = loaded }
        return loaded
    }

    /// Starts a quiz on `trainingCase` and returns its id.
    func start(_ trainingCase: TrainingCase, trainee: String?) -> String {
        let id = WebServer.makeToken().prefix(22).description
        lock.withLock {
            if quizzes.count >= 500, let oldest = quizzes.values.min(by: { $0.started < $1.started }) {
                quizzes[oldest.id] = nil
            }
            counter += 1
            quizzes[id] = Quiz(
                id: id, caseName: trainingCase.name, trainee: trainee,
                answers: trainingCase.startingAnswers(trainee: trainee), started: counter)
        }
        return id
    }

    /// The quiz `id`, if it is kept.
    func quiz(_ id: String) -> Quiz? { lock.withLock { quizzes[id] } }

    /// Changes the quiz `id`; false when it is not kept.
    @discardableResult
    func update(_ id: String, _ change: (inout Quiz) -> Void) -> Bool {
        lock.withLock {
            guard var quiz = quizzes[id] else { return false }
            change(&quiz)
            quizzes[id] = quiz
            return true
        }
    }
}
