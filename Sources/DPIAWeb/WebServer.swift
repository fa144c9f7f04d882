public import DPIAKit
import Foundation
import HTTPTypes
public import Hummingbird
import Logging

/// The web interface of `dpia serve`: a router over the register folder, behind the launch token.
/// Every page is plain HTML with forms (POST, then a redirect to a GET), so it works without
/// JavaScript; no page loads anything from elsewhere (the Content-Security-Policy forbids it).
public struct WebServer: Sendable {
    /// The cookie that carries the token after the first visit.
    public static let cookieName = "dpia_session"

    let store: AnswersStore
    /// The stages from questionnaires to a report that every page draws on.
    let pipeline: AssessmentPipeline
    var catalog: QuestionnaireCatalog { pipeline.catalog }
    let token: String
    let today: @Sendable () -> CalendarDate
    /// Converts a Markdown report to DOCX (pandoc, run by the executable), or nil when it cannot.
    let converter: DocumentConverter?
    /// The quizzes being taken, in memory only.
    let quizzes = QuizStore()

    /// A server over `store`, admitting requests that carry `token` (in the query or the cookie);
    /// `converter`, when given, offers the report as DOCX.
    public init(
        store: AnswersStore, catalog: QuestionnaireCatalog, token: String,
        today: @escaping @Sendable () -> CalendarDate, converter: DocumentConverter? = nil
    ) {
        self.store = store
        self.pipeline = AssessmentPipeline(catalog: catalog)
        self.token = token
        self.today = today
        self.converter = converter
    }

    /// A random token for one launch: 32 bytes from the system's generator, URL-safe base64.
    public static func makeToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// The pages for one request: its language is chosen from the request and, on the pages of an
    /// answers file, the file.
    func pages(_ request: Request, _ context: BasicRequestContext) -> Pages {
        let file = context.parameters.get("file")
        let answers = file.flatMap { try? store.load($0).answers }
        return Pages(server: self, visit: Visit(request), answers: answers)
    }

    /// The router with every page, behind the token gate.
    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: TokenGate(token: token))
        router.get("/") { request, context in pages(request, context).register() }
        router.get("/style.css") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: Style.css)))
        }
        router.post("/new") { request, context in pages(request, context).create(try await Self.form(request)) }
        let file: @Sendable (BasicRequestContext) -> String = { context in context.parameters.get("file") ?? "" }
        let question: @Sendable (BasicRequestContext) -> QuestionID = { context in
            QuestionID(context.parameters.get("question") ?? "")
        }
        router.get("/a/{file}") { request, context in pages(request, context).overview(file(context)) }
        router.get("/a/{file}/q/{question}") { request, context in
            pages(request, context).question(file(context), question(context), query: Self.query(request))
        }
        router.post("/a/{file}/q/{question}") { request, context in
            pages(request, context).answer(file(context), question(context), form: try await Self.form(request))
        }
        router.get("/a/{file}/review") { request, context in pages(request, context).review(file(context)) }
        router.get("/a/{file}/description") { request, context in
            pages(request, context).description(file(context))
        }
        router.post("/a/{file}/description") { request, context in
            pages(request, context).saveDescription(file(context), form: try await Self.form(request))
        }
        router.get("/a/{file}/measures") { request, context in pages(request, context).measures(file(context)) }
        router.post("/a/{file}/measures") { request, context in
            pages(request, context).saveMeasure(file(context), form: try await Self.form(request))
        }
        router.get("/a/{file}/risks") { request, context in pages(request, context).risks(file(context)) }
        router.post("/a/{file}/risks") { request, context in
            pages(request, context).saveRisk(file(context), form: try await Self.form(request))
        }
        router.get("/a/{file}/sign-off") { request, context in pages(request, context).signOff(file(context)) }
        router.post("/a/{file}/sign-off") { request, context in
            pages(request, context).saveSignOff(file(context), form: try await Self.form(request))
        }
        router.get("/a/{file}/report") { request, context in pages(request, context).report(file(context)) }
        for format in DownloadFormat.allCases {
            router.get("/a/{file}/report.\(format.rawValue)") { request, context in
                pages(request, context).download(file(context), as: format)
            }
        }
        router.get("/explain") { request, context in pages(request, context).explain(Self.query(request)) }
        router.get("/checklist") { request, context in pages(request, context).checklist(Self.query(request)) }
        router.get("/train") { request, context in pages(request, context).trainingCases() }
        router.post("/train") { request, context in pages(request, context).startQuiz(try await Self.form(request)) }
        let quiz: @Sendable (BasicRequestContext) -> String = { context in context.parameters.get("quiz") ?? "" }
        router.get("/train/{quiz}") { request, context in pages(request, context).quizFacts(quiz(context)) }
        router.get("/train/{quiz}/q/{question}") { request, context in
            pages(request, context).quizQuestion(quiz(context), question(context))
        }
        router.post("/train/{quiz}/q/{question}") { request, context in
            pages(request, context).quizAnswer(quiz(context), question(context), form: try await Self.form(request))
        }
        router.post("/train/{quiz}/end") { request, context in pages(request, context).endQuiz(quiz(context)) }
        router.get("/train/{quiz}/result") { request, context in
            pages(request, context).quizResult(quiz(context), classroom: false)
        }
        router.get("/train/{quiz}/classroom") { request, context in
            pages(request, context).quizResult(quiz(context), classroom: true)
        }
        router.get("/train/{quiz}/record.md") { request, context in pages(request, context).quizRecord(quiz(context)) }
        return router
    }

    /// An application on `host`:`port` (0 for a free port); `onRunning` gets the port bound.
    public func application(
        host: String, port: Int, onRunning: @escaping @Sendable (Int) async -> Void
    ) -> some ApplicationProtocol {
        Application(
            router: router(),
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
            logger: Self.quietLogger())
    }

    static func quietLogger() -> Logger {
        var logger = Logger(label: "dpia-serve")
        logger.logLevel = .error
        return logger
    }

    /// The form fields of a request's body (at most 1 MiB).
    static func form(_ request: Request) async throws -> FormData {
        let buffer = try await request.body.collect(upTo: 1 << 20)
        return FormData(String(buffer: buffer))
    }

    /// The fields of a request's query string.
    static func query(_ request: Request) -> FormData {
        FormData(request.uri.query ?? "")
    }
}

