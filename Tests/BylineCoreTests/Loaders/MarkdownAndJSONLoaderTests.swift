import Testing

@testable import BylineCore

@Suite struct MarkdownLoaderTests {
    @Test func frontMatterAndInlineMarkup() throws {
        let folder = TemporaryFolder()
        let text = """
            ---
            title: Bridge vote
            date: 2021-09-28
            author: Ann Lee
            publisher: The Courier
            story: bridge
            ---
            The **council** voted, said [Mayor Ruiz](https://example.org/ruiz).

            *Second* paragraph.
            """
        let article = try #require(loadArticle(folder.write("a.md", text)))
        #expect(article.title == "Bridge vote")
        #expect(article.date == CalendarDate(year: 2021, month: 9, day: 28))
        #expect(article.author == "Ann Lee")
        #expect(article.publisher == "The Courier")
        #expect(article.storyKey == "bridge")
        #expect(article.slice(article.body.paragraphs[0]) == "The council voted, said Mayor Ruiz.")
        #expect(article.slice(article.body.paragraphs[1]) == "Second paragraph.")
        // Offsets still point into the whole file, front matter included.
        let mayor = article.body.text.unicodeScalars.count - "Mayor Ruiz.\n\nSecond paragraph.".unicodeScalars.count
        let span = article.body.original(TextSpan(mayor, mayor + 10))
        #expect(article.original?.scalarSlice(span) == "Mayor Ruiz")
    }

    @Test func malformedFrontMatterWarnsWithLineAndKeepsBody() throws {
        let folder = TemporaryFolder()
        let path = folder.write("bad.md", "---\ntitle: [unclosed\ndate: 2021\n---\nBody survives.\n")
        let library = LibraryLoader().load(paths: [path])
        #expect(library.articleCount == 1)
        let warning = try #require(library.warnings.first)
        #expect(warning.description.contains("bad.md"))
        #expect(warning.message.contains("front matter"))
        #expect(warning.location.line != nil)
    }

    /// Found by the `markdown` fuzz target: flow collections nested deep enough overflowed
    /// the stack in the YAML parser. Every way YAML nests is counted before parsing.
    @Test func frontMatterNestedAHundredThousandDeepIsRefusedNotACrash() throws {
        let folder = TemporaryFolder()
        let deep = [
            "---\nstory: " + String(repeating: "[", count: 100_000) + "\n---\nBody one.\n",
            "---\n" + (0..<40).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n")
                + " x\n---\nBody two.\n",
            "---\nlist:\n  " + String(repeating: "- ", count: 40) + "x\n---\nBody three.\n",
        ]
        let paths = deep.enumerated().map { folder.write("deep\($0.offset).md", $0.element) }
        let library = LibraryLoader().load(paths: paths)
        #expect(library.articleCount == 3)
        #expect(library.warnings.count == 3)
        #expect(library.warnings.allSatisfy { $0.message.contains("nested deeper than 32 levels") })
        #expect(FrontMatter.nesting("title: A [bracketed] title\ndate: 2024-05-01\ntags: [a, {b: c}]\n") == 3)
    }
}

@Suite struct JSONLoaderTests {
    @Test func commonKeyNamesAndMalformedLine() throws {
        let folder = TemporaryFolder()
        let lines = [
            #"{"headline": "One", "text": "First body.", "published": "2020-08-01T10:00:00Z", "author": "A"}"#,
            #"{"title": "Two", "body": "Second body."#,
            #"{"title": "Three", "content": "<p>Third <b>body</b>.</p>", "date": "Tue, 28 Sep 2021 10:00:00 GMT", "story": "s"}"#,
        ]
        let path = folder.write("items.jsonl", lines.joined(separator: "\n"))
        let library = LibraryLoader().load(paths: [path])
        let articles = library.stories.flatMap(\.articles).sorted { $0.id < $1.id }
        #expect(articles.map(\.title) == ["One", "Three"])
        #expect(articles[0].date == CalendarDate(year: 2020, month: 8, day: 1))
        #expect(articles[1].date == CalendarDate(year: 2021, month: 9, day: 28))
        #expect(articles[1].body.text == "Third body.")
        #expect(library.warnings.map(\.description) == ["\(path):2: malformed JSON; line skipped"])
    }

    @Test(.enabled(if: SharedData.root != nil, "needs ../shared"))
    func reutersLibraryLoads() throws {
        let root = try #require(SharedData.root)
        let library = LibraryLoader().load(paths: [root + "/corpora/reuters/reuters21578.jsonl"])
        #expect(library.articleCount == 19_042)
        #expect(library.warnings.isEmpty)
    }
}
