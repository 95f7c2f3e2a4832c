/// Where an article's date came from, in the order Byline trusts them (an estimate
/// from the text lives in `Analysis.anchorEstimated`, not here).
public enum DateOrigin: String, Sendable {
    case option, metadata, fileName
}

/// Where an article was read from: a file, and the line for multi-article files.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var path: String
    // Lines and items count from 1, so 0 stands for none: 24 bytes in every article, not 48.
    private var storedLine: Int32
    private var storedItem: Int32

    public var line: Int? {
        get { storedLine > 0 ? Int(storedLine) : nil }
        set { storedLine = newValue.map { Int32(clamping: $0) } ?? 0 }
    }

    public var item: Int? {
        get { storedItem > 0 ? Int(storedItem) : nil }
        set { storedItem = newValue.map { Int32(clamping: $0) } ?? 0 }
    }

    public init(path: String, line: Int? = nil, item: Int? = nil) {
        self.path = path
        storedLine = line.map { Int32(clamping: $0) } ?? 0
        storedItem = item.map { Int32(clamping: $0) } ?? 0
    }

    public var description: String {
        if let line { return "\(path):\(line)" }
        if let item { return "\(path) item \(item)" }
        return path
    }
}

/// One news article as loaded: metadata, its original text and its readable body.
public struct Article: Sendable, Identifiable {
    public var id: Int
    public var location: SourceLocation
    public var title: String
    public var date: CalendarDate?
    public var dateOrigin: DateOrigin?
    public var author: String?
    public var publisher: String?
    public var url: String?
    /// The story this article is pinned to by its metadata (`story:`).
    public var storyKey: String?
    /// A feed item's own identity (RSS `guid`, Atom and JSON Feed `id`), by which following
    /// knows an item it has already stored even when its link changes.
    public var itemID: String?
    /// Where the article came from: its folder, its feed, or its file.
    public var source = ""
    /// The text offsets refer to (the whole file for text and Markdown); nil when the loader
    /// was told not to keep it (`SourceFile.keepsOriginals`, set from `LibraryLoader`).
    public var original: String?
    /// The clean text; without `original`, without a map back to it either.
    public var body: BodyText
    /// Whether the first paragraph of `body` is the headline (plain-text files).
    public var headlineInBody: Bool
    /// What extraction found; nil until it ran.
    public var analysis: Analysis? {
        get { analysisBox?.analysis }
        set { analysisBox = newValue.map(AnalysisBox.init) }
    }
    private var analysisBox: AnalysisBox?

    public init(
        id: Int = 0, location: SourceLocation, title: String, date: CalendarDate? = nil,
        dateOrigin: DateOrigin? = nil, author: String? = nil, publisher: String? = nil,
        url: String? = nil, storyKey: String? = nil, original: String?, body: BodyText,
        headlineInBody: Bool = false
    ) {
        self.id = id
        self.location = location
        self.title = title
        self.date = date
        self.dateOrigin = date == nil ? nil : (dateOrigin ?? .metadata)
        self.author = author
        self.publisher = publisher
        self.url = url
        self.storyKey = storyKey
        self.original = original
        self.body = original == nil ? body.withoutSourceMap : body
        self.headlineInBody = headlineInBody
    }
}

/// An article's analysis kept out of line: articles are copied whole when stories form,
/// and an inline `Analysis` (five arrays and a date) would make every copy 70 bytes bigger.
/// Immutable, so an article keeps value semantics.
private final class AnalysisBox: Sendable {
    let analysis: Analysis

    init(_ analysis: Analysis) {
        self.analysis = analysis
    }
}

/// Everything extraction finds in one article, in clean-body offsets.
public struct Analysis: Sendable {
    /// The sentences, for `extract`; empty in the reader's analyses, which would hold 2.7 MB
    /// of them for Reuters only to find one when the reader jumps to a date
    /// (`BodyText.sentence(containing:)` splits that paragraph again).
    public var sentences: [TextSpan]
    public var quotes: [Quote]
    /// The people the quotes give words to (`Quote.personIndex`), with their titles and
    /// other names.
    public var people: [Person]
    /// The article's timeline events, one per time expression in text order, made where the
    /// text is at hand so a story's timeline only merges and sorts.
    public var events: [TimelineEvent]
    /// The time expressions, read from the events that hold them (not kept twice: a large
    /// library has tens of thousands).
    public var timexes: LazyMapCollection<[TimelineEvent], Timex> { events.lazy.map(\.timex) }
    /// The article date time expressions were resolved against.
    public var anchorDate: CalendarDate?
    public var anchorEstimated: Bool

    public init(
        sentences: [TextSpan], quotes: [Quote], people: [Person], events: [TimelineEvent], anchorDate: CalendarDate?,
        anchorEstimated: Bool
    ) {
        self.sentences = sentences
        self.quotes = quotes
        self.people = people
        self.events = events
        self.anchorDate = anchorDate
        self.anchorEstimated = anchorEstimated
    }

}
