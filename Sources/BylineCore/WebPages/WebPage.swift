/// What Byline reads from a web page: its article text and what the page says about it.
public struct WebPage: Sendable {
    public var title: String?
    public var author: String?
    public var publisher: String?
    public var date: CalendarDate?
    /// The page's own address (canonical link, `og:url`), when it gives one.
    public var url: String?
    /// The article's paragraphs, in order.
    public var paragraphs: [String]

    /// Reads a page's article and metadata.
    public init(html: String) {
        let tree = MarkupParser.html(html)
        let metadata = PageMetadata(tree: tree)
        let page = PageBlocks(tree: tree)
        let main = MainText(page: page, title: metadata.title)
        title = metadata.title
        author = metadata.author
        publisher = metadata.publisher
        date = metadata.date
        url = metadata.url
        paragraphs = main.selected.map { page.blocks[$0].displayText }
        // The JSON-LD body is often cut short, so the page's own text comes first; it stands
        // in only when the page shows (almost) nothing, as script-built pages do.
        if let body = metadata.articleBody {
            let found = paragraphs.reduce(0) { $0 + $1.count }
            if found * 3 < body.count {
                paragraphs = body.split(whereSeparator: \.isNewline).map { PageMetadata.clean(String($0)) }.filter {
                    !$0.isEmpty
                }
            }
        }
    }
}
