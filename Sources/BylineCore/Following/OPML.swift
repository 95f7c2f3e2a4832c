/// OPML, the outline format every feed reader imports and exports subscriptions in.
public enum OPML {
    /// The feed addresses of an OPML document (`xmlUrl` of its outlines, nested ones
    /// included), in order; nil with the reason when it is not OPML.
    public static func feeds(in text: String) -> (feeds: [String], problem: String?) {
        let (tree, outcome) = MarkupParser.xml(text)
        if outcome.refused { return ([], "refused: \(outcome.firstProblem ?? "entity expansion beyond the bound")") }
        let root = tree.children(of: MarkupTree.root).first { !tree.nodes[Int($0)].isText }
        guard let root, tree.localName(root) == "opml" else { return ([], "not an OPML document (no <opml> root)") }
        let feeds = tree.descendants(of: root).filter { tree.localName($0) == "outline" }
            .compactMap { node in tree.attribute("xmlUrl", of: node) ?? tree.attribute("xmlurl", of: node) }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return (feeds, outcome.firstProblem.map { "ill-formed XML, read what could be: \($0)" })
    }

    /// An OPML 2.0 document listing the feeds.
    public static func document(feeds: [String], title: String = "Byline subscriptions") -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n"
        out += "  <head><title>\(escape(title))</title></head>\n  <body>\n"
        for feed in feeds {
            out += "    <outline type=\"rss\" text=\"\(escape(feed))\" xmlUrl=\"\(escape(feed))\"/>\n"
        }
        return out + "  </body>\n</opml>\n"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
