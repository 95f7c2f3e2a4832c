import BylineCore
import Foundation

/// Draws the whole screen for a state: panes, status line, and the help overlay on top.
public enum Render {
    public static func screen(_ state: AppState) -> Canvas {
        var canvas = Canvas(width: state.width, height: state.height)
        guard let layout = Layout.compute(width: state.width, height: state.height, focus: state.focus) else {
            tooSmall(state, &canvas)
            return canvas
        }
        if let tabBar = layout.tabBar {
            var x = 0
            for pane in Pane.allCases {
                let label = " \(pane.title) "
                x +=
                    canvas.draw(
                        [Span(label, pane == state.focus ? .selection : .dim)], x: x, y: tabBar,
                        maxWidth: state.width - x) + 1
            }
        }
        for (pane, rect) in layout.panes {
            canvas.box(
                x: rect.x, y: rect.y, width: rect.width, height: rect.height, title: title(pane, state),
                focused: pane == state.focus)
            pane.kind.draw(state, in: rect.inner, canvas: &canvas)
        }
        StatusLine.draw(state, y: layout.statusLine, canvas: &canvas)
        if state.showHelp { HelpOverlay.draw(state, canvas: &canvas) }
        if state.showWarnings { WarningsOverlay.draw(state, canvas: &canvas) }
        return canvas
    }

    static func title(_ pane: Pane, _ state: AppState) -> String { pane.kind.title(state) }

    /// Lays out what the next frame shows (the open article) into the state's cache, so
    /// `screen` finds it: the loop calls this before each frame, and drawing stays a pure
    /// function of the state.
    public static func prepare(_ state: inout AppState) {
        guard let rect = Update.pane(state, .article) else { return }
        // The whole article when its pane has the focus: the status line says how much is read.
        let atLeast = state.focus == .article ? nil : state.articleScroll + rect.height
        ArticleLines.lines(&state, width: rect.width, atLeast: atLeast)
    }

    static func tooSmall(_ state: AppState, _ canvas: inout Canvas) {
        let lines = [
            "Terminal too small",
            "need \(Layout.minimumWidth)×\(Layout.minimumHeight), have \(state.width)×\(state.height)", "q quits",
        ]
        for (i, line) in lines.enumerated() {
            let y = state.height / 2 - 1 + i
            let x = max(0, (state.width - DisplayWidth.of(line)) / 2)
            canvas.draw([Span(line, i == 0 ? .warning : .normal)], x: x, y: y, maxWidth: state.width - x)
        }
    }
}

/// The bottom line: where you are and the keys that matter now.
enum StatusLine {
    static func draw(_ state: AppState, y: Int, canvas: inout Canvas) {
        canvas.fill(x: 0, y: y, width: state.width, height: 1, role: .status)
        var left: StyledLine
        if let search = state.search, search.editing {
            left = [
                Span("/", .prompt), Span(search.query + "▏", .status),
                Span("  " + StatusLine.matches(search, complete: state.model.isComplete), .status),
            ]
        } else {
            var text = Self.position(state)
            if !state.model.isComplete { text += " · reading \(state.model.analyzed)/\(state.model.articleCount)" }
            left = [Span(" " + text, .status)]
            if let message = state.message { left.append(Span("  " + message, .warning)) }
        }
        let bindings =
            state.search?.editing == true
            ? KeyBindings.searching : KeyBindings.normal.filter { $0.hintPanes.contains(state.focus) }
        var hints: [(binding: KeyBinding, line: StyledLine)] = bindings.compactMap { binding in
            binding.hint.map { (binding, [Span(" " + binding.label, .statusKey), Span(" " + $0, .status)]) }
        }
        let used = canvas.draw(left, x: 0, y: y, maxWidth: state.width)
        // Hints that do not fit give way, least important (first listed) first; help and quit
        // stay, and Tab too when the panes are tabs (it is how the others are reached).
        let tabbed = state.width < Layout.tabbedBelowWidth
        func width(_ hints: [(binding: KeyBinding, line: StyledLine)]) -> Int {
            hints.flatMap(\.line).reduce(0) { $0 + DisplayWidth.of($1.text) } + 1
        }
        while used + width(hints) >= state.width,
            let index = hints.firstIndex(where: { !(tabbed && $0.binding.action == .nextPane) })
        {
            hints.remove(at: index)
        }
        let line = hints.flatMap(\.line)
        if !line.isEmpty {
            let w = width(hints)
            canvas.draw(line, x: state.width - w, y: y, maxWidth: w)
        }
    }

