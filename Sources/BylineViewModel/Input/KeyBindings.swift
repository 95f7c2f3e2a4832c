/// The key table: what each key does, and the words the help overlay and hint bar show.
/// Both are generated from this table so they never drift from the behaviour.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    /// How the keys are written in help ("↑/k").
    public var label: String
    public var action: Action
    public var help: String
    /// The word shown in the status line's hints; nil keeps the key out of them.
    public var hint: String?
    /// The panes where the hint is shown (the key works everywhere; the hint says what
    /// is useful where the reader is).
    public var hintPanes: Set<Pane> = Set(Pane.allCases)
}

public enum KeyBindings {
    public static let normal: [KeyBinding] = [
        KeyBinding(keys: [.up, .character("k")], label: "↑/k", action: .moveUp, help: "move up", hint: nil),
        KeyBinding(keys: [.down, .character("j")], label: "↓/j", action: .moveDown, help: "move down", hint: nil),
        KeyBinding(
            keys: [.left, .character("h")], label: "←/h", action: .paneLeft, help: "pane to the left", hint: nil),
        KeyBinding(
            keys: [.right, .character("l")], label: "→/l", action: .paneRight, help: "pane to the right", hint: nil),
        KeyBinding(keys: [.tab], label: "Tab", action: .nextPane, help: "next pane", hint: "pane"),
        KeyBinding(keys: [.backTab], label: "S-Tab", action: .previousPane, help: "previous pane", hint: nil),
        KeyBinding(keys: [.character("1")], label: "1", action: .focusPane(.stories), help: "stories pane", hint: nil),
        KeyBinding(keys: [.character("2")], label: "2", action: .focusPane(.article), help: "article pane", hint: nil),
        KeyBinding(keys: [.character("3")], label: "3", action: .focusPane(.quotes), help: "quotes pane", hint: nil),
        KeyBinding(
            keys: [.character("4")], label: "4", action: .focusPane(.timeline), help: "timeline pane", hint: nil),
        KeyBinding(keys: [.character("5")], label: "5", action: .focusPane(.people), help: "people pane", hint: nil),
        KeyBinding(
            keys: [.enter], label: "Enter", action: .open, help: "open story / jump to quote or date", hint: "open",
            hintPanes: [.stories, .quotes, .timeline]),
        KeyBinding(keys: [.pageUp], label: "PgUp", action: .pageUp, help: "page up", hint: nil),
        KeyBinding(
            keys: [.pageDown, .character(" ")], label: "PgDn/Space", action: .pageDown, help: "page down", hint: nil),
        KeyBinding(keys: [.home, .character("g")], label: "g/Home", action: .top, help: "go to the top", hint: nil),
        KeyBinding(
            keys: [.end, .character("G")], label: "G/End", action: .bottom, help: "go to the bottom", hint: nil),
        KeyBinding(
            keys: [.character("/")], label: "/", action: .startSearch, help: "search quotes (@name: by speaker)",
            hint: "search"),
        KeyBinding(keys: [.character("n")], label: "n", action: .nextMatch, help: "next match", hint: nil),
        KeyBinding(keys: [.character("N")], label: "N", action: .previousMatch, help: "previous match", hint: nil),
        KeyBinding(
            keys: [.character("]")], label: "]", action: .nextEvent, help: "next timeline date", hint: "next date"),
        KeyBinding(
            keys: [.character("[")], label: "[", action: .previousEvent, help: "previous timeline date", hint: nil),
        KeyBinding(
            keys: [.character("s")], label: "s", action: .toggleGrouping,
            help: "stories by event / articles by source (folder, feed, file)", hint: "sources"),
        KeyBinding(
            keys: [.character("o")], label: "o", action: .openAddress,
            help: "open the article's address in the browser ($BROWSER)", hint: nil),
        KeyBinding(
            keys: [.character("R")], label: "R", action: .fetchFeeds,
            help: "fetch the feeds followed, in the background (byline subscribe adds feeds)", hint: nil),
        KeyBinding(
            keys: [.character("w")], label: "w", action: .toggleWarnings,
            help: "warnings: every file or feed not read, and why", hint: nil),
        KeyBinding(keys: [.character("?")], label: "?", action: .toggleHelp, help: "this help", hint: "help"),
        KeyBinding(
            keys: [.character("q"), .control("c")], label: "q", action: .quit, help: "quit (Ctrl-C too)",
            hint: "quit"),
    ]

    public static let searching: [KeyBinding] = [
        KeyBinding(keys: [.enter], label: "Enter", action: .searchAccept, help: "keep the filter", hint: "keep"),
        KeyBinding(keys: [.escape], label: "Esc", action: .searchCancel, help: "cancel the search", hint: "cancel"),
        KeyBinding(keys: [.backspace], label: "⌫", action: .searchBackspace, help: "delete a character", hint: nil),
    ]

    /// The action for a key in the current mode.
    public static func action(for key: Key, searching: Bool) -> Action? {
        switch key {
        case let .resize(w, h): return .resize(width: w, height: h)
        case let .click(x, y): return .click(x: x, y: y)
        case let .wheel(x, y, d): return .scroll(x: x, y: y, delta: d)
        default: break
        }
        if searching {
            if let binding = Self.searching.first(where: { $0.keys.contains(key) }) { return binding.action }
            if case let .character(c) = key { return .searchInput(c) }
            if key == .control("c") { return .quit }
            return nil
        }
        if key == .escape { return .searchCancel }
        return normal.first { $0.keys.contains(key) }?.action
    }
}
