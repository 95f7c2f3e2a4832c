import Foundation
import Synchronization
import Testing

@testable import BylineCore

/// Items known by their identity, updated in place; JSON Feeds; feeds that move.
@Suite struct FeedItemTests {
    /// A server whose feed text the test changes between fetches.
    final class ChangingFeed: Sendable {
        final class Text: Sendable {
            let value = Mutex("")
        }

        let text = Text()
        let server: LocalHTTPServer

        init(contentType: String = "application/rss+xml") throws {
            let text = self.text
            server = try LocalHTTPServer { request in
                switch request.path {
                case "/feed":
                    .init(
                        status: 200, headers: ["Content-Type": contentType], body: Data(text.value.withLock { $0 }.utf8)
                    )
                case "/old-feed": .init(status: 301, headers: ["Location": "/feed"])
                default: .init(status: 404)
                }
            }
        }

        func rss(_ items: [(guid: String, title: String, link: String, summary: String)]) {
            let entries = items.map {
                "<item><guid>\($0.guid)</guid><title>\($0.title)</title><link>\($0.link)</link>"
                    + "<description>\($0.summary)</description><pubDate>Tue, 12 Mar 2024 08:00:00 GMT</pubDate></item>"
            }
            text.value.withLock {
                $0 =
                    "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Eastport Star</title>"
                    + entries.joined() + "</channel></rss>"
            }
        }
    }

    func articles(_ library: String) throws -> [String: String] {
        let files = (FileManager.default.enumerator(atPath: library)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }
        return try Dictionary(
            uniqueKeysWithValues: files.map { ($0, try String(contentsOfFile: library + "/" + $0, encoding: .utf8)) })
    }

    @Test func aChangedItemIsWrittenAgainInPlaceAndAMovedLinkIsNotANewItem() async throws {
        let feed = try ChangingFeed()
        let folder = TemporaryFolder()
        let fetcher = FeedFetcher(client: URLSessionClient(), library: folder.path)
        feed.rss([("a-1", "Bridge vote delayed", "http://127.0.0.1:9/a", "The vote is delayed.")])
        let first = await fetcher.fetch([feed.server.url("/feed")])
        #expect(first[0].newArticles == 1)
        // The same item (same guid), corrected and at a new address.
        feed.rss([("a-1", "Bridge vote delayed to May", "http://127.0.0.1:9/a-corrected", "Delayed to May.")])
        let second = await fetcher.fetch([feed.server.url("/feed")])
        #expect(second[0].newArticles == 0)
        #expect(second[0].updatedArticles == 1)
        let stored = try articles(folder.path)
        #expect(stored.count == 1)
        #expect(stored.values.first?.contains("title: \"Bridge vote delayed to May\"") == true)
        #expect(stored.values.first?.contains("Delayed to May.") == true)
        // Unchanged since: nothing written.
        let third = await fetcher.fetch([feed.server.url("/feed")])
        #expect(third[0].newArticles == 0 && third[0].updatedArticles == 0)
    }

    @Test func aJSONFeedIsFollowedLikeAnyOther() async throws {
        let feed = try ChangingFeed(contentType: "application/feed+json")
        feed.text.value.withLock {
            $0 = """
                {"version": "https://jsonfeed.org/version/1.1", "title": "Harbour JSON",
                 "items": [{"id": "j1", "title": "Ferry timetable", "content_text": "Ferries run hourly, the port said.",
                            "url": "http://127.0.0.1:9/ferry", "date_published": "2024-03-12T08:00:00Z"}]}
                """
        }
        let folder = TemporaryFolder()
        let reports = await FeedFetcher(client: URLSessionClient(), library: folder.path).fetch([
            feed.server.url("/feed")
        ])
        #expect(reports[0].failure == nil)
        #expect(reports[0].newArticles == 1)
        let stored = try articles(folder.path)
        #expect(stored.keys.first?.hasPrefix("harbour-json-") == true)
        #expect(stored.values.first?.contains("Ferries run hourly, the port said.") == true)
    }

    @Test func aFeedThatMovedForGoodIsFollowedAtItsNewAddress() async throws {
        let feed = try ChangingFeed()
        feed.rss([("m-1", "Moved", "http://127.0.0.1:9/m", "Moved feed item.")])
        let folder = TemporaryFolder()
        let old = feed.server.url("/old-feed"), new = feed.server.url("/feed")
        let listPath = folder.path + "/feeds"
        try SubscriptionList(text: "# news\n\(old) # the star\n").write(path: listPath)
        let reports = await FeedFetcher(client: URLSessionClient(), library: folder.path + "/library").fetch([old])
        #expect(reports[0].movedTo == new)
        #expect(try SubscriptionList.follow(moves: reports, path: listPath).count == 1)
        #expect(try SubscriptionList.read(path: listPath).text == "# news\n\(new) # the star\n")
        let state = try FetchState.read(library: folder.path + "/library")
        #expect(state.feeds[old] == nil)
        #expect(state.feeds[new]?.items.count == 1)
    }
}
