import DPIAKit

/// Any text as a condition: parsing never crashes, errors point inside the text, and whatever parses
/// prints back to text that parses to the same tree.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCondition(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    switch ConditionParser.parse(text) {
    case .success(let parsed):
        let printed = parsed.condition.description
        guard case .success(let again) = ConditionParser.parse(printed), again.condition == parsed.condition
        else { fatalError("'\(text)' printed as '\(printed)', which does not parse to the same tree") }
        _ = parsed.condition.explained()
        _ = parsed.condition.evaluate { _ in .unknown }
    case .failure(let error):
        if error.offset < 0 || error.offset > text.unicodeScalars.count {
            fatalError("error offset \(error.offset) outside '\(text)'")
        }
    }
    return 0
}
