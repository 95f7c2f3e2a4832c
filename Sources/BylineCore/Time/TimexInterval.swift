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
    /// Reads the bytes in place: every time expression of a library passes through here.
    public init?(value: String) {
        var utf8 = Substring(value).utf8
        if utf8.starts(with: "FY".utf8) { utf8 = utf8.dropFirst(2) }
        // At most three parts before a "T": year, then month, week, quarter or season, then day.
        var parts = (utf8[...], utf8[utf8.endIndex...], utf8[utf8.endIndex...])
        var count = 1, time = false
        var start = utf8.startIndex
        for index in utf8.indices {
            let byte = utf8[index]
            guard byte == UInt8(ascii: "-") || byte == UInt8(ascii: "T") else { continue }
            let part = utf8[start..<index]
            switch count {
            case 1: parts.0 = part;
            case 2: parts.1 = part;
            default: parts.2 = part
            }
            start = utf8.index(after: index)
            if byte == UInt8(ascii: "T") { time = true; break }
            count += 1
            if count > 3 { return nil }
        }
        if !time {
            switch count {
            case 1: parts.0 = utf8[start...];
            case 2: parts.1 = utf8[start...];
            default: parts.2 = utf8[start...]
            }
        }
        let head = parts.0
        guard let number = Self.number(head) else { return nil }
        let hasTime = time && count == 3
        switch (head.count, count) {
        case (2, 1):
            guard let s = CalendarDate(year: max(1, number * 100), month: 1, day: 1) else { return nil }
            self.init(s, CalendarDate(year: number * 100 + 99, month: 12, day: 31) ?? s, .century)
        case (3, 1):
            guard let s = CalendarDate(year: max(1, number * 10), month: 1, day: 1) else { return nil }
            self.init(s, CalendarDate(year: number * 10 + 9, month: 12, day: 31) ?? s, .decade)
        case (4, 1):
            guard let s = CalendarDate(year: number, month: 1, day: 1) else { return nil }
            self.init(s, CalendarDate(year: number, month: 12, day: 31)!, .year)
        case (4, _):
            let y = number, second = parts.1
            let letter = second.first ?? 0, rest = Self.number(second.dropFirst())
            if letter == UInt8(ascii: "Q"), let q = rest, (1...4).contains(q),
                let s = CalendarDate(year: y, month: q * 3 - 2, day: 1)
            {
                self.init(s, s.adding(months: 3).adding(days: -1), .quarter)
            } else if letter == UInt8(ascii: "W"), let w = rest, (1...53).contains(w),
                let jan4 = CalendarDate(year: y, month: 1, day: 4)
            {
                let monday = jan4.adding(days: 1 - jan4.weekday + 7 * (w - 1))
                if count > 2, parts.2.elementsEqual("WE".utf8) {
                    self.init(monday.adding(days: 5), monday.adding(days: 6), .day)
                } else {
                    self.init(monday, monday.adding(days: 6), .week)
                }
            } else if let season = Self.seasons.first(where: { second.elementsEqual($0.code.utf8) }),
                let s = CalendarDate(year: y, month: season.month, day: 1)
            {
                self.init(s, s.adding(months: 3).adding(days: -1), .season)
            } else if let m = Self.number(second), let s = CalendarDate(year: y, month: m, day: 1) {
                if count > 2, let d = Self.number(parts.2) {
                    guard let day = CalendarDate(year: y, month: m, day: d) else { return nil }
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

    static let seasons: [(code: String, month: Int)] = [("SP", 3), ("SU", 6), ("FA", 9), ("WI", 12)]

    static func number(_ digits: Substring.UTF8View) -> Int? { digits.decimalValue(maxDigits: 9) }

    init(_ start: CalendarDate, _ end: CalendarDate, _ granularity: Granularity) {
        self.start = start
        self.end = end
        self.granularity = granularity
    }
}
