import Synchronization

/// A fetch running in a background task while the reader stays on screen; the reader
/// takes the reports once, when it has finished.
public final class BackgroundFetch: Sendable {
    private final class Shared: Sendable {
        let reports = Mutex<[FeedFetcher.FeedReport]?>(nil)
        let progress = Mutex<FetchProgress?>(nil)
    }

    private let shared = Shared()

    public init(feeds: [String], fetcher: FeedFetcher) {
        let shared = self.shared
        Task.detached(priority: .utility) {
            let reports = await fetcher.fetch(feeds) { progress in shared.progress.withLock { $0 = progress } }
            shared.reports.withLock { $0 = reports }
        }
    }

    /// How far the fetch has come, when it has moved on since last asked.
    public func takeProgress() -> FetchProgress? {
        shared.progress.withLock { progress in
            defer { progress = nil }
            return progress
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
