/// A key or mouse event, as the terminal front reports it.
public enum Key: Hashable, Sendable {
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace
    case character(Character)
    case control(Character)
    case resize(width: Int, height: Int)
    case click(x: Int, y: Int)
    case wheel(x: Int, y: Int, delta: Int)
}

/// Where keys go; the order is the tab order and, within a column, top to bottom.
public enum Pane: Int, CaseIterable, Sendable {
    case stories, article, quotes, timeline, people

    public var title: String { kind.name }
}

/// What a key means: every behaviour of the reader is one of these.
public enum Action: Hashable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case nextPane, previousPane, paneLeft, paneRight
    case focusPane(Pane)
    case open
    case startSearch, nextMatch, previousMatch
    case nextEvent, previousEvent
    case toggleGrouping
    case toggleWarnings
    case openAddress
    case fetchFeeds
    case toggleHelp, quit
    case resize(width: Int, height: Int)
    case click(x: Int, y: Int)
    case scroll(x: Int, y: Int, delta: Int)
    // While typing a search:
    case searchInput(Character), searchBackspace, searchCancel, searchAccept
}
