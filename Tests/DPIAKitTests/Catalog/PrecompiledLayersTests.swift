import BundledQuestionnaires
import Foundation
import Testing

@testable import DPIAKit

/// The built-in layers as the build embeds them: loaded and checked from their YAML by the plugin's
/// tool, read back at start without YAML. The catalog read back must be the catalog the YAML gives,
/// and a lint error in a bundled layer must stop the build at its place.
@Suite("Precompiled built-in layers")
struct PrecompiledLayersTests {
    static let files = QuestionnaireCatalog.bundledFiles

    /// The bundled files with `old` replaced by `new` in the file `name` (which must hold it once).
    static func replacing(_ old: String, with new: String, in name: String) throws -> [InputFile] {
        let file = try #require(files.first { $0.name == name })
        try #require(file.text.components(separatedBy: old).count == 2, "\(name) must hold '\(old)' once")
        return files.map {
            $0.name == name ? InputFile(name: name, text: $0.text.replacingOccurrences(of: old, with: new)) : $0
        }
    }

    /// The 1-based line and column where `text` starts in the file `name`.
    static func location(of text: String, in name: String, of files: [InputFile] = files) throws
        -> (line: Int, column: Int)
    {
        let file = try #require(files.first { $0.name == name })
        let before = try #require(file.text.range(of: text)).lowerBound
        let lines = file.text[..<before].split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.count, (lines.last?.unicodeScalars.count ?? 0) + 1)
    }

    @Test("the catalog read from the precompiled layers is the catalog their YAML gives")
    func precompiledEqualsYAML() throws {
        let log = DiagnosticLog()
        let precompiled = QuestionnaireCatalog.bundled(log: log)
        let loaded = QuestionnaireCatalog.builtIn(loading: Self.files, log: log)
        #expect(log.sorted.map(\.description) == [])
        #expect(precompiled.layers.map(\.id) == loaded.layers.map(\.id))
        #expect(precompiled.layers.map(\.digest) == loaded.layers.map(\.digest))
        #expect(precompiled.layers.map(\.version) == loaded.layers.map(\.version))
        #expect(precompiled.layers == loaded.layers)
        #expect(precompiled.cases == loaded.cases)
        #expect(precompiled.sources == loaded.sources)
        #expect(precompiled.jurisdictions == loaded.jurisdictions)
        #expect(precompiled.layers.allSatisfy(precompiled.isBuiltIn))
        // `LocatedCondition` compares by text and place; the parsed trees must be equal too.
        for (new, old) in zip(precompiled.layers, loaded.layers) {
            let conditions = { (layer: Questionnaire) in
                layer.sections.flatMap(\.questions).compactMap(\.condition)
                    + layer.findings.compactMap(\.condition) + layer.redPatterns.compactMap(\.condition)
                    + layer.risks.compactMap(\.condition)
            }
            #expect(conditions(new).map(\.parsed) == conditions(old).map(\.parsed), "conditions of \(new.id)")
            #expect(conditions(new).map(\.scalarLocations) == conditions(old).map(\.scalarLocations))
        }
        for jurisdiction in loaded.jurisdictions {
            #expect(
                precompiled.bundle(for: jurisdiction, log: log) == loaded.bundle(for: jurisdiction, log: log),
                "the '\(jurisdiction)' bundle")
        }
        #expect(log.sorted.map(\.description) == [])
    }

    @Test("every bundled case gives the same report from the precompiled layers as from their YAML")
    func sameEvaluationOfEveryCase() throws {
        let log = DiagnosticLog()
        let precompiled = QuestionnaireCatalog.bundled(log: log)
        let loaded = QuestionnaireCatalog.builtIn(loading: Self.files, log: log)
        #expect(precompiled.cases.count >= 10)
        for file in precompiled.cases {
            let (answers, bundle) = try #require(precompiled.loadAnswers(file, log: log))
            let (yamlAnswers, yamlBundle) = try #require(loaded.loadAnswers(file, log: log))
            let date = try #require(answers.metadata.date)
            let new = RuleEngine.assess(answers, with: bundle, today: date)
            let old = RuleEngine.assess(yamlAnswers, with: yamlBundle, today: date)
            #expect(new == old, "\(file.name)")
            #expect(MarkdownReport(new).render() == MarkdownReport(old).render(), "\(file.name)")
            #expect(try JSONReport(new).render() == JSONReport(old).render(), "\(file.name)")
        }
        #expect(log.sorted.filter { $0.severity == .error }.map(\.description) == [])
    }

    @Test("the compact form reads back every value it wrote, and refuses what is not one")
    func roundTrip() throws {
        let layers = QuestionnaireCatalog.bundled(log: DiagnosticLog()).layers
        let bytes = PrecompiledLayers.encode(layers)
        #expect(try PrecompiledLayers.decode(bytes) == layers)
        #expect(PrecompiledLayers.encode(layers) == bytes, "the same layers give the same bytes")
        // Valid UTF-8, and a literal of printable ASCII, so the build can embed it as a string.
        #expect(String(validating: bytes, as: UTF8.self) != nil)
        #expect(PrecompiledLayers.literal(bytes).utf8.allSatisfy { (0x20...0x7E).contains($0) })
        #expect(throws: (any Error).self) { try PrecompiledLayers.decode(Array(bytes.dropLast())) }
        #expect(throws: (any Error).self) { try PrecompiledLayers.decode(Array("format: dpia-questionnaire/1".utf8)) }
        let answers: [WrittenAnswer] = [.list(["a", nil, "c"]), .scalar("unknown", isPlain: false), .nested]
        #expect(try CompactCoding.decode([WrittenAnswer].self, from: CompactCoding.encode(answers)) == answers)
    }

    @Test("every case of a condition and a literal reads back, including those no bundled layer uses")
    func everyCaseRoundTrips() throws {
        let date = try #require(CalendarDate("2027-12-02"))
        let conditions: [Condition] = [
            .constant(true), .isYes("a"), .compare("b", .greaterOrEqual, .number(Decimal(string: "-12.5")!)),
            .oneOf("c", [.word("x"), .text("a \"quoted\" text"), .date(date)]), .contains("d", .word("y")),
            .answered("e"), .unknown("f"), .not(.all([.isYes("g"), .any([.constant(false), .isYes("h")])])),
        ]
        #expect(try CompactCoding.decode([Condition].self, from: CompactCoding.encode(conditions)) == conditions)
        let usages: [ConditionReference.Usage] = [
            .bareYes, .compare(.less, LocatedLiteral(literal: .number(7), offset: 3, length: 1)),
            .oneOf([LocatedLiteral(literal: .word("z"), offset: -1, length: 0)]),
            .contains(LocatedLiteral(literal: .text(""), offset: 0, length: 2)), .answered, .unknown,
        ]
        #expect(try CompactCoding.decode([ConditionReference.Usage].self, from: CompactCoding.encode(usages)) == usages)
        let wrongTag = CompactCoding.magic + [0, 1, 10]
        #expect(throws: CompactCodingError.self) { try CompactCoding.decode([Condition].self, from: wrongTag) }
    }

    @Test("the build's check passes the bundled files and gives the layers they hold")
    func bundledFilesCompile() throws {
        let log = DiagnosticLog()
        let bytes = try #require(PrecompiledLayers.compile(Self.files, log: log))
        #expect(log.sorted.filter { $0.severity == .error }.map(\.description) == [])
        #expect(try PrecompiledLayers.decode(bytes).map(\.id) == ["ai-act", "be-police", "led-core", "se-police"])
    }

    @Test("a condition naming an unknown question in a bundled layer fails the build at its place")
    func unknownQuestionFailsTheBuild() throws {
        let name = "questionnaires/led-core.yaml"
        let files = try Self.replacing(
            "when: legal_basis.basis_type == none_identified", with: "when: legal_basis.basis_typ == none_identified",
            in: name)
        let log = DiagnosticLog()
        #expect(PrecompiledLayers.compile(files, log: log) == nil)
        let place = try Self.location(of: "legal_basis.basis_type == none_identified", in: name)
        let error = try #require(log.sorted.first { $0.severity == .error })
        #expect(error.location == SourceLocation(file: name, line: place.line, column: place.column))
        #expect(error.message.contains("'legal_basis.basis_typ'"))
        #expect(error.description.hasPrefix("\(name):\(place.line):\(place.column): error: "))
        // Printed as `dpia lint` prints it, with the source line and a caret under the column.
        let printed = DiagnosticPrinter(sources: Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.text) }))
            .render([error])
        #expect(printed.contains("when: legal_basis.basis_typ == none_identified"))
    }

    @Test("a rule example that no longer holds fails the build, though the layer loads")
    func failingExampleFailsTheBuild() throws {
        let name = "questionnaires/led-core.yaml"
        let files = try Self.replacing(
            "      fires:\n        - {legal_basis.basis_type: none_identified}\n",
            with: "      fires:\n        - {legal_basis.basis_type: general_police_powers}\n", in: name)
        let loadLog = DiagnosticLog()
        _ = QuestionnaireCatalog.builtIn(loading: files, log: loadLog)
        #expect(!loadLog.hasErrors, "the layer itself loads")
        let log = DiagnosticLog()
        #expect(PrecompiledLayers.compile(files, log: log) == nil)
        let place = try Self.location(
            of: "{legal_basis.basis_type: general_police_powers}\n      does_not_fire", in: name, of: files)
        let error = try #require(log.sorted.first { $0.severity == .error })
        #expect(error.location?.file == name)
        #expect(error.location?.line == place.line)
        #expect(error.message.contains("legal_basis.none"))
    }

    @Test("files under translations/ are embedded and kept, but are not layers")
    func translationsAreNotLayers() {
        let translation = InputFile(
            name: "questionnaires/translations/led-core.nl.yaml",
            text: "format: dpia-translation/1\nlayer: led-core\nlanguage: nl\n")
        let log = DiagnosticLog()
        let catalog = QuestionnaireCatalog.builtIn(loading: Self.files + [translation], log: log)
        #expect(log.sorted.map(\.description) == [])
        #expect(catalog.layers.map(\.id) == ["ai-act", "be-police", "led-core", "se-police"])
        #expect(catalog.sources[translation.name] == translation.text)
        #expect(!catalog.cases.contains(translation))
    }
}
