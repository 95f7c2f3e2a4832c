import Foundation
import Synchronization
import Testing

@testable import BylineCore

/// Fetching feeds and their pages from a server the test starts on 127.0.0.1.
@Suite struct FeedFetcherTests {
    /// A feed whose items link to pages on the host it was asked from.
    static func feed(host: String, items: [(title: String, path: String)]) -> Data {
        var xml = #"<?xml version="1.0"?><rss version="2.0"><channel><title>Eastport Star</title>"#
        for item in items {
            xml += "<item><title>\(item.title)</title><link>http://\(host)\(item.path)</link>"
            xml +=
                "<description>Summary of \(item.title).</description><pubDate>Tue, 12 Mar 2024 08:00:00 GMT</pubDate></item>"
        }
        return Data((xml + "</channel></rss>").utf8)
    }

    static func page(_ text: String) -> Data {
        Data("<html><body><nav><a href='/'>Home</a></nav><article><p>\(text)</p></article></body></html>".utf8)
    }

    /// A server with a feed of two items (one twice) linking to pages on it, one of them missing.
    static func newsServer() throws -> LocalHTTPServer {
        try LocalHTTPServer { request in
            switch request.path {
            case "/feed.xml":
                if request.headers["if-none-match"] == "\"v1\"" { return .init(status: 304) }
                return .init(
                    status: 200, headers: ["ETag": "\"v1\"", "Content-Type": "application/rss+xml"],
                    body: feed(
                        host: request.headers["host"] ?? "127.0.0.1",
                        items: [
                            ("Bridge vote", "/bridge"), ("Ferry fares", "/ferry"), ("Bridge vote", "/bridge"),
                            ("Lost page", "/gone"),
                        ]))
            case "/bridge":
                return .init(
                    status: 200, headers: ["Content-Type": "text/html; charset=utf-8"],
                    body: page("The council voted on Monday to build the bridge, the mayor said afterwards."))
            case "/ferry":
                // Windows-1252, said by the header only.
                var body = Array("<html><body><article><p>".utf8)
                body +=
                    Array("Fares rise in July, the ".utf8) + [0x93] + Array("harbour".utf8) + [0x94]
                    + Array(" said.".utf8)
                body += Array("</p></article></body></html>".utf8)
                return .init(
                    status: 200, headers: ["Content-Type": "text/html; charset=windows-1252"], body: Data(body))
            case "/broken.xml":
                return .init(status: 500)
            default:
                return .init(status: 404)
            }
        }
    }

    func markdownFiles(_ library: String) -> [String] {
        let files = FileManager.default.enumerator(atPath: library)?.allObjects as? [String] ?? []
        return files.filter { $0.hasSuffix(".md") }.sorted()
    }

    @Test func newItemsArriveWithTheirPagesTextAndNothingTwice() async throws {
        let server = try Self.newsServer()
        let folder = TemporaryFolder()
        let fetcher = FeedFetcher(client: URLSessionClient(), library: folder.path)
        let reports = await fetcher.fetch([server.url("/feed.xml")])
        #expect(reports.count == 1)
        #expect(reports[0].failure == nil)
        #expect(reports[0].newArticles == 3)
        #expect(reports[0].pageFailures.count == 1)
        let files = markdownFiles(folder.path)
        #expect(files.count == 3)
        let texts = try files.map { try String(contentsOfFile: folder.path + "/" + $0, encoding: .utf8) }
        #expect(
            texts.contains { $0.contains("The council voted on Monday to build the bridge") && !$0.contains("Home") })
        #expect(texts.contains { $0.contains("Fares rise in July, the “harbour” said.") })
        // The page that could not be had keeps the feed's summary.
        #expect(texts.contains { $0.contains("Summary of Lost page.") })
        // The library reads as articles, dated and sourced by the feed.
        let library = LibraryLoader().load(paths: [folder.path])
        #expect(library.articleCount == 3)
        #expect(
            library.stories.flatMap(\.articles).allSatisfy { $0.date == CalendarDate(year: 2024, month: 3, day: 12) })
        #expect(library.warnings.isEmpty)
    }

    @Test func aSecondFetchAsksConditionallyAndStoresNothingAgain() async throws {
        let server = try Self.newsServer()
        let folder = TemporaryFolder()
        let fetcher = FeedFetcher(client: URLSessionClient(), library: folder.path)
        _ = await fetcher.fetch([server.url("/feed.xml")])
        let second = await fetcher.fetch([server.url("/feed.xml")])
        #expect(second[0].notModified)
        #expect(second[0].newArticles == 0)
        #expect(server.requests.last?.headers["if-none-match"] == "\"v1\"")
        #expect(markdownFiles(folder.path).count == 3)
        let state = try FetchState.read(library: folder.path)
        #expect(state.feeds[server.url("/feed.xml")]?.etag == "\"v1\"")
        #expect(state.feeds[server.url("/feed.xml")]?.items.count == 3)
    }

    @Test func aFailingFeedIsNamedAndTheOthersStillArrive() async throws {
        let server = try Self.newsServer()
        let folder = TemporaryFolder()
        let fetcher = FeedFetcher(client: URLSessionClient(), library: folder.path)
        let heard = Heard()
        let reports = await fetcher.fetch([server.url("/broken.xml"), server.url("/feed.xml")]) { progress in
            heard.progress.withLock { $0.append(progress) }
        }
        // Heard when pages are found, after each page and each feed, ending with the whole.
        let progress = heard.progress.withLock { $0 }
        #expect(progress.count == 6)  // pages found, three pages, two feeds
        #expect(zip(progress, progress.dropFirst()).allSatisfy { $0.feedsDone <= $1.feedsDone })
        var whole = FetchProgress(feeds: 2)
        (whole.feedsDone, whole.pages, whole.pagesDone, whole.newArticles, whole.failures) = (2, 3, 3, 3, 2)
        #expect(progress.last == whole)
        #expect(whole.summary == "2/2 feeds · 3/3 pages · 3 new · 2 failed")
        #expect(reports[0].failure == "HTTP 500")
        #expect(reports[1].newArticles == 3)
        let state = try FetchState.read(library: folder.path)
        #expect(state.feeds[server.url("/broken.xml")]?.lastError == "HTTP 500")
    }
}

