import ArgumentParser
import BylineCore
import Dispatch
import Foundation
import Synchronization

/// `byline fetch`: bring the library up to date with the feeds followed.
struct Fetch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fetch the feeds followed (or those given) and each new item's page into the library.",
        discussion: "Exit status: 0, or 1 when some feeds or pages failed (each named, with the reason).")

    @OptionGroup var list: SubscriptionListOption

    @Option(help: "The library folder (default: $XDG_DATA_HOME/byline/library, else ~/.local/share/byline/library).")
    var library: String?

    @Argument(help: "Feed addresses to fetch instead of the subscriptions.")
    var urls: [String] = []

    static func defaultLibrary(environment: [String: String]) -> String {
        let data =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return data + "/byline/library"
    }

    func run() throws {
        let feeds = urls.isEmpty ? try SubscriptionList.read(path: list.resolved).feeds : urls
        guard !feeds.isEmpty else {
            print("nothing to fetch: byline subscribe URL… adds feeds to \(list.resolved)")
            return
        }
        let folder = library ?? Self.defaultLibrary(environment: ProcessInfo.processInfo.environment)
        let fetcher = FeedFetcher(client: URLSessionClient(), library: folder)
        // The command line is synchronous; the fetch runs as a task and is waited for.
        let reports = Mutex<[FeedFetcher.FeedReport]>([])
        let done = DispatchSemaphore(value: 0)
        // A progress bar on stderr when it is a terminal: feeds and pages done, failures.
        let showProgress = isatty(STDERR_FILENO) == 1
        Task {
            let result = await fetcher.fetch(feeds) { progress in
                guard showProgress else { return }
                let filled = Int(progress.fraction * 20)
                let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: 20 - filled)
                FileHandle.standardError.write(Data("\r\u{1B}[K[\(bar)] \(progress.summary)".utf8))
                if progress.feedsDone == progress.feeds { FileHandle.standardError.write(Data("\n".utf8)) }
            }
            reports.withLock { $0 = result }
            done.signal()
        }
        done.wait()
        var failed = false
        var total = 0
        for report in reports.withLock({ $0 }) {
            total += report.newArticles
            if let failure = report.failure {
                failed = true
                FileHandle.standardError.write(Data("byline: \(report.feed): \(failure)\n".utf8))
            } else {
                let updated = report.updatedArticles > 0 ? ", \(report.updatedArticles) updated" : ""
                print(
                    "\(report.feed): " + (report.notModified ? "not modified" : "\(report.newArticles) new\(updated)"))
            }
            for page in report.pageFailures {
                failed = true
                FileHandle.standardError.write(Data("byline: page \(page) (the feed's summary kept)\n".utf8))
            }
        }
        // Feeds that moved for good are followed at their new address (when from the list).
        if urls.isEmpty {
            for move in try SubscriptionList.follow(moves: reports.withLock { $0 }, path: list.resolved) {
                print(move)
            }
        }
        print(
            "fetched \(feeds.count) feed\(feeds.count == 1 ? "" : "s"): \(total) new article\(total == 1 ? "" : "s") in \(folder)"
        )
        if failed { throw ExitCode(1) }
    }
}
