import BylineCore
import Foundation

/// The stories pane: stories (or sources) with, for a story of several articles, how many
/// articles and sources it has; expanded ones list their articles with date and source.
enum StoriesView {
    static func draw(_ state: AppState, in rect: Rect, canvas: inout Canvas) {
        let rows = state.storyRows
        let focused = state.focus == .stories
        for (line, index) in (state.storyScroll..<min(rows.count, state.storyScroll + rect.height)).enumerated() {
            let y = rect.y + line
            let selected = index == state.storyCursor
            let role: Role = selected ? (focused ? .selection : .selectionUnfocused) : .normal
            var spans: StyledLine
            switch rows[index] {
            case let .story(s):
                let story = state.model.library.stories[s]
                let marker =
                    story.articles.count > 1
                    ? (state.expanded.contains(s) ? "▾ " : "▸ ") : (s == state.story ? "• " : "  ")
                // Stories with articles fetched since you last looked say so.
                let new = story.articles.contains(where: state.isNew) ? "✦ " : ""
                spans = [Span(marker + new + story.title, selected ? role : (s == state.story ? .title : .normal))]
                // Counts at the right edge: "3·2" is three articles from two sources.
                if story.articles.count > 1 {
                    let counts =
                        state.model.library.mode == .events
                        ? "\(story.articles.count)·\(story.sources.count)" : "\(story.articles.count)"
                    let width = counts.count
                    if rect.width > width + 8 {
                        canvas.fill(x: rect.x, y: y, width: rect.width, height: 1, role: selected ? role : .normal)
                        canvas.draw(spans, x: rect.x, y: y, maxWidth: rect.width - width - 1)
                        canvas.draw(
                            [Span(counts, selected ? role : .dim)], x: rect.x + rect.width - width, y: y,
                            maxWidth: width)
                        continue
                    }
                }
            case let .article(s, a):
                let article = state.model.library.stories[s].articles[a]
                var details = article.date.map { " " + $0.isoString } ?? ""
                if state.model.library.mode == .events { details += " · " + article.source }
                let new = state.isNew(article) ? "✦ " : ""
                spans = [Span("   " + new + article.title, role), Span(details, selected ? role : .dim)]
            }
            canvas.draw(spans, x: rect.x, y: y, maxWidth: rect.width, fill: selected ? role : nil)
        }
    }
}

/// The quotes pane: speaker and cue, then the quote on up to two rows (cut with "…");
/// search matches marked.
enum QuotesView {
    static let rowsPerQuote = 3

    static func draw(_ state: AppState, in rect: Rect, canvas: inout Canvas) {
        let quotes = state.listedQuotes
        let focused = state.focus == .quotes
        let query = state.search.map { QuoteQuery($0.query) }
        guard !quotes.isEmpty else {
            let note =
                state.search.map { _ in "no quote matches" }
                ?? (state.model.article(state.story, state.article)?.analysis == nil
                    ? "reading…" : "no quotes in this story")
            canvas.draw([Span(note, .dim)], x: rect.x, y: rect.y, maxWidth: rect.width)
            return
        }
        let visible = rect.height / rowsPerQuote
        var colourTables: [Int: SpeakerColours] = [:]
        for (slot, index) in (state.quoteScroll..<min(quotes.count, state.quoteScroll + visible)).enumerated() {
            let location = quotes[index]
            guard let quote = state.model.quote(location),
                let article = state.model.article(location.story, location.article)
            else { continue }
            let selected = index == state.quoteCursor
            let selection: Role = focused ? .selection : .selectionUnfocused
            let colours = colourTables[location.story] ?? SpeakerColours(state.model, story: location.story)
            colourTables[location.story] = colours
            let y = rect.y + slot * rowsPerQuote
            var header: StyledLine = [
                Span(quote.speaker ?? "unknown speaker", selected ? selection : .speaker(colours.colour(quote.speaker)))
            ]
            if let cue = quote.cue { header.append(Span(" · " + article.body.slice(cue), selected ? selection : .dim)) }
            if location.story != state.story {
                header.append(
                    Span(" — " + state.model.library.stories[location.story].title, selected ? selection : .dim))
            } else if state.model.library.stories[location.story].articles.count > 1 {
                // Which report of the story the quote is from.
                header.append(Span(" — " + (article.publisher ?? article.source), selected ? selection : .dim))
            }
            canvas.draw(header, x: rect.x, y: y, maxWidth: rect.width, fill: selected ? selection : nil)
            let text = "“" + quote.pieces.map(article.body.slice).joined(separator: " … ") + "”"
            let flat = shownAround(
                text.split(whereSeparator: \.isNewline).joined(separator: " "), query: query, width: rect.width)
            let base: Role = selected ? selection : .quote(speaker: colours.colour(quote.speaker))
            // The first row wrapped at a word; the rest on the second, cut with "…" if longer.
            let (first, rest) = splitAtWord(flat, width: rect.width)
            canvas.draw(
                highlight(first, query: query, base: base), x: rect.x, y: y + 1, maxWidth: rect.width,
                fill: selected ? selection : nil)
            canvas.draw(
                highlight(rest, query: query, base: base), x: rect.x, y: y + 2, maxWidth: rect.width,
                fill: selected ? selection : nil)
        }
    }

