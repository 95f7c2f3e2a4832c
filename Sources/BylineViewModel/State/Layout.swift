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
        let leftWidth = min(40, max(18, width * 22 / 100))
        let rightWidth = min(60, max(26, width * 30 / 100))
        let columns: [PanePlacement.Column: (x: Int, width: Int)] = [
            .left: (0, leftWidth), .middle: (leftWidth, width - leftWidth - rightWidth),
            .right: (width - rightWidth, rightWidth),
        ]
        // Each column's panes stacked in order, by their shares; the last takes what is left.
        var panes: [Pane: Rect] = [:]
        for column in PanePlacement.Column.allCases {
            let stacked = Pane.allCases.filter { $0.kind.placement.column == column }
            let total = max(1, stacked.reduce(0) { $0 + $1.kind.placement.share })
            var y = 0
            for (i, pane) in stacked.enumerated() {
                let rowCount = i == stacked.count - 1 ? bodyHeight - y : bodyHeight * pane.kind.placement.share / total
                panes[pane] = Rect(x: columns[column]!.x, y: y, width: columns[column]!.width, height: rowCount)
                y += rowCount
            }
        }
        return Layout(panes: panes, tabBar: nil, statusLine: height - 1)
    }
}
