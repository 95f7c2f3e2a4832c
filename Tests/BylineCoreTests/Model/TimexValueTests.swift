import Testing

@testable import BylineCore

/// TIMEX3 values are read once into what they mean.
@Suite struct TimexValueTests {
    @Test func calendarValuesCarryTheirStretchAndTimeOfDay() throws {
        let night = TimexValue("2021-09-28TNI")
        #expect(night.meaning == .calendar(try #require(night.interval), time: .part(.night)))
        #expect(night.interval?.granularity == .time)
        #expect(
            TimexValue("2021-09-28T20:30").meaning == .calendar(night.interval!, time: .clock(hour: 20, minute: 30)))
        #expect(TimexValue("2020-Q3").interval?.start == CalendarDate(year: 2020, month: 7, day: 1))
        #expect(TimexValue("199").interval?.granularity == .decade)
        #expect(TimexValue("2020").text == "2020")
    }

    @Test func yearlessDatesReferencesAndDurations() {
        #expect(TimexValue("XXXX-09").meaning == .yearless(month: 9, day: nil, weekday: nil, time: nil))
        #expect(TimexValue("XXXX-09-28").meaning == .yearless(month: 9, day: 28, weekday: nil, time: nil))
        #expect(TimexValue("XXXX-WXX-1TNI").meaning == .yearless(month: nil, day: nil, weekday: 1, time: .part(.night)))
        #expect(TimexValue("PAST_REF").meaning == .reference(.past))
        #expect(TimexValue("PT24H").meaning == .duration([.init(amount: 24, unit: .hour)]))
        #expect(TimexValue("PT30M").meaning == .duration([.init(amount: 30, unit: .minute)]))
        #expect(TimexValue("P30M").meaning == .duration([.init(amount: 30, unit: .month)]))
        #expect(TimexValue("PXY").meaning == .duration([.init(amount: nil, unit: .year)]))
        #expect(
            TimexValue("P2Y6M").meaning == .duration([.init(amount: 2, unit: .year), .init(amount: 6, unit: .month)]))
        #expect(TimexValue("P1DE").meaning == .duration([.init(amount: 1, unit: .decade)]))
        #expect(TimexValue("P2.5D").meaning == .duration([.init(amount: 2.5, unit: .day)]))
    }

    @Test func whatItCannotReadItCarriesAsText() {
        for text in ["199X", "1998-WXX", "XXXX-XX-XX", "XXXX-13", "P", "PY", "P1", "P1Z", "", "XXXX-09-40"] {
            #expect(TimexValue(text).meaning == .other, "\(text)")
            #expect(TimexValue(text).text == text)
        }
    }
}
