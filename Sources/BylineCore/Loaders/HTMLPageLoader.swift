/// Reads saved web pages (`.html`, `.htm`): the article's text, found among the page's
/// menus and comments, with the title, author, date, publisher and address it gives.
public struct HTMLPageLoader: ArticleLoader {
    public init() {}

    public var extensions: Set<String> { ["html", "htm", "xhtml"] }

    public func sniff(_ text: Substring) -> Bool {
        let head = text.prefix(64).lowercased()
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html")
    }

    public func load(_ file: SourceFile) -> LoadedFile {
        var result = LoadedFile()
        let page = WebPage(html: file.text)
        let location = SourceLocation(path: file.path)
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
                publisher: page.publisher, url: page.url, original: text, body: body))
        return result
    }
}
