/// A case file used for training: its answers are the key, its `training:` block says what trainees
/// read and are asked. Pure: it builds the trainee's answer sets, it never asks anything itself.
public struct TrainingCase: Hashable, Sendable {
    /// The case's short name, its file name without `.yaml` (`be-coc-clearview`).
    public var name: String
    /// The case's own answers: the answer key.
    public var key: AnswerSet
    /// The trainer section.
    public var brief: TrainingBrief
    /// The questionnaires of the case's jurisdiction.
    public var bundle: QuestionnaireBundle

    /// The training case of a loaded case file, or nil when the file has no `training:` block.
    public init?(name: String, key: AnswerSet, bundle: QuestionnaireBundle) {
        guard let brief = key.training else { return nil }
        self.name = name
        self.key = key
        self.brief = brief
        self.bundle = bundle
    }

    /// The case's title, or its name when it has none.
    public var title: String { key.caseInfo?.title ?? name }

    /// The questions the trainee is asked: the case's subset, or nil for every question.
    public var focus: Set<QuestionID>? {
        brief.questions.isEmpty ? nil : Set(brief.questions)
    }

    /// The case's short name for a case file path: `questionnaires/cases/x.yaml` gives `x`.
    public static func name(ofFile file: String) -> String {
        var name = file.split(separator: "/").last.map(String.init) ?? file
        for suffix in [".yaml", ".yml"] where name.hasSuffix(suffix) {
            name.removeLast(suffix.count)
        }
        return name
    }

    /// The answers a trainee starts from: the case's metadata (so the law is applied as of the
    /// case's date), the trainee's name as assessor, and, when the case names a subset, the key's
    /// answers to every other question, so only the subset is asked.
    public func startingAnswers(trainee: String?) -> AnswerSet {
        var metadata = key.metadata
        metadata.assessor = trainee
        var answers: [QuestionID: Answer] = [:]
        if let focus {
            answers = key.answers.filter { !focus.contains($0.key) }
        }
        return AnswerSet(
            file: key.file, madeAgainst: key.madeAgainst, metadata: metadata, answers: answers,
            caseInfo: nil)
    }

    /// A trainee's answers made ready to score: the case's metadata, and with a subset, the key's
    /// answers outside it (whatever the trainee wrote there is not theirs to answer).
    public func traineeAnswers(_ given: AnswerSet) -> AnswerSet {
        var result = startingAnswers(trainee: given.metadata.assessor)
        result.file = given.file
        for (id, answer) in given.answers where focus?.contains(id) ?? true {
            result.answers[id] = answer
        }
        return result
    }
}
