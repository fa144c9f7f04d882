import ArgumentParser
import DPIAKit

/// The pipeline's answers stage at the command line: files in, diagnostics printed, exit 65 on error.
extension AssessmentPipeline {
    /// Reads `inputs` against their bundles, lets `check` add problems of what loaded, then prints
    /// every diagnostic under its source line; exits 65 when any file has an error.
    func loadAnswers(
        _ inputs: [InputFile], log: DiagnosticLog, color: Bool, check: ([LoadedAnswers?]) -> Void = { _ in }
    ) throws -> [LoadedAnswers] {
        let loaded = inputs.map { loadAnswers($0, log: log) }
        check(loaded)
        var sources = catalog.sources
        for input in inputs { sources[input.name] = input.text }
        Console.print(log.sorted, sources: sources, color: color)
        let usable = loaded.compactMap { $0 }
        guard !log.hasErrors, usable.count == inputs.count else { throw ExitCode.dataError }
        return usable
    }

    /// Reads one answers or case file as `loadAnswers(_:log:color:check:)` does.
    func loadAnswers(
        _ input: InputFile, log: DiagnosticLog, color: Bool, check: (LoadedAnswers?) -> Void = { _ in }
    ) throws -> LoadedAnswers {
        try loadAnswers([input], log: log, color: color) { check($0[0]) }[0]
    }
}
