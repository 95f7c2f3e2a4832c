import Foundation
import Testing

@testable import BylineCore

/// Every loader honours `LibraryLoader.keepsOriginals` as it makes each article, so the
/// reader never holds a file's sources while the rest of the file loads.
@Suite struct LibraryLoaderOriginalsTests {
    /// One small article in each format the registry reads.
    func folderOfEveryFormat() -> TemporaryFolder {
        let folder = TemporaryFolder()
        folder.write("a.txt", "Headline\n\n    \"We will build it,\" the mayor\n    said on Tuesday.\n")
        folder.write("b.md", "---\ntitle: A bridge\n---\n\n\"We will build it,\" the mayor said.\n")
        folder.write(
            "c.jsonl",
            #"{"title": "One", "body": "\"We will build it,\" the mayor said."}"# + "\n"
                + #"{"title": "Two", "body": "<p>The council met.</p>"}"# + "\n")
        folder.write(
            "d.rss",
            """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
            <item><title>Bridge</title><description>The mayor said yes.</description></item>
            </channel></rss>
            """)
        folder.write(
            "e.html",
            "<html><head><title>Bridge</title></head><body><article><p>The mayor said yes to the bridge "
                + "on Tuesday, after the council voted for it.</p></article></body></html>")
        return folder
    }

    func articles(keepsOriginals: Bool) -> [Article] {
        let folder = folderOfEveryFormat()
        return LibraryLoader(keepsOriginals: keepsOriginals).load(paths: [folder.path])
            .stories.flatMap(\.articles)
    }

    @Test func theReaderKeepsNoSourceTextInAnyFormat() {
        let articles = articles(keepsOriginals: false)
        #expect(
            Set(articles.map { ($0.location.path as NSString).pathExtension }) == ["txt", "md", "jsonl", "rss", "html"])
        #expect(articles.allSatisfy { $0.original == nil })
        // Nor a map back to it: clean offsets are the offsets.
        let wrapped = articles.first { $0.location.path.hasSuffix(".txt") }!.body
        #expect(wrapped.runs.count == 1 && wrapped.original(TextSpan(10, 20)) == TextSpan(10, 20))
    }

    @Test func extractKeepsEveryArticlesSourceText() {
        let articles = articles(keepsOriginals: true)
        #expect(articles.count == 6)
        #expect(articles.allSatisfy { $0.original?.isEmpty == false })
        let wrapped = articles.first { $0.location.path.hasSuffix(".txt") }!.body
        #expect(wrapped.runs.count > 1)
    }
}
