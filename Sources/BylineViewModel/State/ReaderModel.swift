import BylineCore

/// The library as the reader sees it: articles with their analyses as extraction
/// delivers them, each story's timeline, and the quote search index.
public struct ReaderModel: Sendable {
    public private(set) var library: Library
    public private(set) var analyzed = 0
    // Lists indexed by story and by article id, not dictionaries: a large library has tens
    // of thousands of each, and a dictionary's table was four times the size.
    /// Each story's timeline, made once every article of it is analysed.
    private var timelines: [Timeline?]
    /// How many articles of each story still wait for their analysis.
    private var pending: [Int]
    var searchIndex = QuoteSearchIndex()
    /// Where each article is, by its `id`.
    private var positions: [ArticlePosition?]

    /// The model of a library read again or grown from `preview`: analyses already made are
    /// kept for the same articles (the same file and line or item), wherever grouping put
    /// them and whatever number the new load gave them.
    public init(library: Library, carryingOver preview: ReaderModel) {
        var library = library
        var analyses: [SourceLocation: Analysis] = [:]
        for story in preview.library.stories {
            for article in story.articles {
                if let analysis = article.analysis { analyses[article.location] = analysis }
            }
        }
        if !analyses.isEmpty {
            for s in library.stories.indices {
                for a in library.stories[s].articles.indices where library.stories[s].articles[a].analysis == nil {
                    // Assigned only when there is one: any assignment copies the story's articles.
                    if let analysis = analyses[library.stories[s].articles[a].location] {
                        library.stories[s].articles[a].analysis = analysis
                    }
                }
            }
        }
        self.init(library: library)
    }

    public init(library: Library) {
        self.library = library
        timelines = Array(repeating: nil, count: library.stories.count)
        pending = library.stories.map(\.articles.count)
        let ids = library.stories.lazy.flatMap { $0.articles.lazy.map(\.id) }
        positions = Array(repeating: nil, count: (ids.max() ?? -1) + 1)
        for story in library.stories.indices {
            for (a, article) in library.stories[story].articles.enumerated() where article.id >= 0 {
                positions[article.id] = ArticlePosition(story: story, article: a)
            }
            for article in library.stories[story].articles.indices
            where library.stories[story].articles[article].analysis != nil {
                markAnalyzed(story: story, article: article)
            }
        }
    }

    public var articleCount: Int { library.articleCount }
    public var isComplete: Bool { analyzed >= articleCount }

    /// Where the article with this `id` is.
    public func position(of articleID: Int) -> ArticlePosition? {
        positions.indices.contains(articleID) ? positions[articleID] : nil
    }

    /// Where the article read from this place is (ids change when a library is read again).
    public func position(of location: SourceLocation) -> ArticlePosition? {
        for (s, story) in library.stories.enumerated() {
            if let a = story.articles.firstIndex(where: { $0.location == location }) {
                return ArticlePosition(story: s, article: a)
            }
        }
        return nil
    }

    /// Stores what extraction found for the article with this `id`.
    public mutating func apply(_ analysis: Analysis, articleID: Int) {
        guard let position = position(of: articleID) else { return }
        apply(analysis, story: position.story, article: position.article)
    }

    /// Stores what extraction found for one article.
    public mutating func apply(_ analysis: Analysis, story: Int, article: Int) {
        guard library.stories.indices.contains(story), library.stories[story].articles.indices.contains(article),
            library.stories[story].articles[article].analysis == nil
        else { return }
        library.stories[story].articles[article].analysis = analysis
        markAnalyzed(story: story, article: article)
    }

    private mutating func markAnalyzed(story: Int, article: Int) {
        analyzed += 1
        searchIndex.add(library.stories[story].articles[article], story: story, article: article)
        pending[story] -= 1
        if pending[story] == 0 { timelines[story] = Timeline(story: library.stories[story]) }
    }

    /// The story's timeline once every article of it is analysed.
    public func timeline(_ story: Int) -> Timeline? { timelines.indices.contains(story) ? timelines[story] : nil }

    public func article(_ story: Int, _ article: Int) -> Article? {
        guard library.stories.indices.contains(story), library.stories[story].articles.indices.contains(article) else {
            return nil
        }
        return library.stories[story].articles[article]
    }

    /// Whether a location names a quote the library holds.
    private func holds(_ location: QuoteLocation) -> Bool {
        guard library.stories.indices.contains(location.story),
            library.stories[location.story].articles.indices.contains(location.article),
            let count = library.stories[location.story].articles[location.article].analysis?.quotes.count
        else { return false }
        return location.quote >= 0 && location.quote < count
    }

    /// A quote, read in place: going through `article(_:_:)` would copy the whole article
    /// for every quote a list shows.
    public func quote(_ location: QuoteLocation) -> Quote? {
        guard holds(location) else { return nil }
        return library.stories[location.story].articles[location.article].analysis?.quotes[location.quote]
    }

    /// A quote's speaker, read in place (lists that count speakers need nothing else).
    public func speaker(_ location: QuoteLocation) -> String? {
        guard holds(location) else { return nil }
        return library.stories[location.story].articles[location.article].analysis?.quotes[location.quote].speaker
    }

    /// Every quote of a story, article by article.
    public func quotes(ofStory story: Int) -> [QuoteLocation] {
        guard library.stories.indices.contains(story) else { return [] }
        return library.stories[story].articles.indices.flatMap { a in
            (library.stories[story].articles[a].analysis?.quotes.indices ?? 0..<0).map {
                QuoteLocation(story: story, article: a, quote: $0)
            }
        }
    }

    public mutating func search(_ query: QuoteQuery) -> QuoteMatches { searchIndex.search(query) }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

/// An article's place in a library: its story and its index there.
public struct ArticlePosition: Hashable, Sendable {
    public var story: Int
    public var article: Int

    public init(story: Int, article: Int) {
        self.story = story
        self.article = article
    }
}
