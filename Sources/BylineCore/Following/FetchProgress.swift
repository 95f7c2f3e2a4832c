import Synchronization

/// How far a fetch has come, for a progress bar: heard after each feed and each page.
public struct FetchProgress: Sendable, Equatable {
    public var feeds = 0
    public var feedsDone = 0
    /// Pages asked for so far (known only as each feed's items are read).
    public var pages = 0
    public var pagesDone = 0
    public var newArticles = 0
    /// Feeds and pages that failed.
    public var failures = 0

    public init(feeds: Int = 0) { self.feeds = feeds }

    /// One line: `3/5 feeds · 12/40 pages · 10 new · 1 failed`.
    public var summary: String {
        var parts = ["\(feedsDone)/\(feeds) feeds"]
        if pages > 0 { parts.append("\(pagesDone)/\(pages) pages") }
        parts.append("\(newArticles) new")
        if failures > 0 { parts.append("\(failures) failed") }
        return parts.joined(separator: " · ")
    }

    /// The share done, 0…1: feeds and pages together.
    public var fraction: Double {
        let total = feeds + pages
        return total == 0 ? 0 : Double(feedsDone + pagesDone) / Double(total)
    }
}

/// The progress of a fetch whose feeds run side by side, told as each step ends.
final class ProgressTally: Sendable {
    private let progress: Mutex<FetchProgress>
    private let listener: @Sendable (FetchProgress) -> Void

    init(feeds: Int, listener: @escaping @Sendable (FetchProgress) -> Void) {
        progress = Mutex(FetchProgress(feeds: feeds))
        self.listener = listener
    }

    func update(_ change: (inout FetchProgress) -> Void) {
        let now = progress.withLock { progress -> FetchProgress in
            change(&progress)
            return progress
        }
        listener(now)
    }
}
