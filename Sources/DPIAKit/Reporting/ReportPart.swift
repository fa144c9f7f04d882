/// One part of the DPIA report, as Markdown blocks: the title, a numbered section or the integrity
/// annex. ``MarkdownReport/parts()`` gives them in the report's order, decision first.
public struct ReportPart: Hashable, Sendable {
    /// Which part it is.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case title, decision, description, lawfulness, risks, measures, signOff, annexes, integrity
    }

    /// Which part it is.
    public var kind: Kind
    /// Its blocks, each a heading, a paragraph, a list or a table, escaped as the report writes them.
    public var blocks: [String]

    /// Creates a part.
    public init(kind: Kind, blocks: [String]) {
        self.kind = kind
        self.blocks = blocks
    }
}
