import BylineCore
import Foundation
import Testing

@testable import BylineViewModel

/// Searching as a new user does it: the prompt, the count, Enter, n, and no hits.
@Suite struct SearchFlowTests {
    @Test func enterOpensTheFirstMatchAndNGoesToTheSecond() throws {
        var state = reader(fixture)
        press(.character("/"), into: &state)
        type("love", into: &state)
        let results = state.search.map { Array($0.results) } ?? []
        #expect(results.count == 2)
        press(.enter, into: &state)
        let first = try #require(state.model.quote(results[0]))
        #expect(state.story == results[0].story && state.article == results[0].article)
        #expect(state.jumpTarget == first.span)
        press(.character("n"), into: &state)
        #expect(state.quoteCursor == 1)
        #expect(state.article == results[1].article)
    }

    @Test func theEmptyPromptSaysWhatItIsForAndCountsAreSingularWhenOne() {
        var state = reader(fixture)
        press(.character("/"), into: &state)
        let empty = screen(state).line(29)
        #expect(empty.contains("type to search quotes"))
        #expect(!empty.contains("0 matches"))
        type("riders", into: &state)
        #expect(screen(state).line(29).contains("1 match "))
    }

    @Test func nAfterASearchWithNoHitsSaysSo() {
        var state = reader(fixture)
        press(.character("/"), into: &state)
        type("zebra", into: &state)
        press(.enter, into: &state)
        press(.character("n"), into: &state)
        #expect(state.message == "no quote matches “zebra”")
    }

    @Test func aCountWhileArticlesAreStillBeingReadSaysItIsPartial() {
        let written = TemporaryFiles(fixture)
        let library = LibraryLoader().load(paths: [written.folder])
        var state = AppState(model: ReaderModel(library: library), width: 100, height: 30)
        let first = library.stories[0].articles[0]
        Update.receive(
            .analyses([BackgroundExtraction.Result(articleID: first.id, analysis: ArticleAnalyzer.analyze(first))]),
            &state)
        press(.character("/"), into: &state)
        type("riders", into: &state)
        #expect(screen(state).line(29).contains("1 match so far"))
    }
}

/// Help that fits any terminal the reader runs in.
@Suite struct HelpTests {
    @Test func helpScrollsOnAShortTerminalUntilEveryLineHasBeenSeen() {
        for (width, height) in [(80, 24), (60, 15)] {
            var state = reader(fixture, width: width, height: height)
            press(.character("?"), into: &state)
            var seen = screen(state).plainText
            for _ in 0..<40 {
                press(.down, into: &state)
                seen += screen(state).plainText
            }
            #expect(state.showHelp)
            for entry in HelpOverlay.entries where !entry.help.isEmpty {
                // Compared by the first words, which fit the narrowest box.
                #expect(
                    seen.contains(String(entry.help.prefix(18))), "\(width)×\(height): help never shows \(entry.help)")
            }
            #expect(seen.contains("Ctrl-C"))
            #expect(seen.contains("Mouse"))
        }
    }

    @Test func theMouseIsNotListedAmongTheSearchKeys() throws {
        let labels = HelpOverlay.entries.map(\.label)
        let searching = try #require(labels.firstIndex(of: "While searching:"))
        #expect(labels.firstIndex(of: "Mouse").map { $0 < searching } == true)
    }
}

/// Narrow terminals show one pane at a time; keys show their result there.
@Suite struct NarrowTerminalTests {
    @Test func bracketOnTheStoriesTabSwitchesToTheArticleItScrolled() {
        var state = reader(fixture, width: 70, height: 20)
        #expect(state.focus == .stories)
        press(.character("]"), into: &state)
        #expect(state.eventCursor != nil)
        #expect(state.focus == .article)
        #expect(screen(state).plainText.contains("Fares will rise"))
    }

    @Test func wideTerminalsKeepTheFocusWhereItWas() {
        var state = reader(fixture, width: 120, height: 30)
        press(.character("]"), into: &state)
        #expect(state.focus == .stories)
    }
}

