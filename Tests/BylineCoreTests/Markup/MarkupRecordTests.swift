import Testing

@testable import BylineCore

/// `MarkupParser.xml(_:records:record:)`: records handed out as they close, then cut from
/// the tree, so a feed's items are never all held as nodes.
@Suite struct MarkupRecordTests {
    static let feed = """
        <rss><channel><title>T</title><item a="1"><title>One</title></item>
        <item a="2"><title>Two</title><b>bold</b></item><link>L</link></channel></rss>
        """

    static func channel(of tree: MarkupTree) -> MarkupElement? {
        let root = tree.children(of: MarkupTree.root).first { !tree.nodes[Int($0)].isText }
        return root.flatMap { MarkupElement(tree: tree, node: $0).child("channel") }
    }

    static func isItem(_ tree: MarkupTree, _ node: Int32) -> Bool { tree.name(node) == "item" }

    @Test func recordsArriveInOrderWithTheirOwnTextAndAttributes() {
        var seen: [String] = []
        _ = MarkupParser.xml(MarkupRecordTests.feed, records: MarkupRecordTests.isItem) { item in
            seen.append("\(item.attribute("a") ?? "?"):\(item.child("title")?.text ?? "?")")
        }
        #expect(seen == ["1:One", "2:Two"])
    }

    @Test func theTreeLeftHoldsEverythingButTheRecords() throws {
        let (tree, outcome) = MarkupParser.xml(MarkupRecordTests.feed, records: MarkupRecordTests.isItem) { _ in }
        #expect(outcome.problemCount == 0)
        let channel = try #require(MarkupRecordTests.channel(of: tree))
        #expect(channel.elementChildren.map(\.name) == ["title", "link"])
        #expect(channel.child("link")?.text == "L")
        #expect(tree.text(of: channel.node).filter { !$0.isWhitespace } == "TL")
        #expect(!tree.nodes.indices.contains { ["item", "b"].contains(tree.name(Int32($0))) })
        #expect(tree.attributes.isEmpty)
    }

    @Test func aRecordCutOffByTheEndOfTheFileStaysInTheTree() throws {
        var seen = 0
        let (tree, _) = MarkupParser.xml(
            "<rss><channel><item><title>One</title></item><item><title>Cut", records: MarkupRecordTests.isItem
        ) { _ in seen += 1 }
        #expect(seen == 1)
        let channel = try #require(MarkupRecordTests.channel(of: tree))
        #expect(channel.children("item").map(\.text) == ["Cut"])
    }
}
