import BylineCore
import BylineViewModel
import Glibc

/// Runs the reader: keys in, frames out, extraction results folded in as they arrive.
@MainActor
public enum ReaderLoop {
    /// Frames are redrawn at most this often while extraction streams in (milliseconds).
    static let tick: Int32 = 50
    /// How long the idle loop waits for a key before it checks the window's size itself, in
    /// case a resize's signal never arrived (milliseconds).
    static let idleTick: Int32 = 1000

    /// What the reader was opened on: read again when a fetch brings new articles.
    public struct Source: Sendable {
        public var loader: LibraryLoader
        public var paths: [String]
        /// Where `R` fetches into, and the subscription list it fetches.
        public var library: String
        public var subscriptions: String

        public init(loader: LibraryLoader, paths: [String], library: String, subscriptions: String) {
            self.loader = loader
            self.paths = paths
            self.library = library
            self.subscriptions = subscriptions
        }
    }

    /// Runs until the user quits; returns the load warnings, to print once the terminal is back.
    public static func run(_ initial: AppState, source: Source, theme: Theme, notes: [String]) -> [String] {
        let terminal = Terminal(theme: theme)
        defer { terminal.close() }
        var state = initial
        let size = terminal.size
        Update.apply(.resize(width: size.width, height: size.height), &state)
        Update.receive(.loadingStarted, &state)
        Render.prepare(&state)
        terminal.draw(Render.screen(state))
        var incoming = IncomingLibrary(BackgroundLoad(loader: source.loader, paths: source.paths))
        var fetch: BackgroundFetch?
        // Every problem once, in the order met: a library read again repeats its warnings.
        var problems: [String] = []
        var known = Set<String>()
        var failures = 0
        /// Runs what the update asked for outside the state.
        func perform(_ effects: [Effect]) {
            incoming.run(effects, state)
            for effect in effects {
                switch effect {
                case .openURL(let url):
                    var failure: String?
                    terminal.outside { failure = Browser.open(url) }
                    if let failure { Update.receive(.warnings(["could not open \(url): \(failure)"]), &state) }
                case .fetchFeeds:
                    let feeds = (try? SubscriptionList.read(path: source.subscriptions).feeds) ?? []
                    if feeds.isEmpty {
                        let hint = "no feeds followed: byline subscribe URL… adds them to \(source.subscriptions)"
                        perform(Update.receive(.fetched(newArticles: 0, problems: [hint]), &state))
                    } else {
                        let fetcher = FeedFetcher(client: URLSessionClient(), library: source.library)
                        fetch = BackgroundFetch(feeds: feeds, fetcher: fetcher)
                    }
                case .saveReadMarks:
                    if let root = state.fetchedLibrary { try? state.readMarks.save(library: root) }
                case .reloadLibrary:
                    incoming = IncomingLibrary(BackgroundLoad(loader: source.loader, paths: source.paths))
                case .startExtraction:
                    break  // `incoming.run` above starts it.
                }
            }
        }
        while !state.quit {
            let waiting = !incoming.isDone || fetch != nil
            let started = monotonicMilliseconds()
            guard var key = terminal.readKey(timeout: waiting ? tick : idleTick) else { break }
            if key == nil { key = terminal.missedResize() }
            var changed = false
            if let key {
                failures = 0
                if case .resize = key { terminal.invalidate() }
                perform(Update.handle(key, &state))
                changed = true
            } else if monotonicMilliseconds() - started < 2, !waiting || failures > 0 {
                // get_wch fails at once, over and over, when the terminal has gone away.
                failures += 1
                if failures > 100 { break }
            }
            if let progress = fetch?.takeProgress() {
                perform(Update.receive(.fetchProgress(progress), &state))
                changed = true
            }
            if let reports = fetch?.take() {
                fetch = nil
                let failed =
                    reports.compactMap { report in report.failure.map { "\(report.feed): \($0)" } }
                    + reports.flatMap { $0.pageFailures.map { "page \($0) (the feed's summary kept)" } }
                let count = reports.reduce(0) { $0 + $1.newArticles }
                let moved: [String]
                do { moved = try SubscriptionList.follow(moves: reports, path: source.subscriptions) } catch {
                    moved = ["cannot update \(source.subscriptions): \(error.localizedDescription)"]
                }
                perform(Update.receive(.fetched(newArticles: count, problems: failed + moved), &state))
                changed = true
            }
            let arrived = incoming.advance(&state)
            if let library = arrived.loaded {
                let new = (notes + library.warnings.map(\.description)).filter { known.insert($0).inserted }
                problems += new
                if !new.isEmpty { Update.receive(.warnings(new), &state) }
            }
            changed = changed || arrived.changed
            if changed && !state.quit {
                Render.prepare(&state)
                terminal.draw(Render.screen(state))
            }
        }
        return problems
    }

    static func monotonicMilliseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
    }
}