    /// The text up to the last space that fits `width` columns, and what follows.
    static func splitAtWord(_ text: String, width: Int) -> (String, String) {
        let scalars = [Unicode.Scalar](text.unicodeScalars)
        guard let line = TextWrap.wrap(scalars, 0..<scalars.count, width: width, role: { _ in .normal }).first?.range,
            line.upperBound < scalars.count
        else { return (text, "") }
        let rest = scalars[line.upperBound...].drop { $0 == " " }
        var first = scalars[line]
        while first.last == " " { first = first.dropLast() }
        return (String(String.UnicodeScalarView(first)), String(String.UnicodeScalarView(rest)))
    }

    /// A quote whose first match would fall past the row's end, started a little before
    /// the match with "…" in front (as fzf does), so the match is always seen.
    static func shownAround(_ text: String, query: QuoteQuery?, width: Int) -> String {
        guard let query, !query.text.isEmpty, width > 8,
            let match = text.range(of: query.text, options: query.caseSensitive ? [] : [.caseInsensitive])
        else { return text }
        let end = text.distance(from: text.startIndex, to: match.upperBound)
        guard end >= width else { return text }
        let start = text.distance(from: text.startIndex, to: match.lowerBound)
        let from = text.index(text.startIndex, offsetBy: max(0, start - width / 3))
        return "…" + text[from...]
    }

    /// Splits text into spans with the query's matches in the match role. The search runs on
    /// the text itself (case folded when the query is all lower case), so a letter whose
    /// lower case is longer ("İ") does not shift the marks.
    static func highlight(_ text: String, query: QuoteQuery?, base: Role) -> StyledLine {
        guard let query, !query.text.isEmpty else { return [Span(text, base)] }
        let options: String.CompareOptions = query.caseSensitive ? [] : [.caseInsensitive]
        var spans: StyledLine = []
        var rest = text[...]
        while let range = rest.range(of: query.text, options: options), !range.isEmpty {
            if range.lowerBound > rest.startIndex { spans.append(Span(String(rest[..<range.lowerBound]), base)) }
            spans.append(Span(String(rest[range]), .match))
            rest = rest[range.upperBound...]
        }
        if !rest.isEmpty { spans.append(Span(String(rest), base)) }
        return spans
    }
}

/// The timeline pane: a density bar, then events under year headings, undated ones last.
enum TimelineView {
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    /// A row of the timeline pane: a year or month heading, or an event (its index among the
    /// resolved events, then the undated ones). Event lines are made only for rows on screen.
    enum Row {
        case heading(StyledLine)
        case event(Int)

        var event: Int? {
            if case .event(let index) = self { return index }
            return nil
        }
    }

