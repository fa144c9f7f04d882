import BundledQuestionnaires
import DPIAKit
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import DPIAWeb

/// Request handling of `dpia serve` in process: the token gate, the cookie, cross-site forms, file
/// names, escaping and stale writes.
@Suite struct WebServerTests {
    static let token = "test-token_0123456789abcdefghijklmnopqrstu"

    /// A register folder holding a copy of a bundled case, and a server over it.
    static func make() throws -> (WebServer, String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dpia-web-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let log = DiagnosticLog()
        let catalog = QuestionnaireCatalog.bundled(log: log)
        let source = try #require(catalog.cases.first { $0.name.hasSuffix("se-lawful-mugshot-comparison.yaml") })
        try source.text.write(toFile: folder + "/case.yaml", atomically: true, encoding: .utf8)
        let store = AnswersStore(directory: folder, catalog: catalog) { answers, bundle, path in
            try AnswersWriter.render(answers, bundle: bundle).write(toFile: path, atomically: true, encoding: .utf8)
        }
        let today = try #require(CalendarDate(year: 2026, month: 12, day: 1))
        return (WebServer(store: store, catalog: catalog, token: token, today: { today }), folder)
    }

    static func app(_ server: WebServer) -> some ApplicationProtocol {
        Application(router: server.router())
    }

    static let cookie: HTTPFields = [.cookie: "\(WebServer.cookieName)=\(token)"]

    static func formHeaders(_ extra: HTTPFields = [:]) -> HTTPFields {
        var headers = cookie
        headers[.contentType] = "application/x-www-form-urlencoded"
        for field in extra { headers[field.name] = field.value }
        return headers
    }

    static func body(_ response: TestResponse) -> String { String(buffer: response.body) }

