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
        #expect(article.original.scalarSlice(original) == "January")
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
