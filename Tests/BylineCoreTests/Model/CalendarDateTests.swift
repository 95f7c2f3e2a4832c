import Testing

@testable import BylineCore

@Suite struct CalendarDateTests {
    @Test func dayNumbersRoundTripOverTheWholeRange() throws {
        for year in stride(from: 1, through: 9999, by: 7) {
            let date = try #require(CalendarDate(year: year, month: 2, day: CalendarDate.isLeap(year) ? 29 : 28))
            let back = CalendarDate(dayNumber: date.dayNumber)
            #expect(back == date)
            #expect((back.year, back.month, back.day) == (date.year, date.month, date.day))
        }
    }

    /// Arithmetic far past year 9999 ("in a billion years") keeps its month and day and
    /// clamps the year instead of trapping on the packed storage.
    @Test func yearsBeyondTheStorageAreClamped() {
        let far = CalendarDate(dayNumber: Int(Int32.max) * 400)
        #expect(far.year == Int(Int32.max))
        #expect((1...12).contains(far.month) && (1...31).contains(far.day))
        #expect(CalendarDate(dayNumber: 3_000_000).year == 10183)
    }
}
