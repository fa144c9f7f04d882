import DPIAKit

/// Any bytes as a questionnaire layer: loading, then assembling a bundle with it, must never crash,
/// hang or exhaust memory; every problem must come back as diagnostics.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuestionnaire(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    let log = DiagnosticLog()
    if let layer = QuestionnaireLoader.load(text: text, file: "fuzz.yaml", log: log) {
        _ = BundleAssembler.assemble([layer], jurisdiction: layer.jurisdiction, log: log)
    }
    _ = DiagnosticPrinter(sources: ["fuzz.yaml": text]).render(log.sorted)
    return 0
}
