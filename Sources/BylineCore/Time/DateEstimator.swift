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
            let v = timex.value
            let text = document.string(timex.span).lowercased()
            if let date = explicitDate(v), latest.map({ date > $0 }) ?? true { latest = date }
            if text.hasPrefix("last year") || text.hasSuffix("year ago") || text == "last year" { reachesBack = true }
            if text.hasPrefix("last "), v.hasPrefix("XXXX-"), let m = Int(v.dropFirst(5).prefix(2)) {
                reachesBack = true
                lastMonths.append(m)
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

    /// A date written with its year: `2020`, `2020-08`, `2020-08-14`.
    static func explicitDate(_ value: String) -> CalendarDate? {
        let parts = value.split(separator: "-")
        guard let first = parts.first, first.count == 4, let y = Int(first) else { return nil }
        let m = parts.count > 1 ? Int(parts[1]) ?? 1 : 1
        let d = parts.count > 2 ? Int(parts[2].prefix(2)) ?? 1 : 1
        return CalendarDate(year: y, month: m, day: d)
    }
}
