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
        Update.apply(
            [BackgroundExtraction.Result(articleID: first.id, analysis: ArticleAnalyzer.analyze(first))], &state)
        press(.character("/"), into: &state)
        type("riders", into: &state)
        #expect(screen(state).line(29).contains("1 match so far"))
    }
}
