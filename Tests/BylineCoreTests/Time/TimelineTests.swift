import Testing

@testable import BylineCore

/// A story's timeline: its articles' dated events in order, each with the clause it came from.
@Suite struct TimelineTests {
    /// A library holds tens of thousands of events: each keeps only what cannot be derived
    /// (its interval is read from its value, its sentence from the article's sentences), its
    /// fields packed without padding.
    @Test func anEventTakesSixtyFourBytes() {
        #expect(MemoryLayout<TimelineEvent>.stride == 64)
    }

    func analysed(_ text: String, date: CalendarDate) throws -> Article {
        let folder = TemporaryFolder()
        var article = try #require(loadArticle(folder.write("a.txt", "Headline\n\n" + text), date: date))
        article.analysis = ArticleAnalyzer.analyze(article)
        return article
    }

    @Test func eventsCarryTheirClauseCollapsedAndShortened() throws {
        let long = String(repeating: "very ", count: 40)
        let article = try analysed(
            "The plant   closed on Aug. 3, 2020. It reopened in March 2021, \(long)quietly.",
            date: CalendarDate(year: 2021, month: 9, day: 28)!)
        let story = Story(id: 0, title: "Plant", articles: [article])
        let timeline = Timeline(story: story)
        #expect(timeline.events.map(\.value) == ["2020-08-03", "2021-03"])
        #expect(timeline.events[0].summary(in: story) == "The plant closed on Aug. 3, 2020")
        let summary = timeline.events[1].summary(in: story)
        #expect(summary.count == 120 && summary.hasPrefix("It reopened in March 2021") && summary.hasSuffix("…"))
    }

    @Test func twoArticlesSayingTheSameThingGiveOneEvent() throws {
        let date = CalendarDate(year: 2021, month: 9, day: 28)!
        let text = "The plant closed on Aug. 3, 2020, workers said."
        let story = Story(
            id: 0, title: "Plant", articles: [try analysed(text, date: date), try analysed(text, date: date)])
        #expect(Timeline(story: story).events.count == 1)
    }

    @Test func aSummaryStartsAtAWordOfItsClauseNotInsideANumberOrADateline() throws {
        let date = CalendarDate(year: 2021, month: 9, day: 28)!
        let article = try analysed(
            "Exporters shipped 155,221 bags of 60 kilos last week, traders said.\n\n"
                + "EASTPORT, Sept. 27, 2021 - The council voted on Monday to build the bridge.",
            date: date)
        let story = Story(id: 0, title: "Coffee", articles: [article])
        let summaries = Timeline(story: story).rows.map {
            $0.summary(in: story)
        }
        #expect(summaries.contains { $0.hasPrefix("Exporters shipped 155,221 bags of 60 kilos last week") })
        #expect(summaries.contains { $0.hasPrefix("The council voted on Monday") })
        #expect(!summaries.contains { $0.hasPrefix("221") || $0.hasPrefix("2021 -") })
    }
}
