extension Severity {
    /// The severity as every Swedish text names it, in lower case unless `capitalized` (a label):
    /// `blockerande`, `hög`, `medelhög`, `rekommendation`.
    func swedish(capitalized: Bool = false) -> String {
        let word =
            switch self {
            case .blocker: "blockerande"
            case .high: "hög"
            case .medium: "medelhög"
            case .advice: "rekommendation"
            }
        return capitalized ? word.prefix(1).uppercased() + word.dropFirst() : word
    }

    /// The severity as every French text names it: an adjective agreeing with "constat" or
    /// "niveau" (both masculine), in lower case unless `capitalized` (a label).
    func french(capitalized: Bool = false) -> String {
        let word =
            switch self {
            case .blocker: "bloquant"
            case .high: "élevé"
            case .medium: "moyen"
            case .advice: "conseil"
            }
        return capitalized ? word.prefix(1).uppercased() + word.dropFirst() : word
    }
}
