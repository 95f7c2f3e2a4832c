import BylineCore
import Foundation

extension FuzzTarget {
    /// Every file format, from bytes: decoding (BOMs, charsets, invalid UTF-8) then the
    /// format's loader, whose articles must hold together.
    static let loaderTargets: [FuzzTarget] = [
        loader("plain-text", "plain text files", path: "fuzz.txt", PlainTextLoader()),
        loader("markdown", "Markdown with front matter", path: "fuzz.md", MarkdownLoader()),
        loader("json", "JSON Lines, JSON arrays and JSON Feed", path: "fuzz.jsonl", JSONArticleLoader()),
        loader("feed", "RSS and Atom feeds (libxml2's XML parser)", path: "fuzz.xml", FeedLoader()),
        loader("html", "web pages: parser, main text, metadata", path: "fuzz.html", HTMLPageLoader()),
    ]

    private static func loader(_ name: String, _ summary: String, path: String, _ loader: any ArticleLoader)
        -> FuzzTarget
    {
        FuzzTarget(name: name, summary: summary) { data in
            guard let file = try? FileDecoder.decode(data, path: path) else { return }
            let loaded = loader.load(file)
            for article in loaded.articles { checkBody(article.body) }
        }
    }

    /// Paragraphs lie inside the text, in order, without overlapping.
    static func checkBody(_ body: BodyText) {
        let length = body.text.unicodeScalars.count
        var end = 0
        for paragraph in body.paragraphs {
            precondition(paragraph.start >= end && paragraph.end >= paragraph.start, "paragraphs out of order")
            precondition(paragraph.end <= length, "paragraph past the text's end")
            end = paragraph.end
        }
    }
}
