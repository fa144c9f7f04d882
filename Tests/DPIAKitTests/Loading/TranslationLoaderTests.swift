import Testing

@testable import DPIAKit

@Suite("Translations of a layer")
struct TranslationLoaderTests {
    static let layer = """
        format: dpia-questionnaire/1
        id: t
        title: Test layer
        version: 1.0.0
        law_as_of: 2026-11-01
        jurisdiction: eu
        languages: [en, nl]
        sources:
          - key: LED
            title: Directive (EU) 2016/680
            url: https://eur-lex.europa.eu/eli/dir/2016/680/oj
            cite: {nl: "{provision} van Richtlijn (EU) 2016/680"}
        sections:
          - id: s
            title: Section
            questions:
              - id: s.used
                type: yes_no
                prompt: Has the tool been used?
                refs: [LED Art. 28(1)(a)]

        """

    static let dutch = """
        format: dpia-translation/1
        layer: t
        language: nl
        translates: 1.0.0
        title: Testlaag
        questions:
          s.used:
            prompt: Is de toepassing al gebruikt?
            guidance: Er is geen toelichting in de laag.

        """

    private func catalog(_ files: [InputFile]) -> (QuestionnaireCatalog, [Diagnostic]) {
        let log = DiagnosticLog()
        var catalog = QuestionnaireCatalog()
        catalog.add(files, log: log)
        return (catalog, log.sorted)
    }

    @Test("a translation adds its texts to the layer; the English stays")
    func applied() throws {
        let (catalog, _) = catalog([
            InputFile(name: "q/t.yaml", text: Self.layer),
            InputFile(name: "q/translations/t.nl.yaml", text: Self.dutch),
        ])
        let layer = try #require(catalog.layers.first)
        #expect(layer.title.text(in: .nl) == "Testlaag")
        #expect(layer.title.text(in: .en) == "Test layer")
        #expect(layer.sections[0].questions[0].prompt.text(in: .nl) == "Is de toepassing al gebruikt?")
        #expect(layer.translationDigests[.nl] != nil)
    }

    @Test("a path the layer does not have is an error at its line in the translation file")
    func unknownPath() {
        let (_, diagnostics) = catalog([
            InputFile(name: "q/t.yaml", text: Self.layer),
            InputFile(name: "q/translations/t.nl.yaml", text: Self.dutch),
        ])
        let error = diagnostics.first { $0.severity == .error }
        #expect(error?.message.contains("'questions/s.used/guidance' names no text of layer 't'") == true)
        #expect(error?.location?.file == "q/translations/t.nl.yaml")
        #expect(error?.location?.line == 9)
    }

    @Test("lint reports every text a declared language lacks, at the item that holds it")
    func missing() {
        let log = DiagnosticLog()
        var catalog = QuestionnaireCatalog()
        catalog.add([InputFile(name: "q/t.yaml", text: Self.layer)], log: log)
        catalog.layers[0].checkTranslations(log: log)
        let warnings = log.sorted.filter { $0.severity == .warning }.map { ($0.message, $0.location?.line) }
        #expect(warnings.count == 4, "title, source title, section title, prompt: \(warnings)")
        #expect(warnings.contains { $0.0.hasPrefix("'title' has no Nederlands (nl) text") && $0.1 == 1 })
        #expect(
            warnings.contains { $0.0.hasPrefix("'questions/s.used/prompt' has no Nederlands (nl) text") && $0.1 == 17 })
    }

    @Test("a missing text prints in English marked [EN]; a citation follows the language's template")
    func fallbackAndCitation() throws {
        let (catalog, _) = catalog([InputFile(name: "q/t.yaml", text: Self.layer)])
        let layer = try #require(catalog.layers.first)
        #expect(layer.sections[0].questions[0].prompt.text(in: .nl) == "[EN] Has the tool been used?")
        let bundle = BundleAssembler.assemble(catalog.layers, jurisdiction: "eu", log: DiagnosticLog())
        let citation = try #require(Citation(parsing: "LED Art. 28(1)(a)"))
        #expect(bundle.citationText(citation, in: .nl) == "art. 28, lid 1, a) van Richtlijn (EU) 2016/680")
        #expect(bundle.citationText(citation, in: .en) == "LED Art. 28(1)(a)")
        #expect(bundle.citationText(citation, in: .sv) == "LED Art. 28(1)(a)", "no Swedish template: canonical")
        #expect(citation.provision(in: .sv) == "artikel 28.1 a")
        #expect(Citation(parsing: "BDL 2:12")?.provision(in: .sv) == "2 kap. 12 §")
        #expect(Citation(parsing: "PSA art. 44/1 §2")?.provision(in: .fr) == "art. 44/1, § 2")
    }

    @Test("the language of a report: --lang, then the answers file, then the locale, then English")
    func resolution() {
        #expect(Language.resolve(requested: .fr, answers: "nl", environment: ["LANG": "sv_SE.UTF-8"]) == .fr)
        #expect(Language.resolve(requested: nil, answers: "nl", environment: ["LANG": "sv_SE.UTF-8"]) == .nl)
        #expect(Language.resolve(requested: nil, answers: nil, environment: ["LANG": "sv_SE.UTF-8"]) == .sv)
        #expect(Language.resolve(requested: nil, answers: nil, environment: ["LANG": "de_DE.UTF-8"]) == .en)
        #expect(Language.resolve(requested: nil, answers: nil, environment: [:]) == .en)
        #expect(Language.nl.date(CalendarDate(year: 2022, month: 2, day: 15)!) == "15 februari 2022")
        #expect(Language.fr.date(CalendarDate(year: 2022, month: 2, day: 1)!) == "1er février 2022")
    }
}
