/// A typed HTML builder: pages are trees of nodes, and every text and attribute value is escaped when
/// the tree is rendered, so no answer, note or file name can become markup. There is no way to put raw
/// text into a page except the fixed markup of this module (the doctype).
public indirect enum HTMLNode: Sendable, Hashable {
    /// An element with its attributes, in order, and its children.
    case element(String, [(String, String)], [HTMLNode])
    /// Text, escaped.
    case text(String)
    /// Several nodes side by side.
    case group([HTMLNode])

    public static func == (lhs: HTMLNode, rhs: HTMLNode) -> Bool { lhs.rendered == rhs.rendered }
    public func hash(into hasher: inout Hasher) { hasher.combine(rendered) }

    /// Elements with no closing tag.
    static let voidElements: Set<String> = ["meta", "link", "input", "br", "hr", "img"]

    /// The markup of the node.
    public var rendered: String {
        var out = ""
        render(into: &out)
        return out
    }

    func render(into out: inout String) {
        switch self {
        case .text(let text):
            out += HTMLNode.escape(text)
        case .group(let nodes):
            for node in nodes { node.render(into: &out) }
        case .element(let name, let attributes, let children):
            out += "<" + name
            for (key, value) in attributes {
                out += " " + key + "=\"" + HTMLNode.escape(value) + "\""
            }
            out += ">"
            if HTMLNode.voidElements.contains(name) { return }
            for child in children { child.render(into: &out) }
            out += "</" + name + ">"
        }
    }

    /// `text` with the five characters that matter in HTML (text and quoted attributes) escaped.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}

/// Short builders for the elements the pages use.
enum H {
    static func el(_ name: String, _ attributes: [(String, String)] = [], _ children: [HTMLNode] = []) -> HTMLNode {
        .element(name, attributes, children)
    }
    static func t(_ text: String) -> HTMLNode { .text(text) }
    static func group(_ nodes: [HTMLNode]) -> HTMLNode { .group(nodes) }
    static func p(_ text: String, _ attributes: [(String, String)] = []) -> HTMLNode { el("p", attributes, [t(text)]) }
    static func h1(_ text: String) -> HTMLNode { el("h1", [], [t(text)]) }
    static func h2(_ text: String, id: String? = nil) -> HTMLNode {
        el("h2", id.map { [("id", $0)] } ?? [], [t(text)])
    }
    static func a(_ href: String, _ text: String, _ attributes: [(String, String)] = []) -> HTMLNode {
        el("a", [("href", href)] + attributes, [t(text)])
    }
    static func ul(_ items: [HTMLNode], _ attributes: [(String, String)] = []) -> HTMLNode {
        el("ul", attributes, items.map { el("li", [], [$0]) })
    }
    static func hidden(_ name: String, _ value: String) -> HTMLNode {
        el("input", [("type", "hidden"), ("name", name), ("value", value)])
    }
    static func button(_ text: String, name: String = "action", value: String, primary: Bool = false) -> HTMLNode {
        el(
            "button", [("type", "submit"), ("name", name), ("value", value)] + (primary ? [("class", "primary")] : []),
            [t(text)])
    }

    /// The hint and error paragraphs of the control `id`, and their ids for its aria-describedby.
    private static func descriptions(of id: String, hint: String?, error: String?) -> ([String], [HTMLNode]) {
        var described: [String] = []
        var nodes: [HTMLNode] = []
        if let hint {
            described.append(id + "-hint")
            nodes.append(el("p", [("id", id + "-hint"), ("class", "hint")], [t(hint)]))
        }
        if let error {
            described.append(id + "-error")
            nodes.append(el("p", [("id", id + "-error"), ("class", "error")], [t(error)]))
        }
        return (described, nodes)
    }

    /// A labelled text-like input, with its error tied to it by aria-describedby.
    static func field(
        _ label: String, name: String, value: String?, type: String = "text", hint: String? = nil, error: String? = nil,
        required: Bool = false
    ) -> HTMLNode {
        let id = "f-" + name
        let (described, extra) = descriptions(of: id, hint: hint, error: error)
        var attributes: [(String, String)] = [("type", type), ("id", id), ("name", name), ("value", value ?? "")]
        if !described.isEmpty { attributes.append(("aria-describedby", described.joined(separator: " "))) }
        if error != nil { attributes.append(("aria-invalid", "true")) }
        if required { attributes.append(("required", "required")) }
        return el(
            "div", [("class", "field")],
            [el("label", [("for", id)], [t(label)])] + extra + [el("input", attributes)])
    }

    /// A labelled text area, for lists written one item a line.
    static func textarea(
        _ label: String, name: String, value: String?, hint: String? = nil, error: String? = nil, rows: Int = 4
    ) -> HTMLNode {
        let id = "f-" + name
        let (described, extra) = descriptions(of: id, hint: hint, error: error)
        var attributes: [(String, String)] = [("id", id), ("name", name), ("rows", "\(rows)")]
        if !described.isEmpty { attributes.append(("aria-describedby", described.joined(separator: " "))) }
        if error != nil { attributes.append(("aria-invalid", "true")) }
        return el(
            "div", [("class", "field")],
            [el("label", [("for", id)], [t(label)])] + extra + [el("textarea", attributes, [t(value ?? "")])])
    }

    /// A group of radio buttons or checkboxes in a fieldset with its legend.
    static func choices(
        legend: HTMLNode, name: String, options: [(value: String, label: String)], checked: Set<String>,
        multiple: Bool, hint: String? = nil, error: String? = nil
    ) -> HTMLNode {
        let id = "f-" + name
        let (described, extra) = descriptions(of: id, hint: hint, error: error)
        var fieldset: [(String, String)] = [("id", id)]
        if !described.isEmpty { fieldset.append(("aria-describedby", described.joined(separator: " "))) }
        let items = options.enumerated().map { index, option -> HTMLNode in
            let optionID = "\(id)-\(index + 1)"
            var attributes: [(String, String)] = [
                ("type", multiple ? "checkbox" : "radio"), ("id", optionID), ("name", name), ("value", option.value),
            ]
            if checked.contains(option.value) { attributes.append(("checked", "checked")) }
            return el(
                "div", [("class", "option")],
                [el("input", attributes), el("label", [("for", optionID)], [t(option.label)])])
        }
        return el("fieldset", fieldset, [el("legend", [], [legend])] + extra + items)
    }

    /// A labelled select.
    static func select(
        _ label: String, name: String, options: [(value: String, label: String)], selected: String?
    ) -> HTMLNode {
        let id = "f-" + name
        let items = options.map { option -> HTMLNode in
            var attributes = [("value", option.value)]
            if option.value == selected { attributes.append(("selected", "selected")) }
            return el("option", attributes, [t(option.label)])
        }
        return el(
            "div", [("class", "field")],
            [el("label", [("for", id)], [t(label)]), el("select", [("id", id), ("name", name)], items)])
    }

    /// A form posting to `action`.
    static func form(_ action: String, _ children: [HTMLNode]) -> HTMLNode {
        el("form", [("method", "post"), ("action", action)], children)
    }
}
