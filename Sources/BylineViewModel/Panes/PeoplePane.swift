import BylineCore

/// The people pane: everyone quoted in the story (or among a search's matches), with the
/// titles the text gives them, their other names and how often they speak, most quoted
/// first; Enter shows only that person's quotes.
enum PeoplePane: ReaderPane {
    static let name = "People"
    static let placement = PanePlacement(column: .left, share: 38)

    /// A person as the pane lists them: the name, how often they speak, and where each
    /// form of their name that is counted here speaks first (for `details`).
    struct Row: Equatable {
        var name: String
        var quotes: Int
        var speakers: [Speaker]

        struct Speaker: Equatable {
            var name: String
            var firstQuote: QuoteLocation
        }
    }

    /// The people of the listed quotes. A one-word speaker that is the last word of a
    /// fuller speaker's name ("Sanders" beside "Bernie Sanders") is that person.
    static func rows(_ state: AppState) -> [Row] {
        var counts: [String: Int] = [:]
        var firstQuote: [String: QuoteLocation] = [:]
        for location in state.listedQuotes {
            guard let speaker = state.model.speaker(location) else { continue }
            counts[speaker, default: 0] += 1
            if firstQuote[speaker] == nil { firstQuote[speaker] = location }
        }
        let fuller = SpeakerNames.fuller(counts)
        var merged: [String: Row] = [:]
        for (name, count) in counts {
            let key = fuller[name] ?? name
            var row = merged[key] ?? Row(name: key, quotes: 0, speakers: [])
            row.quotes += count
            row.speakers.append(Row.Speaker(name: name, firstQuote: firstQuote[name]!))
            merged[key] = row
        }
        return merged.values.sorted { $0.quotes != $1.quotes ? $0.quotes > $1.quotes : $0.name < $1.name }
    }

    /// The titles the text gives a row's person and their other names: read from the
    /// articles for the rows on screen only (a search lists hundreds of people, each frame).
    static func details(_ row: Row, _ state: AppState) -> (titles: [String], aliases: [String]) {
        var titles: [String] = [], aliases: [String] = []
        for speaker in row.speakers.sorted(by: { $0.name < $1.name }) {
            if speaker.name != row.name, !aliases.contains(speaker.name) { aliases.append(speaker.name) }
            let location = speaker.firstQuote
            guard
                let person = state.model.article(location.story, location.article)?.analysis?.people.first(where: {
                    $0.name == speaker.name
                })
            else { continue }
            for title in person.titles where !titles.contains(title) { titles.append(title) }
            for alias in person.aliases where alias != row.name && !aliases.contains(alias) { aliases.append(alias) }
        }
        return (titles, aliases)
    }

    /// The count for a story; while a search lists matches from across the library, the
    /// rows are counted once, when drawn, not twice a frame.
    static func title(_ state: AppState) -> String {
        if let search = state.search, !search.query.isEmpty { return "People in the matches" }
        return "People \(rows(state).count)"
    }

    static func cursor(_ state: AppState) -> PaneCursor { state.cursors[.people] ?? PaneCursor() }

    static func draw(_ state: AppState, in rect: Rect, canvas: inout Canvas) {
        let rows = rows(state)
        guard !rows.isEmpty else {
            canvas.draw([Span("nobody quoted here", .dim)], x: rect.x, y: rect.y, maxWidth: rect.width)
            return
        }
        let cursor = cursor(state)
        let focused = state.focus == .people
        let colours = SpeakerColours(state.model, story: state.story)
        for (line, index) in (cursor.scroll..<min(rows.count, cursor.scroll + rect.height)).enumerated() {
            let row = rows[index]
            let selected = index == cursor.row
            let role: Role = selected ? (focused ? .selection : .selectionUnfocused) : .normal
            var spans: StyledLine = [
                Span("\(row.quotes) ", selected ? role : .dim),
                Span(row.name, selected ? role : .speaker(colours.colour(row.name))),
            ]
            let (titles, aliases) = details(row, state)
            let shown = titles.map(\.capitalized) + aliases
            if !shown.isEmpty { spans.append(Span(" · " + shown.joined(separator: ", "), selected ? role : .dim)) }
            canvas.draw(spans, x: rect.x, y: rect.y + line, maxWidth: rect.width, fill: selected ? role : nil)
        }
    }

    static func move(_ delta: Int, _ state: inout AppState) {
        let count = rows(state).count
        guard count > 0 else { return }
        state.cursors[.people, default: PaneCursor()].row = Update.clamp(cursor(state).row + delta, 0, count - 1)
    }

    /// Enter: the quotes pane shows only this person's quotes (the `@name` filter).
    static func open(_ state: inout AppState) {
        let rows = rows(state)
        guard rows.indices.contains(cursor(state).row) else { return }
        let query = "@" + rows[cursor(state).row].name.replacingOccurrences(of: " ", with: "_")
        state.search = SearchState(query: query, editing: false, results: state.model.search(QuoteQuery(query)))
        state.quoteCursor = 0
        state.quoteScroll = 0
        state.focus = .quotes
        Update.openQuote(&state)
    }

    static func click(row: Int, _ state: inout AppState) {
        let index = cursor(state).scroll + row
        guard rows(state).indices.contains(index) else { return }
        state.cursors[.people, default: PaneCursor()].row = index
    }

    static func keepVisible(_ state: inout AppState, height: Int) {
        let current = cursor(state)
        state.cursors[.people] = PaneCursor(
            row: current.row, scroll: Update.scrolled(cursor: current.row, scroll: current.scroll, height: height))
    }

    static func position(_ state: AppState) -> String {
        let count = rows(state).count
        let item = count == 0 ? "nobody quoted" : "person \(min(cursor(state).row + 1, count))/\(count)"
        return "People: " + item + " · " + StatusLine.storyText(state)
    }
}
