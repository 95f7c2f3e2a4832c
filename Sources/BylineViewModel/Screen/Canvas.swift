/// A grid of cells the views draw into; the terminal front flushes only what changed.
public struct Canvas: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var rows: [[Cell]]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        rows = Array(repeating: Array(repeating: .blank, count: self.width), count: self.height)
    }

    /// Writes styled spans at a position, clipped to `maxWidth` columns; wide characters
    /// that would not fit are left out rather than split, and text that is cut ends in "…"
    /// so a reader knows there is more.
    @discardableResult
    public mutating func draw(_ line: StyledLine, x: Int, y: Int, maxWidth: Int, fill: Role? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        var column = x
        let limit = min(width, x + maxWidth)
        var cut = false
        outer: for span in line {
            let safe = DisplayWidth.sanitize(span.text)
            var pending: Cell? = nil
            for s in safe.unicodeScalars {
                let w = DisplayWidth.of(s)
                if w == 0 {
                    // A combining mark joins the previous cell.
                    if var cell = pending { cell.text.unicodeScalars.append(s); pending = cell }
                    continue
                }
                if let cell = pending { put(cell, &column, y) }
                if column + w > limit {
                    pending = nil
                    cut = true
                    break outer
                }
                pending = Cell(text: String(s), role: span.role, width: w)
            }
            if let cell = pending { put(cell, &column, y) }
        }
        if cut, column > x { markCut(before: column, y) }
        if let fill {
            while column < limit { rows[y][column] = Cell(text: " ", role: fill, width: 1); column += 1 }
        }
        return column - x
    }

    /// Puts "…" in the last cell drawn before `column` (a wide character gives up both cells).
    private mutating func markCut(before column: Int, _ y: Int) {
        var last = column - 1
        if rows[y][last] == .continuation, last > 0 {
            rows[y][last] = Cell(text: " ", role: rows[y][last - 1].role, width: 1)
            last -= 1
        }
        rows[y][last] = Cell(text: "…", role: rows[y][last].role, width: 1)
    }

    private mutating func put(_ cell: Cell, _ column: inout Int, _ y: Int) {
        guard column < width else { return }
        rows[y][column] = cell
        if cell.width == 2, column + 1 < width { rows[y][column + 1] = .continuation }
        column += cell.width
    }

    /// A box with a title in its top border.
    public mutating func box(x: Int, y: Int, width w: Int, height h: Int, title: String, focused: Bool) {
        guard w >= 2, h >= 2 else { return }
        let role: Role = focused ? .focusedBorder : .border
        for cx in x..<(x + w) {
            set(cx, y, "─", role)
            set(cx, y + h - 1, "─", role)
        }
        for cy in y..<(y + h) {
            set(x, cy, "│", role)
            set(x + w - 1, cy, "│", role)
        }
        set(x, y, "┌", role); set(x + w - 1, y, "┐", role)
        set(x, y + h - 1, "└", role); set(x + w - 1, y + h - 1, "┘", role)
        draw([Span(" " + title + " ", focused ? .paneTitle : .border)], x: x + 1, y: y, maxWidth: w - 2)
    }

    public mutating func set(_ x: Int, _ y: Int, _ text: String, _ role: Role) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        rows[y][x] = Cell(text: text, role: role, width: 1)
    }

    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, role: Role) {
        for cy in max(0, y)..<min(height, y + h) {
            for cx in max(0, x)..<min(width, x + w) { rows[cy][cx] = Cell(text: " ", role: role, width: 1) }
        }
    }

    /// The screen as plain text, one line per row, trailing spaces trimmed: what tests compare.
    public var plainText: String {
        rows.map { row in
            var line = row.map(\.text).joined()
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    /// The plain text of one row.
    public func line(_ y: Int) -> String { rows[y].map(\.text).joined() }
}
