import Testing

@testable import BylineCore

/// The clause's tense decides which way a weekday or a month without a year points.
@Suite struct TenseTests {
    static let thursday = CalendarDate(year: 1989, month: 10, day: 26)!

    func value(_ text: String, of expression: String) -> String? {
        let document = Document(text)
        return TimexTagger.tag(document, anchor: Self.thursday).first { document.string($0.span) == expression }?.value
            .text
    }

    @Test(arguments: [
        // A past tense never points ahead, a future one never back.
        ("In January, the company reported a loss.", "January", "1989-01"),
        ("The chain changed its fiscal year in December.", "December", "1988-12"),
        ("The plant will reopen in March.", "March", "1990-03"),
        // Participles and adjectives are not past tenses.
        ("The reduced dividend is payable Jan. 2.", "Jan. 2", "1990-01-02"),
        ("The increased dividend will be paid Dec. 14.", "Dec. 14", "1989-12-14"),
        ("It would be paid on a still unspecified date in January.", "January", "1990-01"),
        // A verb in -eed is no past form; "effective" looks ahead.
        ("Mr. Schwarz will succeed Daniel P. Davison Feb. 1, soon after his birthday.", "Feb. 1", "1990-02-01"),
        ("The trust created an office of the chairman, effective Feb. 1.", "Feb. 1", "1990-02-01"),
        ("NATO has decided to admit Poland in early November.", "early November", "1989-11"),
        // A reporting verb away from the date frames the report, it does not date the event.
        ("The sale is to be completed by Dec. 15, the companies said.", "Dec. 15", "1989-12-15"),
        // Plans and deadlines look ahead; a deadline in the past perfect looks back.
        ("Protesters planned a large demonstration on Saturday.", "Saturday", "1989-10-28"),
        ("The agency postponed until Tuesday any action on the case.", "Tuesday", "1989-10-31"),
        ("Ten members had filed reports by Wednesday.", "Wednesday", "1989-10-25"),
        ("The accession was planned for early March.", "early March", "1990-03"),
        // A plan in the past perfect was overtaken: the day it named has passed.
        ("The offer had been due to expire Friday evening.", "Friday evening", "1989-10-20TEV"),
        (
            "The offer previously had been scheduled to expire at midnight Friday.", "midnight Friday",
            "1989-10-20T24:00"
        ),
        ("The offer is due to expire Friday evening.", "Friday evening", "1989-10-27TEV"),
        // A scheduled event in the present looks ahead, plural too; not a noun nor a negated past.
        ("He and Arafat meet separately Monday with Albright.", "Monday", "1989-10-30"),
        ("He and Arafat did not meet Monday.", "Monday", "1989-10-23"),
        ("The march was a return to the protests of early December.", "early December", "1988-12"),
        // A noun in -ly is no adverb before a past form.
        ("The rally was in December.", "December", "1988-12"),
        // A day named within weeks after the article is that day, whatever the tense; a month
        // alone after it in a past clause is last year's.
        ("The bid, due to expire last Thursday, was extended to Nov. 16.", "Nov. 16", "1989-11-16"),
        ("The company sold the unit on Dec. 30.", "Dec. 30", "1988-12-30"),
        ("The company sold the unit in November.", "November", "1988-11"),
        // "said Tuesday" dates the saying.
        ("The company said Tuesday that sales will rise.", "Tuesday", "1989-10-24"),
    ])
    func resolves(text: String, expression: String, expected: String) {
        #expect(value(text, of: expression) == expected)
    }
}
