/// The warnings view: every problem met while loading, each wrapped whole (never cut),
/// scrolling when they do not fit; it stays until dismissed.
enum WarningsOverlay {
    /// The box: most of the screen, inside a margin.
    static func frame(_ state: AppState) -> (x: Int, y: Int, width: Int, height: Int) {
        let width = max(10, state.width - 4), height = max(5, state.height - 4)
        return ((state.width - width) / 2, (state.height - height) / 2, width, height)
    }

    /// Every warning wrapped to the box, a blank line between them.
    static func lines(_ state: AppState) -> [StyledLine] {
        let width = frame(state).width - 4
        var out: [StyledLine] = []
        for (i, warning) in state.warnings.enumerated() {
            if i > 0 { out.append([]) }
            let scalars = [Unicode.Scalar](warning.unicodeScalars)
            out += TextWrap.wrap(scalars, 0..<scalars.count, width: width) { _ in .warning }.map(\.spans)
        }
        return out
    }

    static func visibleRows(_ state: AppState) -> Int { max(1, frame(state).height - 3) }

    static func lastScroll(_ state: AppState) -> Int { max(0, lines(state).count - visibleRows(state)) }

    static func draw(_ state: AppState, canvas: inout Canvas) {
        let box = frame(state)
        let all = lines(state)
        let rows = visibleRows(state)
        let first = min(state.warningsScroll, lastScroll(state))
        let title =
            "Warnings \(state.warnings.count)" + (all.count > rows ? " — ↑↓ scroll" : "") + " — w or Esc closes"
        canvas.fill(x: box.x, y: box.y, width: box.width, height: box.height, role: .help)
        canvas.box(x: box.x, y: box.y, width: box.width, height: box.height, title: title, focused: true)
        for (i, line) in all.dropFirst(first).prefix(rows).enumerated() {
            canvas.draw(line, x: box.x + 2, y: box.y + 2 + i, maxWidth: box.width - 4)
        }
    }
}
