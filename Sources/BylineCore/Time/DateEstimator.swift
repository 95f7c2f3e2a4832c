/// Estimates an article's date from its own text when no metadata gives one.
///
/// The latest explicit date is a lower bound (news reports what has happened). Relative
/// expressions that reach into the previous year ("last year", "a year ago", "last
/// September") mean the article was written the year after; "last September" also
/// means it was written no later than the next September, so the estimate is the latest
/// month consistent with all of them. The result is marked as estimated.
public enum DateEstimator {
    public static func estimate(_ document: Document) -> (date: CalendarDate, estimated: Bool)? {
        // Read the explicit dates and the relative expressions without an anchor.
        let found = TimexTagger.tag(document, anchor: nil)
        var latest: CalendarDate?
        var reachesBack = false
        var lastMonths: [Int] = []
        for timex in found where timex.type == .date {
            let text = document.string(timex.span).lowercased()
            if let date = explicitDate(timex.value), latest.map({ date > $0 }) ?? true { latest = date }
            if text.hasPrefix("last year") || text.hasSuffix("year ago") || text == "last year" { reachesBack = true }
            if text.hasPrefix("last "), case .yearless(let month?, _, _, _) = timex.value.meaning {
                reachesBack = true
                lastMonths.append(Int(month))
            }
        }
        guard let base = latest else { return nil }
        guard reachesBack else { return (base, true) }
        let month = lastMonths.min() ?? 1
        let year = base.year + 1
        guard let estimate = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
        else {
            return (base, true)
        }
        return (max(estimate, base), true)
    }

    /// The first day of a date written with its year (`2020`, `2020-08`, `2020-08-14`,
    /// `2020-Q3`); none for decades and centuries, which say too little.
    static func explicitDate(_ value: TimexValue) -> CalendarDate? {
        guard let interval = value.interval, interval.granularity >= .year else { return nil }
        return interval.start
    }
}
