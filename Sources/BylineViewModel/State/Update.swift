import BylineCore

/// Key → action → new state: every behaviour the reader has, with no terminal involved.
public enum Update {
    public static func handle(_ key: Key, _ state: inout AppState) {
        guard let action = KeyBindings.action(for: key, searching: state.search?.editing == true) else { return }
        apply(action, &state)
    }

    public static func apply(_ action: Action, _ state: inout AppState) {
        state.message = nil
        if state.showWarnings {
            // The warnings stay until w, Esc or q; the moving keys scroll them.
            let last = WarningsOverlay.lastScroll(state)
            switch action {
            case .toggleWarnings, .searchCancel, .quit: state.showWarnings = false
            case .moveUp: state.warningsScroll = max(0, state.warningsScroll - 1)
            case .moveDown: state.warningsScroll = min(last, state.warningsScroll + 1)
            case .pageUp, .top: state.warningsScroll = 0
            case .pageDown, .bottom: state.warningsScroll = last
            default: break
            }
            if case .resize = action {} else { return }
        }
        if state.showHelp {
            // The overlay closes on ?, Esc or q, and scrolls on the moving keys; the rest waits.
            let last = HelpOverlay.lastScroll(width: state.width, height: state.height)
            switch action {
            case .toggleHelp, .searchCancel, .quit: state.showHelp = false
            case .moveUp: state.helpScroll = max(0, state.helpScroll - 1)
            case .moveDown: state.helpScroll = min(last, state.helpScroll + 1)
            case .pageUp, .top: state.helpScroll = 0
            case .pageDown, .bottom: state.helpScroll = last
            default: break
            }
            if case .resize = action {} else { return }
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
        case .paneLeft: state.focus = state.focus == .quotes || state.focus == .timeline ? .article : .stories
        case .paneRight:
            // Left to right, then down the right column: every pane is reached.
            switch state.focus {
            case .stories: state.focus = .article
            case .article: state.focus = .quotes
            case .quotes, .timeline: state.focus = .timeline
            }
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
        case .toggleGrouping: toggleGrouping(&state)
        case .toggleWarnings:
            guard !state.warnings.isEmpty else {
                state.message = "no warnings: everything was read"
                return
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
    }

    // MARK: Moving

    static func move(_ delta: Int, _ state: inout AppState) {
        switch state.focus {
        case .stories:
            let rows = state.storyRows
            guard !rows.isEmpty else { return }
            state.storyCursor = clamp(state.storyCursor + delta, 0, rows.count - 1)
            preview(rows[state.storyCursor], &state)
        case .article:
            state.articleScroll = clamp(
                state.articleScroll + delta, 0, max(0, articleLineCount(state) - articleHeight(state)))
        case .quotes:
            let count = state.listedQuotes.count
            guard count > 0 else { return }
            state.quoteCursor = clamp(state.quoteCursor + delta, 0, count - 1)
            // As in the stories pane, moving shows what the cursor is on.
            openQuote(&state)
        case .timeline:
            let count = state.timelineEvents.count
            guard count > 0 else { return }
            jump(toEvent: clamp((state.eventCursor ?? -1) + delta, 0, count - 1), &state)
        }
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

    static func open(_ state: inout AppState) {
        switch state.focus {
        case .stories:
            let rows = state.storyRows
            guard rows.indices.contains(state.storyCursor) else { return }
            // Enter on a story of several reports lists them, and on a listed one folds it again.
            if case let .story(s) = rows[state.storyCursor], state.model.library.stories[s].articles.count > 1 {
                if state.expanded.contains(s) { state.expanded.remove(s) } else { state.expanded.insert(s) }
                return
            }
            preview(rows[state.storyCursor], &state)
            state.focus = .article
        case .article: state.focus = .quotes
        case .quotes: openQuote(&state)
        case .timeline:
            if let cursor = state.eventCursor {
                jump(toEvent: cursor, &state)
            } else {
                stepEvent(forward: true, &state)
            }
        }
    }

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
    public static func apply(_ results: [BackgroundExtraction.Result], _ state: inout AppState) {
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
        state.jumpTarget = event.sentence
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
        switch pane {
        case .stories:
            let index = state.storyScroll + row
            if state.storyRows.indices.contains(index) {
                state.storyCursor = index; preview(state.storyRows[index], &state)
            }
        case .quotes:
            let index = state.quoteScroll + row / QuotesView.rowsPerQuote
            if state.listedQuotes.indices.contains(index) { state.quoteCursor = index; openQuote(&state) }
        case .timeline:
            let rows = TimelineView.rows(state)
            let index = state.timelineScroll + row - 1
            if rows.indices.contains(index), let event = rows[index].event { jump(toEvent: event, &state) }
        case .article: break
        }
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

    static func articleLineCount(_ state: AppState) -> Int {
        guard let width = pane(state, .article)?.width else { return 0 }
        return ArticleLines.make(state.model, story: state.story, article: state.article, width: width, jump: nil).count
    }

    static func pageSize(_ state: AppState) -> Int {
        let height = pane(state, state.focus)?.height ?? 1
        return max(1, state.focus == .quotes ? height / QuotesView.rowsPerQuote : height - 1)
    }

    /// Puts a body offset a third of the way down the article pane.
    static func scrollArticle(to offset: Int, _ state: inout AppState) {
        guard let rect = pane(state, .article) else { return }
        let lines = ArticleLines.make(
            state.model, story: state.story, article: state.article, width: rect.width, jump: nil)
        guard let line = ArticleLines.line(containing: offset, in: lines) else { return }
        state.articleScroll = clamp(line - rect.height / 3, 0, max(0, lines.count - rect.height))
    }

    // MARK: Warnings

    /// Takes the problems met while loading: all are kept for the warnings view (w), and
    /// the status line says how many, or the one, or why there is nothing to read.
    public static func takeWarnings(_ warnings: [String], _ state: inout AppState) {
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
        keepPlace(articleID: reading, &state)
        state.message = mode == .events ? "stories: articles grouped by event" : "sources: each folder, feed and file"
    }

    /// Puts the reader back on an article after the stories changed around it (a switch
    /// between stories and sources, or a library that was grouped again as it grew).
    public static func keepPlace(articleID: Int?, _ state: inout AppState) {
        state.expanded = []
        state.eventCursor = nil
        state.timelineScroll = 0
        state.quoteCursor = 0
        state.quoteScroll = 0
        if let query = state.search?.query, !query.isEmpty {
            state.search?.results = state.model.search(QuoteQuery(query))
        }
        guard let articleID, let position = state.model.position(of: articleID) else {
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
        if let h = pane(state, .stories)?.height, h > 0 {
            state.storyScroll = scrolled(cursor: state.storyCursor, scroll: state.storyScroll, height: h)
        }
        if let h = pane(state, .quotes)?.height {
            let slots = max(1, h / QuotesView.rowsPerQuote)
            state.quoteScroll = scrolled(cursor: state.quoteCursor, scroll: state.quoteScroll, height: slots)
        }
        if let h = pane(state, .timeline)?.height, let cursor = state.eventCursor {
            let rows = TimelineView.rows(state)
            if let row = rows.firstIndex(where: { $0.event == cursor }) {
                state.timelineScroll = scrolled(cursor: row, scroll: state.timelineScroll, height: max(1, h - 1))
            }
        }
        // At the top of an article there is nothing to clamp, and no need to wrap it all.
        if state.articleScroll > 0, let rect = pane(state, .article) {
            state.articleScroll = clamp(state.articleScroll, 0, max(0, articleLineCount(state) - rect.height))
        }
    }

    static func scrolled(cursor: Int, scroll: Int, height: Int) -> Int {
        if cursor < scroll { return cursor }
        if cursor >= scroll + height { return cursor - height + 1 }
        return scroll
    }

    static func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int { min(max(value, low), max(low, high)) }
}
