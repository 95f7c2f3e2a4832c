/// Events of a story's timeline, in the timeline's order: each a reference to the event an
/// article's analysis holds, read from the story's articles (shared with the library, not
/// copied), so a library's timelines cost eight bytes an event and not a second copy.
public struct TimelineEvents: RandomAccessCollection, Sendable {
    /// An event: the article's index in its story and the event's in the article's analysis.
    struct Ref: Sendable {
        var article: Int32
        var event: Int32
    }

    private let articles: [Article]
    private let refs: ArraySlice<Ref>

    init(_ articles: [Article], _ refs: ArraySlice<Ref>) {
        self.articles = articles
        self.refs = refs
    }

    /// No events: the timeline of a story not yet analysed.
    public static let empty = TimelineEvents([], [])

    /// Some of the events, counted from zero again, sharing the same references.
    func part(_ range: Range<Int>) -> TimelineEvents {
        TimelineEvents(articles, refs[(refs.startIndex + range.lowerBound)..<(refs.startIndex + range.upperBound)])
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { refs.count }

    /// The event, with `article` set to its article's index in the story.
    public subscript(i: Int) -> TimelineEvent {
        let ref = refs[refs.startIndex + i]
        var event = articles[Int(ref.article)].analysis!.events[Int(ref.event)]
        event.article = Int(ref.article)
        return event
    }
}
