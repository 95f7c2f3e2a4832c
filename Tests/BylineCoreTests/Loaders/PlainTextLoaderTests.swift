import Foundation
import Testing

@testable import BylineCore

@Suite struct PlainTextLoaderTests {
    @Test func headlineAndParagraphs() throws {
        let folder = TemporaryFolder()
        let path = folder.write(
            "story.txt", "City council backs new bridge\n\nThe council voted on Monday.\n\nIt was close.\n")
        let article = try #require(loadArticle(path))
        #expect(article.title == "City council backs new bridge")
        #expect(article.headlineInBody)
        #expect(article.body.paragraphs.count == 3)
        #expect(article.slice(article.body.paragraphs[1]) == "The council voted on Monday.")
    }

    /// Too short to show its wrapping by line lengths, a text still carries a sentence over
    /// a line break when the line ends in no sentence-final mark and the next opens in lower
    /// case; a line that ends a sentence, or a capital after it, still starts a paragraph.
    @Test func aSentenceBrokenOverALineInAShortTextStaysOneParagraph() throws {
        let text = """
            Mayor Ana Ruiz said of the bridge, "we will build it
            whatever the council decides." The vote is next week.
            The council meets on Monday.
            """
        let folder = TemporaryFolder()
        let article = try #require(loadArticle(folder.write("short.txt", text)))
        let paragraphs = article.body.paragraphs.map(article.slice)
        #expect(
            paragraphs == [
                "Mayor Ana Ruiz said of the bridge, \"we will build it whatever the council decides.\" The vote is next week.",
                "The council meets on Monday.",
            ])
        // The quotation is found whole, with its speaker.
        let quotes = ArticleAnalyzer.analyze(article).quotes
        #expect(quotes.map { $0.pieces.map(article.slice) } == [["we will build it whatever the council decides."]])
        #expect(quotes.first?.speaker == "Ana Ruiz")
    }

    @Test func hardWrappedTextIsReflowedWithOriginalOffsets() throws {
        let text = """
            Showers continued throughout the week in
            the Bahia cocoa zone, alleviating the drought since early
            January and improving prospects for the coming temporao,
            although normal humidity levels have not been restored.
                The dry period means the temporao will be late this year
            and arrivals for the week were lower than expected by most.
            """
        let folder = TemporaryFolder()
        let article = try #require(loadArticle(folder.write("wire.txt", text)))
        #expect(article.body.paragraphs.count == 2)
        let first = article.slice(article.body.paragraphs[0])
        #expect(first.hasPrefix("Showers continued throughout the week in the Bahia cocoa zone"))
        // "January" in the clean text maps back to "January" in the file.
        let offset = Array(article.body.text.unicodeScalars).indices.first { i in
            article.body.text.scalarSlice(TextSpan(i, i + 7)) == "January"
        }!
        let original = article.body.original(TextSpan(offset, offset + 7))
        #expect(article.original?.scalarSlice(original) == "January")
        // Every character maps to itself in the file, and a wrapped paragraph is one run of
        // the map, not one per line.
        let clean = Array(article.body.text.unicodeScalars)
        let file = Array(try #require(article.original).unicodeScalars)
        let mapped = clean.indices.filter { !clean[$0].properties.isWhitespace }
        #expect(mapped.allSatisfy { file[article.body.original($0)] == clean[$0] })
        #expect(article.body.runs.count <= article.body.paragraphs.count)
    }

    @Test func withoutOriginalsOffsetsAreThoseOfTheCleanText() throws {
        let folder = TemporaryFolder()
        let path = folder.write(
            "wire.txt",
            """
            Headline

                The council met on Tuesday afternoon in the old town hall to
            vote on the plan for a new bridge, which it had debated for years.
                "The bridge across the river will open to traffic early next
            year, in May," the mayor of the city said on Tuesday afternoon
            at a meeting of the council, which approved the plan in March.
            """)
        let library = LibraryLoader(keepsOriginals: false).load(paths: [path])
        let story = try #require(library.stories.first)
        let article = try #require(story.articles.first)
        #expect(article.original == nil)
        let analysis = ArticleAnalyzer.analyze(article)
        let line = ExtractionRecord.jsonLine(article, story: story, analysis: analysis, includeText: true)
        let record = try #require(
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(record["text"] as? String == article.body.text)
        let quote = try #require((record["quotes"] as? [[String: Any]])?.first)
        let span = TextSpan(try #require(quote["start"] as? Int), try #require(quote["end"] as? Int))
        #expect(article.body.text.scalarSlice(span) == quote["text"] as? String)
        let found = try #require(analysis.quotes.first)
        #expect(quote["text"] as? String == article.slice(found.span))
        #expect(article.slice(found.span).contains("early next year, in May"))
    }

    @Test func dateFromFileName() throws {
        let folder = TemporaryFolder()
        let article = try #require(loadArticle(folder.write("nyt_2016-09-08_story.txt", "Headline\n\nBody text here.")))
        #expect(article.date == CalendarDate(year: 2016, month: 9, day: 8))
        #expect(article.dateOrigin == .fileName)
    }

    @Test func dateOptionWins() throws {
        let folder = TemporaryFolder()
        let override = CalendarDate(year: 2021, month: 9, day: 28)!
        let article = try #require(loadArticle(folder.write("2016-09-08.txt", "Body."), date: override))
        #expect(article.date == override)
        #expect(article.dateOrigin == .option)
    }
}
