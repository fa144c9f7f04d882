/// A text file handed to `dpia`: its name as the user should see it in diagnostics, and its text.
public struct InputFile: Hashable, Sendable {
    /// The name diagnostics use (`questionnaires/led-core.yaml`, or a path as typed).
    public var name: String
    /// The file's text.
    public var text: String

    /// Creates an input file.
    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}

/// Every questionnaire layer and case `dpia` knows: the bundled ones, replaced or extended by the
/// layers of an organisation's own folder. The one place that turns a jurisdiction into a bundle.
public struct QuestionnaireCatalog: Sendable {
    /// The loaded layers.
    public private(set) var layers: [Questionnaire] = []
    /// The case files (by name).
    public private(set) var cases: [InputFile] = []
    /// Every file's text by name, for printing source lines under diagnostics.
    public private(set) var sources: [String: String] = [:]
    /// The layers built into the binary, by id, to tell when a folder's layer replaces one.
    private var builtIn: [String: Questionnaire] = [:]
    /// Whether the layers are exactly the precompiled built-in ones, which the build checked in
    /// every jurisdiction's bundle, so assembling a bundle need not check it again.
    private var checkedAtBuild = false

    /// Creates an empty catalog.
    public init() {}

    /// The catalog of the files built into the binary, each layer loaded from its YAML: what the
    /// build does before it precompiles them (``PrecompiledLayers``), and what tests compare the
    /// precompiled catalog with.
    public static func builtIn(loading files: [InputFile], log: DiagnosticLog) -> QuestionnaireCatalog {
        var catalog = QuestionnaireCatalog()
        catalog.add(files, log: log)
        catalog.builtIn = Dictionary(catalog.layers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return catalog
    }

    /// The catalog of the files built into the binary, with the layers the build loaded and checked
    /// from them (``PrecompiledLayers/compile(_:log:)``): no YAML is parsed. The files' text is kept
    /// for the cases and for printing source lines under diagnostics.
    public static func builtIn(files: [InputFile], layers: [Questionnaire]) -> QuestionnaireCatalog {
        var catalog = QuestionnaireCatalog()
        for file in files {
            catalog.sources[file.name] = file.text
            if Self.kind(of: file.name) == .case { catalog.cases.append(file) }
        }
        catalog.layers = layers
        catalog.builtIn = Dictionary(layers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        catalog.checkedAtBuild = true
        return catalog
    }

    /// What a file of a questionnaire folder holds, by where it is.
    enum FileKind {
        case layer, `case`, translation
    }

    /// Files in a `cases/` folder are cases; those in a `translations/` folder are translations of
    /// layers, applied after the layers; the others are layers.
    static func kind(of name: String) -> FileKind {
        switch name.split(separator: "/").dropLast().last {
        case "cases": .case
        case "translations": .translation
        default: .layer
        }
    }

    /// Adds files: those under a `cases/` folder are cases, the others questionnaire layers. A layer
    /// with the id of one already present replaces it, so an organisation can adapt any layer.
    public mutating func add(_ files: [InputFile], log: DiagnosticLog) {
        var translations: [InputFile] = []
        for file in files {
            sources[file.name] = file.text
            switch Self.kind(of: file.name) {
            case .case:
                cases.removeAll { $0.name == file.name }
                cases.append(file)
                continue
            case .translation:
                translations.append(file)
                continue
            case .layer: break
            }
            checkedAtBuild = false
            guard var layer = QuestionnaireLoader.load(text: file.text, file: file.name, log: log) else { continue }
            if let original = builtIn[layer.id], original.file != layer.file {
                layer.replacedBuiltIn = ReplacedLayer(version: original.version, digest: original.digest)
            }
            layers.removeAll { $0.id == layer.id }
            layers.append(layer)
        }
        // After the layers, so a folder can translate a layer it also brings.
        for file in translations {
            checkedAtBuild = false
            guard let translation = TranslationLoader.load(text: file.text, file: file.name, log: log) else { continue }
            guard let index = layers.firstIndex(where: { $0.id == translation.layer }) else {
                log.error(
                    "no layer '\(Diagnostic.excerpt(translation.layer))' to translate; available: "
                        + layers.map(\.id).sorted().joined(separator: ", "),
                    at: SourceLocation(file: file.name, line: 1, column: 1))
                continue
            }
            layers[index] = layers[index].applying(translation, log: log)
        }
    }

    /// The jurisdictions that have a bundle: `eu` and every country with an overlay.
    public var jurisdictions: [String] {
        let countries = Set(layers.map(\.jurisdiction)).subtracting(["eu"]).sorted()
        return ["eu"] + countries
    }

    /// The bundle for `jurisdiction`, or nil (with an error) when no layer serves it.
    public func bundle(for jurisdiction: String, log: DiagnosticLog, at location: SourceLocation? = nil)
        -> QuestionnaireBundle?
    {
        bundle(for: jurisdiction, log: log, at: location, checking: !checkedAtBuild)
    }

    private func bundle(
        for jurisdiction: String, log: DiagnosticLog, at location: SourceLocation? = nil, checking: Bool
    ) -> QuestionnaireBundle? {
        guard jurisdictions.contains(jurisdiction) else {
            log.error(
                "no questionnaires for jurisdiction '\(jurisdiction)'; available: \(jurisdictions.joined(separator: ", "))",
                at: location)
            return nil
        }
        return BundleAssembler.assemble(layers, jurisdiction: jurisdiction, log: log, checking: checking)
    }

    /// Checks every layer in every bundle (including the rules' examples and the provenance of
    /// citations), and every case against its bundle.
    public func lint(log: DiagnosticLog) {
        for layer in layers.sorted(by: { $0.id < $1.id }) { layer.checkTranslations(log: log) }
        for jurisdiction in jurisdictions {
            guard let bundle = bundle(for: jurisdiction, log: log, checking: true) else { continue }
            Self.check(bundle, log: log)
        }
        for file in cases { lintAnswers(file, log: log) }
    }

    /// The checks `lint` makes of an assembled bundle beyond loading it: the examples of the rules
    /// of the bundle's own jurisdiction, and the provenance of every citation.
    static func check(_ bundle: QuestionnaireBundle, log: DiagnosticLog) {
        RuleExampleCheck.check(bundle, log: log)
        RuleExampleCheck.checkRisks(bundle, log: log)
        ProvenanceCheck.check(bundle, log: log)
    }

    /// The checks `lint` makes of every layer in `bundle`, each in the bundle of its own jurisdiction
    /// (the core's rule examples are run in the `eu` bundle). `report` makes them when a layer was
    /// not built in, so it refuses a layer that fails lint as it refuses invalid answers.
    public func lintLayers(of bundle: QuestionnaireBundle, log: DiagnosticLog) {
        for jurisdiction in Set(bundle.layers.map(\.jurisdiction)).sorted() {
            guard let own = jurisdiction == bundle.jurisdiction ? bundle : self.bundle(for: jurisdiction, log: log)
            else { continue }
            Self.check(own, log: log)
        }
    }

    /// Whether `layer` is the one built into the binary, not one read from a folder.
    public func isBuiltIn(_ layer: Questionnaire) -> Bool {
        builtIn[layer.id]?.file == layer.file
    }

    /// Checks an answers or case file: every answer valid, and a warning for each answer to a
    /// question that does not apply.
    public func lintAnswers(_ file: InputFile, log: DiagnosticLog) {
        guard let (answers, bundle) = loadAnswers(file, log: log), let date = answers.metadata.date ?? bundle.lawAsOf
        else { return }
        RuleEngine.assess(answers, with: bundle, today: date).unusedAnswerWarnings.forEach(log.report)
    }

    /// Reads an answers or case file and the bundle its jurisdiction names.
    public func loadAnswers(_ file: InputFile, log: DiagnosticLog) -> (AnswerSet, QuestionnaireBundle)? {
        AssessmentPipeline(catalog: self).loadAnswers(file, log: log)
    }
}
