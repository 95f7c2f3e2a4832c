import Foundation

/// Reads RSS 0.9x/1.0/2.0 and Atom feeds: each item an article, the feed one story.
///
/// libxml2 parses them (recover mode, so an ill-formed feed keeps the items before and
/// after its error; no network, no DTD or external entities, entity expansion bounded),
/// and item content goes through the same HTML-to-text path as web pages.
public struct FeedLoader: ArticleLoader {
    public init() {}

    public var extensions: Set<String> { ["xml", "rss", "atom", "rdf"] }

    public func sniff(_ text: Substring) -> Bool {
        text.hasPrefix("<?xml") || text.hasPrefix("<rss") || text.hasPrefix("<feed") || text.hasPrefix("<rdf")
    }

    public func load(_ file: SourceFile) -> LoadedFile {
        var result = LoadedFile()
        result.isOneStory = true
        // Items become articles as they close, so the feed is never held as nodes whole.
        var itemCount = 0
        result.articles.reserveCapacity(FeedLoader.itemTagCount(file.text))
        let (tree, outcome) = MarkupParser.xml(file.text, records: FeedLoader.isItem) { item in
            itemCount += 1
            article(
                item, SourceLocation(path: file.path, item: itemCount), keepsOriginal: file.keepsOriginals,
                into: &result)
        }
        if outcome.refused {
            let reason = outcome.firstProblem ?? "entity expansion beyond the bound"
            // Nothing of a refused document is kept, not even the items read before it.
            result.articles = []
            result.warnings = [
                LoadWarning(path: file.path, "refused: \(reason) (an entity-expansion attack or nesting too deep?)")
            ]
            return result
        }
        if let problem = outcome.firstProblem {
            let more = outcome.problemCount > 1 ? " (and \(outcome.problemCount - 1) more problems)" : ""
            result.warnings.insert(
                LoadWarning(path: file.path, "ill-formed XML, read what could be: \(problem)\(more)"), at: 0)
        }
        guard let rootNode = tree.children(of: MarkupTree.root).first(where: { !tree.nodes[Int($0)].isText }) else {
            result.warnings.append(LoadWarning(path: file.path, "no feed in this file (empty document)"))
            return result
        }
        let root = MarkupElement(tree: tree, node: rootNode)
        // What is left in the tree: a lone Atom entry, or an item the file cut off before
        // its end tag (recover mode keeps what it could read).
        let unfinished: [MarkupElement]
        switch root.localName {
        case "rss":
            let channel = root.child("channel")
            result.storyTitle = channel?.child("title").map(\.text).map(PageBlocks.line)
            unfinished = (channel?.children("item") ?? []) + root.children("item")
        case "rdf":
            result.storyTitle = root.child("channel")?.child("title").map(\.text).map(PageBlocks.line)
            unfinished = root.children("item")
        case "feed":
            result.storyTitle = root.child("title").map(\.text).map(PageBlocks.line)
            unfinished = root.children("entry")
        case "entry":
            unfinished = [root]
        default:
            result.warnings.append(
                LoadWarning(path: file.path, "XML, but not an RSS or Atom feed (root <\(root.name)>)"))
            return result
        }
        for item in unfinished {
            itemCount += 1
            article(
                item, SourceLocation(path: file.path, item: itemCount), keepsOriginal: file.keepsOriginals,
                into: &result)
        }
        if itemCount == 0 { result.warnings.append(LoadWarning(path: file.path, "the feed has no items")) }
        return result
    }

    /// How many `<item` and `<entry` start tags the raw text has: room for the articles is
    /// made before parsing, as a list grown by doubling holds its items twice at the end.
    static func itemTagCount(_ text: String) -> Int {
        let item = Array("item".utf8), entry = Array("entry".utf8)
        func isTag(_ name: [UInt8], at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            let end = start + name.count
            guard end < bytes.count, bytes[end] == UInt8(ascii: ">") || bytes[end] <= 0x20 else { return false }
            return name.indices.allSatisfy { bytes[start + $0] == name[$0] }
        }
        let counted = text.utf8.withContiguousStorageIfAvailable { bytes in
            var count = 0
            for i in bytes.indices where bytes[i] == UInt8(ascii: "<") {
                if isTag(item, at: i + 1, in: bytes) || isTag(entry, at: i + 1, in: bytes) { count += 1 }
            }
            return count
        }
        return counted ?? 0
    }

    /// An RSS item in the channel (or beside it, RSS 1.0) or an Atom entry in the feed.
    static func isItem(_ tree: MarkupTree, _ node: Int32) -> Bool {
        let parent = tree.nodes[Int(node)].parent
        guard parent != MarkupTree.root else { return false }
        let grandparent = tree.nodes[Int(parent)].parent
        switch tree.localName(node) {
        case "item":
            if grandparent == MarkupTree.root { return ["rss", "rdf"].contains(tree.localName(parent)) }
            return tree.localName(parent) == "channel" && tree.nodes[Int(grandparent)].parent == MarkupTree.root
                && tree.localName(grandparent) == "rss"
        case "entry":
            return grandparent == MarkupTree.root && tree.localName(parent) == "feed"
        default:
            return false
        }
    }

    private func article(
        _ item: MarkupElement, _ location: SourceLocation, keepsOriginal: Bool, into result: inout LoadedFile
    ) {
        let title = item.child("title").map(\.text).map(PageBlocks.line) ?? ""
        let content =
            item.child("content:encoded") ?? item.child("content")
            ?? item.child("description", "summary")
        let paragraphs = content.map(FeedLoader.paragraphs) ?? []
        let bodyText = paragraphs.isEmpty ? title : paragraphs.joined(separator: "\n\n")
        guard !bodyText.isEmpty else {
            result.warnings.append(LoadWarning(location, "item has neither title nor content; skipped"))
            return
        }
        let scalars = [Unicode.Scalar](scalarsOf: bodyText)
        let (body, _) = PlainTextLoader.body(scalars, lines: TextLines(scalars), detectHeadline: false)
        let rawDate = item.child(
            "pubdate", "published", "dc:date", "dcterms:issued", "dcterms:created", "date", "updated", "issued",
            "modified", "dcterms:modified", "atom:published", "atom:updated"
        ).map(\.text)
        let date = rawDate.flatMap(MetadataDate.parse)
        if let rawDate, date == nil, !rawDate.isEmpty {
            result.warnings.append(LoadWarning(location, "date \"\(rawDate)\" is not a date; ignored"))
        }
        let author =
            item.child("dc:creator", "creator").map(\.text)
            ?? item.child("author").map { $0.child("name")?.text ?? $0.text }
        let link = item.children("link").first { $0.attribute("rel") == nil || $0.attribute("rel") == "alternate" }
            .map { $0.attribute("href") ?? $0.text }
        var article = Article(
            location: location, title: title.isEmpty ? String(bodyText.prefix(80)) : title,
            date: date, author: author.flatMap { $0.isEmpty ? nil : $0 }, url: link,
            original: keepsOriginal ? bodyText : nil, body: body)
        article.itemID = item.child("guid", "id").map(\.text).flatMap { $0.isEmpty ? nil : $0 }
        result.articles.append(article)
    }

    /// An item's content as paragraphs: Atom XHTML arrives as elements, everything else as
    /// (escaped) HTML or plain text, where a blank line also separates paragraphs.
    static func paragraphs(_ content: MarkupElement) -> [String] {
        if content.hasElementChildren { return PageBlocks(tree: content.tree, under: content.node).paragraphs }
        return PageBlocks(fragment: content.tree.text(of: content.node)).paragraphs
    }
}