/// Admits a request only with the launch token: a GET (or HEAD) with `?token=` (which sets the
/// cookie, HttpOnly, SameSite=Strict) or the cookie; any other method only with the cookie and never
/// from another site (Sec-Fetch-Site, Origin). Every response carries the security headers.
struct TokenGate<Context: RequestContext>: RouterMiddleware {
    let token: String

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let hasCookie = request.cookies[WebServer.cookieName].map { Self.same($0.value, token) } ?? false
        var response: Response
        if request.method == .get || request.method == .head {
            let query = FormData(request.uri.query ?? "")
            if hasCookie {
                response = try await next(request, context)
            } else if let given = query["token"], Self.same(given, token) {
                response = try await next(request, context)
                response.setCookie(
                    Cookie(name: WebServer.cookieName, value: token, path: "/", httpOnly: true, sameSite: .strict))
            } else {
                response = Self.forbidden(.needsTokenAddress, Visit(request).language(answers: nil))
            }
        } else if !hasCookie {
            response = Self.forbidden(.formFromThisServerOnly, Visit(request).language(answers: nil))
        } else if Self.isCrossSite(request) {
            response = Self.forbidden(.crossSiteFormRefused, Visit(request).language(answers: nil))
        } else {
            response = try await next(request, context)
        }
        // A language chosen with `?lang=` is kept for the next pages.
        if response.status != .forbidden, let chosen = FormData(request.uri.query ?? "")["lang"],
            let language = Language(rawValue: chosen)
        {
            response.setCookie(
                Cookie(
                    name: Visit.languageCookie, value: language.rawValue, path: "/", httpOnly: true, sameSite: .strict))
        }
        Self.secure(&response)
        return response
    }

    static func isCrossSite(_ request: Request) -> Bool {
        if let site = request.headers[Header.fetchSite], site == "cross-site" || site == "same-site" {
            return true
        }
        if let origin = request.headers[.origin], origin != "null" {
            guard let host = request.head.authority else { return true }
            return origin != "http://" + host
        }
        return false
    }

    /// Compares in time independent of where the strings differ.
    static func same(_ given: String, _ expected: String) -> Bool {
        let a = Array(given.utf8)
        let b = Array(expected.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }

    static func forbidden(_ message: WebText, _ language: Language) -> Response {
        let title = WebText.forbidden.text(in: language)
        let page = Layout.page(
            title: title, body: [H.h1(title), H.p(message.text(in: language))], language: language)
        return Response(
            status: .forbidden, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: page)))
    }

    static func secure(_ response: inout Response) {
        for (name, value) in Header.security { response.headers[name] = value }
        response.headers[.cacheControl] = "no-store"
    }

}

/// The header names Hummingbird has no constant for.
enum Header {
    static func named(_ text: String) -> HTTPField.Name {
        guard let name = HTTPField.Name(text) else { preconditionFailure("not a header name: \(text)") }
        return name
    }

    static let fetchSite = named("Sec-Fetch-Site")

    /// Sent with every response: nothing from elsewhere, no framing, no sniffing, no referrer (the
    /// first address carries the token).
    static let security: [(HTTPField.Name, String)] = [
        (
            named("Content-Security-Policy"),
            "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        ),
        (named("X-Content-Type-Options"), "nosniff"),
        (named("Referrer-Policy"), "no-referrer"),
        (named("X-Frame-Options"), "DENY"),
    ]
}
