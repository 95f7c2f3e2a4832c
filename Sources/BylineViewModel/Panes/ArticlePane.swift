import BylineCore

/// The article pane: headline, byline, address and the text, quotes in their speaker's
/// colour and dates marked.
enum ArticlePane: ReaderPane {
    static let name = "Article"
    static let placement = PanePlacement(column: .middle, share: 100)

    static func draw(_ state: AppState, in rect: Rect, canvas: inout Canvas) {
        let lines = ArticleLines.lines(state, width: rect.width, atLeast: state.articleScroll + rect.height)
        for (row, index) in (state.articleScroll..<min(lines.count, state.articleScroll + rect.height)).enumerated() {
            canvas.draw(lines[index].spans, x: rect.x, y: rect.y + row, maxWidth: rect.width)
        }
    }

    static func move(_ delta: Int, _ state: inout AppState) {
        let lines = Update.articleLineCount(&state)
        state.articleScroll = Update.clamp(state.articleScroll + delta, 0, max(0, lines - Update.articleHeight(state)))
    }

    static func open(_ state: inout AppState) { state.focus = .quotes }

    /// At the top of an article there is nothing to clamp, and no need to wrap it all.
    static func keepVisible(_ state: inout AppState, height: Int) {
        guard state.articleScroll > 0 else { return }
        state.articleScroll = Update.clamp(state.articleScroll, 0, max(0, Update.articleLineCount(&state) - height))
    }

    static func position(_ state: AppState) -> String {
        let width = Update.pane(state, .article)?.width ?? 0
        let lines = ArticleLines.lines(state, width: width).count, height = Update.articleHeight(state)
        let read = lines <= height ? 100 : min(100, (state.articleScroll + height) * 100 / lines)
        return "Article: \(StatusLine.articleText(state)) · \(read)% · " + StatusLine.storyText(state)
    }
}
