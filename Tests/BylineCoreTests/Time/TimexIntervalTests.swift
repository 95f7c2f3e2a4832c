import Testing

@testable import BylineCore

/// TIMEX3 values read back as the days they cover, for ordering the timeline.
@Suite struct TimexIntervalTests {
    func days(_ value: String) -> String? {
        TimexInterval(value: value).map { "\($0.start.isoString)…\($0.end.isoString) \($0.granularity)" }
    }

    @Test(arguments: [
        ("19", "1900-01-01…1999-12-31 century"),
        ("199", "1990-01-01…1999-12-31 decade"),
        ("2020", "2020-01-01…2020-12-31 year"),
        ("FY1998", "1998-01-01…1998-12-31 year"),
        ("2020-SU", "2020-06-01…2020-08-31 season"),
        ("2020-Q3", "2020-07-01…2020-09-30 quarter"),
        ("2020-09", "2020-09-01…2020-09-30 month"),
        ("2021-W39", "2021-09-27…2021-10-03 week"),
        ("2021-W39-WE", "2021-10-02…2021-10-03 day"),
        ("2021-09-28", "2021-09-28…2021-09-28 day"),
        ("2021-09-28TNI", "2021-09-28…2021-09-28 time"),
        ("1998-10-XX", "1998-10-01…1998-10-31 month"),
        ("1998-10-23T22:00", "1998-10-23…1998-10-23 time"),
    ])
    func reads(value: String, expected: String) {
        #expect(days(value) == expected)
    }

    @Test(arguments: [
        "PRESENT_REF", "PAST_REF", "P1Y", "XXXX-09", "XXXX-WXX-2", "2020-13", "2020-02-30", "2020-Q5", "", "FY",
    ])
    func vagueOrInvalidIsNil(value: String) {
        #expect(TimexInterval(value: value) == nil)
    }
}
