import BundledQuestionnaires
import DPIAKit

/// The bundled questionnaires, loaded once.
private let catalog = QuestionnaireCatalog.bundled(log: DiagnosticLog())

/// Any bytes as an answers file: decoding it against the bundled questionnaires, evaluating it and
/// rendering the report must never crash; the report must start with its front matter and verify.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnswers(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    let log = DiagnosticLog()
    guard let (answers, bundle) = catalog.loadAnswers(InputFile(name: "fuzz.yaml", text: text), log: log),
        !log.hasErrors
    else { return 0 }
    let today = CalendarDate(year: 2026, month: 11, day: 22) ?? answers.metadata.date
    guard let today else { return 0 }
    let report = MarkdownReport(RuleEngine.assess(answers, with: bundle, today: today)).render()
    if !report.hasPrefix("---\n") { fatalError("report does not start with its front matter") }
    // No answer, note or metadata value may break the report's structure or its integrity record.
    let failed = ReportVerifier.verify(report).filter { $0.outcome == .failed }
    if !failed.isEmpty { fatalError("a fresh report does not verify: \(failed)") }
    return 0
}
