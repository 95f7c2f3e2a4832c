import Foundation

/// Reads RSS 0.9x/1.0/2.0 and Atom feeds: each item an article, the feed one story.
public struct FeedLoader: ArticleLoader {
    public init() {}

    public var extensions: Set<String> { ["xml", "rss", "atom", "rdf"] }

    public func sniff(_ text: Substring) -> Bool {
        text.hasPrefix("<?xml") || text.hasPrefix("<rss") || text.hasPrefix("<feed") || text.hasPrefix("<rdf")
    }

    public func load(_ file: SourceFile) -> LoadedFile {
        var result = LoadedFile()
        result.isOneStory = true
        let parsed: (root: XMLElement?, problems: [String])
        do { parsed = try XMLTree.parse(file.text) } catch {
            result.warnings.append(LoadWarning(path: file.path, error.description))
            return result
        }
        if !parsed.problems.isEmpty {
            let more = parsed.problems.count > 1 ? " (and \(parsed.problems.count - 1) more problems)" : ""
            result.warnings.append(LoadWarning(path: file.path, "ill-formed XML, read what could be: \(parsed.problems[0])\(more)"))
        }
        guard let root = parsed.root else {
            result.warnings.append(LoadWarning(path: file.path, "no feed in this file (empty document)"))
            return result
        }
        let items: [XMLElement]
        switch root.localName {
        case "rss":
            let channel = root.child("channel")
            result.storyTitle = channel?.child("title").map(text)
            items = (channel?.children("item") ?? []) + root.children("item")
        case "rdf":
            result.storyTitle = root.child("channel")?.child("title").map(text)
            items = root.children("item")
        case "feed":
            result.storyTitle = root.child("title").map(text)
            items = root.children("entry")
        case "entry":
            items = [root]
        default:
            result.warnings.append(LoadWarning(path: file.path, "XML, but not an RSS or Atom feed (root <\(root.name)>)"))
            return result
        }
        for (index, item) in items.enumerated() {
            article(item, SourceLocation(path: file.path, item: index + 1), into: &result)
        }
        if items.isEmpty { result.warnings.append(LoadWarning(path: file.path, "the feed has no items")) }
        return result
    }

    private func article(_ item: XMLElement, _ location: SourceLocation, into result: inout LoadedFile) {
        let title = item.child("title").map(text).map(HTMLText.plain) ?? ""
        let content = item.child("content:encoded", "encoded") ?? item.child("content") ?? item.child("description", "summary")
        // Atom xhtml content arrives as elements, everything else as (escaped) HTML or text;
        // `innerText` keeps block boundaries of the first, `HTMLText` handles the second.
        let plain = content.map { HTMLText.plain($0.innerText) } ?? ""
        let bodyText = plain.isEmpty ? title : plain
        guard !bodyText.isEmpty else {
            result.warnings.append(LoadWarning(location, "item has neither title nor content; skipped"))
            return
        }
        let scalars = [Unicode.Scalar](scalarsOf: bodyText)
        let (body, _) = PlainTextLoader.body(scalars, lines: TextLines(scalars), detectHeadline: false)
        let rawDate = (item.child("pubdate", "published", "dc:date", "date", "updated", "issued", "modified")).map(text)
        let date = rawDate.flatMap(MetadataDate.parse)
        if let rawDate, date == nil, !rawDate.isEmpty {
            result.warnings.append(LoadWarning(location, "date \"\(rawDate)\" is not a date; ignored"))
        }
        let author = item.child("dc:creator", "creator").map(text)
            ?? item.child("author").map { $0.child("name").map(text) ?? text($0) }
        let link = item.children("link").first { $0.attributes["rel"] == nil || $0.attributes["rel"] == "alternate" }
            .map { $0.attributes["href"] ?? text($0) }
        result.articles.append(Article(
            location: location, title: title.isEmpty ? String(bodyText.prefix(80)) : title,
            date: date, author: author.flatMap { $0.isEmpty ? nil : $0 }, url: link,
            original: bodyText, body: body))
    }

    private func text(_ element: XMLElement) -> String {
        element.innerText.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