    /// Where the reader is: the focused pane and the item there, then the date the
    /// timeline is on (after [ or ]), or the story's counts.
    static func position(_ state: AppState) -> String {
        guard state.model.library.stories.indices.contains(state.story) else { return "Stories: none" }
        var parts = [state.focus.kind.position(state)]
        if let cursor = state.eventCursor, state.timelineEvents.indices.contains(cursor) {
            parts.append("date \(cursor + 1)/\(state.timelineEvents.count) \(state.timelineEvents[cursor].value)")
        } else if state.focus == .stories {
            parts.append(counted(state.model.quotes(ofStory: state.story).count, "quote"))
            parts.append(counted(state.timeline?.events.count ?? 0, "date"))
        }
        return parts.joined(separator: " · ")
    }

    /// "story 2/6", with its days when it has several ("story 2/6 (Mar 11–13)").
    static func storyText(_ state: AppState) -> String {
        let stories = state.model.library.stories
        guard stories.indices.contains(state.story) else { return "no story" }
        var text = "story \(state.story + 1)/\(stories.count)"
        if let span = stories[state.story].dateSpan, span.lowerBound != span.upperBound {
            text += " (" + days(span) + ")"
        }
        return text
    }

    /// "article 1/3" of the open story.
    static func articleText(_ state: AppState) -> String {
        let count = state.model.library.stories[safe: state.story]?.articles.count ?? 0
        return "article \(state.article + 1)/\(count)"
    }

    /// "Mar 11–13", "Mar 30 – Apr 2", or whole dates across years.
    static func days(_ span: ClosedRange<CalendarDate>) -> String {
        let (a, b) = (span.lowerBound, span.upperBound)
        let month = { (d: CalendarDate) in TimelineLabel.monthNames[d.month - 1] }
        if a.year != b.year { return a.isoString + " – " + b.isoString }
        if a.month != b.month { return "\(month(a)) \(a.day) – \(month(b)) \(b.day)" }
        return "\(month(a)) \(a.day)–\(b.day)"
    }

    /// "3 matches", "1 match", "12 matches so far" while articles are still being read;
    /// before anything is typed, what the prompt is for.
    static func matches(_ search: SearchState, complete: Bool) -> String {
        guard !search.query.isEmpty else { return "type to search quotes; @name for a speaker" }
        return counted(search.results.count, "match", plural: "matches") + (complete ? "" : " so far")
    }
}

func counted(_ n: Int, _ noun: String, plural: String? = nil) -> String {
    "\(n) \(n == 1 ? noun : plural ?? noun + "s")"
}

/// Every key, from the key table itself.
/// The help overlay: every binding from the key table, the mouse, and the keys that work
/// while searching; it scrolls when the terminal is too short to show it all.
enum HelpOverlay {
    static let entries: [(label: String, help: String)] =
        KeyBindings.normal.map { ($0.label, $0.help) } + [("Mouse", "click selects and focuses, the wheel scrolls")]
        + [("", ""), ("While searching:", "")] + KeyBindings.searching.map { ($0.label, $0.help) }

    /// The box's size and place on a terminal of this size.
    static func frame(width: Int, height: Int) -> (x: Int, y: Int, width: Int, height: Int) {
        let labelWidth = entries.map { DisplayWidth.of($0.label) }.max() ?? 0
        let helpWidth = entries.map { DisplayWidth.of($0.help) }.max() ?? 0
        let boxWidth = min(width - 2, max(40, labelWidth + 6 + helpWidth))
        let boxHeight = min(height - 2, entries.count + 3)
        return ((width - boxWidth) / 2, (height - boxHeight) / 2, boxWidth, boxHeight)
    }

    static func visibleRows(width: Int, height: Int) -> Int { max(1, frame(width: width, height: height).height - 3) }

    /// How far the help can scroll.
    static func lastScroll(width: Int, height: Int) -> Int {
        max(0, entries.count - visibleRows(width: width, height: height))
    }

    static func draw(_ state: AppState, canvas: inout Canvas) {
        let box = frame(width: state.width, height: state.height)
        let rows = visibleRows(width: state.width, height: state.height)
        let first = min(state.helpScroll, lastScroll(width: state.width, height: state.height))
        let scrolls = entries.count > rows
        let title =
            scrolls
            ? "Keys \(first + 1)–\(first + rows)/\(entries.count) — ↑↓ scroll, ? or Esc closes"
            : "Keys — ? or Esc closes"
        let labelWidth = entries.map { DisplayWidth.of($0.label) }.max() ?? 0
        canvas.fill(x: box.x, y: box.y, width: box.width, height: box.height, role: .help)
        canvas.box(x: box.x, y: box.y, width: box.width, height: box.height, title: title, focused: true)
        for (i, entry) in entries.dropFirst(first).prefix(rows).enumerated() {
            let label = entry.label.padding(toLength: labelWidth, withPad: " ", startingAt: 0)
            canvas.draw(
                [Span(label, .statusKey), Span("  " + entry.help, .help)], x: box.x + 2, y: box.y + 2 + i,
                maxWidth: box.width - 4)
        }
    }
}
