import Foundation
import Testing

@testable import BylineCore

/// Grouping articles into stories by event, on small handmade libraries.
@Suite struct StoryGroupingTests {
    /// A library of JSON lines (title, date, optional body and source), read as Byline reads one.
    func load(_ records: [[String: String]], name: String = "wire.jsonl") -> (TemporaryFolder, Library) {
        let folder = TemporaryFolder()
        let lines = records.map { record in
            String(decoding: try! JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]), as: UTF8.self)
        }
        let path = folder.write(name, lines.joined(separator: "\n") + "\n")
        return (folder, LibraryLoader().load(paths: [path]))
    }

    func storyTitles(_ library: Library) -> [[String]] {
        library.stories.map { $0.articles.map(\.title).sorted() }.sorted {
            $0.count > $1.count || $0.count == $1.count && $0.lexicographicallyPrecedes($1)
        }
    }

    static let background: [[String: String]] = [
        ["title": "Drought eases as spring rains return to the valley", "date": "2024-04-18"],
        ["title": "School board delays vote on new calendar", "date": "2024-04-18"],
        ["title": "Ferry fares to rise in July, harbour authority says", "date": "2024-04-18"],
        ["title": "Local team wins regional chess title", "date": "2024-04-17"],
        ["title": "Museum opens exhibit of 19th-century maps", "date": "2024-04-19"],
    ]

    @Test func twoOutletsReportsOfOneEventAreOneStory() {
        let (folder, library) = load(
            Self.background + [
                [
                    "title": "Neil Young launches Pono high-resolution music player", "date": "2024-04-18",
                    "source": "A",
                ],
                [
                    "title": "Pono player: Neil Young's bet on high-resolution music", "date": "2024-04-18",
                    "source": "B",
                ],
                ["title": "Neil Young unveils PonoMusic service at SXSW", "date": "2024-04-19", "source": "C"],
            ])
        _ = folder
        #expect(library.stories.count == 6)
        let pono = library.stories.first { $0.articles.count == 3 }
        #expect(pono?.articles.allSatisfy { $0.title.contains("Neil Young") } == true)
        // Newest first, and the story is named by its most representative headline.
        #expect(pono?.articles.first?.date == CalendarDate(year: 2024, month: 4, day: 19))
        #expect(pono?.title.contains("Pono") == true)
    }

    @Test func twoEventsOnOneDayStayApart() {
        let (folder, library) = load(
            Self.background + [
                ["title": "GM recalls 1.6 million cars over ignition switch", "date": "2024-04-18"],
                ["title": "GM expands ignition switch recall", "date": "2024-04-18"],
                ["title": "Chrysler recalls Jeep Grand Cherokee over brake pedal", "date": "2024-04-18"],
                ["title": "Chrysler Jeep brake pedal recall affects 25,000 SUVs", "date": "2024-04-18"],
            ])
        _ = folder
        let groups = storyTitles(library).filter { $0.count > 1 }
        #expect(groups.count == 2)
        #expect(
            groups.allSatisfy { titles in
                titles.allSatisfy { $0.contains("GM") } || titles.allSatisfy { $0.contains("Chrysler") }
            })
    }

    @Test func theSameWordsAWeekApartAreAnotherEvent() {
        let (folder, library) = load(
            Self.background + [
                ["title": "Storm floods Dock Road underpass", "date": "2024-04-01"],
                ["title": "Storm floods Dock Road underpass again", "date": "2024-04-20"],
            ])
        _ = folder
        #expect(library.stories.filter { $0.articles.count > 1 }.isEmpty)
    }

    @Test func aStoryKeyPinsArticlesWhateverTheirWords() {
        let (folder, library) = load(
            Self.background + [
                ["title": "Budget passes after long night", "date": "2024-04-18", "story": "City budget"],
                ["title": "Library hours cut", "date": "2024-04-18", "story": "City budget"],
            ])
        _ = folder
        let pinned = library.stories.first { $0.title == "City budget" }
        #expect(pinned?.articles.map(\.title).sorted() == ["Budget passes after long night", "Library hours cut"])
    }

    @Test func headlinesAloneLoadAndGroup() {
        let (folder, library) = load([
            ["title": "Titanfall review roundup"], ["title": "Titanfall reviews are in"],
            ["title": "Cosmos premiere draws big audience"],
        ])
        _ = folder
        #expect(library.articleCount == 3)
        #expect(library.warnings.isEmpty)
        #expect(storyTitles(library).first == ["Titanfall review roundup", "Titanfall reviews are in"])
        #expect(library.stories.flatMap(\.articles).allSatisfy { $0.body.text == $0.title })
    }

    @Test func anArticleArrivingLaterJoinsItsStory() {
        let first =
            Self.background + [
                ["title": "Malaysia Airlines flight MH370 missing over South China Sea", "date": "2024-04-18"],
                ["title": "Search for missing Malaysia Airlines flight widens", "date": "2024-04-18"],
            ]
        let (folder, before) = load(first)
        _ = folder
        #expect(before.stories.count == 6)
        let (later, after) = load(
            first + [["title": "Missing Malaysia Airlines jet: search enters third day", "date": "2024-04-19"]])
        _ = later
        #expect(after.stories.count == 6)
        let story = after.stories.first { $0.articles.contains { $0.title.hasPrefix("Missing Malaysia") } }
        #expect(story?.articles.count == 3)
    }

    /// Grouping numbers words in the order it meets them, and sums float weights in that
    /// order: an order taken from a dictionary changed with each process's hash seed, and
    /// with it which headline named a story.
    @Test func anArticlesWordsComeInTheSameOrderWhateverTheHashSeed() throws {
        let folder = TemporaryFolder()
        let text = """
            Italian chemical giant Montedison agreed to buy Erbamont shares

            Montedison S.p.A. definitively agreed to buy all of the publicly held shares of Erbamont N.V. \
            for $37 each, the companies said in Milan on Monday, ending months of talks.
            """
        let article = try #require(loadArticle(folder.write("montedison.txt", text)))
        let terms = StoryTerms.of(article)
        #expect(terms.count > 10)
        #expect(terms.map(\.term) == terms.map(\.term).sorted())
    }

    @Test func foldingAndPluralsMakeOneWord() {
        #expect(StoryTerms.term("Snowden's") == StoryTerms.term("snowden"))
        #expect(StoryTerms.term("recalls") == StoryTerms.term("Recall"))
        #expect(StoryTerms.term("companies") == StoryTerms.term("company"))
        #expect(StoryTerms.term("said") == nil)
        #expect(StoryTerms.words(inAddress: "https://x.example/2014/03/10/neil-young-pono.html?ref=rss").count == 3)
    }
}
