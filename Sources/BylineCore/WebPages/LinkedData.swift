import Foundation

/// The schema.org article a page describes in its JSON-LD (`<script type="application/ld+json">`):
/// the most reliable metadata a news page carries, since search engines read it.
struct LinkedData {
    var headline: String?
    var authors: [String] = []
    var datePublished: String?
    var publisher: String?
    var url: String?
    var articleBody: String?

    /// Types that describe an article; a `WebPage` is read only when no article is there.
    static let articleTypes: Set<String> = [
        "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "liveblogposting", "socialmediaposting",
        "scholarlyarticle", "techarticle", "report",
    ]

    /// Reads the first article among the scripts' JSON (objects, arrays and `@graph`s);
    /// scripts that are not valid JSON are skipped.
    init?(scripts: [String]) {
        var article: [String: Any]?
        var page: [String: Any]?
        for script in scripts {
            guard let json = try? JSONSerialization.jsonObject(with: Data(script.utf8), options: [.fragmentsAllowed])
            else { continue }
            var pending: [Any] = [json]
            var visited = 0
            while let next = pending.popLast(), visited < 1000, article == nil {
                visited += 1
                if let array = next as? [Any] {
                    pending.append(contentsOf: array.reversed())
                } else if let object = next as? [String: Any] {
                    let types = LinkedData.types(object)
                    if types.contains(where: LinkedData.articleTypes.contains) {
                        article = object
                    } else if page == nil, types.contains("webpage") {
                        page = object
                    }
                    if let graph = object["@graph"] { pending.append(graph) }
                }
            }
        }
        guard let object = article ?? page else { return nil }
        headline = LinkedData.string(object["headline"]) ?? LinkedData.string(object["name"])
        authors = LinkedData.names(object["author"]) + LinkedData.names(object["creator"])
        datePublished = LinkedData.string(object["datePublished"]) ?? LinkedData.string(object["dateCreated"])
        publisher = LinkedData.names(object["publisher"]).first
        url = LinkedData.string(object["url"]) ?? LinkedData.id(object["mainEntityOfPage"])
        articleBody = LinkedData.string(object["articleBody"])
    }

    static func types(_ object: [String: Any]) -> [String] {
        if let type = object["@type"] as? String { return [type.lowercased()] }
        return (object["@type"] as? [Any])?.compactMap { ($0 as? String)?.lowercased() } ?? []
    }

    static func string(_ value: Any?) -> String? {
        if let text = value as? String {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
        if let array = value as? [Any] { return array.lazy.compactMap { string($0) }.first }
        return nil
    }

    /// Names of people or organisations given as strings, objects with a `name`, or arrays of either.
    static func names(_ value: Any?) -> [String] {
        if let text = string(value), value is String { return [text] }
        if let object = value as? [String: Any] { return string(object["name"]).map { [$0] } ?? [] }
        if let array = value as? [Any] { return array.flatMap { names($0) } }
        return []
    }

    static func id(_ value: Any?) -> String? {
        if let text = value as? String { return text }
        return (value as? [String: Any]).flatMap { string($0["@id"]) ?? string($0["url"]) }
    }
}
