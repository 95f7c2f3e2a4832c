/// One moment the story mentions: when, what happened then, and where it is said.
public struct TimelineEvent: Sendable, Hashable {
    /// Index of the article in its story.
    public var article: Int
    public var timex: Timex
    public var interval: TimexInterval?
    /// The sentence holding the expression (clean-body offsets).
    public var sentence: TextSpan
    /// The clause around the expression, shortened for a list.
    public var summary: String

    public var value: String { timex.value }
}

/// A story's time expressions in chronological order, merged across its articles.
///
/// Resolved events are ordered by the start of their interval, coarser before finer on
/// ties ("2020" before "2020-09-01"), and de-duplicated when two articles report the
/// same value with the same clause. Vague or unresolvable expressions (durations, sets,
/// `PAST_REF`, values without a year) are listed apart, in text order.
public struct Timeline: Sendable {
    public var events: [TimelineEvent]
    public var vague: [TimelineEvent]

    public init(story: Story) {
        var resolved: [TimelineEvent] = []
        var vague: [TimelineEvent] = []
        var seen = Set<String>()
        for (index, article) in story.articles.enumerated() {
            for var event in article.analysis?.events ?? [] {
                guard seen.insert(event.value + "|" + event.summary).inserted else { continue }
                event.article = index
                if event.interval != nil { resolved.append(event) } else { vague.append(event) }
            }
        }
        events = resolved.enumerated().sorted { a, b in
            let x = a.element.interval!, y = b.element.interval!
            if x.start != y.start { return x.start < y.start }
            if x.granularity != y.granularity { return x.granularity < y.granularity }
            return a.offset < b.offset
        }.map(\.element)
        self.vague = vague
    }

    /// One article's events, in text order (article index 0 until a story merges them).
    public static func events(_ document: Document, timexes: [Timex]) -> [TimelineEvent] {
        timexes.map { timex in
            let s = document.sentences.partitionIndex { $0.end > timex.span.start }
            let sentence = s < document.sentences.count && document.sentences[s].start <= timex.span.start ? document.sentences[s] : timex.span
            let interval = timex.type == .date || timex.type == .time ? TimexInterval(value: timex.value) : nil
            return TimelineEvent(article: 0, timex: timex, interval: interval, sentence: sentence,
                                 summary: summary(document.text, sentence: sentence, around: timex.span))
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
    /// semicolons nearest the expression, and shortened to fit a list row.
    static func summary(_ text: [Unicode.Scalar], sentence: TextSpan, around span: TextSpan) -> String {
        func isSeparator(_ c: Unicode.Scalar) -> Bool { c == "," || c == ";" || c == "—" || c == "–" || c == "(" || c == ")" }
        var start = span.start, end = span.end
        while start > sentence.start, !isSeparator(text[start - 1]) { start -= 1 }
        while end < sentence.end, !isSeparator(text[end]) { end += 1 }
        if end - start < 30 { start = sentence.start; end = sentence.end }
        // Trimmed of spaces and punctuation at both ends, runs of spaces made one, at most
        // 120 characters: done on scalars, because Foundation's trimming was a fifth of
        // loading a large library.
        func isEdge(_ c: Unicode.Scalar) -> Bool {
            if c.value < 128 { return Characters.isSpace(c) || (c.value > 32 && !Characters.isLetter(c) && !Characters.isDigit(c) && !"$+<=>^`|~".unicodeScalars.contains(c)) }
            return Characters.isSpace(c) || c.properties.generalCategory.isPunctuation
        }
        while start < end, isEdge(text[start]) { start += 1 }
        while end > start, isEdge(text[end - 1]) { end -= 1 }
        var clause: [Unicode.Scalar] = []
        clause.reserveCapacity(min(end - start, 121))
        for i in start..<end {
            if Characters.isSpace(text[i]) {
                if clause.last != " " { clause.append(" ") }
            } else {
                clause.append(text[i])
            }
            if clause.count > 120 { break }
        }
        if clause.count > 120 {
            clause.removeLast(clause.count - 119)
            clause.append("…")
        }
        return String(scalars: clause, 0..<clause.count)
    }
}

extension Unicode.GeneralCategory {
    /// Connector, dash, open, close, initial, final and other punctuation.
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }
}
