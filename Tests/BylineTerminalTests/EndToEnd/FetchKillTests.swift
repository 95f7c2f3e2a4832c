import Foundation
import Testing

/// `byline fetch` killed (SIGKILL: no handler runs) at random moments during a fetch, two
/// hundred times, against a local server whose feed grows by an item each time: after
/// every kill each article file is whole, the fetch state reads and lists only articles
/// that exist, and at the end one more fetch brings every item exactly once.
@Suite(.enabled(if: FileServer.available, "needs python3")) struct FetchKillTests {
    static let kills = 200

    let root = NSTemporaryDirectory() + "byline-kill-" + UUID().uuidString
    var site: String { root + "/site" }
    var library: String { root + "/library" }

    func writeFeed(items: Int, port: Int) throws {
        let entries = (0..<items).map { i in
            """
            <item><title>Report \(i) on the harbour</title><link>http://127.0.0.1:\(port)/page\(i).html</link>
            <guid>report-\(i)</guid><pubDate>Wed, 01 May 2024 10:00:00 GMT</pubDate>
            <description>Summary \(i).</description></item>
            """
        }
        try
            ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour Gazette</title>"
            + entries.joined() + "</channel></rss>").write(
                toFile: site + "/feed.xml", atomically: true, encoding: .utf8)
        let page =
            "<html><body><article>"
            + String(
                repeating: "<p>“The harbour will reopen,” the mayor said on Tuesday, and nobody doubted it.</p>",
                count: 40)
            + "</article></body></html>"
        try page.write(toFile: site + "/page\(items - 1).html", atomically: true, encoding: .utf8)
    }

    /// Every article file under the library (by address): front matter closed, a body, a
    /// final newline.
    func articles() throws -> [String: String] {
        var byURL: [String: String] = [:]
        let walker = FileManager.default.enumerator(atPath: library)
        while let relative = walker?.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                walker?.skipDescendants()
                continue
            }
            guard relative.hasSuffix(".md") else { continue }
            let text = try String(contentsOfFile: library + "/" + relative, encoding: .utf8)
            #expect(text.hasPrefix("---\ntitle: "), "\(relative) starts badly")
            #expect(text.contains("\npublisher: \"Harbour Gazette\"\n---\n"), "\(relative) has no whole front matter")
            #expect(text.hasSuffix(".\n"), "\(relative) is cut short")
            let url = text.components(separatedBy: "\nurl: \"").dropFirst().first?.prefix { $0 != "\"" }
            let key = try #require(url.map(String.init), "\(relative) has no address")
            #expect(byURL[key] == nil, "\(key) stored twice")
            byURL[key] = relative
        }
        return byURL
    }

    /// The article files the fetch state says are stored, by item.
    func remembered() throws -> [String: String] {
        let path = library + "/.byline-fetch.json"
        guard FileManager.default.fileExists(atPath: path) else { return [:] }
        let state = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any],
            "the fetch state does not read")
        let feeds = state["feeds"] as? [String: [String: Any]] ?? [:]
        var files: [String: String] = [:]
        for feed in feeds.values {
            for (item, stored) in feed["items"] as? [String: [String: Any]] ?? [:] {
                files[item] = stored["file"] as? String
            }
        }
        return files
    }

    @Test func killedAtRandomMomentsNothingIsLostOrHalfWritten() throws {
        try FileManager.default.createDirectory(atPath: site, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (server, port) = try FileServer.start(serving: site)
        defer { FileServer.stop(server) }
        let feed = "http://127.0.0.1:\(port)/feed.xml"
        var generator = SystemRandomNumberGenerator()
        var items = 10
        for _ in 0..<10 { try writeFeed(items: items, port: port) }
        // How long a fetch of one new item takes here: kills fall anywhere within it.
        _ = try BylineRun(["fetch", "--library", library, feed])
        items += 1
        try writeFeed(items: items, port: port)
        let started = Date()
        _ = try BylineRun(["fetch", "--library", library, feed])
        let duration = max(Date().timeIntervalSince(started), 0.01)
        // Until two hundred kills have landed during a fetch (a fetch that finished first
        // does not count), within a bound on the attempts.
        var killedMidway = 0
        var kill = 0
        while killedMidway < Self.kills, kill < Self.kills * 4 {
            kill += 1
            items += 1
            try writeFeed(items: items, port: port)
            let fetch = Process()
            fetch.executableURL = URL(fileURLWithPath: TmuxSession.binary)
            fetch.arguments = ["fetch", "--library", library, feed]
            fetch.standardOutput = FileHandle.nullDevice
            fetch.standardError = FileHandle.nullDevice
            try fetch.run()
            usleep(UInt32(Double.random(in: 0..<duration, using: &generator) * 1_000_000))
            Foundation.kill(fetch.processIdentifier, SIGKILL)
            fetch.waitUntilExit()
            if fetch.terminationReason == .uncaughtSignal { killedMidway += 1 }
            let stored = Set(try articles().values)
            for (item, file) in try remembered() {
                #expect(stored.contains(file), "kill \(kill): the state lists \(item) in \(file), which is not there")
            }
        }
        #expect(killedMidway == Self.kills, "only \(killedMidway) kills in \(kill) landed during a fetch")
        // The feed's time stamp moves on a whole second, so the last fetch is not told 304.
        sleep(1)
        try writeFeed(items: items, port: port)
        let last = try BylineRun(["fetch", "--library", library, feed])
        #expect(last.status == 0, "\(last.stderr)")
        let stored = try articles()
        #expect(stored.count == items)
        #expect(Set(try remembered().values) == Set(stored.values))
        #expect(try remembered().count == items)
        let leftovers = FileManager.default.enumerator(atPath: library)?.allObjects.compactMap { $0 as? String }
            .filter { $0.contains(".tmp-") }
        #expect(leftovers == [])
    }
}
