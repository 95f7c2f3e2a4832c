/// One moment the story mentions: when, what happened then, and where it is said.
///
/// A large library holds tens of thousands, so an event keeps only what cannot be derived:
/// 72 bytes (its interval is read from the time expression's value when asked for).
public struct TimelineEvent: Sendable, Hashable {
    public var timex: Timex
    private var articleIndex: Int32
    // The sentence holding the expression is not stored: the article's analysis finds it by
    // the expression's offset when the reader jumps there, and a large library holds tens
    // of thousands of events (64 bytes each without it, 72 with).
    /// The clause around the expression, trimmed (clean-body offsets): what happened then.
    public var clause: TextSpan

    /// Index of the article in its story.
    public var article: Int {
        get { Int(articleIndex) }
        set { articleIndex = Int32(newValue) }
    }

    public var value: TimexValue { timex.value }

    /// The days the event spans, for dates and times; durations, sets and vague references
    /// ("recently") have none and sit apart on the timeline.
    public var interval: TimexInterval? {
        timex.type == .date || timex.type == .time ? timex.value.interval : nil
    }

    public init(article: Int, timex: Timex, clause: TextSpan) {
        self.timex = timex
        self.articleIndex = Int32(article)
        self.clause = clause
    }

    /// The clause as a list row shows it: runs of spaces made one, at most 120 characters.
    /// Made when shown, not when extracted: a large library has tens of thousands of events.
    public func summary(in story: Story) -> String {
        guard story.articles.indices.contains(article) else { return "" }
        return String(collapsingSpaces: story.articles[article].body.slice(clause).unicodeScalars, limit: 120)
    }
}

/// A story's time expressions in chronological order, merged across its articles.
///
/// Resolved events are ordered by the start of their interval, coarser before finer on
/// ties ("2020" before "2020-09-01"), and de-duplicated when two articles report the
/// same value with the same clause. Vague or unresolvable expressions (durations, sets,
/// `PAST_REF`, values without a year) are listed apart, in text order.
public struct Timeline: Sendable {
    /// Every event as the timeline lists them: the resolved ones, then the vague ones.
    public let rows: TimelineEvents
    /// How many of `rows` are resolved.
    private let resolvedCount: Int

    /// The resolved events, in chronological order.
    public var events: TimelineEvents { rows.part(0..<resolvedCount) }
    /// The vague events, in text order.
    public var vague: TimelineEvents { rows.part(resolvedCount..<rows.count) }

    public init(story: Story) {
        var resolved: [(ref: TimelineEvents.Ref, interval: TimexInterval)] = []
        var vague: [TimelineEvents.Ref] = []
        var seen = Set<String>()
        for (index, article) in story.articles.enumerated() {
            for (e, event) in (article.analysis?.events ?? []).enumerated() {
                // Two articles reporting the same date with the same words say it once.
                if story.articles.count > 1,
                    !seen.insert(event.value.text + "|" + article.body.slice(event.clause)).inserted
                {
                    continue
                }
                let ref = TimelineEvents.Ref(article: Int32(index), event: Int32(e))
                if let interval = event.interval { resolved.append((ref, interval)) } else { vague.append(ref) }
            }
        }
        let order = resolved.enumerated().sorted { a, b in
            let x = a.element.interval, y = b.element.interval
            if x.start != y.start { return x.start < y.start }
            if x.granularity != y.granularity { return x.granularity < y.granularity }
            return a.offset < b.offset
        }.map(\.element.ref)
        rows = TimelineEvents(story.articles, ArraySlice(order + vague))
        resolvedCount = order.count
    }

    /// One article's events, in text order (article index 0 until a story merges them).
    public static func events(_ document: Document, timexes: [Timex]) -> [TimelineEvent] {
        timexes.map { timex in
            let sentence = document.sentences.index(containing: timex.span.start).map { document.sentences[$0] }
            return TimelineEvent(
                article: 0, timex: timex,
                clause: clause(document.text, sentence: sentence ?? timex.span, around: timex.span))
        }
    }

    /// The event after `index` in time (the first one when `index` is nil).
    public func next(after index: Int?) -> Int? {
        guard !events.isEmpty else { return nil }
        guard let index else { return 0 }
        return index + 1 < events.count ? index + 1 : nil
    }

    /// The event before `index` in time (the last one when `index` is nil).
    public func previous(before index: Int?) -> Int? {
        guard !events.isEmpty else { return nil }
        guard let index else { return events.count - 1 }
        return index > 0 ? index - 1 : nil
    }

    /// The clause around a time expression: the sentence cut at the commas, dashes or
    /// semicolons nearest the expression (the whole sentence when that leaves too little),
    /// trimmed of spaces and punctuation at both ends.
    static func clause(_ text: [Unicode.Scalar], sentence: TextSpan, around span: TextSpan) -> TextSpan {
        /// A comma inside a number ("155,221 bags") and a hyphen inside a word separate
        /// nothing; a hyphen between spaces is a dash (a dateline's "2024 - The council…").
        func isSeparator(_ i: Int) -> Bool {
            let c = text[i]
            switch c {
            case ";", "—", "–", "(", ")": return true
            case ",":
                return
                    !(i > 0 && i + 1 < text.count && Characters.isDigit(text[i - 1])
                    && Characters.isDigit(text[i + 1]))
            case "-": return i > 0 && i + 1 < text.count && text[i - 1] == " " && text[i + 1] == " "
            default: return false
            }
        }
        var start = span.start, end = span.end
        while start > sentence.start, !isSeparator(start - 1) { start -= 1 }
        while end < sentence.end, !isSeparator(end) { end += 1 }
        if end - start < 30 { start = sentence.start; end = sentence.end }
        func isEdge(_ c: Unicode.Scalar) -> Bool {
            if c.value < 128 {
                return Characters.isSpace(c)
                    || (c.value > 32 && !Characters.isLetter(c) && !Characters.isDigit(c)
                        && !"$+<=>^`|~".unicodeScalars.contains(c))
            }
            return Characters.isSpace(c) || c.properties.generalCategory.isPunctuation
        }
        while start < end, isEdge(text[start]) { start += 1 }
        while end > start, isEdge(text[end - 1]) { end -= 1 }
        return TextSpan(start, end)
    }
}

extension Unicode.GeneralCategory {
    /// Connector, dash, open, close, initial, final and other punctuation.
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default: return false
        }
    }
}
