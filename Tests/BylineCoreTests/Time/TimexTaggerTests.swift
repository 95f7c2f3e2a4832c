import Foundation
import Testing

@testable import BylineCore

@Suite struct TimexTaggerTests {
    static let tuesday = CalendarDate(year: 2021, month: 9, day: 28)!

    func tag(_ text: String, anchor: CalendarDate? = tuesday) -> [String] {
        let document = Document(text)
        return TimexTagger.tag(document, anchor: anchor).map {
            "\(document.string($0.span))=\($0.type.rawValue):\($0.value)"
        }
    }

    @Test(arguments: [
        ("It began in Aug. 2020.", "Aug. 2020=DATE:2020-08"),
        ("It ended on September 28, 2021.", "September 28, 2021=DATE:2021-09-28"),
        ("It ended on 28 Sept 2021.", "28 Sept 2021=DATE:2021-09-28"),
        ("Filed 2021-09-28.", "2021-09-28=DATE:2021-09-28"),
        ("Filed 9/28/21.", "9/28/21=DATE:2021-09-28"),
        ("Prices fell in the 1990s.", "the 1990s=DATE:199"),
        ("Sales rose in the third quarter.", "the third quarter=DATE:2021-Q3"),
        ("Sales rose in the fourth quarter.", "the fourth quarter=DATE:2020-Q4"),
        ("They met last September.", "last September=DATE:2020-09"),
        ("They met last year.", "last year=DATE:2020"),
        ("They met a year ago.", "a year ago=DATE:2020"),
        ("They will meet next month.", "next month=DATE:2021-10"),
        ("They met this week.", "this week=DATE:2021-W39"),
        ("Rates will rise in the near future.", "the near future=DATE:FUTURE_REF"),
        ("Profits will suffer in the short term.", "the short term=DATE:FUTURE_REF"),
        ("Few people write letters these days.", "these days=DATE:PRESENT_REF"),
        ("The plant opened two weeks earlier.", "two weeks earlier=DATE:2021-09-14"),
        ("He spoke Tuesday night.", "Tuesday night=TIME:2021-09-28TNI"),
        ("He spoke on Friday.", "Friday=DATE:2021-09-24"),
        ("He will speak on Friday.", "Friday=DATE:2021-10-01"),
        ("The talks lasted two years.", "two years=DURATION:P2Y"),
        ("The talks lasted the past three days.", "the past three days=DURATION:P3D"),
        ("It has gone on for decades.", "decades=DURATION:PXY"),
        ("It grew over the past two decades.", "the past two decades=DURATION:P20Y"),
        ("They meet every Tuesday.", "every Tuesday=SET:XXXX-WXX-2"),
        ("They meet weekly.", "weekly=SET:P1W"),
        ("The vote is at 3 p.m.", "3 p.m.=TIME:2021-09-28T15:00"),
        ("Shops close at Christmas.", "Christmas=DATE:2021-12-25"),
        ("He was recently elected.", "recently=DATE:PAST_REF"),
        ("Nobody knows the future.", "the future=DATE:FUTURE_REF"),
        ("It happened last summer.", "last summer=DATE:2020-SU"),
        ("The talks must conclude by May, they said.", "May=DATE:2022-05"),
        ("Prices peaked in mid-1996.", "mid-1996=DATE:1996"),
        ("Atlanta, nineteen ninety-six.", "nineteen ninety-six=DATE:1996"),
        ("It came in January nineteen ninety-seven.", "January nineteen ninety-seven=DATE:1997-01"),
        ("It was the winter of nineteen ninety-four.", "the winter of nineteen ninety-four=DATE:1994-WI"),
        ("The plan runs to the year two thousand.", "the year two thousand=DATE:2000"),
        ("It lost money in the 1988 second quarter.", "the 1988 second quarter=DATE:1988-Q2"),
        ("It may be effective in next year's first quarter.", "next year's first quarter=DATE:2022-Q1"),
        ("The offer runs until 5 p.m. EST Nov. 9.", "5 p.m. EST Nov. 9=TIME:2021-11-09T17:00"),
        ("Profit rose in the fiscal first quarter.", "the fiscal first quarter=DATE:2021-Q1"),
        ("Profit rose in fiscal second-quarter results.", "fiscal second-quarter=DATE:2021-Q2"),
        ("Profit rose in the fiscal-first quarter.", "the fiscal-first quarter=DATE:2021-Q1"),
        ("Profit fell from the 1988 quarter.", "the 1988 quarter=DATE:1988-Q2"),
        ("Sales beat the 2020 period.", "the 2020 period=DATE:2020-Q2"),
        ("Sales rose for the fiscal year.", "the fiscal year=DATE:2021"),
        ("Sales rose in the current fiscal year.", "the current fiscal year=DATE:2021"),
        ("Sales fell last fiscal year.", "last fiscal year=DATE:2020"),
        ("Rates will rise over the next year or so.", "the next year or so=DATE:2022"),
        ("He served 2 1/2 years.", "2 1/2 years=DURATION:P2Y6M"),
        ("The flight took five and a half hours.", "five and a half hours=DURATION:PT5H30M"),
        ("The silence lasted a minute and a half.", "a minute and a half=DURATION:PT1M30S"),
        ("Russia has often claimed so in the past.", "the past=DATE:PAST_REF"),
        ("In the past it considered a bid.", "the past=DATE:PAST_REF"),
        ("Hate groups shrank through the nineties.", "the nineties=DATE:199"),
        ("It was a hit in the late sixties.", "the late sixties=DATE:196"),
        ("Sales rose in FY2024.", "FY2024=DATE:2024"),
        ("Sales rose in FY 2024.", "FY 2024=DATE:2024"),
        ("He stays for two more weeks.", "two more weeks=DURATION:P2W"),
        ("It fell for eight trading days.", "eight trading days=DURATION:P8D"),
    ])
    func recognisesAndResolves(text: String, expected: String) {
        #expect(tag(text).contains(expected), "\(tag(text))")
    }