/// Moving around: every pane reachable, moving previews, stories fold again.
@Suite struct NavigationTests {
    @Test func rightReachesEveryPaneAndNumbersJumpToThem() {
        var state = reader(fixture)
        var visited: [Pane] = [state.focus]
        for _ in 0..<4 {
            press(.character("l"), into: &state)
            visited.append(state.focus)
        }
        #expect(Set(visited) == Set(Pane.allCases))
        press(.character("1"), into: &state)
        #expect(state.focus == .stories)
        press(.character("3"), into: &state)
        #expect(state.focus == .quotes)
        press(.character("4"), into: &state)
        #expect(state.focus == .timeline)
        press(.character("2"), into: &state)
        #expect(state.focus == .article)
    }

    @Test func movingInQuotesShowsEachQuoteInItsArticle() throws {
        var state = reader(fixture)
        press(.down, into: &state)
        press(.character("3"), into: &state)
        let quotes = Array(state.listedQuotes)
        #expect(quotes.count > 2)
        press(.down, .down, into: &state)
        let quote = try #require(state.model.quote(quotes[2]))
        #expect(state.article == quotes[2].article)
        #expect(state.jumpTarget == quote.span)
    }

    @Test func movingOnTheTimelineJumpsToEachDate() throws {
        var state = reader(fixture)
        press(.character("4"), .down, into: &state)
        let event = try #require(state.eventCursor.map { state.timelineEvents[$0] })
        // The sentence holding the date, as extraction split the article (the reader finds it
        // again in the paragraph: neither events nor the reader's analyses store sentences).
        let analysis = try #require(state.model.article(state.story, event.article)?.analysis)
        let sentence = try #require(analysis.sentences.first { $0.contains(event.timex.span) })
        #expect(sentence.contains(event.timex.span) && sentence.length > event.timex.span.length)
        #expect(state.jumpTarget == sentence)
    }

    @Test func enterFoldsAnExpandedStoryAgain() {
        var state = reader(fixture)
        press(.down, .enter, into: &state)
        #expect(state.expanded.contains(1))
        press(.enter, into: &state)
        #expect(!state.expanded.contains(1))
    }
}

/// Warnings: all of them, whole, in a view that stays until dismissed.
@Suite struct WarningsViewTests {
    @Test func wListsEveryWarningWholeAndStaysUntilDismissed() {
        var state = reader(fixture, width: 80, height: 24)
        let long =
            "/news/feeds/broken.xml: ill-formed XML, read what could be: line 3: " + String(repeating: "x", count: 150)
            + " END"
        let warnings = [long] + (1...30).map { "/news/file\($0).txt: binary file, not text" }
        Update.receive(.warnings(warnings), &state)
        #expect(state.message == "31 problems: w lists them")
        press(.character("w"), into: &state)
        var seen = screen(state).plainText
        #expect(seen.contains("Warnings 31"))
        for _ in 0..<80 {
            press(.character("j"), into: &state)
            seen += screen(state).plainText
        }
        // Still open after all those keys, every warning seen, the long one to its end.
        #expect(state.showWarnings)
        #expect(seen.contains("END"))
        for n in 1...30 { #expect(seen.contains("/news/file\(n).txt: binary file")) }
        press(.character("w"), into: &state)
        #expect(!state.showWarnings)
    }

    @Test func oneWarningIsSaidInTheStatusLineAndNoneSaysSo() {
        var state = reader(fixture)
        press(.character("w"), into: &state)
        #expect(!state.showWarnings)
        #expect(state.message == "no warnings: everything was read")
        Update.receive(.warnings(["/a.txt: empty file"]), &state)
        #expect(state.message == "/a.txt: empty file (w shows it whole)")
    }
}

/// The status line says where the reader is, pane by pane.
@Suite struct StatusLineTests {
    @Test func eachPaneSaysItsItemAndTheDateAfterABracket() {
        var state = reader(fixture, width: 120, height: 30)
        press(.down, into: &state)
        #expect(screen(state).line(29).contains("Stories: story 2/2 (Mar 11–12) · article 1/2"))
        press(.character("3"), into: &state)
        #expect(screen(state).line(29).contains("Quotes: quote 1/"))
        press(.down, into: &state)
        #expect(screen(state).line(29).contains("Quotes: quote 2/"))
        press(.character("2"), into: &state)
        #expect(screen(state).line(29).contains("Article: article"))
        #expect(screen(state).line(29).contains("100%"))
        press(.character("]"), into: &state)
        let afterBracket = screen(state).line(29)
        #expect(afterBracket.contains("date 1/"))
        #expect(afterBracket.contains("2019"))
        press(.character("/"), into: &state)
        type("love", into: &state)
        press(.enter, into: &state)
        #expect(screen(state).line(29).contains("Quotes: match 1/2"))
    }

