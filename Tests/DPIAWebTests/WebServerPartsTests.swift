import DPIAKit
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DPIAWeb

/// The pages added for the DPIA's own parts, the complete report, downloads, languages and the quiz:
/// each behind the token, refusing stale writes and paths, and rendering what a user typed inert.
@Suite struct WebServerPartsTests {
    typealias Support = WebServerTests

    static func post(
        _ client: some TestClientProtocol, _ uri: String, _ body: String, headers: HTTPFields = Support.formHeaders()
    ) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body)) { $0 }
    }

    static func get(_ client: some TestClientProtocol, _ uri: String, headers: HTTPFields = Support.cookie)
        async throws -> TestResponse
    {
        try await client.execute(uri: uri, method: .get, headers: headers) { $0 }
    }

    static func encoded(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    @Test func everyNewPageNeedsTheToken() async throws {
        let (server, folder) = try Support.make()
        let before = try String(contentsOfFile: folder + "/case.yaml", encoding: .utf8)
        try await Support.app(server).test(.router) { client in
            for uri in [
                "/a/case.yaml/description", "/a/case.yaml/risks", "/a/case.yaml/report.md", "/a/case.yaml/report.json",
                "/train", "/train/x/result",
            ] {
                let response1 = try await Self.get(client, uri, headers: [:])
                #expect(response1.status == .forbidden, "\(uri)")
            }
            let bare: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
            for uri in ["/a/case.yaml/description", "/a/case.yaml/risks", "/train"] {
                let response2 = try await Self.post(client, uri, "purposes=x", headers: bare)
                #expect(response2.status == .forbidden, "\(uri)")
            }
        }
        #expect(try String(contentsOfFile: folder + "/case.yaml", encoding: .utf8) == before)
    }

    @Test func theDescriptionIsSavedAndShownInTheReport() async throws {
        let (server, _) = try Support.make()
        let version = try server.store.load("case.yaml").version
        try await Support.app(server).test(.router) { client in
            let form =
                "version=\(version)&stage=trial&purposes=\(Self.encoded("identify suspects\nfind victims"))"
                + "&recipients=\(Self.encoded("Example Cloud AB; processor; Sweden\nCourt"))"
                + "&data_flow=\(Self.encoded("capture\ncompare"))&retention=30+days"
            let response = try await Self.post(client, "/a/case.yaml/description", form)
            #expect(response.status == .seeOther)
            let page = String(buffer: try await Self.get(client, "/a/case.yaml/report").body)
            #expect(page.contains("identify suspects; find victims"))
            #expect(page.contains("Example Cloud AB (processor, Sweden); Court (recipient)"))
        }
        let description = try server.store.load("case.yaml").answers.description
        #expect(description.stage == .trial)
        #expect(description.purposes == ["identify suspects", "find victims"])
        #expect(
            description.recipients == [
                Recipient(name: "Example Cloud AB", role: "processor", country: "Sweden"),
                Recipient(name: "Court", role: "recipient", country: nil),
            ])
        #expect(description.dataFlow == ["capture", "compare"])
        #expect(description.retention == "30 days")
    }

    @Test func aStaleDescriptionRiskOrSignOffIsRefusedAndOfferedAgain() async throws {
        let (server, folder) = try Support.make()
        let loaded = try server.store.load("case.yaml")
        let risk = try #require(
            server.pipeline.evaluate(loaded.answers, with: loaded.bundle, today: server.today()).risks.first)
        // Another tab saves first.
        _ = try server.store.update("case.yaml", expected: loaded.version) { answers, _ in
            answers.description.scale = "changed elsewhere"
        }
        let before = try String(contentsOfFile: folder + "/case.yaml", encoding: .utf8)
        try await Support.app(server).test(.router) { client in
            let description = try await Self.post(
                client, "/a/case.yaml/description", "version=\(loaded.version)&purposes=mine")
            #expect(description.status == .conflict)
            #expect(String(buffer: description.body).contains("mine"))
            let risks = try await Self.post(
                client, "/a/case.yaml/risks",
                "version=\(loaded.version)&risk=\(risk.risk.id)&\(risk.risk.id)-severity=maximum")
            #expect(risks.status == .conflict)
            let signOff = try await Self.post(
                client, "/a/case.yaml/sign-off", "version=\(loaded.version)&controller_decision_text=mine+too")
            #expect(signOff.status == .conflict)
            #expect(String(buffer: signOff.body).contains("mine too"))
        }
        #expect(try String(contentsOfFile: folder + "/case.yaml", encoding: .utf8) == before)
    }

    @Test func aRiskDecisionIsSavedAndAnUnknownRiskRefused() async throws {
        let (server, _) = try Support.make()
        let loaded = try server.store.load("case.yaml")
        let risk = try #require(
            server.pipeline.evaluate(loaded.answers, with: loaded.bundle, today: server.today()).risks.first)
        let id = risk.risk.id
        try await Support.app(server).test(.router) { client in
            let page = String(buffer: try await Self.get(client, "/a/case.yaml/risks").body)
            #expect(page.contains("<fieldset id=\"risk-\(id)\">"))
            #expect(page.contains("<label for=\"f-\(id)-severity\">"))
            let saved = try await Self.post(
                client, "/a/case.yaml/risks",
                "version=\(loaded.version)&risk=\(id)&\(id)-severity=maximum&\(id)-justification=\(Self.encoded("<script>x</script>"))"
            )
            #expect(saved.status == .seeOther)
            let version = try server.store.load("case.yaml").version
            let unknown = try await Self.post(client, "/a/case.yaml/risks", "version=\(version)&risk=risk.nothing")
            #expect(unknown.status == .unprocessableContent)
            let shown = String(buffer: try await Self.get(client, "/a/case.yaml/risks").body)
            #expect(!shown.contains("<script"))
        }
        let decision = try #require(try server.store.load("case.yaml").answers.riskDecisions[id])
        #expect(decision.severity == .maximum)
        #expect(decision.justification == "<script>x</script>")
    }

    @Test func everySignOffFieldIsSaved() async throws {
        let (server, _) = try Support.make()
        let version = try server.store.load("case.yaml").version
        try await Support.app(server).test(.router) { client in
            let form = [
                "version=\(version)", "dpo_opinion=unfavourable", "dpo_opinion_text=Not+yet", "dpo_name=A.+Lind",
                "dpo_role=DPO", "dpo_date=2026-09-28", "measures_approved_name=K.+Holm",
                "measures_approved_date=2026-10-01", "residual_risks_name=K.+Holm", "residual_risks_role=Head",
                "prior_consultation_sent=2026-01-15", "prior_consultation_outcome=Advice+taken",
                "controller_decision=proceed", "controller_decision_text=Go", "controller_name=M.+Ek",
                "controller_role=Chief", "controller_date=2026-10-02", "next_review=2027-04-01",
            ].joined(separator: "&")
            let response3 = try await Self.post(client, "/a/case.yaml/sign-off", form)
            #expect(response3.status == .seeOther)
            let bad = try await Self.post(
                client, "/a/case.yaml/sign-off",
                "version=\(try server.store.load("case.yaml").version)&dpo_date=tomorrow&controller_role=Chief")
            #expect(bad.status == .unprocessableContent)
            let page = String(buffer: bad.body)
            #expect(page.contains("aria-describedby=\"f-dpo_date-hint f-dpo_date-error\""))
            #expect(page.contains("id=\"f-controller_name-error\""))
        }
        let signOff = try #require(try server.store.load("case.yaml").answers.signOff)
        #expect(signOff.dpoOpinion == .unfavourable)
        #expect(signOff.dpoOpinionText == "Not yet")
        #expect(signOff.dpo == Signatory(name: "A. Lind", role: "DPO", date: CalendarDate("2026-09-28")))
        #expect(signOff.measuresApprovedBy == Signatory(name: "K. Holm", role: nil, date: CalendarDate("2026-10-01")))
        #expect(signOff.residualRisksAcceptedBy == Signatory(name: "K. Holm", role: "Head", date: nil))
        #expect(signOff.priorConsultationSent == CalendarDate("2026-01-15"))
        #expect(signOff.priorConsultationOutcome == "Advice taken")
        #expect(signOff.controllerDecision == .proceed)
        #expect(signOff.controllerDecisionText == "Go")
        #expect(signOff.controller == Signatory(name: "M. Ek", role: "Chief", date: CalendarDate("2026-10-02")))
        #expect(signOff.nextReview == CalendarDate("2027-04-01"))
        #expect(signOff.overridesDPO)
    }

    @Test func theHTMLReportHasEveryPartDecisionFirstAndItsLinksLand() async throws {
        let (server, _) = try Support.make()
        try await Support.app(server).test(.router) { client in
            let page = String(buffer: try await Self.get(client, "/a/case.yaml/report").body)
            var last = page.startIndex
            for part in [
                "decision", "description", "lawfulness", "risks", "measures", "signOff", "annexes", "integrity",
            ] {
                let range = try #require(page.range(of: "<h2 id=\"\(part)\">"), "\(part)")
                #expect(range.lowerBound > last, "\(part) out of order")
                last = range.lowerBound
            }
            // Every link inside the page lands on an element of it.
            let links = page.components(separatedBy: "href=\"#").dropFirst().compactMap {
                $0.split(separator: "\"").first
            }
            #expect(links.count > 10)
            for link in Set(links) where link != "main" {
                #expect(page.contains("id=\"\(link)\""), "#\(link)")
            }
            #expect(page.contains("href=\"#measure-"))
            #expect(page.contains("href=\"#answer-"))
            #expect(!page.contains("report.docx"))
            let markdown = try await Self.get(client, "/a/case.yaml/report.md")
            #expect(markdown.headers[.contentDisposition] == "attachment; filename=\"case-report.md\"")
            #expect(String(buffer: markdown.body).hasPrefix("---\n"))
            let json = try await Self.get(client, "/a/case.yaml/report.json")
            #expect(String(buffer: json.body).contains("\"verdict\""))
            let response4 = try await Self.get(client, "/a/case.yaml/report.docx")
            #expect(response4.status == .notFound)
        }
    }

    @Test func theDOCXDownloadIsOfferedOnlyWithAConverter() async throws {
        let (plain, folder) = try Support.make()
        let server = WebServer(
            store: plain.store, catalog: plain.catalog, token: Support.token, today: plain.today,
            converter: { markdown in Array("DOCX:\(markdown.prefix(3))".utf8) })
        try await Support.app(server).test(.router) { client in
            let page = String(buffer: try await Self.get(client, "/a/case.yaml/report").body)
            #expect(page.contains("href=\"/a/case.yaml/report.docx\""))
            let docx = try await Self.get(client, "/a/case.yaml/report.docx")
            #expect(docx.status == .ok)
            #expect(String(buffer: docx.body) == "DOCX:---")
            #expect(docx.headers[.contentType]?.contains("wordprocessingml") == true)
        }
        _ = folder
    }

    @Test func pathsInTheNewRoutesAreRefused() async throws {
        let (server, _) = try Support.make()
        try await Support.app(server).test(.router) { client in
            for name in ["..%2F..%2Fetc%2Fpasswd", ".hidden.yaml", "a%2F..%2Fcase.yaml"] {
                for page in ["description", "risks", "report.md", "report.json"] {
                    let response = try await Self.get(client, "/a/\(name)/\(page)")
                    #expect(response.status == .badRequest || response.status == .notFound, "\(name)/\(page)")
                    #expect(!String(buffer: response.body).contains("root:"))
                }
            }
            for quiz in ["..%2F..%2Fetc", "nope"] {
                let response5 = try await Self.get(client, "/train/\(quiz)/result")
                #expect(response5.status == .notFound)
            }
        }
    }

    @Test func thePageLanguageFollowsTheQueryTheCookieTheFileAndTheBrowser() async throws {
        let (server, _) = try Support.make()
        try await Support.app(server).test(.router) { client in
            let chosen = try await Self.get(client, "/a/case.yaml/review?lang=nl")
            #expect(String(buffer: chosen.body).contains("<html lang=\"nl\">"))
            #expect(chosen.headers[.setCookie]?.contains("\(Visit.languageCookie)=nl") == true)
            var headers = Support.cookie
            headers[.cookie] = "\(WebServer.cookieName)=\(Support.token); \(Visit.languageCookie)=sv"
            #expect(
                String(buffer: try await Self.get(client, "/", headers: headers).body).contains("<html lang=\"sv\">"))
            var browser = Support.cookie
            browser[.acceptLanguage] = "de-DE,fr;q=0.8,en;q=0.5"
            #expect(
                String(buffer: try await Self.get(client, "/", headers: browser).body).contains("<html lang=\"fr\">"))
            // The switch links to the same page in each language.
            let page = String(buffer: try await Self.get(client, "/explain?id=clearview_like").body)
            #expect(page.contains("href=\"/explain?id=clearview_like&amp;lang=fr\" lang=\"fr\" hreflang=\"fr\""))
        }
        let loaded = try server.store.load("case.yaml")
        _ = try server.store.update("case.yaml", expected: loaded.version) { answers, _ in
            answers.metadata.language = .fr
        }
        try await Support.app(server).test(.router) { client in
            var browser = Support.cookie
            browser[.acceptLanguage] = "sv"
            let page = String(buffer: try await Self.get(client, "/a/case.yaml/report", headers: browser).body)
            #expect(page.contains("<html lang=\"fr\">"))
        }
        #expect(Visit.firstSpoken("da, nl-BE;q=0.4, sv;q=0.9") == .sv)
        #expect(Visit.firstSpoken("de") == nil)
    }

    @Test func aQuizIsTakenScoredAndShownForTheClassroom() async throws {
        let (server, _) = try Support.make()
        let cases = server.quizzes.trainingCases(server.catalog)
        let chosen = try #require(cases.first { $0.focus != nil })
        try await Support.app(server).test(.router) { client in
            let list = String(buffer: try await Self.get(client, "/train").body)
            #expect(list.contains("value=\"\(chosen.name)\""))
            let started = try await Self.post(
                client, "/train", "case=\(chosen.name)&trainee=\(Self.encoded("<b>Ada</b>"))")
            #expect(started.status == .seeOther)
            let quiz = try #require(started.headers[.location])
            let facts = String(buffer: try await Self.get(client, quiz).body)
            #expect(facts.contains("Start the questions"))
            // The first question, answered "I don't know"; then the quiz ended.
            let first = try #require(
                InterviewPlan(bundle: chosen.bundle, focus: chosen.focus).question(
                    after: nil, chosen.startingAnswers(trainee: nil)))
            let values = AnswerForm.formValues(chosen.key.answers[first.id]?.state).map { "answer=" + Self.encoded($0) }
            let answered = try await Self.post(
                client, quiz + "/q/\(first.id)", (["action=answer"] + values).joined(separator: "&"))
            #expect(answered.status == .seeOther)
            let outside = try #require(chosen.bundle.questions.first { !(chosen.focus?.contains($0.id) ?? true) })
            let response6 = try await Self.get(client, quiz + "/q/\(outside.id)")
            #expect(response6.status == .notFound)
            let response7 = try await Self.post(client, quiz + "/end", "")
            #expect(response7.status == .seeOther)
            let result = String(buffer: try await Self.get(client, quiz + "/result").body)
            #expect(result.contains("id=\"score\""))
            #expect(result.contains("Quiz ended before the last question."))
            #expect(!result.contains("<b>Ada"))
            let classroom = String(buffer: try await Self.get(client, quiz + "/classroom").body)
            #expect(classroom.contains("<body class=\"classroom\">"))
            let record = try await Self.get(client, quiz + "/record.md")
            #expect(String(buffer: record.body).contains("status: abandoned"))
        }
    }
}
