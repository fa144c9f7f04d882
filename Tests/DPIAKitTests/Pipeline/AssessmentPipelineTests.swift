import BundledQuestionnaires
import Testing

@testable import DPIAKit

@Suite("The assessment pipeline: catalog, bundle, answers, assessment, rendering")
struct AssessmentPipelineTests {
    private static let pipeline = AssessmentPipeline.loadCatalog(
        builtIn: .bundled(log: DiagnosticLog()), log: DiagnosticLog())
    private static let today = day(2026, 12, 1)

    private func bundledCase(_ name: String) throws -> InputFile {
        try #require(Self.pipeline.catalog.cases.first { $0.name.hasSuffix("/\(name).yaml") })
    }

    @Test("the stages take a bundled case to the report that MarkdownReport and JSONReport write")
    func stages() throws {
        let log = DiagnosticLog()
        let loaded = try #require(Self.pipeline.loadAnswers(try bundledCase("be-coc-clearview"), log: log))
        #expect(!log.hasErrors)
        #expect(loaded.bundle.jurisdiction == "be")
        let assessment = Self.pipeline.evaluate(loaded.answers, with: loaded.bundle, today: Self.today)
        #expect(assessment.verdict == .doNotDeploy)
        #expect(try Self.pipeline.render(assessment) == MarkdownReport(assessment).render())
        #expect(try Self.pipeline.render(assessment, as: .json) == JSONReport(assessment).render())
    }

    @Test("a new assessment has no answer yet and records the version of every layer")
    func start() throws {
        let log = DiagnosticLog()
        let (answers, bundle) = try #require(Self.pipeline.start(jurisdiction: "se", file: "new.yaml", log: log))
        #expect(answers.answers.isEmpty)
        #expect(answers.file == "new.yaml")
        #expect(answers.metadata.jurisdiction == "se")
        #expect(answers.madeAgainst.map(\.layer) == bundle.layers.map(\.id))
        #expect(Self.pipeline.start(jurisdiction: "xx", file: "new.yaml", log: log) == nil)
        #expect(log.sorted.map(\.message).first?.hasPrefix("no questionnaires for jurisdiction 'xx'") == true)
    }

    @Test("resuming with another --jurisdiction is refused, naming both; without one it is not")
    func jurisdictionConflict() throws {
        let log = DiagnosticLog()
        let (answers, _) = try #require(Self.pipeline.loadAnswers(try bundledCase("be-coc-clearview"), log: log))
        #expect(AssessmentPipeline.jurisdictionConflict(resuming: answers, at: "a.yaml", jurisdiction: nil) == nil)
        #expect(AssessmentPipeline.jurisdictionConflict(resuming: answers, at: "a.yaml", jurisdiction: "be") == nil)
        #expect(
            AssessmentPipeline.jurisdictionConflict(resuming: answers, at: "a.yaml", jurisdiction: "se")?.message
                == "--jurisdiction se does not match 'be' in a.yaml; leave it out to resume")
        #expect(
            Self.pipeline.missingJurisdiction(toStart: "a.yaml").message
                == "a.yaml does not exist yet; name the questionnaires with --jurisdiction eu|be|se to start")
    }

    @Test("finishing reads the saved file as dpia report does; a file with an error gives nothing")
    func finish() throws {
        let saved = try bundledCase("se-lawful-mugshot-comparison")
        let log = DiagnosticLog()
        let (assessment, report, language) = try #require(Self.pipeline.finish(saved, today: Self.today, log: log))
        #expect(language == .en)
        #expect(report == MarkdownReport(assessment).render())
        let broken = InputFile(name: "broken.yaml", text: saved.text + "\nunknown_key: 1\n")
        #expect(Self.pipeline.finish(broken, today: Self.today, log: DiagnosticLog()) == nil)
    }

    @Test("a bundle cache loads answers files as the pipeline does")
    func bundleCache() throws {
        let cache = AssessmentPipeline.BundleCache(Self.pipeline.catalog)
        #expect(cache.assembleAllCleanly())
        let file = try bundledCase("be-coc-clearview")
        let direct = try #require(Self.pipeline.loadAnswers(file, log: DiagnosticLog()))
        for _ in 0..<2 {
            let cached = try #require(cache.loadAnswers(file, log: DiagnosticLog()))
            #expect(cached.answers == direct.answers)
            #expect(cached.bundle == direct.bundle)
        }
    }

    @Test(
        "answers files are told from layers by their format line",
        arguments: [
            ("format: dpia-answers/1\n", true, true),
            ("format: \"dpia-answers/1\"\n", false, true),
            ("format: 'dpia-answers/1'\n", false, true),
            ("format: dpia-answers/2\n", true, false),
            ("format: dpia-questionnaire/1\n", false, false),
            ("  format: dpia-answers/1\n", false, false),
        ])
    func recognition(text: String, namesFormat: Bool, declaresCurrent: Bool) {
        #expect(AnswersLoader.namesAnswersFormat("id: x\n" + text) == namesFormat)
        #expect(AnswersLoader.declaresFormat("id: x\n" + text) == declaresCurrent)
    }
}
