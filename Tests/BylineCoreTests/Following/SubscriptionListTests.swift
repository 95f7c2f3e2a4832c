import Foundation
import Testing

@testable import BylineCore

/// The subscription list: a file a person edits, which Byline adds to without disturbing.
@Suite struct SubscriptionListTests {
    @Test func commentsAndBlankLinesAreKeptAndAddressesDeduplicated() {
        var list = SubscriptionList(text: "# news\nhttps://a.example/feed.xml  # the A\n\nhttps://b.example/rss\n")
        #expect(list.feeds == ["https://a.example/feed.xml", "https://b.example/rss"])
        let added = list.add(["https://b.example/rss", "https://c.example/atom", "https://c.example/atom"])
        #expect(added == ["https://c.example/atom"])
        #expect(
            list.text
                == "# news\nhttps://a.example/feed.xml  # the A\n\nhttps://b.example/rss\nhttps://c.example/atom\n")
    }

    @Test func onlyWebAddressesCanBeFollowed() {
        #expect(SubscriptionList.problem(with: "https://a.example/feed") == nil)
        #expect(SubscriptionList.problem(with: "http://127.0.0.1:8080/rss") == nil)
        #expect(SubscriptionList.problem(with: "file:///etc/passwd") != nil)
        #expect(SubscriptionList.problem(with: "not a url") != nil)
    }

    @Test func theDefaultPathFollowsXDG() {
        #expect(
            SubscriptionList.defaultPath(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/byline/feeds")
        #expect(SubscriptionList.defaultPath(environment: ["HOME": "/h"]) == "/h/.config/byline/feeds")
    }

    @Test func writesAreAtomicAndLeaveNoTemporaryFiles() throws {
        let folder = TemporaryFolder()
        let path = folder.path + "/config/byline/feeds"
        var list = try SubscriptionList.read(path: path)
        #expect(list.feeds.isEmpty)
        list.add(["https://a.example/feed"])
        try list.write(path: path)
        #expect(try SubscriptionList.read(path: path).feeds == ["https://a.example/feed"])
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/config/byline")
        #expect(names == ["feeds"])
    }

    @Test func opmlImportsNestedOutlinesAndExportsWhatItImports() {
        let opml = """
            <?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
            <outline text="News"><outline type="rss" text="A" xmlUrl="https://a.example/feed?x=1&amp;y=2"/></outline>
            <outline type="rss" text="B" xmlUrl="https://b.example/rss"/></body></opml>
            """
        let read = OPML.feeds(in: opml)
        #expect(read.feeds == ["https://a.example/feed?x=1&y=2", "https://b.example/rss"])
        #expect(read.problem == nil)
        #expect(OPML.feeds(in: OPML.document(feeds: read.feeds)).feeds == read.feeds)
        #expect(OPML.feeds(in: "<rss><channel/></rss>").problem?.contains("not an OPML") == true)
    }
}
