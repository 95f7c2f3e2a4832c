/// The title, author, date, publisher and address a page gives about itself.
struct PageMetadata {
    var title: String?
    var author: String?
    var publisher: String?
    var date: CalendarDate?
    var url: String?

    init(tree: MarkupTree) {
        var meta: [String: String] = [:]
        var titleTag: String?
        var firstHeading: String?
        for node in tree.descendants(of: MarkupTree.root) where !tree.nodes[Int(node)].isText {
            switch tree.name(node) {
            case "meta":
                guard let content = tree.attribute("content", of: node) else { continue }
                let key = (tree.attribute("property", of: node) ?? tree.attribute("name", of: node)
                    ?? tree.attribute("itemprop", of: node))?.lowercased()
                if let key, meta[key] == nil { meta[key] = content }
            case "title":
                if titleTag == nil { titleTag = tree.text(of: node) }
            case "h1":
                if firstHeading == nil { firstHeading = tree.text(of: node) }
            default:
                break
            }
        }
        title = [meta["og:title"], meta["twitter:title"], firstHeading, titleTag].lazy.compactMap { $0.map(PageMetadata.clean) }.first { !$0.isEmpty }
        author = meta["author"] ?? meta["article:author"]
        publisher = meta["og:site_name"]
        url = meta["og:url"]
        date = [meta["article:published_time"], meta["date"]].lazy.compactMap { $0.flatMap(MetadataDate.parse) }.first
    }

    static func clean(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
