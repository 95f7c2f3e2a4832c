import BylineCore
import Foundation
import Testing

@testable import BylineViewModel

@Suite struct ReaderTests {
    /// The opening screen, over analyses written by hand (not the extractor's).
    @Test func openingScreenAt80x24() {
        let state = reader(fixture, analyses: fixtureByHand, width: 80, height: 24)
        expectScreen(
            screen(state),
            """
            ┌ Stories 2 ─────┐┌ Article ─────────────────────────┐┌ Quotes 2 ──────────────┐
            │• Fares to rise ││Fares to rise                     ││the authority · said    │
            │▸ Residents… 2·1││2024-05-02                        ││“Fares will rise in     │
            │                ││                                  ││July”                   │
            │                ││Fares will rise in July, the      ││Sam Greer · said        │
            │                ││authority said Thursday. "Riders  ││“Riders deserve better,”│
            │                ││deserve better," said director    ││                        │
            │                ││Sam Greer.                        ││                        │
            │                ││                                  ││                        │
            │                ││                                  ││                        │
            │                ││                                  ││                        │
            │                ││                                  │└────────────────────────┘
            │                ││                                  │┌ Timeline 2 ────────────┐
            └────────────────┘│                                  ││█                      █│
            ┌ People 2 ──────┐│                                  ││2024                    │
            │1 Sam Greer · D…││                                  ││  May                   │
            │1 the authority ││                                  ││    2    Fares will ris…│
            │                ││                                  ││  July                  │
            │                ││                                  ││    —    Fares will ris…│
            │                ││                                  ││                        │
            │                ││                                  ││                        │
            │                ││                                  ││                        │
            └────────────────┘└──────────────────────────────────┘└────────────────────────┘
             Stories: story 1/2 · article 1/1 · 2 quotes · 2 dates  s sources ? help q quit
            """)
    }

    @Test func arrowsAndVimKeysMoveThroughStories() {
        var state = reader(fixture)
        press(.down, into: &state)
        #expect(state.story == 1)
        // A story opens on its newest report.
        #expect(screen(state).plainText.contains("Residents react to council bridge vote"))
        press(.character("k"), into: &state)
        #expect(state.story == 0)
        press(.character("j"), .enter, into: &state)
        // A story of two articles expands on Enter.
        #expect(screen(state).plainText.contains("   Council backs"))
        press(.down, .down, .enter, into: &state)
        #expect(state.article == 1)
        #expect(state.focus == .article)
    }

    @Test func tabCyclesPanesAndStatusSaysWhere() {
        var state = reader(fixture)
        #expect(state.focus == .stories)
        press(.tab, into: &state); #expect(state.focus == .article)
        press(.tab, into: &state); #expect(state.focus == .quotes)
        press(.tab, into: &state); #expect(state.focus == .timeline)
        press(.tab, into: &state); #expect(state.focus == .people)
        press(.tab, into: &state); #expect(state.focus == .stories)
        press(.backTab, into: &state); #expect(state.focus == .people)
        press(.backTab, into: &state); #expect(state.focus == .timeline)
        #expect(screen(state).line(29).contains("Timeline: 2 dates · story 1/2"))
    }

    @Test func searchNarrowsLiveAcrossTheLibraryWithMatchesMarked() {
        var state = reader(fixture)
        press(.character("/"), into: &state)
        type("lo", into: &state)
        #expect(state.search?.results.count == 2)
        type("ve", into: &state)
        let results = state.search.map { Array($0.results) } ?? []
        #expect(results.count == 2)
        let canvas = screen(state)
        #expect(canvas.plainText.contains("Quotes 2 matching"))
        #expect(canvas.plainText.contains("/love▏  2 matches"))
        // The matched word carries the match role.
        #expect(canvas.rows.joined().contains { $0.role == .match && $0.text == "l" })
        // Enter keeps the filter; n opens the next match in its article.
        press(.enter, into: &state)
        #expect(state.search?.editing == false)
        press(.character("n"), into: &state)
        #expect(state.model.quote(results[1])?.speaker == "Elena Park")
        #expect(state.article == results[1].article)
        press(.escape, into: &state)
        #expect(state.search == nil)
    }

    @Test func smartCaseAndSpeakerFilter() {
        var state = reader(fixture)
        press(.character("/"), into: &state)
        type("@park", into: &state)
        #expect(state.search?.results.count == 2)
        #expect(state.search?.results.allSatisfy { state.model.quote($0)?.speaker == "Elena Park" } == true)
        press(.backspace, .backspace, .backspace, .backspace, .backspace, into: &state)
        type("Love", into: &state)
        #expect(state.search?.results.isEmpty == true)
    }

