import Foundation

/// Turns the HTML of feed content into plain paragraphs: tags dropped, block elements
/// separating paragraphs, scripts and styles removed, entities decoded.
enum HTMLText {
    static let blockTags: Set<String> = ["p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                                         "blockquote", "section", "article", "figure", "figcaption", "tr", "table", "hr"]

    static func plain(_ html: String) -> String {
        var out = ""
        var rest = Substring(html)
        while let lt = rest.firstIndex(of: "<") {
            out += decode(rest[..<lt])
            let tagBody = rest[rest.index(after: lt)...]
            guard let gt = tagBody.firstIndex(of: ">") else { out += decode(tagBody); rest = ""; break }
            let tag = tagBody[..<gt]
            rest = tagBody[tagBody.index(after: gt)...]
            let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
            if name == "script" || name == "style", !tag.hasPrefix("/") {
                if let end = rest.range(of: "</\(name)", options: .caseInsensitive) {
                    rest = rest[end.upperBound...].drop { $0 != ">" }.dropFirst()
                }
            } else if blockTags.contains(name) {
                out += name == "br" ? "\n" : "\n\n"
            }
        }
        out += decode(rest)
        // One paragraph per block, inner whitespace collapsed.
        return out.components(separatedBy: "\n\n")
            .map { $0.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
            .filter { !$0.isEmpty }
            .joined(separator: "\n\n")
    }

    static func decode(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        var out = ""
        var rest = text
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(12).firstIndex(of: ";"), let decoded = Entities.decode(String(after[..<semi]), html: true) {
                out += decoded
                rest = after[after.index(after: semi)...]
            } else {
                out += "&"
                rest = after
            }
        }
        return out + rest
    }
}
