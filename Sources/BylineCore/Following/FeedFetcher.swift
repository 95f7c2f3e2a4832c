import Foundation

/// Brings a library up to date with its feeds: each feed fetched (conditionally), each new
/// item's page fetched and read as a web page, and the article written into the library
/// as Markdown a person can read and grep, with the page as fetched kept beside it (in
/// `.pages/`) for a better extractor later. The feed's summary stays when the page
/// cannot be had. Every file is written atomically, and the state after each feed.
public struct FeedFetcher: Sendable {
    public var client: any HTTPClient
    public var library: String

    public init(client: any HTTPClient, library: String) {
        self.client = client
        self.library = library
    }

    /// How one feed went.
    public struct FeedReport: Sendable {
        public var feed: String
        public var newArticles = 0
        /// Pages that could not be had (the summary was kept), with why.
        public var pageFailures: [String] = []
        /// Why the feed itself failed, when it did.
        public var failure: String?
        public var notModified = false
    }

    /// Fetches the feeds one after the other; `progress` hears after each how many are done
    /// and how many new articles they brought.
    public func fetch(_ feeds: [String], progress: @Sendable (_ done: Int, _ newArticles: Int) -> Void = { _, _ in })
        async -> [FeedReport]
    {
        // Two fetches into one library would store items twice and race on the state.
        guard let lock = FetchLock(library: library) else {
            return feeds.map { FeedReport(feed: $0, failure: "another fetch into \(library) is running") }
        }
        defer { withExtendedLifetime(lock) {} }
        AtomicFile.removeLeftovers(under: library)
        var state = (try? FetchState.read(library: library)) ?? FetchState()
        var reports: [FeedReport] = []
        for feed in feeds {
            let report = await fetch(feed, state: &state)
            reports.append(report)
            // Saved feed by feed: an interrupted fetch keeps what the finished feeds brought.
            try? state.write(library: library)
            progress(reports.count, reports.reduce(0) { $0 + $1.newArticles })
        }
        return reports
    }

    private func fetch(_ feed: String, state: inout FetchState) async -> FeedReport {
        var report = FeedReport(feed: feed)
        var remembered = state.feeds[feed] ?? FetchState.Feed()
        defer {
            remembered.lastFetch = Date()
            remembered.lastNew = report.newArticles
            remembered.lastError = report.failure
            state.feeds[feed] = remembered
        }
        guard let url = URL(string: feed) else {
            report.failure = "not an address"
            return report
        }
        var headers: [String: String] = [:]
        if let etag = remembered.etag { headers["If-None-Match"] = etag }
        if let modified = remembered.lastModified { headers["If-Modified-Since"] = modified }
        let response: HTTPResponse
        do { response = try await getRespectingRetryAfter(url, headers: headers) } catch {
            report.failure = "\(error)"
            return report
        }
        if response.status == 304 {
            report.notModified = true
            return report
        }
        guard (200..<300).contains(response.status) else {
            report.failure = "HTTP \(response.status)"
            return report
        }
        let loaded: LoadedFile
        do {
            let file = try FileDecoder.decode(response.body, path: feed, charset: response.charset)
            loaded = FeedLoader().load(file)
        } catch {
            report.failure = error.description
            return report
        }
        if loaded.articles.isEmpty {
            report.failure = loaded.warnings.first?.message ?? "no items"
            return report
        }
        remembered.etag = response.header("ETag")
        remembered.lastModified = response.header("Last-Modified")
        let source = loaded.storyTitle ?? url.host ?? "feed"
        var seen = Set(remembered.seen)
        // The new items, each once, then their pages fetched a few at a time.
        var fresh: [(item: Article, identity: String)] = []
        for item in loaded.articles {
            let identity = item.url ?? item.title
            if seen.insert(identity).inserted { fresh.append((item, identity)) }
        }
        let pages = await fetchPages(fresh.map { $0.item.url.flatMap { URL(string: $0, relativeTo: response.url) } })
        for ((item, identity), fetched) in zip(fresh, pages) {
            var paragraphs = item.body.paragraphs.map { item.body.slice($0) }
            var page: WebPage?
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
                            fetched.body, to: library + "/.pages/" + Self.fileName(identity) + ".html")
                    }
                } catch {
                    report.pageFailures.append("\(item.url ?? identity): \(error)")
                }
            case .failure(let error)?:
                report.pageFailures.append("\(item.url ?? identity): \(error)")
            case nil:
                break
            }
            let article = StoredArticle(
                title: item.title, date: item.date ?? page?.date, author: item.author ?? page?.author,
                url: item.url ?? page?.url, source: source, paragraphs: paragraphs)
            do {
                try article.write(folder: library + "/" + Self.fileName(source))
                report.newArticles += 1
                remembered.seen.append(identity)
            } catch {
                report.pageFailures.append("\(identity): cannot write: \(error.localizedDescription)")
            }
        }
        return report
    }

    /// Pages fetched at once: enough to hide the network's latency, few enough to be polite
    /// to one server (a feed's pages are mostly on its own host).
    public static let parallelPages = 4

    /// The pages at these addresses (nil: an item without one), in order, at most
    /// `parallelPages` at a time.
    func fetchPages(_ urls: [URL?]) async -> [Result<HTTPResponse, Error>?] {
        var results = [Result<HTTPResponse, Error>?](repeating: nil, count: urls.count)
        let client = self.client
        var next = 0
        await withTaskGroup(of: (Int, Result<HTTPResponse, Error>?).self) { group in
            func start(_ index: Int) {
                let url = urls[index]?.absoluteURL
                group.addTask {
                    guard let url else { return (index, nil) }
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
    func getRespectingRetryAfter(_ url: URL, headers: [String: String]) async throws -> HTTPResponse {
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

/// An article as the library keeps it: Markdown with front matter, readable and greppable.
struct StoredArticle {
    var title: String
    var date: CalendarDate?
    var author: String?
    var url: String?
    var source: String
    var paragraphs: [String]

    func write(folder: String) throws {
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
        let name = (date.map { $0.isoString + "-" } ?? "") + FeedFetcher.fileName(url ?? title) + ".md"
        try AtomicFile.write(Data((front + paragraphs.joined(separator: "\n\n") + "\n").utf8), to: folder + "/" + name)
    }
}
