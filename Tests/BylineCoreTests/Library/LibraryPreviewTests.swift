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

    @Test func aLargeLibraryPreviewsItsFirstArticles() throws {
        let (folder, path) = library(400)
        _ = folder
        let preview = try #require(LibraryLoader().preview(paths: [path], budget: 10_000))
        let whole = LibraryLoader().load(paths: [path])
        let previewArticles = preview.stories.flatMap(\.articles).sorted { $0.id < $1.id }
        let wholeArticles = whole.stories.flatMap(\.articles).sorted { $0.id < $1.id }
        #expect(previewArticles.count > 10 && previewArticles.count < 100)
        #expect(wholeArticles.count == 400)
        // The same articles with the same ids, and a line cut by the budget is left for the
        // full load, never read half.
        #expect(previewArticles.map(\.id) == Array(0..<previewArticles.count))
        #expect(previewArticles.map(\.body.text) == wholeArticles.prefix(previewArticles.count).map(\.body.text))
    }

    @Test func aSmallLibraryLoadsWhole() {
        let (folder, path) = library(20)
        _ = folder
        #expect(LibraryLoader().preview(paths: [path], budget: 10_000) == nil)
    }
}
