import Foundation

/// Brings a library up to date with its feeds: each feed fetched (conditionally), each new
/// or changed item's page fetched and read as a web page, and the article written into the
/// library as Markdown a person can read and grep, with the page as fetched kept beside it
/// (in `.pages/`) for a better extractor later. The feed's summary stays when the page
/// cannot be had. Feeds run side by side within `RequestLimits`; every file is written
/// atomically, and the state after each feed.
public struct FeedFetcher: Sendable {
    public var client: any HTTPClient
    public var library: String
    public var limits: RequestLimits

    public init(client: any HTTPClient, library: String, limits: RequestLimits = RequestLimits()) {
        self.client = client
        self.library = library
        self.limits = limits
    }

    /// How one feed went.
    public struct FeedReport: Sendable {
        public var feed: String
        public var newArticles = 0
        /// Items the feed changed since they were stored, written again in place.
        public var updatedArticles = 0
        /// Pages that could not be had (the summary was kept), with why.
        public var pageFailures: [String] = []
        /// Why the feed itself failed, when it did.
        public var failure: String?
        public var notModified = false
        /// The feed's new address when it has moved for good (permanent redirects only):
        /// the subscription follows it.
        public var movedTo: String?
    }

    /// Feeds fetched side by side (their requests still within `limits`).
    public static let parallelFeeds = 4

    /// Fetches the feeds (each address once); `progress` hears after each feed and each
    /// page. Reports come in the feeds' order.
    public func fetch(_ feeds: [String], progress: @escaping @Sendable (FetchProgress) -> Void = { _ in }) async
        -> [FeedReport]
    {
        var unique: [String] = []
        var seen = Set<String>()
        for feed in feeds where seen.insert(feed).inserted { unique.append(feed) }
        // Two fetches into one library would store items twice and race on the state.
        guard let lock = FetchLock(library: library) else {
            return unique.map { FeedReport(feed: $0, failure: "another fetch into \(library) is running") }
        }
        defer { withExtendedLifetime(lock) {} }
        AtomicFile.removeLeftovers(under: library)
        var state = (try? FetchState.read(library: library)) ?? FetchState()
        let client = LimitedClient(self.client, limits: limits)
        let tally = ProgressTally(feeds: unique.count, listener: progress)
        var reports = [FeedReport?](repeating: nil, count: unique.count)
        await withTaskGroup(of: (Int, FeedReport, FetchState.Feed).self) { group in
            var next = 0
            while next < unique.count {
                if next >= Self.parallelFeeds, let (index, report, remembered) = await group.next() {
                    reports[index] = report
                    finish(unique[index], report, remembered, &state, tally)
                }
                let index = next
                let feed = unique[index]
                let known = state.feeds[feed] ?? FetchState.Feed()
                group.addTask { await fetch(feed, known: known, client: client, tally: tally).with(index) }
                next += 1
            }
            for await (index, report, remembered) in group {
                reports[index] = report
                finish(unique[index], report, remembered, &state, tally)
            }
        }
        return reports.compactMap { $0 }
    }

    /// A feed done: its state saved at once (an interrupted fetch keeps what finished
    /// feeds brought), and counted.
    private func finish(
        _ feed: String, _ report: FeedReport, _ remembered: FetchState.Feed, _ state: inout FetchState,
        _ tally: ProgressTally
    ) {
        state.feeds[feed] = remembered
        if let moved = report.movedTo { state.move(feed, to: moved) }
        try? state.write(library: library)
        tally.update {
            $0.feedsDone += 1
            $0.newArticles += report.newArticles
            $0.failures += (report.failure == nil ? 0 : 1) + report.pageFailures.count
        }
    }

