import BylineCore

/// A row of the stories pane: a story, or one of its articles when it is expanded.
public enum StoryRow: Hashable, Sendable {
    case story(Int)
    case article(story: Int, article: Int)
}

/// A live quote search.
public struct SearchState: Sendable, Equatable {
    public var query: String
    /// Still typing (keys go to the query) rather than browsing the results.
    public var editing: Bool
    public var results: QuoteMatches
}

/// Everything the reader shows, and nothing about how it is drawn.
public struct AppState: Sendable {
    public var model: ReaderModel
    public var width: Int
    public var height: Int
    public var focus: Pane = .stories

    public var expanded: Set<Int> = []
    public var storyCursor = 0
    public var storyScroll = 0

    /// The article being read.
    public var story = 0
    public var article = 0
    public var articleScroll = 0
    /// The open article's recent layouts (a cache: never part of what the reader shows).
    public var layouts = ArticleLayouts()
    /// The sentence or quote a jump landed on, highlighted in the article.
    public var jumpTarget: TextSpan?

    /// Cursors of panes that keep nothing else (a new pane needs no field of its own).
    public var cursors: [Pane: PaneCursor] = [:]

    public var quoteCursor = 0
    public var quoteScroll = 0
    public var eventCursor: Int?
    public var timelineScroll = 0

    public var search: SearchState?
    public var showHelp = false
    /// Everything that could not be read, and why: kept until the reader quits.
    public var warnings: [String] = []
    public var showWarnings = false
    public var warningsScroll = 0
    /// The first help line shown: help scrolls when the terminal is short.
    public var helpScroll = 0
    public var message: String?
    public var quit = false

    public init(model: ReaderModel, width: Int, height: Int) {
        self.model = model
        self.width = width
        self.height = height
    }

    /// The rows of the stories pane.
    public var storyRows: [StoryRow] {
        var rows: [StoryRow] = []
        rows.reserveCapacity(model.library.stories.count)
        for (i, story) in model.library.stories.enumerated() {
            rows.append(.story(i))
            if expanded.contains(i), story.articles.count > 1 {
                rows += story.articles.indices.map { .article(story: i, article: $0) }
            }
        }
        return rows
    }

    /// The quotes pane lists search results while a search is active, else the story's quotes.
    public var listedQuotes: QuoteMatches {
        if let search, !search.query.isEmpty { return search.results }
        return QuoteMatches(model.quotes(ofStory: story))
    }

    public var timeline: Timeline? { model.timeline(story) }

    /// Timeline rows: dated events, then undated ones.
    public var timelineEvents: [TimelineEvent] {
        guard let timeline else { return [] }
        return timeline.events + timeline.vague
    }
}