    /// Sets in their common forms: every/each with any unit, season, part of day or count,
    /// every other one, rates of times per unit, plural days and adverbs of frequency.
    @Test(arguments: [
        ("The board meets every other week.", "every other week=SET:P2W"),
        ("The board meets every two weeks.", "every two weeks=SET:P2W"),
        ("The board meets every few years.", "every few years=SET:PXY"),
        ("Geese come back every spring.", "every spring=SET:XXXX-SP"),
        ("He runs each morning.", "each morning=SET:XXXX-XX-XXTMO"),
        ("He works every weekend.", "every weekend=SET:XXXX-WXX-WE"),
        ("He works on weekends.", "weekends=SET:XXXX-WXX-WE"),
        ("The club meets twice a month.", "twice a month=SET:P1M"),
        ("The club meets once a week.", "once a week=SET:P1W"),
        ("The club meets three times a year.", "three times a year=SET:P1Y"),
        ("The club meets four times per year.", "four times per year=SET:P1Y"),
        ("Take it twice daily.", "twice daily=SET:P1D"),
        ("The prize is awarded annually.", "annually=SET:P1Y"),
    ])
    func setsInTheirCommonForms(text: String, expected: String) {
        #expect(tag(text) == [expected], "\(tag(text))")
    }

    /// Words that look like a set's but are not: a growth rate, "once" as "formerly",
    /// "times" as a multiple.
    @Test(arguments: [
        "Sales will rise 8.5% annually.", "It was once a small shop.", "It is three times the size.",
        "He came twice, a month apart.",
    ])
    func notSets(text: String) {
        #expect(!tag(text).contains { $0.contains("=SET:") }, "\(tag(text))")
    }

    /// A range of years is two years on the timeline, whichever way it is written; a year
    /// and a month in ISO form is no range.
    @Test(arguments: [
        ("It was the 1957-58 season.", ["1957=DATE:1957", "58=DATE:1958"]),
        ("It ran 2009-2010.", ["2009=DATE:2009", "2010=DATE:2010"]),
        ("The 2016–17 budget passed.", ["2016=DATE:2016", "17=DATE:2017"]),
        ("Fiscal 1999-00 was hard.", ["Fiscal 1999=DATE:1999", "00=DATE:2000"]),
        ("Filed 2021-09.", []),
    ])
    func yearRangesAreTwoYears(text: String, expected: [String]) {
        #expect(tag(text) == expected)
    }

