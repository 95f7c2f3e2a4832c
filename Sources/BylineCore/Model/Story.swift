/// A group of articles: the reports of one event (grouped by their words and days, or
/// pinned by a `story:` key), or, seen by source, what one folder, feed or file holds.
public struct Story: Sendable, Identifiable {
    public var id: Int
    public var title: String
    /// Newest first for event stories; in the source's order for sources.
    public var articles: [Article]

    public init(id: Int, title: String, articles: [Article]) {
        self.id = id
        self.title = title
        self.articles = articles
    }

    /// The sources its articles came from, in the order they first appear.
    public var sources: [String] {
        var seen: Set<String> = []
        return articles.map(\.source).filter { seen.insert($0).inserted }
    }

    /// The first and last day of its dated articles.
    public var dateSpan: ClosedRange<CalendarDate>? {
        let dates = articles.compactMap(\.date)
        guard let first = dates.min(), let last = dates.max() else { return nil }
        return first...last
    }
}

/// How a library's articles are put into stories.
public enum StoryGroupingMode: Sendable {
    /// Articles about one event, from any source and day, are one story.
    case events
    /// Each folder, feed or file is one story (what it holds, as it holds it).
    case sources
}

/// A problem with one input, said once, naming the file (and line) it concerns.
public struct LoadWarning: Sendable, Hashable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    public init(path: String, line: Int? = nil, _ message: String) {
        self.init(SourceLocation(path: path, line: line), message)
    }

    public var description: String { "\(location): \(message)" }
}

/// Everything Byline was pointed at: stories in display order, and what could not be read.
public struct Library: Sendable {
    public var stories: [Story]
    public var warnings: [LoadWarning]
    public var mode: StoryGroupingMode

    public init(stories: [Story], warnings: [LoadWarning] = [], mode: StoryGroupingMode = .events) {
        self.stories = stories
        self.warnings = warnings
        self.mode = mode
    }

    public var articleCount: Int { stories.reduce(0) { $0 + $1.articles.count } }
}
