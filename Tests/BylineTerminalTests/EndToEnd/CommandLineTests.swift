import Foundation
import Testing

/// The command line a new user meets first: help, version, and paths that hold nothing.
@Suite struct CommandLineTests {
    @Test func helpNamesTheReadersOptionsAndPaths() throws {
        let help = try BylineRun(["--help"])
        #expect(help.status == 0)
        for word in ["--date", "--theme", "PATH", "extract", "--version"] {
            #expect(help.stdout.contains(word), "byline --help should mention \(word)")
        }
    }

    @Test func versionIsPrinted() throws {
        let version = try BylineRun(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.first?.isNumber == true)
    }

    @Test func aPathThatDoesNotExistStopsBeforeTheReader() throws {
        let run = try BylineRun(["/nonexistent/byline-news"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("no such file or folder: /nonexistent/byline-news"))
    }

    @Test func anEmptyFolderStopsBeforeTheReader() throws {
        let folder = NSTemporaryDirectory() + "byline-empty-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try BylineRun([folder])
        #expect(run.status == 2)
        #expect(run.stderr.contains("nothing to read in \(folder)"))
    }
}

/// Following feeds from the command line.
@Suite struct SubscriptionCommandTests {
    @Test func subscribeListsAndExportsAndRefusesWhatIsNotAFeedAddress() throws {
        let folder = NSTemporaryDirectory() + "byline-subs-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let list = folder + "/feeds"
        let first = try BylineRun(["subscribe", "--feeds", list, "https://a.example/feed", "ftp://x/y"])
        #expect(first.status == 1)
        #expect(first.stderr.contains("ftp://x/y: not an http or https address"))
        #expect(first.stdout.contains("subscribed to 1 new feed"))
        let opml = folder + "/other.opml"
        try
            #"<opml version="2.0"><body><outline xmlUrl="https://b.example/rss"/><outline xmlUrl="https://a.example/feed"/></body></opml>"#
            .write(toFile: opml, atomically: true, encoding: .utf8)
        let second = try BylineRun(["subscribe", "--feeds", list, "--opml", opml])
        #expect(second.status == 0)
        #expect(second.stdout.contains("subscribed to 1 new feed (1 already followed)"))
        let listed = try BylineRun(["subscriptions", "--feeds", list])
        #expect(listed.stdout == "https://a.example/feed\nhttps://b.example/rss\n")
        let exported = try BylineRun(["subscriptions", "--feeds", list, "--opml"])
        #expect(exported.stdout.contains(#"xmlUrl="https://b.example/rss""#))
    }
}

/// `byline fetch` against a server the test starts on 127.0.0.1.
@Suite struct FetchCommandTests {
    @Test(.enabled(if: FileServer.available, "needs python3"))
    func fetchBringsNewArticlesThenNothingTheSecondTime() throws {
        let root = NSTemporaryDirectory() + "byline-fetchcmd-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/site", withIntermediateDirectories: true)
        let (server, port) = try FileServer.start(serving: root + "/site")
        defer { FileServer.stop(server) }
        try """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title>
        <item><title>Lighthouse reopens</title><link>http://127.0.0.1:\(port)/lighthouse.html</link>
        <description>Short.</description></item>
        <item><title>Missing page</title><link>http://127.0.0.1:\(port)/missing.html</link>
        <description>The summary of a missing page.</description></item></channel></rss>
        """.write(toFile: root + "/site/feed.xml", atomically: true, encoding: .utf8)
        try
            "<html><body><article><p>The lighthouse reopened on Wednesday after two years of repairs.</p></article></body></html>"
            .write(toFile: root + "/site/lighthouse.html", atomically: true, encoding: .utf8)
        let feed = "http://127.0.0.1:\(port)/feed.xml"
        let first = try BylineRun(["fetch", "--library", root + "/library", feed])
        #expect(first.status == 1)
        #expect(first.stdout.contains("\(feed): 2 new"))
        #expect(first.stderr.contains("missing.html"))
        let second = try BylineRun(["fetch", "--library", root + "/library", feed])
        #expect(second.stdout.contains("not modified") || second.stdout.contains("0 new"))
        let extracted = try BylineRun(["extract", "--text", root + "/library"])
        #expect(extracted.stdout.contains("The lighthouse reopened on Wednesday"))
        #expect(extracted.stdout.contains("The summary of a missing page."))
    }
}