    @Test func narrativeExpressionsCountFromTheLastDateNamed() {
        let story =
            "The plant closed on Oct. 23, 1995. Earlier that day, workers left. The next morning, the owners came. "
            + "The following year it reopened. Later that year, it was sold. The vote was on Nov. 2, 1989; the previous Friday was calm."
        #expect(
            tag(story) == [
                "Oct. 23, 1995=DATE:1995-10-23", "Earlier that day=DATE:1995-10-23",
                "The next morning=TIME:1995-10-24TMO",
                "The following year=DATE:1996", "Later that year=DATE:1996", "Nov. 2, 1989=DATE:1989-11-02",
                "the previous Friday=DATE:1989-10-27",
            ])
        // Nothing named before: "that day" has nothing to count from.
        #expect(tag("Earlier that day, workers left.").isEmpty)
    }

    /// "The weeks before" an event is a stretch dated by the event's month, the plural alone;
    /// "Now," opening a sentence turns the argument and is no time.
    @Test func stretchesAroundAnEventAndNowAsADiscourseMarker() {
        #expect(
            tag("The clinic was attacked on Oct. 23, 1998. His car was seen in the weeks before the shooting.")
                == ["Oct. 23, 1998=DATE:1998-10-23", "weeks=DATE:1998-10"])
        #expect(!tag("Eight trading days after the crash, prices rose.").contains { $0.hasPrefix("days=") })
        #expect(tag("Now, he says, it looks different.").isEmpty)
        #expect(tag("Now critics are talking.") == ["Now=DATE:PRESENT_REF"])
    }

    @Test(arguments: [
        "He told USA Today he would run.", "Baker said on ABC's \"This Week\" that talks failed.",
        "She spoke to CBS's \"60 Minutes\" about it.",
    ])
    func namesOfPapersAndProgrammesAreNotTimes(text: String) {
        #expect(tag(text).isEmpty, "\(tag(text))")
    }

    /// "past" as an adjective and a decade word as an age or a temperature are no times.
    @Test(arguments: ["The past president spoke.", "He is in his sixties.", "It was in the sixties degrees."])
    func adjectivesAgesAndTemperaturesAreNotTimes(text: String) {
        #expect(tag(text).isEmpty, "\(tag(text))")
    }

    /// Holidays against a November 2023 article: Black Friday is the day after Thanksgiving,
    /// and a holiday later in the year is the coming one unless the clause looks back.
    @Test(arguments: [
        ("Shoppers are lining up for Black Friday deals.", "Black Friday=DATE:2023-11-24"),
        ("Cyber Monday sales start soon.", "Cyber Monday=DATE:2023-11-27"),
        ("Shops close at Christmas.", "Christmas=DATE:2023-12-25"),
        ("Stores will close at Christmas.", "Christmas=DATE:2023-12-25"),
        ("Stores closed at Christmas.", "Christmas=DATE:2022-12-25"),
        ("Sales rose after Easter.", "Easter=DATE:2023-04-09"),
    ])
    func holidaysInANovemberArticle(text: String, expected: String) {
        #expect(tag(text, anchor: CalendarDate(year: 2023, month: 11, day: 22)) == [expected])
    }

    /// A delivery or contract month lies ahead of a market report, even told in the past.
    @Test(arguments: [
        ("Cocoa for April shipment traded at 1,850 dollars.", "April=DATE:1987-04"),
        ("The January contract fell 3 cents.", "January=DATE:1988-01"),
        ("Sales fell in April.", "April=DATE:1986-04"),
    ])
    func deliveryMonthsLieAhead(text: String, expected: String) {
        #expect(tag(text, anchor: CalendarDate(year: 1987, month: 2, day: 26)).contains(expected))
    }

    @Test func withoutAnAnchorValuesStayRelative() {
        #expect(tag("They met last September.", anchor: nil) == ["last September=DATE:XXXX-09"])
        #expect(tag("He spoke Tuesday.", anchor: nil) == ["Tuesday=DATE:XXXX-WXX-2"])
    }

    /// Each input with what must not be read as a time in it (nil: nothing at all).
    @Test(
        arguments: [
            ("It was February 30, 2020.", "-02-30"), ("Two thousand people came.", nil), ("You may go.", nil),
            ("Code 13/45/2020 failed.", "13/45"), ("In the year 99999 nothing.", "99999"),
            ("About 2,020 people came.", "2,020"),
        ] as [(String, String?)])
    func nonsenseIsNotADate(text: String, forbidden: String?) {
        let found = tag(text)
        if let forbidden {
            #expect(!found.contains { $0.contains(forbidden) })
        } else {
            #expect(found.isEmpty)
        }
    }

    @Test(.enabled(if: SharedData.seed != nil, "needs ../shared"))
    func seedReadsPerfectly() throws {
        let seed = try #require(SharedData.seed)
        let article = try #require(loadArticle(seed, date: Self.tuesday))
        let analysis = ArticleAnalyzer.analyze(article)
        let found = Dictionary(
            analysis.timexes.map { (article.slice($0.span).lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(found["aug. 2020"] == "2020-08")
        #expect(found["last september"] == "2020-09")
        #expect(found["last november"] == "2020-11")
        #expect(["2020-09", "2020"].contains(found["a year ago"]))
        #expect(found["last year"] == "2020")
        #expect(found["tuesday night"] == "2021-09-28TNI")
        #expect(found["national son day"] == "2021-09-28")
        // In order on the timeline.
        let story = Story(id: 0, title: "Seed", articles: [withAnalysis(article, analysis)])
        let timeline = Timeline(story: story)
        let values = timeline.events.map(\.value)
        #expect(values.firstIndex(of: "2020-08")! < values.firstIndex(of: "2020-09")!)
        #expect(values.firstIndex(of: "2020-09")! < values.firstIndex(of: "2020-11")!)
        #expect(values.firstIndex(of: "2020-11")! < values.firstIndex(of: "2021-09-28")!)
    }

    @Test(.enabled(if: SharedData.seed != nil, "needs ../shared"))
    func seedDateIsEstimatedInSeptember2021() throws {
        let seed = try #require(SharedData.seed)
        let article = try #require(loadArticle(seed))
        let analysis = ArticleAnalyzer.analyze(article)
        #expect(analysis.anchorEstimated)
        #expect(analysis.anchorDate?.year == 2021)
        #expect(analysis.anchorDate?.month == 9)
    }

    func withAnalysis(_ article: Article, _ analysis: Analysis) -> Article {
        var copy = article
        copy.analysis = analysis
        return copy
    }
}
