import BylineCore

/// The stories pane: stories by event (or sources), a story of several reports expanding
/// to list them.
enum StoriesPane: ReaderPane {
    static let name = "Stories"
    static let placement = PanePlacement(column: .left, share: 62)

    static func title(_ state: AppState) -> String {
        let noun = state.model.library.mode == .events ? "Stories" : "Sources"
        return "\(noun) \(state.model.library.stories.count)"
    }

    static func draw(_ state: AppState, in rect: Rect, canvas: inout Canvas) {
        StoriesView.draw(state, in: rect, canvas: &canvas)
    }

    /// Moving through the stories shows each one at once.
    static func move(_ delta: Int, _ state: inout AppState) {
        let rows = state.storyRows
        guard !rows.isEmpty else { return }
        state.storyCursor = Update.clamp(state.storyCursor + delta, 0, rows.count - 1)
        Update.preview(rows[state.storyCursor], &state)
    }

    /// Enter on a story of several reports lists them, and on a listed one folds it again;
    /// on anything else it opens the article.
    static func open(_ state: inout AppState) {
        let rows = state.storyRows
        guard rows.indices.contains(state.storyCursor) else { return }
        if case let .story(s) = rows[state.storyCursor], state.model.library.stories[s].articles.count > 1 {
            if state.expanded.contains(s) { state.expanded.remove(s) } else { state.expanded.insert(s) }
            return
        }
        Update.preview(rows[state.storyCursor], &state)
        state.focus = .article
    }

    static func click(row: Int, _ state: inout AppState) {
        let index = state.storyScroll + row
        guard state.storyRows.indices.contains(index) else { return }
        state.storyCursor = index
        Update.preview(state.storyRows[index], &state)
    }

    static func keepVisible(_ state: inout AppState, height: Int) {
        state.storyScroll = Update.scrolled(cursor: state.storyCursor, scroll: state.storyScroll, height: height)
    }

    static func position(_ state: AppState) -> String {
        "Stories: " + StatusLine.storyText(state) + " · " + StatusLine.articleText(state)
    }
}
