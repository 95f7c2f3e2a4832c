import BylineCore
import Foundation
import Testing

@testable import BylineViewModel

/// Timeline labels in words, never a TimeML value cut to eight columns.
@Suite struct TimelineLabelTests {
    func vague(_ value: String, _ type: TimexType = .date) -> String {
        TimelineLabel.vague(Timex(span: TextSpan(0, 1), type: type, value: value))
    }

    @Test func referencesDurationsAndSetsReadAsWords() {
        #expect(vague("FUTURE_REF") == "future")
        #expect(vague("PRESENT_REF") == "now")
        #expect(vague("PAST_REF") == "past")
        #expect(vague("P98Y", .duration) == "98 years")
        #expect(vague("P1D", .duration) == "1 day")
        #expect(vague("PT2H", .duration) == "2 hours")
        #expect(vague("PT30M", .duration) == "30 minutes")
        #expect(vague("PXM", .duration) == "months")
        #expect(vague("P1W", .set) == "every week")
        #expect(vague("XXXX-09-28") == "Sep 28")
        #expect(vague("XXXX-WXX-2", .set) == "every Tuesday")
    }

    @Test func clockTimesAndPartsOfDay() {
        #expect(TimelineLabel.words(.clock(hour: 20, minute: 30)) == "8:30 pm")
        #expect(TimelineLabel.words(.clock(hour: 9, minute: 0)) == "9 am")
        #expect(TimelineLabel.words(.clock(hour: 0, minute: 5)) == "12:05 am")
        #expect(TimelineLabel.words(.part(.night)) == "night")
    }

    @Test func decadesCenturiesAndMixedDurationsReadAsWords() {
        #expect(vague("P1DE", .duration) == "1 decade")
        #expect(vague("P2CE", .duration) == "2 centuries")
        #expect(vague("P2Y6M", .duration) == "2 years 6 months")
        #expect(vague("XXXX-11") == "Nov")
        #expect(vague("199X") == "199X")
    }

    @Test func longLabelsAreKeptWholeAndShortOnesAligned() {
        #expect(TimelineLabel.padded("  week 38") == "  week 38")
        #expect(TimelineLabel.padded("now") == "now     ")
    }

    @Test func theTimelinePaneShowsClockTimesAndNightsInWords() {
        let state = reader(
            [
                "2024-03-12-vote.txt": """
                Vote tonight

                The council will vote at 8:30 p.m. on Tuesday. Protesters gathered on Monday night outside the hall.
                """
            ], width: 120, height: 30)
        let text = screen(state).plainText
        #expect(text.contains("8:30 pm"))
        #expect(text.contains("night"))
        #expect(!text.contains("FUTURE_R") && !text.contains("    12 2"))
    }
}

/// Dates are marked in the article wherever they are, quotations included.
@Suite struct ArticleMarksTests {
    @Test func aDateInsideAQuotationIsMarkedAsADate() {
        let state = reader(
            [
                "2024-03-12-vote.txt": """
                Vote

                "We will vote on Thursday," said Mayor Elena Park.
                """
            ], width: 120, height: 30)
        let cells = screen(state).rows.joined()
        let thursday = cells.filter { $0.role == .timex }.map(\.text).joined()
        #expect(thursday.contains("Thursday"))
        #expect(cells.contains { if case .quote = $0.role { return $0.text == "W" } else { return false } })
    }
}