    @Test func bracketsJumpAlongTheTimelineAndScrollTheArticle() {
        var state = reader(fixture)
        press(.down, .enter, .down, into: &state)
        // From anywhere, ] goes to the next date and highlights its sentence.
        press(.character("]"), into: &state)
        let first = state.eventCursor
        #expect(first == 0)
        #expect(state.jumpTarget != nil)
        let canvas = screen(state)
        #expect(canvas.rows.joined().contains { $0.role == .jumpTarget })
        press(.character("]"), into: &state)
        #expect(state.eventCursor == 1)
        press(.character("["), into: &state)
        #expect(state.eventCursor == 0)
    }

    @Test func enterOnAQuoteScrollsItsArticleToIt() {
        var state = reader(fixture)
        press(.down, into: &state)
        press(.tab, .tab, .down, .enter, into: &state)
        let quote = state.listedQuotes[state.quoteCursor]
        #expect(state.jumpTarget == state.model.quote(quote)?.span)
    }

    @Test func helpOverlayListsEveryBinding() {
        var state = reader(fixture)
        press(.character("?"), into: &state)
        var text = screen(state).plainText
        // j scrolls the help, and nothing behind it moves.
        for _ in 0..<30 {
            press(.character("j"), into: &state)
            text += screen(state).plainText
        }
        for binding in KeyBindings.normal + KeyBindings.searching {
            #expect(text.contains(binding.help), "help lacks \(binding.help)")
        }
        #expect(state.showHelp && state.story == 0)
        press(.character("?"), into: &state)
        #expect(!state.showHelp)
        press(.character("?"), .escape, into: &state)
        #expect(!state.showHelp && !state.quit)
    }

    @Test func resizeKeepsTheSelectionAndNarrowTerminalsTabThePanes() {
        var state = reader(fixture)
        press(.down, into: &state)
        press(.resize(width: 70, height: 20), into: &state)
        #expect(state.story == 1)
        let text = screen(state).plainText
        #expect(text.hasPrefix(" Stories   Article   Quotes   Timeline   People"))
        #expect(text.contains("▸ Residents") || text.contains("▾ Residents"))
        press(.resize(width: 40, height: 10), into: &state)
        #expect(screen(state).plainText.contains("Terminal too small"))
        press(.character("q"), into: &state)
        #expect(state.quit)
    }

    @Test func controlCharactersInArticlesAreShownNotSent() {
        let hostile =
            "Hostile\n\nBefore \u{1B}[2J\u{1B}]0;owned\u{07} after \u{9B}31m and \u{202E}reversed\u{202C} text."
        let state = reader(["2024-01-01-hostile.txt": hostile])
        let cells = screen(state).rows.joined()
        #expect(
            !cells.contains {
                $0.text.unicodeScalars.contains {
                    $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B || $0.value == 0x202E
                }
            })
        let text = screen(state).plainText
        #expect(text.contains("Before ␛[2J␛]0;owned␇ after �31m and"))
        #expect(text.contains("⍰reversed⍰ text."))
    }

    @Test func wideCharactersTakeTwoColumns() {
        let state = reader(["2024-01-01-cjk.txt": "漢字のニュース\n\n東京で会議が開かれた。 café naïve"])
        let canvas = screen(state)
        let row = canvas.rows.first { $0.contains { $0.text == "漢" } }!
        let index = row.firstIndex { $0.text == "漢" }!
        #expect(row[index].width == 2 && row[index + 1].width == 0)
        #expect(canvas.plainText.contains("漢字のニュース"))
    }

    @Test func mouseClickSelectsAndFocuses() {
        var state = reader(fixture)
        press(.click(x: 3, y: 2), into: &state)
        #expect(state.focus == .stories)
        #expect(state.story == 1)
        press(.wheel(x: 3, y: 2, delta: -1), into: &state)
        #expect(state.story == 0)
    }
    @Test func aLongArticleScrollsToItsEndThoughOnlyItsTopWasWrapped() {
        let paragraphs = (1...60).map { "Paragraph \($0) of the long report goes on for a while so that it wraps." }
        var state = reader(
            ["long.txt": "A long report\n\n" + paragraphs.joined(separator: "\n\n")], width: 100, height: 30)
        #expect(screen(state).plainText.contains("Paragraph 1 of"))
        press(.tab, .character("G"), into: &state)
        let bottom = screen(state).plainText
        #expect(bottom.contains("Paragraph 60 of"))
        #expect(!bottom.contains("Paragraph 1 of"))
        press(.character("g"), into: &state)
        #expect(screen(state).plainText.contains("Paragraph 1 of"))
    }
}

