/// A group of articles about one thing: a folder, a feed, a `story:` key, or a lone file.
public struct Story: Sendable, Identifiable {
    public var id: Int
    public var title: String
    public var articles: [Article]

    public init(id: Int, title: String, articles: [Article]) {
        self.id = id
        self.title = title
        self.articles = articles
    }
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

    public init(stories: [Story], warnings: [LoadWarning] = []) {
        self.stories = stories
        self.warnings = warnings
    }

    public var articleCount: Int { stories.reduce(0) { $0 + $1.articles.count } }
}
