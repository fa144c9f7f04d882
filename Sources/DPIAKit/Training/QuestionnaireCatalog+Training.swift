extension QuestionnaireCatalog {
    /// Every case with a `training:` block, by name. Cases that do not load are reported to `log`
    /// and left out.
    public func trainingCases(log: DiagnosticLog) -> [TrainingCase] {
        cases.sorted { $0.name < $1.name }.compactMap { file in
            guard let (answers, bundle) = loadAnswers(file, log: log) else { return nil }
            return TrainingCase(name: TrainingCase.name(ofFile: file.name), key: answers, bundle: bundle)
        }
    }
}
