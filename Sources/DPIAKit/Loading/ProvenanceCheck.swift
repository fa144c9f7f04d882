/// Warns about citations whose provision is not among the `provisions` their source lists as
/// checked, so every provision a questionnaire cites can be traced to a text someone read.
///
/// A warning, not an error: an organisation's own layer may cite before it records provenance.
public enum ProvenanceCheck {
    /// Checks every citation written in the layers of `bundle`, and that every question names the
    /// provisions behind it (so `?` in the interview and the checklist can show them).
    public static func check(_ bundle: QuestionnaireBundle, log: DiagnosticLog) {
        for question in bundle.questions where question.refs.isEmpty {
            log.warning(
                "question '\(question.id)' cites no provisions; list the provisions behind it under 'refs'",
                at: question.origin.location)
        }
        for layer in bundle.layers {
            let lineage = BundleAssembler.lineage(of: layer, in: bundle)
            let sources = bundle.layers.filter { lineage.contains($0.id) }.flatMap(\.sources)
            for (reference, location) in layer.referenceLocations.sorted(by: { $0.value < $1.value }) {
                guard !reference.hasPrefix("precedent:"), let citation = Citation(parsing: reference) else { continue }
                let declared = sources.filter { $0.key == citation.sourceKey }
                // An undeclared source is already an error of the bundle checks.
                guard !declared.isEmpty, !declared.contains(where: { $0.isChecked(citation) }) else { continue }
                log.warning(
                    "'\(Diagnostic.excerpt(reference))' is not among the provisions checked for source '\(Diagnostic.excerpt(citation.sourceKey))'; record where and when its text was checked under the source's 'provisions'",
                    at: location)
            }
        }
    }
}
