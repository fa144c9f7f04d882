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

    /// A server over `store`, admitting requests that carry `token` (in the query or the cookie).
    public init(
        store: AnswersStore, catalog: QuestionnaireCatalog, token: String,
        today: @escaping @Sendable () -> CalendarDate
    ) {
        self.store = store
        self.pipeline = AssessmentPipeline(catalog: catalog)
        self.token = token
        self.today = today
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

    /// The router with every page, behind the token gate.
    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: TokenGate(token: token))
        let pages = Pages(server: self)
        router.get("/") { request, _ in pages.register(request) }
        router.get("/style.css") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: Style.css)))
        }
        router.post("/new") { request, _ in pages.create(try await Self.form(request)) }
        router.get("/a/{file}") { _, context in pages.overview(context.parameters.get("file") ?? "") }
        router.get("/a/{file}/q/{question}") { request, context in
            pages.question(
                context.parameters.get("file") ?? "", QuestionID(context.parameters.get("question") ?? ""),
                query: Self.query(request))
        }
        router.post("/a/{file}/q/{question}") { request, context in
            pages.answer(
                context.parameters.get("file") ?? "", QuestionID(context.parameters.get("question") ?? ""),
                form: try await Self.form(request))
        }
        router.get("/a/{file}/review") { _, context in pages.review(context.parameters.get("file") ?? "") }
        router.get("/a/{file}/measures") { _, context in pages.measures(context.parameters.get("file") ?? "") }
        router.post("/a/{file}/measures") { request, context in
            pages.saveMeasure(context.parameters.get("file") ?? "", form: try await Self.form(request))
        }
        router.get("/a/{file}/sign-off") { _, context in pages.signOff(context.parameters.get("file") ?? "") }
        router.post("/a/{file}/sign-off") { request, context in
            pages.saveSignOff(context.parameters.get("file") ?? "", form: try await Self.form(request))
        }
        router.get("/a/{file}/report") { _, context in pages.report(context.parameters.get("file") ?? "") }
        router.get("/a/{file}/report.md") { _, context in
            pages.download(context.parameters.get("file") ?? "", json: false)
        }
        router.get("/a/{file}/report.json") { _, context in
            pages.download(context.parameters.get("file") ?? "", json: true)
        }
        router.get("/explain") { request, _ in pages.explain(Self.query(request)) }
        router.get("/checklist") { request, _ in pages.checklist(Self.query(request)) }
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
                response = Self.forbidden("This page needs the address dpia serve printed (with its token).")
            }
        } else if !hasCookie {
            response = Self.forbidden("A form can only be sent from a page of this dpia serve.")
        } else if Self.isCrossSite(request) {
            response = Self.forbidden("A form from another site is refused.")
        } else {
            response = try await next(request, context)
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

    static func forbidden(_ message: String) -> Response {
        let page = Layout.page(title: "Forbidden", body: [H.h1("403 Forbidden"), H.p(message)])
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
