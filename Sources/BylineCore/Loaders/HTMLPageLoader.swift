/// Reads saved web pages (`.html`, `.htm`): the article's text, found among the page's
/// menus and comments, with the title, author, date, publisher and address it gives.
public struct HTMLPageLoader: ArticleLoader {
    public init() {}

    public var extensions: Set<String> { ["html", "htm", "xhtml"] }

    public func sniff(_ text: Substring) -> Bool {
        let head = text.prefix(64).lowercased()
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html")
    }

    /// Pages larger than this are read up to it: a news page is rarely over a few
    /// megabytes, and a larger one is a dump whose whole parse would take gigabytes.
    public static let maximumPageSize = 16 << 20

    public func load(_ file: SourceFile) -> LoadedFile {
        var result = LoadedFile()
        let location = SourceLocation(path: file.path)
        var html = file.text
        if html.utf8.count > Self.maximumPageSize {
            let size = html.utf8.count
            html = Self.prefix(html, bytes: Self.maximumPageSize)
            result.warnings.append(
                LoadWarning(
                    location, "page is \(size >> 20) MiB; only its first \(Self.maximumPageSize >> 20) MiB are read"))
        }
        let page = WebPage(html: html)
        var found = page.paragraphs
        if found.isEmpty {
            guard let title = page.title else {
                result.warnings.append(LoadWarning(location, "no article text and no title on this page; skipped"))
                return result
            }
            result.warnings.append(
                LoadWarning(
                    location,
                    "no article text found on this page (a home page or an error page?); only its title is kept"))
            found = [title]
        }
        let text = found.joined(separator: "\n\n")
        var paragraphs: [TextSpan] = []
        var offset = 0
        for paragraph in found {
            let length = paragraph.unicodeScalars.count
            paragraphs.append(TextSpan(offset, offset + length))
            offset += length + 2
        }
        let body = BodyText(text: text, paragraphs: paragraphs, runs: [(0, 0)])
        result.articles.append(
            Article(
                location: location, title: page.title ?? file.fileName, date: page.date, author: page.author,
                publisher: page.publisher, url: page.url, original: file.keepsOriginals ? text : nil, body: body))
        return result
    }

    /// The text's first `bytes` bytes of UTF-8, cut before a character, never inside one.
    static func prefix(_ text: String, bytes: Int) -> String {
        let utf8 = Array(text.utf8.prefix(bytes + 1))
        var end = min(bytes, utf8.count)
        while end > 0, end < utf8.count, utf8[end] & 0xC0 == 0x80 { end -= 1 }
        return String(decoding: utf8[..<end], as: UTF8.self)
    }
}
