/// How precise a resolved time is, coarsest first.
public enum Granularity: Int, Sendable, Comparable {
    case century, decade, year, season, quarter, month, week, day, time

    public static func < (a: Granularity, b: Granularity) -> Bool { a.rawValue < b.rawValue }
}

/// The stretch of days a TIMEX3 date value covers, for ordering a timeline.
public struct TimexInterval: Sendable, Hashable {
    /// First and last day, inclusive.
    public var start: CalendarDate
    public var end: CalendarDate
    public var granularity: Granularity

    /// Reads `2020`, `2020-09`, `2020-09-28`, `2020-09-28TNI`, `2021-W39`, `2021-W39-WE`,
    /// `2020-Q3`, `2020-SU`, `199` (a decade), `19` (a century); nil for anything vague.
    public init?(value: String) {
        let v = value.hasPrefix("FY") ? String(value.dropFirst(2)) : value
        let datePart = v.split(separator: "T", maxSplits: 1).first.map(String.init) ?? v
        let hasTime = v.utf8.contains(84) && datePart.count == 10
        let parts = datePart.split(separator: "-").map(String.init)
        guard let head = parts.first, head.allSatisfy(\.isNumber) else { return nil }
        switch (head.count, parts.count) {
        case (2, 1):
            guard let c = Int(head), let s = CalendarDate(year: max(1, c * 100), month: 1, day: 1) else { return nil }
            self.init(s, CalendarDate(year: c * 100 + 99, month: 12, day: 31) ?? s, .century)
        case (3, 1):
            guard let d = Int(head), let s = CalendarDate(year: max(1, d * 10), month: 1, day: 1) else { return nil }
            self.init(s, CalendarDate(year: d * 10 + 9, month: 12, day: 31) ?? s, .decade)
        case (4, 1):
            guard let y = Int(head), let s = CalendarDate(year: y, month: 1, day: 1) else { return nil }
            self.init(s, CalendarDate(year: y, month: 12, day: 31)!, .year)
        case (4, _):
            guard let y = Int(head) else { return nil }
            let second = parts[1]
            if second.hasPrefix("Q"), let q = Int(second.dropFirst()), (1...4).contains(q), let s = CalendarDate(year: y, month: q * 3 - 2, day: 1) {
                self.init(s, s.adding(months: 3).adding(days: -1), .quarter)
            } else if second.hasPrefix("W"), let w = Int(second.dropFirst()), (1...53).contains(w), let jan4 = CalendarDate(year: y, month: 1, day: 4) {
                let monday = jan4.adding(days: 1 - jan4.weekday + 7 * (w - 1))
                if parts.count > 2, parts[2] == "WE" { self.init(monday.adding(days: 5), monday.adding(days: 6), .day) } else { self.init(monday, monday.adding(days: 6), .week) }
            } else if let season = ["SP": 3, "SU": 6, "FA": 9, "WI": 12][second], let s = CalendarDate(year: y, month: season, day: 1) {
                self.init(s, s.adding(months: 3).adding(days: -1), .season)
            } else if let m = Int(second), let s = CalendarDate(year: y, month: m, day: 1) {
                if parts.count > 2, let d = Int(parts[2]), let day = CalendarDate(year: y, month: m, day: d) {
                    self.init(day, day, hasTime ? .time : .day)
                } else {
                    self.init(s, s.adding(months: 1).adding(days: -1), .month)
                }
            } else {
                return nil
            }
        default:
            return nil
        }
    }

    init(_ start: CalendarDate, _ end: CalendarDate, _ granularity: Granularity) {
        self.start = start
        self.end = end
        self.granularity = granularity
    }
}
