import Foundation
import Testing

@testable import BylineCore

@Suite struct FeedLoaderTests {
    @Test func rssItemsWithHTMLAndEntities() throws {
        let folder = TemporaryFolder()
        let feed = """
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Courier</title>
            <item><title>Bridge &amp; road</title><link>http://x/1</link>
            <description>&lt;p&gt;The mayor said &amp;ldquo;yes&amp;rdquo;.&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;</description>
            <pubDate>Tue, 28 Sep 2021 10:00:00 GMT</pubDate><dc:creator>Ann</dc:creator></item>
            <item><title>Other</title><description><![CDATA[Plain <i>text</i>]]></description></item>
            </channel></rss>
            """
        let library = LibraryLoader().load(paths: [folder.write("feed.xml", feed)]).regrouped(by: .sources)
        #expect(library.stories.count == 1)
        #expect(library.stories[0].title == "Courier")
        let articles = library.stories[0].articles
        #expect(articles.count == 2)
        let first = try #require(articles.first { $0.title == "Bridge & road" })
        #expect(first.body.text == "The mayor said “yes”.\n\nSecond.")
        #expect(first.date == CalendarDate(year: 2021, month: 9, day: 28))
        #expect(first.author == "Ann")
        #expect(first.url == "http://x/1")
        #expect(library.warnings.isEmpty)
    }

    @Test func atomEntries() throws {
        let folder = TemporaryFolder()
        let feed = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom news</title>
            <entry><title>Vote</title><link rel="alternate" href="http://x/v"/><published>2020-08-14T09:00:00Z</published>
            <author><name>Bo</name></author><content type="xhtml"><div><p>One.</p><p>Two.</p></div></content></entry>
            </feed>
            """
        let library = LibraryLoader().load(paths: [folder.write("a.atom", feed)])
        let article = try #require(library.stories.first?.articles.first)
        #expect(article.title == "Vote")
        #expect(article.author == "Bo")
        #expect(article.url == "http://x/v")
        #expect(article.body.paragraphs.count == 2)
    }

    @Test func billionLaughsIsRefusedQuickly() throws {
        var entities = "<!ENTITY lol \"lol\">"
        for i in 1...9 {
            let previous = i == 1 ? "lol" : "lol\(i - 1)"
            entities += "<!ENTITY lol\(i) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
        }
        let feed =
            "<?xml version=\"1.0\"?><!DOCTYPE rss [\(entities)]><rss><channel><item><title>&lol9;</title></item></channel></rss>"
        let folder = TemporaryFolder()
        let start = Date()
        let library = LibraryLoader().load(paths: [folder.write("laughs.xml", feed)])
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(library.articleCount == 0)
        #expect(library.warnings.first?.message.contains("refused") == true)
    }

    @Test func itemHTMLBecomesParagraphsLikeAWebPage() throws {
        let folder = TemporaryFolder()
        let feed = """
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>C</title>
            <item><title>Vote</title><description>Short summary.</description>
            <content:encoded><![CDATA[<p>The council voted&nbsp;on <b>Monday</b>.</p><script>track()</script>
            <ul><li>Five for</li><li>Four against</li></ul><p>Caf&eacute; owners cheered.</p>]]></content:encoded></item>
            <item><title>Plain</title><description>First paragraph.

            Second paragraph.</description></item>
            </channel></rss>
            """
        let library = LibraryLoader().load(paths: [folder.write("feed.rss", feed)])
        let articles = library.stories.flatMap(\.articles)
        #expect(
            articles.first { $0.title == "Vote" }?.body.text
                == "The council voted on Monday.\n\n• Five for\n\n• Four against\n\nCafé owners cheered.")
        #expect(articles.first { $0.title == "Plain" }?.body.paragraphs.count == 2)
        #expect(library.warnings.isEmpty)
    }

    @Test(.enabled(if: SharedData.root != nil, "needs ../shared/corpora/feeds"))
    func feedRsCorpusMatchesExpectedTitles() throws {
        let root = try #require(SharedData.root)
        let dir = root + "/corpora/feeds/feed-rs"
        var checked = 0
        for sub in ["rss2", "atom", "rss1", "rss0"] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: "\(dir)/\(sub)")) ?? []
            for name in names where name.hasSuffix(".xml") {
                let expectedPath = "\(dir)/\(sub)/" + name.dropLast(4) + ".serde.json"
                guard let data = FileManager.default.contents(atPath: expectedPath),
                    let json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
                    let entries = json["entries"] as? [[String: Any]]
                else { continue }
                let titles = entries.compactMap { ($0["title"] as? [String: Any])?["content"] as? String }
                    .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
                let library = LibraryLoader().load(paths: ["\(dir)/\(sub)/\(name)"])
                let loaded = library.stories.flatMap(\.articles).map(\.title)
                for title in titles where !title.contains("<") && !title.contains("&") {
                    #expect(loaded.contains(title), "\(name): missing \(title)")
                }
                checked += 1
            }
        }
        #expect(checked > 20)
    }
}

extension FeedLoaderTests {
    /// Items are read as they close; one the file cuts off is still read from what is left.
    @Test func aFeedCutOffInsideAnItemKeepsEveryItemInOrder() throws {
        let feed = """
            <?xml version="1.0"?><rss><channel><title>Cut</title>
            <item><title>One</title><description>First.</description></item>
            <item><title>Two</title><description>Second.</description></item>
            <item><title>Three</title><description>Third, cut
            """
        let file = SourceFile(path: "cut.xml", text: feed)
        let loaded = FeedLoader().load(file)
        #expect(loaded.articles.map(\.title) == ["One", "Two", "Three"])
        #expect(loaded.articles.map(\.location.item) == [1, 2, 3])
        #expect(loaded.storyTitle == "Cut")
        #expect(loaded.warnings.first?.message.contains("ill-formed XML") == true)
    }

    @Test func roomIsMadeForEachItemOrEntryStartTag() {
        #expect(FeedLoader.itemTagCount("<item><items><item>x</item><entry xml:lang='en'><entryway>") == 3)
        #expect(FeedLoader.itemTagCount("&lt;item&gt; <item") == 0)
    }
}