    /// The timeline's rows: year and month headings, and events.
    static func rows(_ state: AppState) -> [Row] {
        guard let timeline = state.timeline else { return [] }
        var rows: [Row] = []
        var year: Int?
        var month: Int?
        for (i, event) in timeline.events.enumerated() {
            let interval = event.interval!
            let start = interval.start
            if start.year != year {
                rows.append(.heading([Span(String(start.year), .heading)]))
                year = start.year
                month = nil
            }
            // Events as precise as a month or finer sit under a month heading.
            if interval.granularity >= .month, interval.granularity != .week, start.month != month {
                rows.append(.heading([Span("  " + monthNames[start.month - 1], .heading)]))
                month = start.month
            }
            rows.append(.event(i))
        }
        if !timeline.vague.isEmpty {
            rows.append(.heading([Span("Undated", .heading)]))
            rows += timeline.vague.indices.map { .event(timeline.events.count + $0) }
        }
        return rows
    }

    /// What a row shows: a heading, or an event's label and the clause it came from.
    static func line(_ row: Row, _ timeline: Timeline, in story: Story) -> StyledLine {
        switch row {
        case .heading(let line):
            return line
        case .event(let index) where index < timeline.events.count:
            let event = timeline.events[index]
            return [Span(TimelineLabel.padded(TimelineLabel.dated(event)), .timex)] + summary(event, in: story)
        case .event(let index):
            let event = timeline.vague[index - timeline.events.count]
            return [Span(TimelineLabel.padded(TimelineLabel.vague(event.timex)), .dim)] + summary(event, in: story)
        }
    }

    /// The clause, after the outlet it comes from when the story has reports from several.
    static func summary(_ event: TimelineEvent, in story: Story) -> StyledLine {
        var spans: StyledLine = []
        if story.sources.count > 1 || Set(story.articles.compactMap(\.publisher)).count > 1,
            story.articles.indices.contains(event.article)
        {
            let article = story.articles[event.article]
            spans.append(Span(" " + (article.publisher ?? article.source) + ":", .dim))
        }
        return spans + [Span(" " + event.summary(in: story))]
    }

    /// Event density over the story's span, one block per column.
    static func densityBar(_ state: AppState, width: Int) -> String {
        guard let events = state.timeline?.events, let first = events.first?.interval?.start,
            let last = events.last?.interval?.start, width > 0
        else { return "" }
        let span = max(1, last.dayNumber - first.dayNumber)
        var bins = Array(repeating: 0, count: width)
        for event in events {
            let d = event.interval!.start.dayNumber - first.dayNumber
            bins[min(width - 1, d * (width - 1) / span)] += 1
        }
        let blocks = Array(" ▁▂▃▄▅▆▇█")
        let peak = max(1, bins.max() ?? 1)
        return String(bins.map { $0 == 0 ? blocks[0] : blocks[max(1, $0 * 8 / peak)] })
    }

    static func draw(_ state: AppState, in rect: Rect, canvas: inout Canvas) {
        guard let timeline = state.timeline else {
            canvas.draw([Span("reading…", .dim)], x: rect.x, y: rect.y, maxWidth: rect.width)
            return
        }
        if timeline.events.isEmpty && timeline.vague.isEmpty {
            canvas.draw([Span("no dates in this story", .dim)], x: rect.x, y: rect.y, maxWidth: rect.width)
            return
        }
        canvas.draw([Span(densityBar(state, width: rect.width), .bar)], x: rect.x, y: rect.y, maxWidth: rect.width)
        let rows = rows(state)
        let story = state.model.library.stories[state.story]
        let focused = state.focus == .timeline
        for (line, index) in (state.timelineScroll..<min(rows.count, state.timelineScroll + rect.height - 1))
            .enumerated()
        {
            let row = rows[index]
            let selected = row.event != nil && row.event == state.eventCursor
            let role: Role = focused ? .selection : .selectionUnfocused
            let text = self.line(row, timeline, in: story)
            let spans = selected ? text.map { Span($0.text, role) } : text
            canvas.draw(spans, x: rect.x, y: rect.y + 1 + line, maxWidth: rect.width, fill: selected ? role : nil)
        }
    }
}
