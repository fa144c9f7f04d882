import DPIAKit
import Foundation
import Hummingbird

/// Converts a Markdown report to another format (DOCX with pandoc); the executable supplies it,
/// run as a local process, and throws when the conversion fails.
public typealias DocumentConverter = @Sendable (_ markdown: String) throws -> [UInt8]

/// What a request says about the page it wants besides its route: its address (for the language
/// switch) and the language asked for.
struct Visit: Sendable {
    /// The cookie that keeps the language chosen with `?lang=`.
    static let languageCookie = "dpia_lang"

    /// The address the language switch links to: this page, without `lang` and `token`.
    var here: String
    /// The language asked for with `?lang=`, else by the cookie.
    var chosen: Language?
    /// The first language of the browser's Accept-Language that `dpia` speaks.
    var accepted: Language?

    init(here: String = "/", chosen: Language? = nil, accepted: Language? = nil) {
        self.here = here
        self.chosen = chosen
        self.accepted = accepted
    }

    init(_ request: Request) {
        let query = FormData(request.uri.query ?? "")
        let kept = query.fields.filter { $0.0 != "lang" && $0.0 != "token" }
        var path = request.uri.path
        // A form's address is not a page: its page is the one the form is on.
        if request.method == .post {
            if path == "/new" { path = "/" } else if path.hasSuffix("/end") { path = String(path.dropLast(4)) }
        }
        here =
            path
            + (kept.isEmpty ? "" : "?" + kept.map { urlEncoded($0.0) + "=" + urlEncoded($0.1) }.joined(separator: "&"))
        chosen =
            query["lang"].flatMap(Language.init(rawValue:))
            ?? request.cookies[Self.languageCookie].flatMap { Language(rawValue: $0.value) }
        accepted = request.headers[.acceptLanguage].flatMap(Self.firstSpoken)
    }

    /// The page's language: the one chosen, then the answers file's, then the browser's, then English.
    func language(answers: AnswerSet?) -> Language {
        chosen ?? answers?.metadata.language ?? accepted ?? .en
    }

    /// The language of an Accept-Language header (`nl-BE,nl;q=0.9,en;q=0.8`) with the highest
    /// weight among those `dpia` speaks.
    static func firstSpoken(_ header: String) -> Language? {
        let weighted = header.split(separator: ",").enumerated().compactMap { index, item -> (Double, Int, Language)? in
            let pieces = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first, let language = Language(tag: tag) else { return nil }
            let weight = pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return weight > 0 ? (weight, index, language) : nil
        }
        return weighted.sorted { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }.first?.2
    }
}
