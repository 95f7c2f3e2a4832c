/// One pane of the reader as a small table of operations, in the manner of tig's views:
/// what it is called and shows, where it sits, and what the keys do there. A new pane is
/// one type conforming to this, and its line in `Pane`.
protocol ReaderPane {
    /// The name in its border and on its tab.
    static var name: String { get }
    /// Where it sits on a wide terminal.
    static var placement: PanePlacement { get }
    /// The border's title: the name and a count.
    static func title(_ state: AppState) -> String
    static func draw(_ state: AppState, in rect: Rect, canvas: inout Canvas)
    /// ↑ ↓ PgUp PgDn g G, by `delta` rows.
    static func move(_ delta: Int, _ state: inout AppState)
    /// Enter.
    static func open(_ state: inout AppState)
    /// A click on a row inside the border.
    static func click(row: Int, _ state: inout AppState)
    /// Keeps the cursor on screen in a pane of this many rows.
    static func keepVisible(_ state: inout AppState, height: Int)
    /// How many rows PgUp and PgDn move.
    static func pageSize(height: Int) -> Int
    /// What the status line says while the pane has the focus.
    static func position(_ state: AppState) -> String
}

extension ReaderPane {
    static func title(_ state: AppState) -> String { name }
    static func click(row: Int, _ state: inout AppState) {}
    static func keepVisible(_ state: inout AppState, height: Int) {}
    static func pageSize(height: Int) -> Int { max(1, height - 1) }
}

/// Where a pane sits on a wide terminal: a column, and its share (percent) of that
/// column's height; panes of one column stack in `Pane` order.
struct PanePlacement {
    enum Column: CaseIterable { case left, middle, right }
    var column: Column
    var share: Int
}

/// A pane's cursor and scroll, for panes that keep nothing else.
public struct PaneCursor: Hashable, Sendable {
    public var row = 0
    public var scroll = 0
}

extension Pane {
    /// The pane's operations: the one line a new pane adds here.
    var kind: any ReaderPane.Type {
        switch self {
        case .stories: return StoriesPane.self
        case .people: return PeoplePane.self
        case .article: return ArticlePane.self
        case .quotes: return QuotesPane.self
        case .timeline: return TimelinePane.self
        }
    }
}
