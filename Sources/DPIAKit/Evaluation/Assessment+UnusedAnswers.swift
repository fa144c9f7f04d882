extension Assessment {
    /// A warning for each answer kept in the file for a question that does not apply with the other
    /// answers. Such answers are kept on purpose (they come back into use if an earlier answer
    /// changes), but whoever reads the report or lints the file should know they were not used.
    public var unusedAnswerWarnings: [Diagnostic] {
        ignoredAnswers.compactMap { id in
            answers.answers[id].map {
                .warning(
                    "the answer to '\(id)' is not used: the question does not apply with the other answers",
                    at: $0.location)
            }
        }
    }
}