    @Test func hintsFollowThePaneAndTabStaysOnNarrowTerminals() {
        var state = reader(fixture, width: 120, height: 30)
        press(.character("2"), into: &state)
        #expect(!screen(state).line(29).contains("Enter open"))
        press(.character("1"), into: &state)
        #expect(screen(state).line(29).contains("Enter open"))
        var narrow = reader(fixture, width: 62, height: 20)
        press(.character("3"), into: &narrow)
        #expect(screen(narrow).line(19).contains("Tab pane"))
    }
}

/// Text that does not fit says so.
@Suite struct TruncationTests {
    @Test func cutTextEndsInAnEllipsisAndWholeTextDoesNot() {
        var canvas = Canvas(width: 12, height: 2)
        canvas.draw([Span("Council approves bridge", .normal)], x: 0, y: 0, maxWidth: 10)
        canvas.draw([Span("Short", .normal)], x: 0, y: 1, maxWidth: 10)
        #expect(canvas.line(0).hasPrefix("Council a…"))
        #expect(canvas.line(1).hasPrefix("Short "))
        #expect(!canvas.line(1).contains("…"))
    }

    @Test func aWideCharacterCutGivesUpBothCells() {
        var canvas = Canvas(width: 10, height: 1)
        canvas.draw([Span("東京都庁舎の", .normal)], x: 0, y: 0, maxWidth: 7)
        #expect(canvas.line(0).hasPrefix("東京… "))
    }
}

/// A match late in a long quote is scrolled into its row.
@Suite struct MatchInViewTests {
    @Test func aMatchPastTheRowsEndIsShownWithAnEllipsisBeforeIt() {
        let long =
            "We will keep the harbour open through the winter and we will not close a single berth, whatever the cost turns out to be"
        let quoteQuery = QuoteQuery("berth")
        let shown = QuotesView.shownAround("“" + long + "”", query: quoteQuery, width: 30)
        #expect(shown.hasPrefix("…"))
        let end = shown.distance(from: shown.startIndex, to: shown.range(of: "berth")!.upperBound)
        #expect(end < 30)
        #expect(QuotesView.shownAround("“Short one”", query: QuoteQuery("one"), width: 30) == "“Short one”")
    }
}

/// A quote takes up to two rows, cut with "…" after that.
@Suite struct TwoLineQuoteTests {
    @Test func aLongQuoteWrapsOntoASecondRowAndIsCutThere() {
        let (first, rest) = QuotesView.splitAtWord("“We will keep the harbour open through the winter”", width: 20)
        #expect(first == "“We will keep the")
        #expect(rest == "harbour open through the winter”")
        let long = (1...30).map { "word\($0)" }.joined(separator: " ")
        let state = reader(
            ["2024-03-11-vote.txt": "Vote\n\n\"\(long),\" said Mayor Elena Park.\n"], width: 100, height: 30)
        let text = screen(state).plainText
        #expect(text.contains("“word1 word2"))
        #expect(text.contains("…"))
    }
}
