import BylineCore
import Foundation
import Testing

@testable import BylineViewModel

/// The stories pane by event and by source, and a library that regroups as it grows.
@Suite struct StoriesAndSourcesTests {
    @Test func sSwitchesBetweenStoriesAndSourcesOnTheSameArticle() throws {
        var state = reader(fixture)
        press(.down, into: &state)
        let reading = try #require(state.model.article(state.story, state.article))
        #expect(reading.title == "Residents react to council bridge vote")
        #expect(screen(state).plainText.contains("Stories 2"))
        let quotes = state.listedQuotes.count
        press(.character("s"), into: &state)
        #expect(state.model.library.mode == .sources)
        let bySource = screen(state).plainText
        #expect(bySource.contains("Sources 2"))
        #expect(bySource.contains("Bridge"))
        #expect(state.model.article(state.story, state.article)?.id == reading.id)
        #expect(state.message?.hasPrefix("sources") == true)
        // The folder holds the same two reports: the same quotes, from the same analyses.
        #expect(state.listedQuotes.count == quotes)
        press(.character("s"), into: &state)
        #expect(screen(state).plainText.contains("Stories 2"))
        #expect(state.model.article(state.story, state.article)?.id == reading.id)
    }

    @Test func aStoryOfSeveralReportsShowsItsCountsAndEachQuotesOutlet() {
        var state = reader(fixture, width: 120, height: 30)
        let rows = screen(state).plainText
        // Two articles from one source (the folder).
        #expect(rows.contains("2·1"))
        press(.down, into: &state)
        // Its days, in the status line.
        #expect(screen(state).line(29).contains("story 2/2 (Mar 11–12) · article 1/2"))
        press(.tab, .tab, into: &state)
        let quotes = screen(state).plainText
        #expect(quotes.contains("Priya Natarajan · said — Bridge"))
    }

    @Test func theReaderKeepsItsArticleWhenTheWholeLibraryArrivesAndIsGroupedAnew() throws {
        // About 5 MB, so a preview comes first; topics repeat so stories have several reports,
        // and later lines are newer, so the whole puts reports before the preview's in each story.
        let topics = ["harbour ferry strike", "council budget vote", "river flood warning", "museum map exhibit"]
        let files = TemporaryFiles(
            jsonLines(
                (0..<20_000).map {
                    let topic = topics[$0 % topics.count]
                    return
                        #"{"title": "Report \#($0) on the \#(topic)", "date": "2020-01-\#(10 + $0 / 2_000)", "body": "\"We are watching the \#(topic) closely,\" said spokesperson Kim Lee of office \#($0). More words follow here to give the line some length."}"#
                }))
        let incoming = IncomingLibrary(BackgroundLoad(loader: LibraryLoader(), paths: [files.path("wire.jsonl")]))
        var state = AppState(model: ReaderModel(library: Library(stories: [])), width: 100, height: 30)
        let deadline = Date().addingTimeInterval(120)
        while state.model.articleCount == 0, Date() < deadline {
            _ = incoming.advance(&state)
            usleep(1_000)
        }
        #expect(!incoming.isLoaded, "the preview should come before the whole")
        press(.down, .down, .enter, .down, .down, into: &state)
        let reading = try #require(state.model.article(state.story, state.article))
        while !incoming.isLoaded, Date() < deadline {
            _ = incoming.advance(&state)
            usleep(1_000)
        }
        #expect(state.model.articleCount == 20_000)
        #expect(state.model.article(state.story, state.article)?.id == reading.id)
        #expect(state.storyRows[state.storyCursor] == .article(story: state.story, article: state.article))
        #expect(screen(state).plainText.contains(reading.title))
    }
}

/// The stories pane marks the open article however it was opened.
@Suite struct FollowTheOpenArticleTests {
    @Test func aSearchMatchInAnotherStoryMovesTheStoriesCursorToItsArticle() throws {
        var state = reader(fixture)
        #expect(state.story == 0)
        press(.character("/"), into: &state)
        type("@park", into: &state)
        press(.enter, into: &state)
        // Elena Park is quoted in the older report of the bridge story: its second article.
        #expect(state.article == 1)
        #expect(state.storyRows[state.storyCursor] == .article(story: state.story, article: 1))
        #expect(screen(state).plainText.contains("▾ Residents"))
    }

    @Test func aTimelineJumpToAnotherArticleMovesTheCursorToo() throws {
        var state = reader(fixture)
        press(.down, into: &state)
        let events = state.timelineEvents
        let other = try #require(events.firstIndex { $0.article == 1 })
        Update.jump(toEvent: other, &state)
        #expect(state.article == 1)
        #expect(state.storyRows[state.storyCursor] == .article(story: state.story, article: 1))
    }
}

/// Background work reaches the state only through the update, which says what to start.
@Suite struct ArrivalTests {
    @Test func aPreviewAndTheWholeAskForExtractionOfTheStoryOnScreenFirst() {
        let written = TemporaryFiles(fixture)
        let library = LibraryLoader().load(paths: [written.folder])
        var state = AppState(model: ReaderModel(library: Library(stories: [])), width: 100, height: 30)
        #expect(Update.receive(.loadingStarted, &state).isEmpty)
        #expect(state.message == "loading…")
        #expect(Update.receive(.preview(library), &state) == [.startExtraction(firstStory: 0)])
        #expect(state.message == "loading… 3 articles so far")
        press(.down, into: &state)
        #expect(Update.receive(.complete(library), &state) == [.startExtraction(firstStory: 1)])
        #expect(state.story == 1)
        #expect(state.message == nil)
    }

    @Test func openingAStoryNotYetReadPutsItFirstInLine() {
        let written = TemporaryFiles(fixture)
        let library = LibraryLoader().load(paths: [written.folder])
        var state = AppState(model: ReaderModel(library: library), width: 100, height: 30)
        #expect(Update.handle(.down, &state) == [.startExtraction(firstStory: 1)])
        // Nothing to ask once everything is read.
        var read = reader(fixture)
        #expect(Update.handle(.down, &read).isEmpty)
    }
}
