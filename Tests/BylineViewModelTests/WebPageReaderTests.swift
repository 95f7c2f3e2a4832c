import BylineCore
import Foundation
import Testing

@testable import BylineViewModel

/// A saved web page in the reader: its article, not its menus, and where it came from.
@Suite struct WebPageReaderTests {
    static let page = """
        <html><head><title>Ferry fares rise | Eastport Star</title>
        <link rel="canonical" href="https://star.example/2024/05/02/ferry-fares">
        <meta name="author" content="Nadia Osman"><meta property="og:site_name" content="Eastport Star"></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>Ferry fares rise</h1><div class="story-body">
        <p>Ferry fares will rise in July, the harbour authority said on Thursday, the first rise in six years.</p>
        <p>"Riders deserve better," said director Sam Greer, who took the job last spring.</p></div></article>
        <div class="comments"><p>Another rise, and the boats are still late every single morning, a reader wrote.</p></div>
        </body></html>
        """

    @Test func theArticleShowsItsBylineAndAddressAndNoBoilerplate() {
        let state = reader(["ferry.html": Self.page], width: 100, height: 30)
        let text = screen(state).plainText
        #expect(text.contains("2024-05-02 · Nadia Osman · Eastport Star"))
        #expect(text.contains("https://star.example/2024/05/02/ferry-fares"))
        #expect(text.contains("Ferry fares will rise in July"))
        #expect(text.contains("Sam Greer · said"))
        #expect(!text.contains("boats are still late"))
        #expect(!text.contains("Home"))
    }
}

/// `o` asks the loop to open the article's address; the update itself stays pure.
@Suite struct OpenAddressTests {
    @Test func oAsksToOpenTheArticlesAddress() {
        var state = reader(["ferry.html": WebPageReaderTests.page], width: 100, height: 30)
        let effects = Update.handle(.character("o"), &state)
        #expect(effects == [.openURL("https://star.example/2024/05/02/ferry-fares")])
        #expect(state.message == "opening https://star.example/2024/05/02/ferry-fares")
    }

    @Test func anArticleWithoutAnAddressSaysSo() {
        var state = reader(fixture)
        #expect(Update.handle(.character("o"), &state).isEmpty)
        #expect(state.message == "this article has no address to open")
    }
}

/// `R` fetches the feeds followed in the background; what it brings reloads the library.
@Suite struct FetchFromTheReaderTests {
    @Test func rAsksForAFetchOnceAndItsResultReloadsTheLibrary() {
        var state = reader(fixture)
        #expect(Update.handle(.character("R"), &state) == [.fetchFeeds])
        #expect(state.fetching)
        #expect(state.message == "fetching the feeds followed…")
        #expect(Update.handle(.character("R"), &state).isEmpty)
        #expect(state.message == "a fetch is already running")
        var progress = FetchProgress(feeds: 3)
        progress.feedsDone = 1
        progress.newArticles = 2
        #expect(Update.receive(.fetchProgress(progress), &state).isEmpty)
        #expect(state.message == "fetching: 1/3 feeds · 2 new")
        #expect(screen(state).plainText.contains("fetching: 1/3 feeds · 2 new"))
        #expect(Update.receive(.fetched(newArticles: 2, problems: []), &state) == [.reloadLibrary])
        #expect(!state.fetching)
        #expect(state.message == "fetched: 2 new articles")
        #expect(Update.handle(.character("R"), &state) == [.fetchFeeds])
        #expect(
            Update.receive(.fetched(newArticles: 0, problems: ["https://x.example/feed: HTTP 500"]), &state).isEmpty)
        #expect(state.message == "fetched: nothing new; 1 problems (w)")
        #expect(state.warnings == ["https://x.example/feed: HTTP 500"])
    }
}

/// Articles fetched since you last looked are marked new until opened, run after run.
@Suite struct NewMarksTests {
    @Test func fetchedArticlesShowAsNewUntilOpenedAndTheMarksAreKept() throws {
        let files = TemporaryFiles([
            "gazette/2024-03-13-lighthouse.md":
                "---\ntitle: Lighthouse reopens\ndate: 2024-03-13\n---\nThe lighthouse reopened.\n",
            "gazette/2024-03-12-ferry.md": "---\ntitle: Ferry fares rise\ndate: 2024-03-12\n---\nFares rise in July.\n",
        ])
        let library = LibraryLoader().load(paths: [files.folder])
        var state = AppState(model: ReaderModel(library: library), width: 100, height: 30)
        state.fetchedLibrary = files.folder
        #expect(screen(state).plainText.contains("✦ Lighthouse"))
        #expect(screen(state).plainText.contains("✦ Ferry"))
        let effects = Update.handle(.down, &state)
        #expect(effects.contains(.saveReadMarks))
        let opened = try #require(state.model.article(state.story, state.article))
        #expect(!state.isNew(opened))
        try state.readMarks.save(library: files.folder)
        #expect(ReadMarks.load(library: files.folder).read.count == 1)
        // Opening it again asks nothing more.
        press(.up, into: &state)
        #expect(!Update.handle(.down, &state).contains(.saveReadMarks))
    }
}
