import Foundation
import Testing

@testable import BylineCore

@Suite struct LibraryPreviewTests {
    /// A JSON Lines library of `count` records, each about 200 bytes.
    func library(_ count: Int) -> (TemporaryFolder, String) {
        let folder = TemporaryFolder()
        let lines = (0..<count).map { i in
            #"{"title": "Story \#(i)", "date": "2020-01-02", "body": "Article number \#(i) says little. \#(String(repeating: "Filler words. ", count: 10))"}"#
        }
        return (folder, folder.write("wire.jsonl", lines.joined(separator: "\n") + "\n"))
    }

    @Test func aLargeLibraryPreviewsAPrefixOfItsStories() throws {
        let (folder, path) = library(400)
        _ = folder
        let preview = try #require(LibraryLoader().preview(paths: [path], budget: 10_000))
        let whole = LibraryLoader().load(paths: [path])
        #expect(preview.stories.count > 10 && preview.stories.count < 100)
        #expect(whole.stories.count == 400)
        #expect(preview.stories.map(\.title) == whole.stories.prefix(preview.stories.count).map(\.title))
        // A line cut by the budget is left for the full load, never read half.
        let previewBodies = preview.stories.flatMap(\.articles).map(\.body.text)
        let wholeBodies = whole.stories.prefix(preview.stories.count).flatMap(\.articles).map(\.body.text)
        #expect(previewBodies == wholeBodies)
    }

    @Test func aSmallLibraryLoadsWhole() {
        let (folder, path) = library(20)
        _ = folder
        #expect(LibraryLoader().preview(paths: [path], budget: 10_000) == nil)
    }
}
