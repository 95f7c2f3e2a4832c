/// A rectangle of the screen.
public struct Rect: Hashable, Sendable {
    public var x, y, width, height: Int

    public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < x + width && py >= y && py < y + height }

    /// The inside of a bordered box.
    public var inner: Rect { Rect(x: x + 1, y: y + 1, width: max(0, width - 2), height: max(0, height - 2)) }
}

/// Where each pane goes at a terminal size: three columns when there is room, one pane
/// at a time with a tab bar on narrow terminals, nothing below the minimum size.
public struct Layout: Sendable {
    public static let minimumWidth = 60
    public static let minimumHeight = 15
    public static let tabbedBelowWidth = 80

    public var panes: [Pane: Rect]
    /// The tab bar row on narrow terminals.
    public var tabBar: Int?
    public var statusLine: Int

    public static func compute(width: Int, height: Int, focus: Pane) -> Layout? {
        guard width >= minimumWidth, height >= minimumHeight else { return nil }
        let bodyHeight = height - 1
        if width < tabbedBelowWidth {
            return Layout(
                panes: [focus: Rect(x: 0, y: 1, width: width, height: bodyHeight - 1)], tabBar: 0,
                statusLine: height - 1)
        }
        let storiesWidth = min(40, max(18, width * 22 / 100))
        let rightWidth = min(60, max(26, width * 30 / 100))
        let articleWidth = width - storiesWidth - rightWidth
        let quotesHeight = bodyHeight * 55 / 100
        return Layout(
            panes: [
                .stories: Rect(x: 0, y: 0, width: storiesWidth, height: bodyHeight),
                .article: Rect(x: storiesWidth, y: 0, width: articleWidth, height: bodyHeight),
                .quotes: Rect(x: storiesWidth + articleWidth, y: 0, width: rightWidth, height: quotesHeight),
                .timeline: Rect(
                    x: storiesWidth + articleWidth, y: quotesHeight, width: rightWidth,
                    height: bodyHeight - quotesHeight),
            ], tabBar: nil, statusLine: height - 1)
    }
}