    /// One feed: its new and changed items stored; returns what happened and what to
    /// remember of it.
    private func fetch(_ feed: String, known: FetchState.Feed, client: any HTTPClient, tally: ProgressTally) async
        -> FeedRun
    {
        var run = FeedRun(report: FeedReport(feed: feed), remembered: known)
        run.remembered.lastFetch = Date()
        guard let url = URL(string: feed) else { return run.failed("not an address") }
        var headers: [String: String] = [:]
        if let etag = known.etag { headers["If-None-Match"] = etag }
        if let modified = known.lastModified { headers["If-Modified-Since"] = modified }
        let response: HTTPResponse
        do { response = try await getRespectingRetryAfter(url, headers: headers, client: client) } catch {
            return run.failed("\(error)")
        }
        if let moved = response.movedPermanentlyTo?.absoluteString, moved != feed { run.report.movedTo = moved }
        if response.status == 304 {
            run.report.notModified = true
            return run.succeeded()
        }
        guard (200..<300).contains(response.status) else { return run.failed("HTTP \(response.status)") }
        let loaded: LoadedFile
        do { loaded = try Self.items(of: response, feed: feed) } catch { return run.failed(error.description) }
        if loaded.articles.isEmpty { return run.failed(loaded.warnings.first?.message ?? "no items") }
        run.remembered.etag = response.header("ETag")
        run.remembered.lastModified = response.header("Last-Modified")
        let source = loaded.storyTitle ?? url.host ?? "feed"
        // The new and changed items, each once, then their pages fetched a few at a time.
        var work: [Item] = []
        var inThisFeed = Set<String>()
        for article in loaded.articles {
            let identity = article.itemID ?? article.url ?? article.title
            guard inThisFeed.insert(identity).inserted else { continue }
            let item = Item(article: article, identity: identity, previous: known.items[identity])
            if let previous = item.previous, previous.fingerprint == item.fingerprint { continue }
            work.append(item)
        }
        let addresses = work.map { $0.article.url.flatMap { URL(string: $0, relativeTo: response.url) } }
        tally.update { $0.pages += addresses.count { $0 != nil } }
        let pages = await fetchPages(addresses, client: client) { tally.update { $0.pagesDone += 1 } }
        for (item, fetched) in zip(work, pages) { store(item, page: fetched, source: source, into: &run) }
        return run.succeeded()
    }

    /// A feed's items: RSS or Atom, or a JSON Feed.
    static func items(of response: HTTPResponse, feed: String) throws(UnreadableFile) -> LoadedFile {
        let file = try FileDecoder.decode(response.body, path: feed, charset: response.charset)
        let start = file.text.trimmingBOM.drop { $0.isWhitespace }
        return start.hasPrefix("{") ? JSONArticleLoader(oneDocument: true).load(file) : FeedLoader().load(file)
    }

    /// Writes one item's article (its page's text when the page could be had) in place of
    /// what an earlier fetch stored for it.
    private func store(
        _ item: Item, page fetched: Result<HTTPResponse, Error>?, source: String, into run: inout FeedRun
    ) {
        let article = item.article
        var paragraphs = article.body.paragraphs.map { article.body.slice($0) }
        var page: WebPage?
        let address = article.url ?? item.identity
        switch fetched {
        case .success(let fetched)?:
            do {
                guard (200..<300).contains(fetched.status) else {
                    throw FetchError(description: "HTTP \(fetched.status)")
                }
                let file = try FileDecoder.decode(fetched.body, path: fetched.url.path, charset: fetched.charset)
                let read = WebPage(html: file.text)
                if !read.paragraphs.isEmpty {
                    paragraphs = read.paragraphs
                    page = read
                    try? AtomicFile.write(
                        fetched.body, to: library + "/.pages/" + Self.fileName(item.identity) + ".html")
                }
            } catch {
                run.report.pageFailures.append("\(address): \(error)")
            }
        case .failure(let error)?:
            run.report.pageFailures.append("\(address): \(error)")
        case nil:
            break
        }
        let stored = StoredArticle(
            title: article.title, date: article.date ?? page?.date, author: article.author ?? page?.author,
            url: article.url ?? page?.url, source: source, paragraphs: paragraphs)
        let file = Self.fileName(source) + "/" + stored.fileName
        do {
            try stored.write(to: library + "/" + file)
            if let previous = item.previous?.file, previous != file {
                try? FileManager.default.removeItem(atPath: library + "/" + previous)
            }
            run.remembered.items[item.identity] = FetchState.StoredItem(file: file, fingerprint: item.fingerprint)
            if item.previous == nil { run.report.newArticles += 1 } else { run.report.updatedArticles += 1 }
        } catch {
            run.report.pageFailures.append("\(item.identity): cannot write: \(error.localizedDescription)")
        }
    }

    /// Pages fetched at once for one feed: enough to hide the network's latency; the
    /// client's `RequestLimits` keep any one server from seeing more than its share.
    public static let parallelPages = 4

