/// One element of a `MarkupTree`, for code that navigates by name (feeds).
public struct MarkupElement {
    public let tree: MarkupTree
    public let node: Int32

    /// The name without its namespace prefix, lower-cased.
    public var localName: String { tree.localName(node) }

    public var name: String { tree.name(node) }

    public func attribute(_ name: String) -> String? { tree.attribute(name, of: node) }

    public var elementChildren: [MarkupElement] {
        tree.children(of: node).filter { !tree.nodes[Int($0)].isText }.map { MarkupElement(tree: tree, node: $0) }
    }

    /// The first child with one of the names, in the order the names are given. Names are
    /// matched whole, prefix included: an RSS item's `media:content` is not its `content`.
    public func child(_ names: String...) -> MarkupElement? {
        let children = elementChildren
        for wanted in names {
            if let found = children.first(where: { $0.name.lowercased() == wanted }) {
                return found
            }
        }
        return nil
    }

    public func children(_ localName: String) -> [MarkupElement] {
        elementChildren.filter { $0.localName == localName }
    }

    /// Whether the element holds elements (Atom XHTML content), not just text.
    public var hasElementChildren: Bool {
        tree.children(of: node).contains { !tree.nodes[Int($0)].isText }
    }

    /// All text below the element, whitespace trimmed.
    public var text: String { tree.text(of: node).trimmingCharacters(in: .whitespacesAndNewlines) }
}
