import CMarkup

/// Builds a `MarkupTree` with libxml2: its HTML parser for web pages (recover mode, as
/// browsers forgive) and its XML parser for feeds (no network, no DTD or external entity
/// loading, entity expansion bounded by libxml2's amplification checks).
public enum MarkupParser {
    /// How a parse went, beyond the tree.
    public struct Outcome: Sendable {
        /// Problems the parser recovered from (XML only), the first with its line.
        public var problemCount = 0
        public var firstProblem: String?
        /// The document was refused (entity expansion or nesting beyond the bounds).
        public var refused = false
    }

    public static func html(_ text: String) -> MarkupTree {
        parse(text, xml: false).tree
    }

    public static func xml(_ text: String) -> (tree: MarkupTree, outcome: Outcome) {
        parse(text, xml: true)
    }

    /// Parses XML handing each record (a feed's item) to `record` as soon as it closes and
    /// then dropping it from the tree, so a feed of 100,000 items is never held as nodes all
    /// at once. `isRecord` decides when an element starts, its ancestors already in the
    /// tree; records do not nest. The returned tree is the document without its records.
    public static func xml(
        _ text: String, records isRecord: (MarkupTree, Int32) -> Bool, record: (MarkupElement) -> Void
    ) -> (tree: MarkupTree, outcome: Outcome) {
        withoutActuallyEscaping(isRecord) { isRecord in
            withoutActuallyEscaping(record) { record in
                parse(text, xml: true, records: RecordHandler(isRecord: isRecord, take: record))
            }
        }
    }

    private static func parse(
        _ text: String, xml: Bool, records: RecordHandler? = nil
    ) -> (tree: MarkupTree, outcome: Outcome) {
        let builder = TreeBuilder(records: records)
        var outcome = byline_markup_outcome()
        var events = byline_markup_events(
            context: Unmanaged.passUnretained(builder).toOpaque(),
            element_start: { context, name, attributes, count in
                TreeBuilder.from(context).start(name!, attributes, Int(count))
            },
            element_end: { context in TreeBuilder.from(context).end() },
            text: { context, bytes, length in TreeBuilder.from(context).text(bytes!, length) })
        var utf8 = text
        utf8.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                if xml {
                    byline_markup_read_xml(chars.baseAddress, chars.count, &events, &outcome)
                } else {
                    byline_markup_read_html(chars.baseAddress, chars.count, &events, &outcome)
                }
            }
        }
        var result = Outcome()
        result.problemCount = Int(outcome.problem_count)
        result.refused = outcome.refused != 0
        if outcome.problem_count > 0 {
            let message = withUnsafeBytes(of: outcome.first_problem) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            result.firstProblem = "line \(outcome.first_problem_line): \(message)"
        }
        return (builder.tree, result)
    }
}

/// What `MarkupParser.xml(_:records:record:)` does with records.
private struct RecordHandler {
    var isRecord: (MarkupTree, Int32) -> Bool
    var take: (MarkupElement) -> Void
}

/// Where the tree stood before a record started, to cut the record off again.
private struct RecordStart {
    var node: Int32
    var previousSibling: Int32
    var textCount: Int
    var attributeCount: Int
}

/// Receives the C walk's events and appends nodes; element names are interned.
private final class TreeBuilder {
    var tree = MarkupTree()
    var open: [Int32] = []
    var nameIDs: [String: Int32] = [:]
    let records: RecordHandler?
    /// The record being read, if any.
    var record: RecordStart?

    init(records: RecordHandler?) {
        self.records = records
    }

    static func from(_ context: UnsafeMutableRawPointer?) -> TreeBuilder {
        Unmanaged<TreeBuilder>.fromOpaque(context!).takeUnretainedValue()
    }

    func start(_ name: UnsafePointer<CChar>, _ attributes: UnsafePointer<UnsafePointer<CChar>?>?, _ count: Int) {
        let nameString = String(cString: name)
        let id: Int32
        if let known = nameIDs[nameString] {
            id = known
        } else {
            id = Int32(tree.names.count)
            tree.names.append(nameString)
            nameIDs[nameString] = id
        }
        var node = MarkupTree.Node(name: id, parent: open.last ?? MarkupTree.root)
        node.attributeStart = Int32(tree.attributes.count)
        if let attributes {
            for i in 0..<count {
                tree.attributes.append(
                    MarkupTree.Attribute(
                        name: String(cString: attributes[2 * i]!), value: String(cString: attributes[2 * i + 1]!)))
            }
        }
        node.attributeEnd = Int32(tree.attributes.count)
        let parent = node.parent
        let previousSibling = parent == MarkupTree.root ? lastRootChild : tree.nodes[Int(parent)].lastChild
        let index = append(node)
        open.append(index)
        if let records, record == nil, records.isRecord(tree, index) {
            record = RecordStart(
                node: index, previousSibling: previousSibling, textCount: tree.textBytes.count,
                attributeCount: Int(node.attributeStart))
        }
    }

    func end() {
        guard let closed = open.popLast(), let start = record, closed == start.node else { return }
        records?.take(MarkupElement(tree: tree, node: closed))
        cut(start)
        record = nil
    }

    /// Removes a record read to its end: its nodes, text and attributes, and the link to it.
    private func cut(_ start: RecordStart) {
        let parent = tree.nodes[Int(start.node)].parent
        tree.nodes.removeSubrange(Int(start.node)...)
        tree.textBytes.removeSubrange(start.textCount...)
        tree.attributes.removeSubrange(start.attributeCount...)
        if start.previousSibling >= 0 { tree.nodes[Int(start.previousSibling)].nextSibling = -1 }
        if parent == MarkupTree.root {
            lastRootChild = start.previousSibling
            if start.previousSibling < 0 { tree.rootFirstChild = -1 }
        } else {
            tree.nodes[Int(parent)].lastChild = start.previousSibling
            if start.previousSibling < 0 { tree.nodes[Int(parent)].firstChild = -1 }
        }
    }

    func text(_ bytes: UnsafePointer<CChar>, _ length: Int) {
        var node = MarkupTree.Node(name: MarkupTree.textName, parent: open.last ?? MarkupTree.root)
        node.textStart = Int32(tree.textBytes.count)
        bytes.withMemoryRebound(to: UInt8.self, capacity: length) {
            tree.textBytes.append(contentsOf: UnsafeBufferPointer(start: $0, count: length))
        }
        node.textEnd = Int32(tree.textBytes.count)
        append(node)
    }

    @discardableResult
    private func append(_ node: MarkupTree.Node) -> Int32 {
        let index = Int32(tree.nodes.count)
        tree.nodes.append(node)
        let parent = node.parent
        if parent == MarkupTree.root {
            if tree.rootFirstChild < 0 { tree.rootFirstChild = index } else { link(after: lastRootChild, index) }
            lastRootChild = index
        } else {
            let p = Int(parent)
            if tree.nodes[p].firstChild < 0 {
                tree.nodes[p].firstChild = index
            } else {
                link(after: tree.nodes[p].lastChild, index)
            }
            tree.nodes[p].lastChild = index
        }
        return index
    }

    private var lastRootChild: Int32 = -1

    private func link(after previous: Int32, _ index: Int32) {
        tree.nodes[Int(previous)].nextSibling = index
    }
}
