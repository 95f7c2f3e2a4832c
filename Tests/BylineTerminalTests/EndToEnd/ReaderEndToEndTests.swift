import Foundation
import Testing

/// The real binary in tmux, checked by what a person would see.
@Suite(.serialized) struct ReaderEndToEndTests {
    static var seed: String? {
        let path = TmuxSession.repository + "/../shared/seed/000_d7c1afa370157c1f.txt"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    @Test(.enabled(if: Self.seed != nil, "needs ../shared"))
    func seedOpensWithItsQuotesAndSpeakers() throws {
        let seed = try #require(Self.seed)
        let session = try TmuxSession(arguments: ["--date", "2021-09-28", seed])
        let screen = try session.waitFor("Quotes 14")
        #expect(screen.contains("Chrissy Teigen is remembering the son"))
        #expect(screen.contains("Chrissy Teigen · penned"))
        session.send("Tab", "Tab", "G")
        let end = try session.waitFor("John Legend · explained")
        #expect(!end.contains("Kevin Frazier ·"))
    }

    @Test(.enabled(if: Self.seed != nil, "needs ../shared"))
    func searchNarrowsTheQuotesLive() throws {
        let seed = try #require(Self.seed)
        let session = try TmuxSession(arguments: ["--date", "2021-09-28", seed])
        let before = try session.waitFor("Quotes 14")
        #expect(before.contains("“And to the son we almost"))
        session.send("/")
        session.type("lo")
        try session.waitFor("/lo▏")
        session.type("ve")
        let screen = try session.waitFor("/love▏  7 matches")
        #expect(screen.contains("Quotes 7 matching"))
        #expect(screen.contains("“We feel all of your love"))
        #expect(!screen.contains("“And in my family"))
        session.send("Escape")
        try session.waitFor("Quotes 14")
    }

    @Test(.enabled(if: Self.seed != nil, "needs ../shared"))
    func bracketJumpsToTheNextDateAndScrollsTheArticle() throws {
        let seed = try #require(Self.seed)
        let session = try TmuxSession(arguments: ["--date", "2021-09-28", seed], width: 100, height: 30)
        try session.waitFor("Timeline 7")
        // Five dates on, the article scrolls to "Last November, Legend spoke with ET".
        for _ in 0..<5 { session.send("]") }
        let screen = try session.waitFor("Last November, Legend spoke")
        let articleColumn = screen.split(separator: "\n").filter { $0.contains("Last November, Legend spoke") }
        #expect(!articleColumn.isEmpty)
        #expect(!screen.contains("Chrissy Teigen is remembering the son"), "the article should have scrolled")
        // The jump target's own line is drawn on a background (or reversed): the last
        // colour set before its words says so.
        let colours = session.screen(colours: true)
        let line = try #require(colours.split(separator: "\n").first { $0.contains("Last November, Legend spoke") })
        let before = line[..<line.range(of: "Last November, Legend spoke")!.lowerBound]
        let lastColour = before.components(separatedBy: "\u{1B}[").last ?? ""
        #expect(lastColour.contains("48;") || lastColour.hasPrefix("7"), "the jump target is highlighted")
    }

    @Test func resizeKeepsTheSelectionAndTooSmallSaysSo() throws {
        let session = try TmuxSession(arguments: ["samples"], width: 100, height: 30)
        try session.waitFor("Stories 6")
        session.send("j")
        try session.waitFor("Tide gauges show faster sea-level rise")
        session.resize(width: 80, height: 24)
        let narrow = try session.waitFor("Tide gauges show faster")
        #expect(narrow.split(separator: "\n").count <= 24)
        session.resize(width: 40, height: 10)
        try session.waitFor("Terminal too small")
        session.resize(width: 120, height: 40)
        try session.waitFor("Tide gauges show faster sea-level rise")
    }

    /// A resize whose signal never reaches the reader's input loop (here SIGWINCH is blocked;
    /// a signal taken by another thread is the same) is still seen: the idle loop checks the
    /// window's size once a second. CI once saw a resize go unanswered for 40 seconds.
    @Test(.enabled(if: FileServer.available, "needs python3"))
    func aResizeWhoseSignalIsLostIsStillSeen() throws {
        let session = try TmuxSession(arguments: ["samples"], width: 100, height: 30, blockingResizeSignal: true)
        try session.waitFor("Stories 6")
        session.resize(width: 40, height: 10)
        try session.waitFor("Terminal too small")
        session.resize(width: 100, height: 30)
        try session.waitFor("Stories 6")
    }

    @Test func oOpensTheAddressInTheBrowserAndTheReaderComesBack() throws {
        let folder = NSTemporaryDirectory() + "byline-browser-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let script = folder + "/browser", opened = folder + "/opened"
        try "#!/bin/sh\necho \"$1\" > \(opened)\n".write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        let session = try TmuxSession(
            arguments: ["samples/harbor-bridge/2024-03-13-bridge-opponents.html"], environment: ["BROWSER=\(script)"])
        try session.waitFor("Harbor Street bridge opponents")
        session.send("o")
        try session.waitFor("opening https://dailystar.example")
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: opened), Date() < deadline { usleep(50_000) }
        let url = try String(contentsOfFile: opened, encoding: .utf8)
        #expect(url == "https://dailystar.example/news/2024/03/13/bridge-opponents-petition\n")
        try session.waitFor("Harbor Street bridge opponents")
        session.send("q")
        #expect(try session.waitForExit() == 0)
    }

