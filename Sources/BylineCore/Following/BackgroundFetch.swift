import Synchronization

/// A fetch running in a background task while the reader stays on screen; the reader
/// takes the reports once, when it has finished.
public final class BackgroundFetch: Sendable {
    private final class Shared: Sendable {
        let reports = Mutex<[FeedFetcher.FeedReport]?>(nil)
    }

    private let shared = Shared()

    public init(feeds: [String], fetcher: FeedFetcher) {
        let shared = self.shared
        Task.detached(priority: .utility) {
            let reports = await fetcher.fetch(feeds)
            shared.reports.withLock { $0 = reports }
        }
    }

    /// The reports, once the fetch has finished (and only once).
    public func take() -> [FeedFetcher.FeedReport]? {
        shared.reports.withLock { reports in
            defer { reports = nil }
            return reports
        }
    }
}
