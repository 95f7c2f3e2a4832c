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

    /// The article being read.
    public var story = 0
    public var article = 0
    public var articleScroll = 0
    /// The open article's recent layouts (a cache: never part of what the reader shows).
    public var layouts = ArticleLayouts()
    /// The sentence or quote a jump landed on, highlighted in the article.
    public var jumpTarget: TextSpan?

    /// Every pane's cursor and scroll, as one value per pane (a new pane needs no field of
    /// its own); the names below read them for the panes that have always had them.
    public var cursors: [Pane: PaneCursor] = [:]

    /// The date on the timeline the reader is on ([ and ] move it from any pane).
    public var eventCursor: Int?

    public var search: SearchState?
    public var showHelp = false
    /// Everything that could not be read, and why: kept until the reader quits.
    public var warnings: [String] = []
    public var showWarnings = false
    /// A fetch of the feeds followed is running.
    public var fetching = false
    /// When reading the fetched library: its folder and the articles already opened, so
    /// the others show as new.
    public var fetchedLibrary: String?
    public var readMarks = ReadMarks()
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

    /// Timeline rows: dated events, then undated ones (read in place, not copied: the status
    /// line asks for them on every frame).
    public var timelineEvents: TimelineEvents { timeline?.rows ?? .empty }
}

extension AppState {
    public var storyCursor: Int {
        get { cursors[.stories]?.row ?? 0 }
        set { cursors[.stories, default: PaneCursor()].row = newValue }
    }

    public var storyScroll: Int {
        get { cursors[.stories]?.scroll ?? 0 }
        set { cursors[.stories, default: PaneCursor()].scroll = newValue }
    }

    public var quoteCursor: Int {
        get { cursors[.quotes]?.row ?? 0 }
        set { cursors[.quotes, default: PaneCursor()].row = newValue }
    }

    public var quoteScroll: Int {
        get { cursors[.quotes]?.scroll ?? 0 }
        set { cursors[.quotes, default: PaneCursor()].scroll = newValue }
    }

    public var timelineScroll: Int {
        get { cursors[.timeline]?.scroll ?? 0 }
        set { cursors[.timeline, default: PaneCursor()].scroll = newValue }
    }
}

extension AppState {
    /// An article's path within the fetched library, when it is one of its articles.
    func pathInFetchedLibrary(_ article: Article) -> String? {
        guard let root = fetchedLibrary, article.location.path.hasPrefix(root + "/") else { return nil }
        return String(article.location.path.dropFirst(root.count + 1))
    }

    /// Whether an article was fetched and has not been opened yet.
    public func isNew(_ article: Article) -> Bool {
        guard let path = pathInFetchedLibrary(article) else { return false }
        return !readMarks.isRead(path)
    }
}
