import Foundation
import Testing

@testable import BylineCore

/// Web pages as library files: dates, charsets and bad input.
@Suite struct WebPageLoaderTests {
    @Test func aPageLoadsAsAnArticleDatedByItsMetadata() throws {
        let folder = TemporaryFolder()
        let path = folder.write(
            "bridge.html",
            WebPageTextTests.newsPage.replacingOccurrences(
                of: "<title>",
                with: "<meta property=\"article:published_time\" content=\"2021-09-28T10:00:00Z\"><title>"))
        let library = LibraryLoader().load(paths: [path])
        let article = try #require(library.stories.first?.articles.first)
        #expect(article.title == "Council approves the bridge")
        #expect(article.date == CalendarDate(year: 2021, month: 9, day: 28))
        #expect(article.body.paragraphs.count == 3)
        #expect(article.original == article.body.text)
        #expect(library.warnings.isEmpty)
    }

    @Test func windows1252DeclaredInMetaIsDecoded() throws {
        let folder = TemporaryFolder()
        var bytes = Array("<html><head><meta charset=\"windows-1252\"></head><body><p>".utf8)
        bytes +=
            [0x93] + Array("Caf".utf8) + [0xE9, 0x94]
            + Array(" said the owner, who has run it for forty years now.".utf8)
        bytes += Array("</p></body></html>".utf8)
        let library = LibraryLoader().load(paths: [folder.write("cafe.html", Data(bytes))])
        let article = try #require(library.stories.first?.articles.first)
        #expect(article.body.text == "“Café” said the owner, who has run it for forty years now.")
        #expect(library.warnings.isEmpty)
    }

    @Test func latin1IsReadAsWindows1252AsBrowsersDo() throws {
        let folder = TemporaryFolder()
        var bytes = Array(
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body><p>"
                .utf8)
        bytes +=
            Array("Na".utf8) + [0xEF, 0x76, 0x65, 0x20, 0x96, 0x20]
            + Array("a word with a dash in it, and more words.".utf8)
        bytes += Array("</p></body></html>".utf8)
        let article = try #require(loadArticle(folder.write("latin.html", Data(bytes))))
        #expect(article.body.text == "Naïve – a word with a dash in it, and more words.")
    }

    @Test func undeclaredBadBytesAreReplacedWithAWarning() throws {
        let folder = TemporaryFolder()
        var bytes = Array("<html><body><p>The council met on Monday ".utf8) + [0xFF, 0xFE, 0x41]
        bytes += Array(" and voted on the bridge, five to four.</p></body></html>".utf8)
        let library = LibraryLoader().load(paths: [folder.write("bad.html", Data(bytes))])
        let article = try #require(library.stories.first?.articles.first)
        #expect(article.body.text.contains("\u{FFFD}"))
        #expect(library.warnings.count == 1)
        #expect(library.warnings.first?.message.contains("invalid UTF-8") == true)
    }

    @Test func aPageWithoutAnArticleKeepsItsTitleAndSaysSo() throws {
        let folder = TemporaryFolder()
        let html = "<html><head><title>Page not found</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
        let library = LibraryLoader().load(paths: [folder.write("404.html", html)])
        #expect(library.stories.first?.articles.first?.title == "Page not found")
        #expect(library.warnings.first?.message.contains("no article text") == true)
    }

    @Test func binaryDataNamedHTMLIsRefusedAndTheRestLoads() {
        let folder = TemporaryFolder()
        folder.write("image.html", Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]))
        folder.write(
            "good.html", "<html><body><p>The bridge opened on Monday to crowds from both banks.</p></body></html>")
        let library = LibraryLoader().load(paths: [folder.path])
        #expect(library.articleCount == 1)
        #expect(library.warnings.count == 1)
        #expect(library.warnings.first?.message.contains("binary") == true)
    }

    @Test func aPageOverTheSizeLimitIsReadUpToItWithAWarning() throws {
        let folder = TemporaryFolder()
        let paragraph = "<p>The council met on Monday and voted on the bridge, the mayor said afterwards.</p>\n"
        let count = HTMLPageLoader.maximumPageSize / paragraph.utf8.count + 1000
        let html =
            "<html><body><div class=\"story\">" + String(repeating: paragraph, count: count) + "</div></body></html>"
        let library = LibraryLoader().load(paths: [folder.write("huge.html", html)])
        let article = try #require(library.stories.first?.articles.first)
        #expect(article.body.paragraphs.count > 1000)
        #expect(article.body.paragraphs.count < count)
        #expect(library.warnings.count == 1)
        #expect(library.warnings.first?.message.contains("only its first 16 MiB are read") == true)
    }

    @Test func cuttingAPageNeverSplitsACharacter() {
        #expect(HTMLPageLoader.prefix("aé", bytes: 2) == "a")
        #expect(HTMLPageLoader.prefix("aé", bytes: 3) == "aé")
    }

    @Test func unclosedAndMisnestedTagsStillGiveTheText() throws {
        let folder = TemporaryFolder()
        let html =
            "<html><body><div class=story><p>First <b>bold <i>both</b> italic</i> paragraph of the story, long enough.<p>Second paragraph of the story, also long enough to count."
        let article = try #require(loadArticle(folder.write("broken.html", html)))
        #expect(article.body.paragraphs.count == 2)
        #expect(article.body.text.hasPrefix("First bold both italic paragraph"))
    }

    @Test(.enabled(if: SharedData.root != nil, "needs ../shared/corpora/html"))
    func everyDevPageYieldsText() throws {
        let root = try #require(SharedData.root)
        let truth = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: root + "/corpora/html/ground-truth.json")))
        let names = try #require(truth as? [String: Any]).keys.sorted()
        #expect(names.count == 92)
        for name in names {
            let gzip = Process()
            gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
            gzip.arguments = ["-dc", root + "/corpora/html/pages/\(name).html.gz"]
            let pipe = Pipe()
            gzip.standardOutput = pipe
            try gzip.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            gzip.waitUntilExit()
            let file = try FileDecoder.decode(data, path: name + ".html")
            let loaded = HTMLPageLoader().load(file)
            let text = loaded.articles.first?.body.text ?? ""
            #expect(text.count > 200, "\(name): \(text.count) characters")
        }
    }
}