    /// The pages at these addresses (nil: an item without one), in order, at most
    /// `parallelPages` at a time.
    func fetchPages(_ urls: [URL?], client: any HTTPClient, pageDone: @escaping @Sendable () -> Void) async
        -> [Result<HTTPResponse, Error>?]
    {
        var results = [Result<HTTPResponse, Error>?](repeating: nil, count: urls.count)
        var next = 0
        await withTaskGroup(of: (Int, Result<HTTPResponse, Error>?).self) { group in
            func start(_ index: Int) {
                let url = urls[index]?.absoluteURL
                group.addTask {
                    guard let url else { return (index, nil) }
                    defer { pageDone() }
                    do { return (index, .success(try await client.get(url, headers: [:]))) } catch {
                        return (index, .failure(error))
                    }
                }
            }
            while next < min(Self.parallelPages, urls.count) {
                start(next)
                next += 1
            }
            for await (index, result) in group {
                results[index] = result
                if next < urls.count {
                    start(next)
                    next += 1
                }
            }
        }
        return results
    }

    /// The longest `Retry-After` a fetch waits for before asking once more.
    public static let longestRetryWait: TimeInterval = 30

    /// A GET that, told to come back later (429, 503 with `Retry-After` in seconds), waits
    /// as asked, when it is not long, and asks once more.
    func getRespectingRetryAfter(_ url: URL, headers: [String: String], client: any HTTPClient) async throws
        -> HTTPResponse
    {
        let response = try await client.get(url, headers: headers)
        guard response.status == 429 || response.status == 503,
            let wait = response.header("Retry-After").flatMap(TimeInterval.init), wait >= 0,
            wait <= Self.longestRetryWait
        else { return response }
        try? await Task.sleep(nanoseconds: UInt64(wait * 1_000_000_000))
        return try await client.get(url, headers: headers)
    }

    /// A file name made of a text's letters and digits, and a hash so two texts never share one.
    static func fileName(_ text: String) -> String {
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }.prefix(8).joined(separator: "-")
        let hash = UInt(bitPattern: ByteHashTable<Int>.hash(text))
        return String(words.prefix(60)) + "-" + String(hash % 0xFFFF_FFFF, radix: 16)
    }
}

/// One feed item to store: its identity, a digest of what the feed says of it, and what
/// an earlier fetch stored for it.
private struct Item {
    var article: Article
    var identity: String
    var previous: FetchState.StoredItem?
    /// Computed once: compared for every item of the feed, stored for those written.
    let fingerprint: String

    init(article: Article, identity: String, previous: FetchState.StoredItem?) {
        self.article = article
        self.identity = identity
        self.previous = previous
        let said = [article.title, article.date?.isoString ?? "", article.url ?? "", article.body.text]
        fingerprint = String(UInt(bitPattern: ByteHashTable<Int>.hash(said.joined(separator: "\u{1F}"))), radix: 16)
    }
}

/// A feed's fetch as it goes: the report, and the state to keep.
private struct FeedRun: Sendable {
    var report: FeedFetcher.FeedReport
    var remembered: FetchState.Feed

    func failed(_ reason: String) -> FeedRun {
        var run = self
        run.report.failure = reason
        run.remembered.lastError = reason
        run.remembered.lastNew = 0
        return run
    }

    func succeeded() -> FeedRun {
        var run = self
        run.remembered.lastError = nil
        run.remembered.lastNew = report.newArticles
        return run
    }

    func with(_ index: Int) -> (Int, FeedFetcher.FeedReport, FetchState.Feed) { (index, report, remembered) }
}

/// An article as the library keeps it: Markdown with front matter, readable and greppable.
struct StoredArticle {
    var title: String
    var date: CalendarDate?
    var author: String?
    var url: String?
    var source: String
    var paragraphs: [String]

    /// Its file's name: the date first, so a folder lists in order.
    var fileName: String { (date.map { $0.isoString + "-" } ?? "") + FeedFetcher.fileName(url ?? title) + ".md" }

    func write(to path: String) throws {
        func quoted(_ text: String) -> String {
            let data = try? JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])
            return data.flatMap { String(data: $0, encoding: .utf8) }.map { String($0.dropFirst().dropLast()) }
                ?? "\"\""
        }
        var front = "---\ntitle: \(quoted(title))\n"
        if let date { front += "date: \(date.isoString)\n" }
        if let author { front += "author: \(quoted(author))\n" }
        if let url { front += "url: \(quoted(url))\n" }
        front += "publisher: \(quoted(source))\n---\n"
        try AtomicFile.write(Data((front + paragraphs.joined(separator: "\n\n") + "\n").utf8), to: path)
    }
}
