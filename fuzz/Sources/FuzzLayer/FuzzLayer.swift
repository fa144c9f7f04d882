import BundledQuestionnaires
import DPIAKit

/// The built-in questionnaires and the case reported with each fuzzed layer, loaded once.
private let builtIn = QuestionnaireCatalog.bundled(log: DiagnosticLog())
private let reportedCase = builtIn.cases.first { $0.name.hasSuffix("be-coc-clearview.yaml") }

/// Any bytes as a layer given with `--questionnaires`, the way `dpia report` takes it: added to the
/// built-in catalog (replacing the built-in layer of its id, or extending one), assembled, checked
/// as `lint` checks it, and, when it passes, used for the report of a bundled case. Nothing may
/// crash or hang; a report made with a layer that passed must verify (no layer text can add a
/// marker line or a front-matter key) and must name a replaced built-in layer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLayer(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    let log = DiagnosticLog()
    var catalog = builtIn
    catalog.add([InputFile(name: "q/fuzz.yaml", text: text)], log: log)
    defer { _ = DiagnosticPrinter(sources: catalog.sources).render(log.sorted) }
    guard !log.hasErrors, let reportedCase,
        let (answers, bundle) = catalog.loadAnswers(reportedCase, log: log)
    else { return 0 }
    catalog.lintLayers(of: bundle, log: log)
    guard !log.hasErrors, let date = answers.metadata.date else { return 0 }
    let report = MarkdownReport(RuleEngine.assess(answers, with: bundle, today: date)).render()
    let failed = ReportVerifier.verify(report).filter { $0.outcome == .failed }
    if !failed.isEmpty { fatalError("a fresh report does not verify: \(failed)") }
    if bundle.layers.contains(where: { $0.replacedBuiltIn != nil }), !report.contains("replaced_builtin_layers:") {
        fatalError("a replaced built-in layer is not named in the front matter")
    }
    return 0
}