/// What a progress callback heard.
final class Heard: Sendable {
    let progress = Mutex<[FetchProgress]>([])
}

/// One fetch at a time per library.
@Suite struct FetchLockTests {
    @Test func aSecondFetchIntoTheSameLibrarySaysAnotherIsRunning() async throws {
        let folder = TemporaryFolder()
        let held = try #require(FetchLock(library: folder.path))
        let reports = await FeedFetcher(client: URLSessionClient(), library: folder.path).fetch(["http://127.0.0.1:9/x"]
        )
        #expect(reports.first?.failure == "another fetch into \(folder.path) is running")
        withExtendedLifetime(held) { #expect(FetchLock(library: folder.path) == nil) }
    }

    @Test func theLockIsFreeOnceTheHolderIsGone() throws {
        let folder = TemporaryFolder()
        do { _ = try #require(FetchLock(library: folder.path)) }
        #expect(FetchLock(library: folder.path) != nil)
    }
}

/// A server that asks to come back later is asked again, after the wait it names.
@Suite struct RetryAfterTests {
    @Test func a503WithRetryAfterIsAskedAgainOnce() async throws {
        let server = try LocalHTTPServer { request in
            if request.path == "/busy.xml" { return .init(status: 503, headers: ["Retry-After": "1"]) }
            return .init(status: 404)
        }
        let folder = TemporaryFolder()
        let reports = await FeedFetcher(client: URLSessionClient(), library: folder.path).fetch([
            server.url("/busy.xml")
        ])
        #expect(reports.first?.failure == "HTTP 503")
        #expect(server.requests.filter { $0.path == "/busy.xml" }.count == 2)
    }
}

/// Compressed responses are read as the text they hold.
@Suite struct CompressionTests {
    @Test func aGzipFeedIsReadAsItsText() async throws {
        let xml =
            #"<?xml version="1.0"?><rss version="2.0"><channel><title>Z</title><item><title>Zipped item</title><description>Compressed on the wire.</description></item></channel></rss>"#
        let compressed = try gzipped(Data(xml.utf8))
        let server = try LocalHTTPServer { _ in
            .init(
                status: 200, headers: ["Content-Encoding": "gzip", "Content-Type": "application/rss+xml"],
                body: compressed)
        }
        let folder = TemporaryFolder()
        let reports = await FeedFetcher(client: URLSessionClient(), library: folder.path).fetch([server.url("/z.xml")])
        #expect(reports.first?.failure == nil)
        #expect(reports.first?.newArticles == 1)
        #expect(server.requests.first?.headers["accept-encoding"]?.contains("gzip") == true)
    }
}

/// Data compressed by gzip(1), as a server would send it.
func gzipped(_ data: Data) throws -> Data {
    let gzip = Process()
    gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
    gzip.arguments = ["-c"]
    let input = Pipe(), output = Pipe()
    gzip.standardInput = input
    gzip.standardOutput = output
    try gzip.run()
    // Written from another thread: a large input would fill the pipe before gzip's output is read.
    let writer = input.fileHandleForWriting
    Thread.detachNewThread {
        writer.write(data)
        try? writer.close()
    }
    let compressed = output.fileHandleForReading.readDataToEndOfFile()
    gzip.waitUntilExit()
    return compressed
}
