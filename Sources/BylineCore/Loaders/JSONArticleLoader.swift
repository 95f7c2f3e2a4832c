import Foundation

/// Reads JSON Lines (one article per line), a JSON array of articles, a single article
/// object, or a JSON Feed, accepting the key names news datasets commonly use.
public struct JSONArticleLoader: ArticleLoader {
    /// Whether the text is one JSON document whatever its name says (a JSON Feed fetched
    /// from an address without `.json`), rather than JSON Lines.
    public var oneDocument: Bool

    public init(oneDocument: Bool = false) { self.oneDocument = oneDocument }

    public var extensions: Set<String> { ["jsonl", "ndjson", "json"] }

    public func sniff(_ text: Substring) -> Bool { text.hasPrefix("{") || text.hasPrefix("[") }

    public func load(_ file: SourceFile) -> LoadedFile {
        var result = LoadedFile()
        let text = file.text.trimmingBOM
        let trimmed = text.drop { $0.isWhitespace }
        let wholeDocument = oneDocument || file.fileExtension == "json" || trimmed.hasPrefix("[")
        if wholeDocument,
            let object = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        {
            if let feed = object as? [String: Any], let items = feed["items"] as? [Any],
                feed["version"] != nil || feed["title"] != nil
            {
                result.isOneStory = true
                result.storyTitle = feed["title"] as? String
                for (i, item) in items.enumerated() {
                    add(item, SourceLocation(path: file.path, item: i + 1), keepsOriginal: file.keepsOriginals, &result)
                }
            } else if let array = object as? [Any] {
                for (i, item) in array.enumerated() {
                    add(item, SourceLocation(path: file.path, item: i + 1), keepsOriginal: file.keepsOriginals, &result)
                }
            } else {
                add(object, SourceLocation(path: file.path), keepsOriginal: file.keepsOriginals, &result)
            }
            if result.articles.isEmpty, result.warnings.isEmpty {
                result.warnings.append(LoadWarning(path: file.path, "no articles in this JSON"))
            }
            return result
        }
        // Lines are parsed in parallel: a large JSON Lines file is most of a library's load
        // time. A chunk at a time, so the copies handed to the parser stay small.
        let lines = Array(text.utf8.split(separator: 10, omittingEmptySubsequences: false).enumerated())
            .filter { $0.element.contains { $0 != 32 && $0 != 9 && $0 != 13 } }
        // A line is an article at most; a list grown by doubling would hold them twice.
        result.articles.reserveCapacity(lines.count)
        for chunk in stride(from: 0, to: lines.count, by: 2048) {
            let batch = lines[chunk..<min(chunk + 2048, lines.count)].map {
                Line(number: $0.offset + file.firstLine, bytes: Data($0.element))
            }
            let parsed = batch.parallelMap { line -> LoadedFile in
                var one = LoadedFile()
                let location = SourceLocation(path: file.path, line: line.number)
                if let object = try? JSONSerialization.jsonObject(with: line.bytes) {
                    add(object, location, keepsOriginal: file.keepsOriginals, &one)
                } else {
                    one.warnings.append(LoadWarning(location, "malformed JSON; line skipped"))
                }
                return one
            }
            for one in parsed {
                result.articles += one.articles
                result.warnings += one.warnings
            }
        }
        if result.articles.isEmpty, result.warnings.isEmpty {
            result.warnings.append(LoadWarning(path: file.path, "no articles in this file"))
        }
        return result
    }

    private func add(_ object: Any, _ location: SourceLocation, keepsOriginal: Bool, _ result: inout LoadedFile) {
        guard let fields = object as? [String: Any] else {
            result.warnings.append(LoadWarning(location, "not a JSON object; skipped"))
            return
        }
        func string(_ keys: String...) -> String? {
            for key in keys {
                if let s = fields[key] as? String, !s.isEmpty { return s }
                if let n = fields[key] as? NSNumber { return n.stringValue }
            }
            return nil
        }
        let html = string("content_html")
        // A headline alone (a news aggregator's record) is an article whose text is its headline.
        guard
            let rawBody = string("body", "text", "content", "content_text", "article", "description", "summary") ?? html
                ?? string("title", "headline")
        else {
            result.warnings.append(
                LoadWarning(location, "no body or title (expected a body, text, content or title key); skipped"))
            return
        }
        let bodyText =
            (html != nil && string("content_text", "body", "text", "content") == nil)
                || JSONArticleLoader.looksLikeHTML(rawBody)
            ? PageBlocks(fragment: rawBody).paragraphs.joined(separator: "\n\n") : rawBody
        let scalars = [Unicode.Scalar](scalarsOf: bodyText)
        let (body, _) = PlainTextLoader.body(scalars, lines: TextLines(scalars), detectHeadline: false)
        guard body.length > 0 else {
            result.warnings.append(LoadWarning(location, "empty body; skipped"))
            return
        }
        let rawDate = string("date", "published", "publication_date", "date_published", "pubDate", "datetime")
        let date = rawDate.flatMap(MetadataDate.parse)
        if let rawDate, date == nil {
            result.warnings.append(LoadWarning(location, "date \"\(rawDate)\" is not a date; ignored"))
        }
        var article = Article(
            location: location,
            title: string("title", "headline") ?? String(bodyText.prefix(80)),
            date: date,
            author: string("author", "byline") ?? JSONArticleLoader.authors(fields["author"] ?? fields["authors"]),
            publisher: string("source", "publisher"),
            url: string("url", "link"),
            storyKey: string("story"),
            original: keepsOriginal ? bodyText : nil, body: body)
        article.itemID = string("id")
        result.articles.append(article)
    }

    /// A closing tag anywhere means the body is HTML (a byte scan; this runs per article).
    static func looksLikeHTML(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == 60 && byte == 47 { return true }
            previous = byte
        }
        return false
    }

    private struct Line: Sendable {
        var number: Int
        var bytes: Data
    }

    /// Authors given as objects (`{"name": …}`) or lists of them.
    static func authors(_ value: Any?) -> String? {
        if let object = value as? [String: Any] { return object["name"] as? String }
        if let list = value as? [Any] {
            let names = list.compactMap { ($0 as? String) ?? (($0 as? [String: Any])?["name"] as? String) }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        return nil
    }
}
