import DPIAKit

/// The frame of every page: language, title, the stylesheet served by the binary, a skip link, the
/// main navigation, the language switch and the main landmark.
enum Layout {
    /// A whole page in `language`; `here` is the address the language switch links to (with `lang=`).
    static func page(
        title: String, nav: [(String, String)] = [], body: [HTMLNode], language: Language, here: String = "/",
        bodyClass: String? = nil
    ) -> String {
        let t = { (text: WebText) in text.text(in: language) }
        let links =
            [("/", t(.register))] + nav
            + [("/train", t(.train)), ("/explain", t(.explain)), ("/checklist", t(.checklist))]
        let separator = here.contains("?") ? "&" : "?"
        let languages = Language.allCases.map { other -> HTMLNode in
            var attributes: [(String, String)] = [
                ("href", here + separator + "lang=" + other.rawValue), ("lang", other.rawValue),
                ("hreflang", other.rawValue),
            ]
            if other == language { attributes.append(("aria-current", "true")) }
            return H.el("a", attributes, [H.t(other.name)])
        }
        let tree = H.el(
            "html", [("lang", language.rawValue)],
            [
                H.el(
                    "head", [],
                    [
                        H.el("meta", [("charset", "utf-8")]),
                        H.el("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
                        H.el("title", [], [H.t(title + " · dpia")]),
                        H.el("link", [("rel", "stylesheet"), ("href", "/style.css")]),
                    ]),
                H.el(
                    "body", bodyClass.map { [("class", $0)] } ?? [],
                    [
                        H.el("a", [("class", "skip"), ("href", "#main")], [H.t(t(.skipToContent))]),
                        H.el(
                            "header", [],
                            [
                                H.el(
                                    "nav", [("aria-label", t(.mainNavigation))],
                                    [H.ul(links.map { H.a($0.0, $0.1) })]),
                                H.el(
                                    "nav", [("aria-label", t(.languageNavigation)), ("class", "languages")],
                                    [H.ul(languages)]),
                            ]),
                        H.el("main", [("id", "main")], body),
                    ]),
            ])
        return "<!doctype html>\n" + tree.rendered
    }
}

/// The stylesheet: system fonts, dark text on white (contrast above 7:1), a visible focus ring.
enum Style {
    static let css = """
        body{font-family:system-ui,sans-serif;color:#1b1b1b;background:#fff;margin:0;line-height:1.5}
        main,header{max-width:52rem;margin:0 auto;padding:0 1rem}
        header ul{list-style:none;padding:0;display:flex;gap:1.25rem;flex-wrap:wrap}
        a{color:#0b4ea2}a:visited{color:#5a2a8a}
        :focus-visible,a:focus,button:focus,input:focus,select:focus,textarea:focus{outline:3px solid #c24e00;outline-offset:2px}
        .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
        fieldset{border:1px solid #6b6b6b;margin:1rem 0;padding:.5rem 1rem}
        legend{font-weight:600;padding:0 .25rem}
        .field{margin:.75rem 0}.field label{display:block;font-weight:600}
        .option{margin:.35rem 0}.option label{margin-left:.4rem}
        input[type=text],input[type=date],input[type=number],select{font:inherit;padding:.3rem;border:1px solid #4a4a4a;max-width:100%;width:30rem}
        button,.button{font:inherit;padding:.4rem .9rem;border:2px solid #0b4ea2;background:#fff;color:#0b4ea2;border-radius:3px;margin:.25rem .5rem .25rem 0;cursor:pointer}
        button.primary{background:#0b4ea2;color:#fff}
        .hint{color:#4a4a4a;margin:.2rem 0}.error{color:#a4000f;font-weight:600;margin:.2rem 0}
        .notice{border-left:4px solid #a4000f;padding:.5rem 1rem;background:#fff4f4}
        .info{border-left:4px solid #0b4ea2;padding:.5rem 1rem;background:#f2f6fc}
        table{border-collapse:collapse;width:100%}th,td{border:1px solid #8a8a8a;padding:.3rem .5rem;text-align:left;vertical-align:top}
        .verdict{font-size:1.4rem;font-weight:700}
        pre{white-space:pre-wrap;background:#f6f6f6;padding:1rem;border:1px solid #ccc}
        .languages ul{gap:.75rem;font-size:.95rem}.languages a[aria-current]{font-weight:700;color:#1b1b1b}
        textarea{font:inherit;padding:.3rem;border:1px solid #4a4a4a;width:100%;max-width:40rem}
        code{font-family:ui-monospace,monospace;background:#f2f2f2;padding:0 .2rem}
        .report-part table{margin:.75rem 0}.report-part h2{border-bottom:2px solid #0b4ea2;margin-top:2rem}
        .score{font-size:1.6rem;font-weight:700}
        body.classroom main{max-width:80rem;font-size:1.9rem;line-height:1.4}
        body.classroom h1{font-size:3.2rem}body.classroom .score{font-size:4rem}
        """
}