@Suite struct LibraryGrowthTests {
    @Test func analysesOfThePreviewCarryOverToTheWholeLibrary() throws {
        let files = TemporaryFiles(
            jsonLines(
                (0..<300).map {
                    #"{"title": "Story \#($0)", "date": "2020-01-02", "body": "\"We agree,\" said Jane Doe. Filler words follow here."}"#
                }))
        let path = files.path("wire.jsonl")
        var preview = try #require(LibraryLoader().preview(paths: [path], budget: 8_000))
        for s in preview.stories.indices {
            for a in preview.stories[s].articles.indices {
                preview.stories[s].articles[a].analysis = ArticleAnalyzer.analyze(preview.stories[s].articles[a])
            }
        }
        let whole = LibraryLoader().load(paths: [path])
        let model = ReaderModel(library: whole, carryingOver: ReaderModel(library: preview))
        #expect(model.articleCount == 300)
        // Carried over by article, wherever grouping the whole put each one.
        let analysed = model.library.stories.flatMap(\.articles).filter { $0.analysis != nil }.map(\.id).sorted()
        #expect(analysed == preview.stories.flatMap(\.articles).map(\.id).sorted())
        let first = try #require(model.position(of: 0))
        #expect(model.quote(QuoteLocation(story: first.story, article: first.article, quote: 0))?.speaker == "Jane Doe")
        #expect(!model.isComplete)
    }
}

@Suite struct HighlightTests {
    @Test func matchesAreMarkedEvenWhenLowerCasingChangesLengths() {
        let spans = QuotesView.highlight(
            "İstanbul's mayor said the Mayor would", query: QuoteQuery("mayor"), base: .normal)
        #expect(spans.filter { $0.role == .match }.map(\.text) == ["mayor", "Mayor"])
        #expect(spans.map(\.text).joined() == "İstanbul's mayor said the Mayor would")
        let exact = QuotesView.highlight("mayor and Mayor", query: QuoteQuery("Mayor"), base: .normal)
        #expect(exact.filter { $0.role == .match }.map(\.text) == ["Mayor"])
    }
}

@Suite struct LiveResultsTests {
    @Test func aSearchUnderWayTakesInQuotesFoundMeanwhile() throws {
        let text = "Story\n\n\"The bridge opens soon,\" said Mayor Elena Park.\n"
        let files = TemporaryFiles(["a.txt": text, "b.txt": text])
        let library = LibraryLoader().load(paths: [files.folder])
        var state = AppState(model: ReaderModel(library: library), width: 100, height: 30)
        press(.character("/"), into: &state)
        type("bridge", into: &state)
        #expect(state.search?.results.count == 0)
        let articles = library.stories.flatMap(\.articles)
        let first = BackgroundExtraction.Result(
            articleID: articles[0].id, analysis: ArticleAnalyzer.analyze(articles[0]))
        Update.receive(.analyses([first]), &state)
        #expect(state.search?.results.count == 1)
        let second = BackgroundExtraction.Result(
            articleID: articles[1].id, analysis: ArticleAnalyzer.analyze(articles[1]))
        Update.receive(.analyses([second]), &state)
        #expect(state.search?.results.count == 2)
        #expect(screen(state).plainText.contains("2 matches"))
    }
}

@Suite struct IncomingLibraryTests {
    @Test func aLargeLibraryArrivesInPartsAndEndsWhollyRead() throws {
        // About 5 MB: more than four times the preview's megabyte.
        let files = TemporaryFiles(
            jsonLines(
                (0..<24_000).map {
                    #"{"title": "Story \#($0)", "date": "2020-01-02", "body": "\"We agree on item \#($0),\" said Jane Doe. Filler words follow here, and more of them, and then a few more words again to make the line long enough."}"#
                }))
        let incoming = IncomingLibrary(BackgroundLoad(loader: LibraryLoader(), paths: [files.path("wire.jsonl")]))
        var state = AppState(model: ReaderModel(library: Library(stories: [])), width: 100, height: 30)
        var sizes: [Int] = []
        var loaded: Library?
        // Real threads, so a deadline: a stuck load fails the test instead of hanging it.
        let deadline = Date().addingTimeInterval(120)
        while !incoming.isDone, Date() < deadline {
            let arrived = incoming.advance(&state)
            loaded = loaded ?? arrived.loaded
            if arrived.changed, sizes.last != state.model.articleCount { sizes.append(state.model.articleCount) }
            usleep(2_000)
        }
        #expect(sizes.first.map { $0 < 24_000 } == true)
        #expect(sizes.last == 24_000)
        #expect(loaded?.articleCount == 24_000)
        #expect(state.model.isComplete)
        let last = try #require(state.model.position(of: 23_999))
        #expect(
            state.model.quote(QuoteLocation(story: last.story, article: last.article, quote: 0))?.speaker == "Jane Doe")
    }
}