    /// The terminal given back however the reader ends: terminated, its terminal closed
    /// (SIGHUP), or crashed (SIGSEGV, SIGABRT: what a crash raises).
    @Test(
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/pkill"), "needs pkill"),
        arguments: [("TERM", 15), ("HUP", 1), ("SEGV", 11), ("ABRT", 6)])
    func aSignalGivesTheTerminalBack(signal: String, number: Int32) throws {
        let session = try TmuxSession(arguments: ["samples"])
        try session.waitFor("Stories 6")
        // The reader is the child of the shell tmux runs it in.
        let shell = session.tmux(["display-message", "-p", "-t", session.name, "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let pkill = Process()
        pkill.executableURL = URL(fileURLWithPath: "/usr/bin/pkill")
        pkill.arguments = ["-\(signal)", "-P", shell]
        try pkill.run()
        pkill.waitUntilExit()
        #expect(pkill.terminationStatus == 0)
        // The shell prints the status (128 + the signal) on a screen that is its own again.
        let status = try session.waitForExit()
        #expect(status == 128 + number)
        let after = session.screen()
        #expect(!after.contains("Stories 6"), "the alternate screen is left")
    }

    @Test func withNoPathsTheFetchedLibraryOpensElseTheSamplesWithAHint() throws {
        let data = NSTemporaryDirectory() + "byline-data-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: data) }
        let empty = try TmuxSession(arguments: [], environment: ["XDG_DATA_HOME=\(data)"])
        let samples = try empty.waitFor("the bundled samples")
        #expect(samples.contains("Stories 6"))
        let library = data + "/byline/library/eastport-star"
        try FileManager.default.createDirectory(atPath: library, withIntermediateDirectories: true)
        try "---\ntitle: \"Ferry fares rise\"\ndate: 2024-05-02\n---\nFares will rise in July, the authority said.\n"
            .write(toFile: library + "/2024-05-02-ferry.md", atomically: true, encoding: .utf8)
        let fetched = try TmuxSession(arguments: [], environment: ["XDG_DATA_HOME=\(data)"])
        let screen = try fetched.waitFor("Ferry fares rise")
        #expect(screen.contains("Stories 1"))
    }

    @Test(.enabled(if: FileServer.available, "needs python3"))
    func rFetchesTheFeedsFollowedAndNewStoriesAppear() throws {
        let root = NSTemporaryDirectory() + "byline-fetch-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        let site = root + "/site", library = root + "/data/byline/library"
        try FileManager.default.createDirectory(atPath: site, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: library + "/old", withIntermediateDirectories: true)
        try "---\ntitle: \"An older report\"\ndate: 2024-03-01\n---\nThe council met on Friday.\n"
            .write(toFile: library + "/old/2024-03-01-older.md", atomically: true, encoding: .utf8)
        let (server, port) = try FileServer.start(serving: site)
        defer { FileServer.stop(server) }
        #expect(port > 0)
        try """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title>
        <item><title>Lighthouse reopens to visitors</title><link>http://127.0.0.1:\(port)/lighthouse.html</link>
        <description>Short.</description><pubDate>Wed, 13 Mar 2024 08:00:00 GMT</pubDate></item></channel></rss>
        """.write(toFile: site + "/feed.xml", atomically: true, encoding: .utf8)
        try
            "<html><body><article><p>The lighthouse reopened on Wednesday after two years of repairs, the keeper said.</p></article></body></html>"
            .write(toFile: site + "/lighthouse.html", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: root + "/config/byline", withIntermediateDirectories: true)
        try "http://127.0.0.1:\(port)/feed.xml\n".write(
            toFile: root + "/config/byline/feeds", atomically: true, encoding: .utf8)
        let session = try TmuxSession(
            arguments: [], environment: ["XDG_DATA_HOME=\(root)/data", "XDG_CONFIG_HOME=\(root)/config"])
        try session.waitFor("An older report")
        session.send("R")
        let after = try session.waitFor("✦ Lighthouse", timeout: 20)
        #expect(after.contains("An older report"))
        #expect(after.contains("Stories 2"))
        session.send("q")
        #expect(try session.waitForExit() == 0)
    }

    static var newsFeeds: String? {
        let path = TmuxSession.repository + "/../shared/corpora/feeds/news"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    @Test(.enabled(if: newsFeeds != nil, "needs ../shared/corpora/feeds/news"))
    func sixNewsFeedsOpenAsStoriesNotOutlets() throws {
        let feeds = try #require(Self.newsFeeds)
        let session = try TmuxSession(arguments: [feeds], width: 140, height: 40)
        let stories = try session.waitFor("Oscar Pistorius")
        #expect(!stories.contains("Stories 6 "))
        // Oscar Pistorius' parole, reported by three of the outlets, is one story of three sources.
        #expect(stories.contains("3·3"))
        session.send("s")
        let sources = try session.waitFor("Sources 6")
        #expect(sources.contains("sources: each folder, feed and file"))
        session.send("s")
        try session.waitFor("Oscar Pistorius, Oly")
        session.send("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test func aLargeLibraryOpensAtOnceAndGrowsToTheWhole() throws {
        // 20,000 short wire stories (about 5 MB): more than the preview's first megabyte.
        let folder = NSTemporaryDirectory() + "byline-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let lines = (1...20_000).map { i in
            #"{"title": "Wire story \#(i)", "date": "2021-03-0\#(1 + i % 9)", "body": "\"Prices rose again in lot \#(i),\" said analyst Dana Reyes. The index gained \#(i % 97) points on Tuesday, traders said, after a slow week of thin volume."}"#
        }
        let path = folder + "/wire.jsonl"
        _ = FileManager.default.createFile(atPath: path, contents: Data((lines.joined(separator: "\n") + "\n").utf8))
        let session = try TmuxSession(arguments: [path], width: 120)
        let first = try session.waitFor("Wire story")
        #expect(first.contains("Dana Reyes"))
        session.send("/")
        session.type("lot 19999,")
        // Every article read and searchable: the last one's quotation is found.
        try session.waitFor("1 match ", timeout: 30)
        session.send("Escape", "q")
        #expect(try session.waitForExit() == 0)
    }

    @Test func quitRestoresTheShell() throws {
        let session = try TmuxSession(arguments: ["samples"])
        try session.waitFor("Stories 6")
        session.send("?")
        try session.waitFor("? or Esc closes")
        session.send("Escape")
        session.send("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test func ctrlCQuitsToo() throws {
        let session = try TmuxSession(arguments: ["samples"])
        try session.waitFor("Stories 6")
        session.send("C-c")
        #expect(try session.waitForExit() == 0)
    }

    @Test func noColorMeansNoColourCodes() throws {
        let session = try TmuxSession(arguments: ["samples"], environment: ["NO_COLOR=1"])
        try session.waitFor("Stories 6")
        let screen = session.screen(colours: true)
        #expect(!screen.contains("38;5;"))
        #expect(screen.contains("\u{1B}[7m"), "selection still shows, in reverse video")
    }

    @Test func withoutATerminalItPointsToExtract() throws {
        let pipe = Pipe()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TmuxSession.binary)
        process.arguments = ["samples"]
        process.currentDirectoryURL = URL(fileURLWithPath: TmuxSession.repository)
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        process.waitUntilExit()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 2)
        #expect(output.contains("byline extract"))
    }
}