    @Test func withoutTheTokenEveryPageIs403() async throws {
        let (server, _) = try Self.make()
        try await Self.app(server).test(.router) { client in
            for uri in ["/", "/a/case.yaml", "/a/case.yaml/report", "/style.css", "/?token=wrong"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .forbidden, "\(uri)")
                }
            }
        }
    }

    @Test func theTokenOpensThePageAndSetsAStrictHttpOnlyCookie() async throws {
        let (server, _) = try Self.make()
        try await Self.app(server).test(.router) { client in
            try await client.execute(uri: "/?token=\(Self.token)", method: .get) { response in
                #expect(response.status == .ok)
                let cookie = try #require(response.headers[.setCookie])
                #expect(cookie.contains("\(WebServer.cookieName)=\(Self.token)"))
                #expect(cookie.contains("HttpOnly"))
                #expect(cookie.contains("SameSite=Strict"))
                let policy = try #require(response.headers[Header.named("Content-Security-Policy")])
                #expect(policy.contains("default-src 'none'"))
                #expect(Self.body(response).contains("<html lang=\"en\">"))
                #expect(Self.body(response).contains("case.yaml"))
            }
            try await client.execute(uri: "/a/case.yaml", method: .get, headers: Self.cookie) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func aFormWithoutTheCookieOrFromAnotherSiteIsRefused() async throws {
        let (server, folder) = try Self.make()
        let before = try String(contentsOfFile: folder + "/case.yaml", encoding: .utf8)
        try await Self.app(server).test(.router) { client in
            var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
            try await client.execute(
                uri: "/a/case.yaml/sign-off?token=\(Self.token)", method: .post, headers: headers,
                body: ByteBuffer(string: "next_review=2030-01-01")
            ) { response in
                #expect(response.status == .forbidden)
            }
            headers = Self.formHeaders([.origin: "http://evil.example"])
            try await client.execute(
                uri: "/a/case.yaml/sign-off", method: .post, headers: headers,
                body: ByteBuffer(string: "next_review=2030-01-01")
            ) { response in
                #expect(response.status == .forbidden)
            }
            headers = Self.formHeaders([Header.fetchSite: "cross-site"])
            try await client.execute(
                uri: "/a/case.yaml/sign-off", method: .post, headers: headers,
                body: ByteBuffer(string: "next_review=2030-01-01")
            ) { response in
                #expect(response.status == .forbidden)
            }
        }
        #expect(try String(contentsOfFile: folder + "/case.yaml", encoding: .utf8) == before)
    }

    @Test func pathTraversalInAFileNameIsRefused() async throws {
        let (server, _) = try Self.make()
        try await Self.app(server).test(.router) { client in
            for name in [
                "..%2F..%2Fetc%2Fpasswd", "%2Fetc%2Fpasswd", "..", ".hidden.yaml", "a%2F..%2Fcase.yaml", "case.txt",
            ] {
                try await client.execute(uri: "/a/\(name)/report", method: .get, headers: Self.cookie) { response in
                    #expect(response.status == .badRequest || response.status == .notFound, "\(name)")
                    #expect(!Self.body(response).contains("root:"))
                }
            }
            try await client.execute(
                uri: "/new", method: .post, headers: Self.formHeaders(),
                body: ByteBuffer(string: "jurisdiction=be&organisation=O&processing=P&name=..%2Fescape.yaml")
            ) { response in
                #expect(response.status == .unprocessableContent)
                #expect(Self.body(response).contains("aria-describedby=\"f-name-hint f-name-error\""))
            }
        }
        #expect(!AnswersStore.isValidName("../x.yaml"))
        #expect(!AnswersStore.isValidName("a/b.yaml"))
        #expect(AnswersStore.isValidName("dpia-assessment-2026-12-01.yaml"))
    }

    @Test func scriptInAnAnswerIsRenderedInert() async throws {
        let (server, folder) = try Self.make()
        let loaded = try server.store.load("case.yaml")
        let text = try #require(loaded.bundle.questions.first { $0.kind == .text })
        _ = try server.store.update("case.yaml", expected: loaded.version) { answers, _ in
            answers.metadata.processing = "<script>alert(1)</script>"
            let location = SourceLocation(file: answers.file, line: 1, column: 1)
            answers.answers[text.id] = Answer(
                state: .value(.text("<script>alert(2)</script>")), note: "<img src=x onerror=alert(3)>",
                location: location)
        }
        try await Self.app(server).test(.router) { client in
            for uri in ["/", "/a/case.yaml", "/a/case.yaml/review", "/a/case.yaml/report", "/a/case.yaml/q/\(text.id)"]
            {
                try await client.execute(uri: uri, method: .get, headers: Self.cookie) { response in
                    let page = Self.body(response)
                    #expect(!page.contains("<script"), "\(uri)")
                    #expect(!page.contains("<img"), "\(uri)")
                }
            }
        }
        _ = folder
    }

    @Test func aStaleWriteFromASecondTabIsDetectedAndReasked() async throws {
        let (server, folder) = try Self.make()
        let loaded = try server.store.load("case.yaml")
        let question = try #require(loaded.bundle.questions.first { $0.kind == .yesNo && $0.allowsUnknown })
        try await Self.app(server).test(.router) { client in
            // Tab 1 answers "I don't know" with the version it was opened with.
            try await client.execute(
                uri: "/a/case.yaml/q/\(question.id)", method: .post, headers: Self.formHeaders(),
                body: ByteBuffer(string: "version=\(loaded.version)&action=unknown")
            ) { response in
                #expect(response.status == .seeOther)
            }
            // Tab 2, opened before, sends "no" with the old version: refused, the answer offered again.
            try await client.execute(
                uri: "/a/case.yaml/q/\(question.id)", method: .post, headers: Self.formHeaders(),
                body: ByteBuffer(string: "version=\(loaded.version)&action=answer&answer=no&note=from+tab+2")
            ) { response in
                #expect(response.status == .conflict)
                let page = Self.body(response)
                #expect(page.contains("changed in another tab"))
                #expect(page.contains("I don&#39;t know"))
                #expect(page.contains("value=\"no\" checked=\"checked\""))
                #expect(page.contains("from tab 2"))
            }
        }
        let saved = try server.store.load("case.yaml")
        #expect(saved.answers.answers[question.id]?.state == .unknown)
        _ = folder
    }

    @Test func aNewAssessmentIsCreatedAndAnsweredThroughTheForms() async throws {
        let (server, folder) = try Self.make()
        try await Self.app(server).test(.router) { client in
            let location = try await client.execute(
                uri: "/new", method: .post, headers: Self.formHeaders(),
                body: ByteBuffer(
                    string:
                        "jurisdiction=be&organisation=Federal+Police&processing=Face+search&date=2026-12-01&name=new.yaml"
                )
            ) { response in
                #expect(response.status == .seeOther)
                return try #require(response.headers[.location])
            }
            #expect(location.hasPrefix("/a/new.yaml/q/"))
            let version = try server.store.load("new.yaml").version
            try await client.execute(
                uri: location, method: .post, headers: Self.formHeaders(),
                body: ByteBuffer(string: "version=\(version)&action=unknown&note=asked+IT")
            ) { response in
                #expect(response.status == .seeOther)
            }
        }
        let saved = try server.store.load("new.yaml")
        #expect(saved.answers.metadata.organisation == "Federal Police")
        #expect(saved.answers.answers.values.contains { $0.state == .unknown && $0.note == "asked IT" })
        _ = folder
    }

    @Test func aKeptQuestionPageIsNeverServedAfterTheFileChanged() async throws {
        let (server, _) = try Self.make()
        let loaded = try server.store.load("case.yaml")
        let question = try #require(loaded.bundle.questions.first { $0.kind == .yesNo && $0.allowsUnknown })
        try await Self.app(server).test(.router) { client in
            try await client.execute(uri: "/a/case.yaml/q/\(question.id)", method: .get, headers: Self.cookie) {
                #expect(Self.body($0).contains("value=\"\(loaded.version)\""))
            }
            try await client.execute(
                uri: "/a/case.yaml/q/\(question.id)", method: .post, headers: Self.formHeaders(),
                body: ByteBuffer(string: "version=\(loaded.version)&action=answer&answer=no&note=changed")
            ) { #expect($0.status == .seeOther) }
            let saved = try server.store.load("case.yaml")
            #expect(saved.version != loaded.version)
            try await client.execute(uri: "/a/case.yaml/q/\(question.id)", method: .get, headers: Self.cookie) {
                let page = Self.body($0)
                #expect(page.contains("value=\"\(saved.version)\""))
                #expect(page.contains("value=\"no\" checked=\"checked\""))
                #expect(page.contains("changed"))
            }
        }
    }

    @Test func theTokenIsRandomAndURLSafe() {
        let first = WebServer.makeToken()
        #expect(first != WebServer.makeToken())
        #expect(first.count >= 40)
        #expect(first.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_" })
    }
}
