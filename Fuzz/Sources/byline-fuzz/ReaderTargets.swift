import BylineCore
import BylineViewModel
import Foundation

extension FuzzTarget {
    /// What the reader does with untrusted text: search queries and drawing.
    static let readerTargets: [FuzzTarget] = [
        FuzzTarget(name: "search", summary: "the search query parser and incremental search") { data in
            // Each line is a query typed after the one before; the index narrows from the
            // last results, and must find what a fresh index finds.
            var typed = searchIndex
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n").prefix(64) {
                let query = QuoteQuery(String(line))
                var fresh = searchIndex
                precondition(typed.search(query) == fresh.search(query), "incremental search differs for \(line)")
            }
        },
        FuzzTarget(name: "sanitiser", summary: "the terminal's text sanitiser and column widths") { data in
            let shown = DisplayWidth.sanitize(String(decoding: data, as: UTF8.self))
            for scalar in shown.unicodeScalars {
                let v = scalar.value
                precondition(v >= 0x20 && v != 0x7F && !(0x80...0x9F).contains(v), "a control reaches the terminal")
                precondition(DisplayWidth.placeholder(scalar) == nil, "a bidi control reaches the terminal")
            }
            precondition(DisplayWidth.of(shown) >= 0)
        },
    ]

    /// A small library's quotes, analysed once.
    private static let searchIndex: QuoteSearchIndex = {
        let text = """
            "We will rebuild the bridge," Mayor Elena Park said on Tuesday. "It is ours."
            Critics disagreed. "Nobody asked us," said Tomás Ruiz, a café owner. 「東京」 was mentioned.
            She added that the work would "take two years", and Ruiz said he doubted it.
            """
        var article = PlainTextLoader().load(SourceFile(path: "search.txt", text: text)).articles[0]
        article.analysis = ArticleAnalyzer.analyze(article)
        var index = QuoteSearchIndex()
        index.add(article, story: 0, article: 0)
        return index
    }()
}
