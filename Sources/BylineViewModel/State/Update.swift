import BylineCore

/// Key → action → new state: every behaviour the reader has, with no terminal involved.
public enum Update {
    /// Applies a key; returns what the loop must do beyond the state (nothing, mostly).
    @discardableResult
    public static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard let action = KeyBindings.action(for: key, searching: state.search?.editing == true) else { return [] }
        let story = state.story
        var effects = apply(action, &state)
        // A story opened before extraction reached it goes to the front of the queue.
        if state.story != story, !state.model.isComplete, state.model.timeline(state.story) == nil {
            effects.append(.startExtraction(firstStory: state.story))
        }
        // An article of the fetched library, once shown, is no longer new (looked up only
        // when reading that library: this runs on every key).
        if state.fetchedLibrary != nil, let article = state.model.article(state.story, state.article),
            let path = state.pathInFetchedLibrary(article), state.readMarks.mark(path)
        {
            effects.append(.saveReadMarks)
        }
        return effects
    }

    /// `R`: fetch the feeds followed, unless a fetch is already running.
    static func fetchFeeds(_ state: inout AppState) -> [Effect] {
        guard !state.fetching else {
            state.message = "a fetch is already running"
            return []
        }
        state.fetching = true
        state.message = "fetching the feeds followed…"
        return [.fetchFeeds]
    }

    /// `o`: the article's address, for the loop to open; an article without one says so.
    static func openAddress(_ state: inout AppState) -> [Effect] {
        guard let url = state.model.article(state.story, state.article)?.url, !url.isEmpty else {
            state.message = "this article has no address to open"
            return []
        }
        state.message = "opening " + url
        return [.openURL(url)]
    }

    /// Applies an action; returns the work it asks of the loop (opening an address,
    /// fetching), none for most.
    @discardableResult
    public static func apply(_ action: Action, _ state: inout AppState) -> [Effect] {
        state.message = nil
        if state.showWarnings {
            state.showWarnings = overlayStaysOpen(
                action, closedBy: .toggleWarnings, scroll: &state.warningsScroll,
                last: WarningsOverlay.lastScroll(state))
            if case .resize = action {} else { return [] }
        }
        if state.showHelp {
            state.showHelp = overlayStaysOpen(
                action, closedBy: .toggleHelp, scroll: &state.helpScroll,
                last: HelpOverlay.lastScroll(width: state.width, height: state.height))
            if case .resize = action {} else { return [] }
        }
        switch action {
        case .moveUp: move(-1, &state)
        case .moveDown: move(1, &state)
        case .pageUp: move(-pageSize(state), &state)
        case .pageDown: move(pageSize(state), &state)
        case .top: move(Int.min / 2, &state)
        case .bottom: move(Int.max / 2, &state)
        case .nextPane: state.focus = Pane(rawValue: (state.focus.rawValue + 1) % Pane.allCases.count)!
        case .previousPane:
            state.focus = Pane(rawValue: (state.focus.rawValue + Pane.allCases.count - 1) % Pane.allCases.count)!
        // Through the panes in order (down each column, then across): every pane is reached.
        case .paneLeft: state.focus = Pane(rawValue: max(0, state.focus.rawValue - 1))!
        case .paneRight: state.focus = Pane(rawValue: min(Pane.allCases.count - 1, state.focus.rawValue + 1))!
        case let .focusPane(pane): state.focus = pane
        case .open: open(&state)
        case .startSearch:
            state.search = SearchState(query: "", editing: true, results: QuoteMatches([]))
            runSearch(&state)
        case let .searchInput(c):
            state.search?.query.append(c)
            runSearch(&state)
        case .searchBackspace:
            if state.search?.query.isEmpty == false { state.search?.query.removeLast() }
            runSearch(&state)
        case .searchCancel:
            state.search = nil
            state.quoteCursor = 0
            state.quoteScroll = 0
        case .searchAccept:
            state.search?.editing = false
            if state.search?.query.isEmpty == true { state.search = nil }
            state.focus = .quotes
            // Enter opens the first match, so n goes on to the second.
            if state.search?.results.isEmpty == false {
                state.quoteCursor = 0
                openQuote(&state)
                keepVisible(&state)
            }
        case .nextMatch: stepMatch(1, &state)
        case .previousMatch: stepMatch(-1, &state)
        case .nextEvent: stepEvent(forward: true, &state)
        case .previousEvent: stepEvent(forward: false, &state)
        case .openAddress: return openAddress(&state)
        case .fetchFeeds: return fetchFeeds(&state)
        case .toggleGrouping: toggleGrouping(&state)
        case .toggleWarnings:
            guard !state.warnings.isEmpty else {
                state.message = "no warnings: everything was read"
                return []
            }
            state.showWarnings = true
            state.warningsScroll = 0
        case .toggleHelp:
            state.showHelp = true
            state.helpScroll = 0
        case .quit: state.quit = true
        case let .resize(width, height):
            state.width = width
            state.height = height
            keepVisible(&state)
        case let .click(x, y): click(x, y, &state)
        case let .scroll(x, y, delta): scroll(x, y, delta, &state)
        }
        return []
    }

    /// An overlay (help, warnings) takes every key while it is up: its own key, Esc or q
    /// close it, the moving keys scroll it, the rest wait. Whether it stays open.
    static func overlayStaysOpen(_ action: Action, closedBy key: Action, scroll: inout Int, last: Int) -> Bool {
        switch action {
        case key, .searchCancel, .quit: return false
        case .moveUp: scroll = max(0, scroll - 1)
        case .moveDown: scroll = min(last, scroll + 1)
        case .pageUp, .top: scroll = 0
        case .pageDown, .bottom: scroll = last
        default: break
        }
        return true
    }

    // MARK: Moving

    static func move(_ delta: Int, _ state: inout AppState) {
        state.focus.kind.move(delta, &state)
        keepVisible(&state)
    }

    /// Moving through the stories shows each one at once.
    static func preview(_ row: StoryRow, _ state: inout AppState) {
        switch row {
        case let .story(s): show(story: s, article: 0, &state)
        case let .article(s, a): show(story: s, article: a, &state)
        }
    }

    static func show(story: Int, article: Int, _ state: inout AppState) {
        guard story != state.story || article != state.article else { return }
        if story != state.story {
            state.eventCursor = nil
            state.timelineScroll = 0
            if state.search == nil { state.quoteCursor = 0; state.quoteScroll = 0 }
        }
        state.story = story
        state.article = article
        state.articleScroll = 0
        state.jumpTarget = nil
        followArticle(&state)
    }

    /// Keeps the open article marked in the stories pane, however it was opened (a quote
    /// of another story, a date on the timeline, a search match): its story is expanded
    /// when the article is not the first, and the cursor is on its row.
    static func followArticle(_ state: inout AppState) {
        if state.article > 0 { state.expanded.insert(state.story) }
        let row: StoryRow =
            state.expanded.contains(state.story) && state.model.library.stories[state.story].articles.count > 1
            ? .article(story: state.story, article: state.article) : .story(state.story)
        if let index = state.storyRows.firstIndex(of: row) { state.storyCursor = index }
    }

    static func open(_ state: inout AppState) { state.focus.kind.open(&state) }

    static func openQuote(_ state: inout AppState) {
        let quotes = state.listedQuotes
        guard quotes.indices.contains(state.quoteCursor) else { return }
        let location = quotes[state.quoteCursor]
        guard let quote = state.model.quote(location) else { return }
        show(story: location.story, article: location.article, &state)
        state.jumpTarget = quote.span
        scrollArticle(to: quote.span.start, &state)
    }

    // MARK: Search

    static func runSearch(_ state: inout AppState) {
        guard let query = state.search?.query else { return }
        state.search?.results = query.isEmpty ? QuoteMatches([]) : state.model.search(QuoteQuery(query))
        state.quoteCursor = 0
        state.quoteScroll = 0
    }

    /// Folds in what extraction has found since the last frame; a search under way is run
    /// again so that quotes found meanwhile join its results (the cursor stays put).
    static func apply(_ results: [BackgroundExtraction.Result], _ state: inout AppState) {
        guard !results.isEmpty else { return }
        for result in results { state.model.apply(result.analysis, articleID: result.articleID) }
        guard let query = state.search?.query, !query.isEmpty else { return }
        state.search?.results = state.model.search(QuoteQuery(query))
        let count = state.search?.results.count ?? 0
        state.quoteCursor = min(state.quoteCursor, max(0, count - 1))
    }

    static func stepMatch(_ delta: Int, _ state: inout AppState) {
        guard let search = state.search else {
            state.message = "no search: press / to search quotes"
            return
        }
        guard !search.results.isEmpty else {
            state.message = "no quote matches “\(search.query)”"
            return
        }
        let count = search.results.count
        state.quoteCursor = ((state.quoteCursor + delta) % count + count) % count
        openQuote(&state)
        keepVisible(&state)
        showResultTab(.article, &state)
    }

    // MARK: Timeline

    static func stepEvent(forward: Bool, _ state: inout AppState) {
        guard let timeline = state.timeline else {
            state.message = "the timeline is still being read"
            return
        }
        let dated = state.eventCursor.map { $0 < timeline.events.count ? $0 : nil } ?? nil
        let target = forward ? timeline.next(after: dated) : timeline.previous(before: dated)
        guard let target else {
            state.message =
                timeline.events.isEmpty
                ? "no dates in this story" : (forward ? "last date reached" : "first date reached")
            return
        }
        jump(toEvent: target, &state)
        showResultTab(.article, &state)
    }

    /// On a narrow terminal only the focused pane shows: a key whose result is in another
    /// pane (`]` scrolls the article) switches to the tab that shows it.
    static func showResultTab(_ pane: Pane, _ state: inout AppState) {
        guard state.width < Layout.tabbedBelowWidth, state.focus != pane else { return }
        state.focus = pane
        keepVisible(&state)
    }

    static func jump(toEvent index: Int, _ state: inout AppState) {
        let events = state.timelineEvents
        guard events.indices.contains(index) else { return }
        let event = events[index]
        state.eventCursor = index
        show(story: state.story, article: event.article, &state)
        let article = state.model.article(state.story, event.article)
        state.jumpTarget = article?.body.sentence(containing: event.timex.span.start) ?? event.timex.span
        scrollArticle(to: event.timex.span.start, &state)
        keepVisible(&state)
    }

    // MARK: Mouse

    static func click(_ x: Int, _ y: Int, _ state: inout AppState) {
        guard let layout = Layout.compute(width: state.width, height: state.height, focus: state.focus) else { return }
        guard let (pane, rect) = layout.panes.first(where: { $0.value.contains(x: x, y: y) }) else { return }
        state.focus = pane
        let row = y - rect.inner.y
        guard row >= 0, row < rect.inner.height else { return }
        pane.kind.click(row: row, &state)
        keepVisible(&state)
    }

    static func scroll(_ x: Int, _ y: Int, _ delta: Int, _ state: inout AppState) {
        guard let layout = Layout.compute(width: state.width, height: state.height, focus: state.focus),
            let pane = layout.panes.first(where: { $0.value.contains(x: x, y: y) })?.key
        else { return }
        let focus = state.focus
        state.focus = pane
        move(delta * (pane == .article ? 3 : 1), &state)
        state.focus = focus
    }

    // MARK: Scrolling

    static func pane(_ state: AppState, _ pane: Pane) -> Rect? {
        Layout.compute(width: state.width, height: state.height, focus: pane)?.panes[pane]?.inner
    }

    static func articleHeight(_ state: AppState) -> Int { pane(state, .article)?.height ?? 1 }

    /// The open article's line count, its layout kept in the state for the next frame.
    static func articleLineCount(_ state: inout AppState) -> Int {
        guard let width = pane(state, .article)?.width else { return 0 }
        return ArticleLines.lines(&state, width: width).count
    }

    static func pageSize(_ state: AppState) -> Int {
        state.focus.kind.pageSize(height: pane(state, state.focus)?.height ?? 1)
    }

    /// Puts a body offset a third of the way down the article pane.
    static func scrollArticle(to offset: Int, _ state: inout AppState) {
        guard let rect = pane(state, .article) else { return }
        let lines = ArticleLines.lines(&state, width: rect.width)
        guard let line = ArticleLines.line(containing: offset, in: lines) else { return }
        state.articleScroll = clamp(line - rect.height / 3, 0, max(0, lines.count - rect.height))
    }

    // MARK: Warnings

    /// Takes the problems met while loading: all are kept for the warnings view (w), and
    /// the status line says how many, or the one, or why there is nothing to read.
    static func takeWarnings(_ warnings: [String], _ state: inout AppState) {
        state.warnings += warnings
        guard let first = state.warnings.first else { return }
        let count = state.warnings.count
        let summary = count == 1 ? first + " (w shows it whole)" : "\(count) problems: w lists them"
        state.message = state.model.library.stories.isEmpty ? "nothing to read: " + summary : summary
    }

    // MARK: Stories and sources

    /// Switches the stories pane between stories by event and articles by source, staying
    /// on the article being read.
    static func toggleGrouping(_ state: inout AppState) {
        let reading = state.model.article(state.story, state.article)?.id
        let mode: StoryGroupingMode = state.model.library.mode == .events ? .sources : .events
        state.model = ReaderModel(library: state.model.library.regrouped(by: mode))
        keepPlace(reading.flatMap(state.model.position(of:)), &state)
        state.message = mode == .events ? "stories: articles grouped by event" : "sources: each folder, feed and file"
    }

    /// Puts the reader back on an article after the stories changed around it (a switch
    /// between stories and sources, or a library that was grouped again as it grew).
    public static func keepPlace(_ position: ArticlePosition?, _ state: inout AppState) {
        state.expanded = []
        state.eventCursor = nil
        state.timelineScroll = 0
        state.quoteCursor = 0
        state.quoteScroll = 0
        if let query = state.search?.query, !query.isEmpty {
            state.search?.results = state.model.search(QuoteQuery(query))
        }
        guard let position else {
            state.story = 0
            state.article = 0
            state.storyCursor = 0
            state.articleScroll = 0
            state.jumpTarget = nil
            keepVisible(&state)
            return
        }
        state.story = position.story
        state.article = position.article
        followArticle(&state)
        keepVisible(&state)
    }

    /// Keeps every pane's cursor on screen, after a move or a resize.
    static func keepVisible(_ state: inout AppState) {
        for pane in Pane.allCases {
            if let height = Update.pane(state, pane)?.height, height > 0 {
                pane.kind.keepVisible(&state, height: height)
            }
        }
    }

    static func scrolled(cursor: Int, scroll: Int, height: Int) -> Int {
        if cursor < scroll { return cursor }
        if cursor >= scroll + height { return cursor - height + 1 }
        return scroll
    }

    static func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int { min(max(value, low), max(low, high)) }
}
