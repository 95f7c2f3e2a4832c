import BylineCore

/// The quotes pane: the story's quotes, or a search's matches across the library.
enum QuotesPane: ReaderPane {
    static let name = "Quotes"
    static let placement = PanePlacement(column: .right, share: 55)

    static func title(_ state: AppState) -> String {
        if let search = state.search, !search.query.isEmpty { return "Quotes \(search.results.count) matching" }
        return "Quotes \(state.listedQuotes.count)"
    }

    static func draw(_ state: AppState, in rect: Rect, canvas: inout Canvas) {
        QuotesView.draw(state, in: rect, canvas: &canvas)
    }

    /// As in the stories pane, moving shows what the cursor is on.
    static func move(_ delta: Int, _ state: inout AppState) {
        let count = state.listedQuotes.count
        guard count > 0 else { return }
        state.quoteCursor = Update.clamp(state.quoteCursor + delta, 0, count - 1)
        Update.openQuote(&state)
    }

    static func open(_ state: inout AppState) { Update.openQuote(&state) }

    static func click(row: Int, _ state: inout AppState) {
        let index = state.quoteScroll + row / QuotesView.rowsPerQuote
        guard state.listedQuotes.indices.contains(index) else { return }
        state.quoteCursor = index
        Update.openQuote(&state)
    }

    static func keepVisible(_ state: inout AppState, height: Int) {
        let slots = max(1, height / QuotesView.rowsPerQuote)
        state.quoteScroll = Update.scrolled(cursor: state.quoteCursor, scroll: state.quoteScroll, height: slots)
    }

    static func pageSize(height: Int) -> Int { max(1, height / QuotesView.rowsPerQuote) }

    static func position(_ state: AppState) -> String {
        let count = state.listedQuotes.count
        let noun = state.search.map { $0.query.isEmpty ? "quote" : "match" } ?? "quote"
        let item = count == 0 ? "no \(noun)s" : "\(noun) \(min(state.quoteCursor + 1, count))/\(count)"
        return "Quotes: " + item + " · " + StatusLine.storyText(state)
    }
}
