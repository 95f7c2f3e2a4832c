import BylineCore

/// The timeline pane: the story's dates in order under year and month headings.
enum TimelinePane: ReaderPane {
    static let name = "Timeline"
    static let placement = PanePlacement(column: .right, share: 45)

    static func title(_ state: AppState) -> String { "Timeline \(state.timeline?.events.count ?? 0)" }

    static func draw(_ state: AppState, in rect: Rect, canvas: inout Canvas) {
        TimelineView.draw(state, in: rect, canvas: &canvas)
    }

    /// Moving jumps the article to each date's sentence.
    static func move(_ delta: Int, _ state: inout AppState) {
        let count = state.timelineEvents.count
        guard count > 0 else { return }
        Update.jump(toEvent: Update.clamp((state.eventCursor ?? -1) + delta, 0, count - 1), &state)
    }

    static func open(_ state: inout AppState) {
        if let cursor = state.eventCursor {
            Update.jump(toEvent: cursor, &state)
        } else {
            Update.stepEvent(forward: true, &state)
        }
    }

    static func click(row: Int, _ state: inout AppState) {
        let rows = TimelineView.rows(state)
        let index = state.timelineScroll + row - 1
        if rows.indices.contains(index), let event = rows[index].event { Update.jump(toEvent: event, &state) }
    }

    static func keepVisible(_ state: inout AppState, height: Int) {
        guard let cursor = state.eventCursor,
            let row = TimelineView.rows(state).firstIndex(where: { $0.event == cursor })
        else { return }
        state.timelineScroll = Update.scrolled(cursor: row, scroll: state.timelineScroll, height: max(1, height - 1))
    }

    static func position(_ state: AppState) -> String {
        "Timeline: " + counted(state.timelineEvents.count, "date") + " · " + StatusLine.storyText(state)
    }
}
