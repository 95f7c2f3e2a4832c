/// The title, author, date, publisher and address a page gives about itself, each taken
/// from the most trustworthy place that has it: JSON-LD, then Open Graph and `article:*`
/// tags, then other `<meta>` names, then the markup (`<time>`, `itemprop`, `<h1>`,
/// `<title>`), then the address.
struct PageMetadata {
    var title: String?
    var author: String?
    var publisher: String?
    var date: CalendarDate?
    var url: String?
    /// The JSON-LD `articleBody`, when the page carries one.
    var articleBody: String?

    /// `<meta>` names and properties that carry each field, most trusted first.
    static let authorKeys = [
        "author", "article:author", "sailthru.author", "parsely-author", "dc.creator",
        "dcterms.creator", "byl", "article_author",
    ]
    static let dateKeys = [
        "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate",
        "publishdate", "publish-date", "pub_date", "dc.date", "dc.date.issued", "dcterms.date",
        "dcterms.issued", "sailthru.date", "parsely-pub-date", "article_date_original",
        "og:pubdate", "datecreated",
    ]
    static let publisherKeys = ["og:site_name", "dc.publisher", "dcterms.publisher", "application-name"]

    init(tree: MarkupTree) {
        var meta: [String: String] = [:]
        var scripts: [String] = []
        var titleTag: String?
        var firstHeading: String?
        var canonical: String?
        var times: [(published: Bool, value: String)] = []
        var itempropAuthor: String?
        for node in tree.descendants(of: MarkupTree.root) where !tree.nodes[Int(node)].isText {
            let name = tree.name(node)
            let itemprop = tree.attribute("itemprop", of: node)?.lowercased()
            switch name {
            case "meta":
                guard let content = tree.attribute("content", of: node) else { continue }
                let key = tree.attribute("property", of: node) ?? tree.attribute("name", of: node) ?? itemprop
                if let key = key?.lowercased(), meta[key] == nil, !content.isEmpty { meta[key] = content }
                continue
            case "script":
                if tree.attribute("type", of: node)?.lowercased().contains("ld+json") == true {
                    scripts.append(tree.text(of: node))
                }
            case "title":
                if titleTag == nil { titleTag = tree.text(of: node) }
            case "h1":
                if firstHeading == nil { firstHeading = tree.text(of: node) }
            case "link":
                let rel = tree.attribute("rel", of: node)?.lowercased()
                if rel == "canonical", canonical == nil { canonical = tree.attribute("href", of: node) }
            case "time":
                if let value = tree.attribute("datetime", of: node) ?? tree.attribute("content", of: node) {
                    let published = itemprop == "datepublished" || tree.attribute("pubdate", of: node) != nil
                    times.append((published, value))
                }
            default:
                break
            }
            if itemprop == "datepublished",
                let value = tree.attribute("datetime", of: node) ?? tree.attribute("content", of: node)
            {
                times.append((true, value))
            } else if itemprop == "author", itempropAuthor == nil {
                let text = PageMetadata.clean(tree.text(of: node))
                if !text.isEmpty, text.count <= 100 { itempropAuthor = text }
            }
        }
        let linked = LinkedData(scripts: scripts)
        func first(_ keys: [String]) -> String? { keys.lazy.compactMap { meta[$0] }.first }

        title = [
            linked?.headline, meta["og:title"], meta["twitter:title"], meta["dc.title"], firstHeading,
            titleTag.map(PageMetadata.withoutSiteName),
        ]
        .lazy.compactMap { $0.map(PageMetadata.clean) }.first { !$0.isEmpty }
        let metaAuthor = first(PageMetadata.authorKeys).flatMap { PageMetadata.isAddress($0) ? nil : $0 }
        author = [
            linked.flatMap { $0.authors.isEmpty ? nil : PageMetadata.unique($0.authors).joined(separator: ", ") },
            metaAuthor, itempropAuthor,
        ]
        .lazy.compactMap { $0.map(PageMetadata.clean) }.first { !$0.isEmpty }
        publisher = [linked?.publisher, first(PageMetadata.publisherKeys)]
            .lazy.compactMap { $0.map(PageMetadata.clean) }.first { !$0.isEmpty }
        url = [canonical, meta["og:url"], linked?.url].lazy.compactMap { $0 }.first { PageMetadata.isAddress($0) }
        let timeValues = times.filter(\.published).map(\.value) + times.filter { !$0.published }.map(\.value)
        let dates = [linked?.datePublished, first(PageMetadata.dateKeys)].compactMap { $0 } + timeValues
        date =
            dates.lazy.compactMap(MetadataDate.parse).first(where: PageMetadata.plausible)
            ?? url.flatMap(PageMetadata.dateInAddress)
        articleBody = linked?.articleBody
    }

    /// One line of text: entities decoded (pages often escape them twice in metadata),
    /// whitespace collapsed.
    static func clean(_ text: String) -> String {
        PageBlocks.line(fromHTML: text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A date a news page can carry: content-management systems fill empty dates with
    /// the year 1 or 1970.
    static func plausible(_ date: CalendarDate) -> Bool {
        date.year >= 1971 && date.year <= 2100
    }

    static func isAddress(_ text: String) -> Bool {
        text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("//")
    }

    static func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }

    /// "Headline | Site" and "Headline - Site" without the site's part.
    static func withoutSiteName(_ title: String) -> String {
        for separator in [" | ", " - ", " — ", " – ", " :: "] {
            if let range = title.range(of: separator, options: .backwards) {
                let head = title[..<range.lowerBound], tail = title[range.upperBound...]
                if tail.count < head.count { return String(head) }
            }
        }
        return title
    }

    /// A `/2019/11/18/` or `2019-11-18` in a page's address.
    static func dateInAddress(_ address: String) -> CalendarDate? {
        let parts = address.split { $0 == "/" || $0 == "-" || $0 == "_" || $0 == "." }
        for i in parts.indices.dropLast(2) {
            guard parts[i].count == 4, let year = Int(parts[i]), (1990...2100).contains(year),
                parts[i + 1].count <= 2, let month = Int(parts[i + 1]),
                parts[i + 2].count <= 2, let day = Int(parts[i + 2])
            else { continue }
            if let date = CalendarDate(year: year, month: month, day: day) { return date }
        }
        return nil
    }
}
