/// The frame of every page: language, title, the stylesheet served by the binary, a skip link, the
/// main navigation and the main landmark.
enum Layout {
    static func page(title: String, nav: [(String, String)] = [], body: [HTMLNode]) -> String {
        let links = [("/", "Register")] + nav + [("/explain", "Explain"), ("/checklist", "Checklist")]
        let tree = H.el(
            "html", [("lang", "en")],
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
                    "body", [],
                    [
                        H.el("a", [("class", "skip"), ("href", "#main")], [H.t("Skip to the content")]),
                        H.el(
                            "header", [],
                            [
                                H.el(
                                    "nav", [("aria-label", "Main")],
                                    [H.ul(links.map { H.a($0.0, $0.1) })])
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
        """
}
