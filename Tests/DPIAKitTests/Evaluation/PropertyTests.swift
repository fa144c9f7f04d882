import BundledQuestionnaires
import Testing

@testable import DPIAKit

/// A small deterministic generator (SplitMix64), so a failing case can be replayed from its seed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Properties that hold for any answers file, checked on generated answer sets for every bundled
/// jurisdiction.
@Suite("Properties of evaluation and reports")
struct PropertyTests {
    static let catalog = QuestionnaireCatalog.bundled(log: DiagnosticLog())
    static let hostileTexts = [
        "plain", "a | b", "# heading", "`code`", "<script>alert(1)</script>", "line\nbreak",
        "---", "- item", "1. first", "\"quoted\" and \\ backslash", "émoji 🚓", "[link](x)", "   ",
    ]

    /// One generated answers file: each question answered, left out or "I don't know" at random.
    static func answersText(for bundle: QuestionnaireBundle, using random: inout SeededGenerator) -> [String] {
        bundle.questions.compactMap { question -> String? in
            let key = "  \(question.id.rawValue): "
            switch Int.random(in: 0..<10, using: &random) {
            case 0: return nil
            case 1 where question.allowsUnknown: return key + "unknown"
            default: break
            }
            switch question.kind {
            case .yesNo: return key + (Bool.random(using: &random) ? "yes" : "no")
            case .singleChoice: return key + (question.options.randomElement(using: &random)?.id ?? "x")
            case .multipleChoice:
                let chosen = question.options.filter { _ in Bool.random(using: &random) }.map(\.id)
                return key + "[" + chosen.joined(separator: ", ") + "]"
            case .text:
                let text = hostileTexts.randomElement(using: &random) ?? ""
                return key + "\""
                    + text.replacingOccurrences(of: "\\", with: "\\\\")
                    .replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n") + "\""
            case .date: return key + "2024-0\(Int.random(in: 1...9, using: &random))-15"
            case .number: return key + "\(Int.random(in: 0...500, using: &random))"
            }
        }
    }

    static func file(_ lines: [String], jurisdiction: String, processing: String) -> String {
        """
        format: dpia-answers/1
        assessment:
          jurisdiction: \(jurisdiction)
          organisation: "Generated police service"
          processing: "\(processing.replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n"))"
          date: 2026-03-01
        answers:
        \(lines.joined(separator: "\n"))
        """
    }

    static func assess(_ text: String) throws -> Assessment {
        let log = DiagnosticLog()
        let loaded = catalog.loadAnswers(InputFile(name: "generated.yaml", text: text), log: log)
        let (answers, bundle) = try #require(loaded, "\(log.diagnostics)")
        #expect(!log.hasErrors, "\(log.diagnostics)")
        return RuleEngine.assess(answers, with: bundle, today: day(2026, 11, 22))
    }

    @Test("any answers file gives a report with intact structure", arguments: ["eu", "be", "se"])
    func reportStructure(jurisdiction: String) throws {
        let bundle = try #require(Self.catalog.bundle(for: jurisdiction, log: DiagnosticLog()))
        for seed in 0..<40 as Range<UInt64> {
            var random = SeededGenerator(seed: seed)
            let processing = Self.hostileTexts.randomElement(using: &random) ?? ""
            let text = Self.file(
                Self.answersText(for: bundle, using: &random), jurisdiction: jurisdiction, processing: processing)
            let report = MarkdownReport(try Self.assess(text)).render()
            let lines = report.split(separator: "\n", omittingEmptySubsequences: false)
            // The front matter opens and closes exactly once, before the title.
            #expect(lines.first == "---", "seed \(seed)")
            let close = lines.dropFirst().firstIndex(of: "---")
            let title = lines.firstIndex { $0.hasPrefix("# ") } ?? 0
            #expect((close ?? Int.max) < title, "seed \(seed)")
            // Only the report's own headings, and the numbered sections in order.
            let sections = lines.filter { $0.hasPrefix("## ") }.map { String($0.prefix(5)) }
            #expect(
                sections.starts(with: ["## 1.", "## 2.", "## 3.", "## 4.", "## 5.", "## 6.", "## 7."]), "seed \(seed)")
            #expect(lines.filter { $0.hasPrefix("# ") }.count == 1, "seed \(seed)")
            // Every table row has as many cells as its header.
            var columns: Int?
            for line in lines {
                guard line.hasPrefix("|") else { columns = nil; continue }
                let count = Self.unescapedPipes(line)
                if let columns { #expect(count == columns, "seed \(seed): \(line)") } else { columns = count }
            }
            #expect(!report.contains("<script>"), "seed \(seed)")
        }
    }

    @Test("evaluation does not depend on the order of the answers in the file", arguments: ["eu", "be", "se"])
    func orderIndependence(jurisdiction: String) throws {
        let bundle = try #require(Self.catalog.bundle(for: jurisdiction, log: DiagnosticLog()))
        for seed in 0..<25 as Range<UInt64> {
            var random = SeededGenerator(seed: seed &+ 1000)
            let lines = Self.answersText(for: bundle, using: &random)
            let original = try Self.assess(Self.file(lines, jurisdiction: jurisdiction, processing: "p"))
            let shuffled = try Self.assess(
                Self.file(lines.shuffled(using: &random), jurisdiction: jurisdiction, processing: "p"))
            #expect(original.verdict == shuffled.verdict, "seed \(seed)")
            #expect(original.findings.map(\.rule.id) == shuffled.findings.map(\.rule.id), "seed \(seed)")
            #expect(original.redPatterns.map(\.pattern.id) == shuffled.redPatterns.map(\.pattern.id), "seed \(seed)")
            #expect(MarkdownReport(original).render() == MarkdownReport(shuffled).render(), "seed \(seed)")
        }
    }

    static func unescapedPipes(_ row: Substring) -> Int {
        var count = 0
        var escaped = false
        for character in row {
            if character == "|" && !escaped { count += 1 }
            escaped = character == "\\" && !escaped
        }
        return count
    }
}
