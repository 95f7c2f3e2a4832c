/// A parsed HTML or XML document as flat arrays: nodes refer to each other by index, so a
/// page of ten thousand elements is a handful of allocations and any walk can be a loop
/// (a document nested 100,000 deep never recurses).
public struct MarkupTree: Sendable {
    /// One element or run of text.
    public struct Node: Sendable {
        /// Index into `names`; `MarkupTree.textName` for text.
        public var name: Int32
        public var parent: Int32
        public var firstChild: Int32 = -1
        public var lastChild: Int32 = -1
        public var nextSibling: Int32 = -1
        /// Attribute pairs `attributes[attributeStart..<attributeEnd]`.
        var attributeStart: Int32 = 0
        var attributeEnd: Int32 = 0
        /// The node's text in `textBytes`, for text nodes.
        var textStart: Int32 = 0
        var textEnd: Int32 = 0

        public var isText: Bool { name == MarkupTree.textName }
    }

    public struct Attribute: Sendable {
        public var name: String
        public var value: String
    }

    static let textName: Int32 = -1

    public internal(set) var nodes: [Node] = []
    /// Element names as the parser gave them (lower-case for HTML; `prefix:local` for XML).
    public internal(set) var names: [String] = []
    var attributes: [Attribute] = []
    var textBytes: [UInt8] = []

    /// Top-level nodes are children of this virtual root, index -1.
    public static let root: Int32 = -1
    var rootFirstChild: Int32 = -1

    public init() {}

    public func name(_ node: Int32) -> String {
        let id = nodes[Int(node)].name
        return id == MarkupTree.textName ? "" : names[Int(id)]
    }

    /// The name without its namespace prefix, lower-cased.
    public func localName(_ node: Int32) -> String {
        let full = name(node)
        guard let colon = full.lastIndex(of: ":") else { return full.lowercased() }
        return full[full.index(after: colon)...].lowercased()
    }

    public func attribute(_ name: String, of node: Int32) -> String? {
        let n = nodes[Int(node)]
        for i in Int(n.attributeStart)..<Int(n.attributeEnd) where attributes[i].name == name {
            return attributes[i].value
        }
        return nil
    }

    public func attributes(of node: Int32) -> ArraySlice<Attribute> {
        let n = nodes[Int(node)]
        return attributes[Int(n.attributeStart)..<Int(n.attributeEnd)]
    }

    /// The raw bytes of a text node.
    public func textBytes(of node: Int32) -> ArraySlice<UInt8> {
        let n = nodes[Int(node)]
        return textBytes[Int(n.textStart)..<Int(n.textEnd)]
    }

    public func children(of node: Int32) -> MarkupChildren {
        MarkupChildren(tree: self, first: node == MarkupTree.root ? rootFirstChild : nodes[Int(node)].firstChild)
    }

    /// Every node below `node` (not `node` itself), in document order.
    public func descendants(of node: Int32) -> [Int32] {
        var out: [Int32] = []
        var current = node == MarkupTree.root ? rootFirstChild : nodes[Int(node)].firstChild
        while current >= 0 {
            out.append(current)
            current = next(after: current, within: node)
        }
        return out
    }

    /// The node after `node` in document order, staying under `ancestor`; -1 at the end.
    public func next(after node: Int32, within ancestor: Int32, skippingChildren: Bool = false) -> Int32 {
        let n = nodes[Int(node)]
        if !skippingChildren, n.firstChild >= 0 { return n.firstChild }
        var current = node
        while current != ancestor, current >= 0 {
            let sibling = nodes[Int(current)].nextSibling
            if sibling >= 0 { return sibling }
            current = nodes[Int(current)].parent
        }
        return -1
    }

    /// The text of a node and everything below it, whitespace as written.
    public func text(of node: Int32) -> String {
        if nodes[Int(node)].isText { return String(decoding: textBytes(of: node), as: UTF8.self) }
        var bytes: [UInt8] = []
        for d in descendants(of: node) where nodes[Int(d)].isText { bytes += textBytes(of: d) }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The children of one node, in order.
public struct MarkupChildren: Sequence, IteratorProtocol {
    let tree: MarkupTree
    var current: Int32

    init(tree: MarkupTree, first: Int32) {
        self.tree = tree
        self.current = first
    }

    public mutating func next() -> Int32? {
        guard current >= 0 else { return nil }
        defer { current = tree.nodes[Int(current)].nextSibling }
        return current
    }
}
