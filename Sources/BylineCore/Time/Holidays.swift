/// Named days: fixed and movable holidays and observances. A table, easy to extend.
enum Holidays {
    enum Rule {
        /// The same day every year.
        case fixed(month: Int, day: Int)
        /// The n-th weekday of a month (n = -1 for the last), moved by some days (Black
        /// Friday is the day after the fourth Thursday of November).
        case nthWeekday(month: Int, weekday: Int, n: Int, days: Int = 0)
        /// Easter Sunday plus some days.
        case easter(offset: Int)
        /// US Election Day: the Tuesday after the first Monday of November.
        case electionDay
    }

    /// Lower-cased names (without "'s") and their rules.
    /// The table's entries by their first word, so a capitalised word that opens no
    /// holiday costs one lookup.
    static let byFirstWord: [String: [(words: [String], rule: Rule)]] = Dictionary(grouping: table) { $0.words[0] }

    static let table: [(words: [String], rule: Rule)] = [
        (["christmas", "day"], .fixed(month: 12, day: 25)),
        (["christmas", "eve"], .fixed(month: 12, day: 24)),
        (["christmas"], .fixed(month: 12, day: 25)),
        (["new", "year", "day"], .fixed(month: 1, day: 1)),
        (["new", "year", "eve"], .fixed(month: 12, day: 31)),
        (["valentine", "day"], .fixed(month: 2, day: 14)),
        (["st.", "patrick", "day"], .fixed(month: 3, day: 17)),
        (["independence", "day"], .fixed(month: 7, day: 4)),
        (["halloween"], .fixed(month: 10, day: 31)),
        (["veterans", "day"], .fixed(month: 11, day: 11)),
        (["national", "son", "day"], .fixed(month: 9, day: 28)),
        (["national", "daughter", "day"], .fixed(month: 9, day: 25)),
        (["boxing", "day"], .fixed(month: 12, day: 26)),
        (["bastille", "day"], .fixed(month: 7, day: 14)),
        (["juneteenth"], .fixed(month: 6, day: 19)),
        (["black", "friday"], .nthWeekday(month: 11, weekday: 4, n: 4, days: 1)),
        (["cyber", "monday"], .nthWeekday(month: 11, weekday: 4, n: 4, days: 4)),
        (["thanksgiving", "day"], .nthWeekday(month: 11, weekday: 4, n: 4)),
        (["thanksgiving"], .nthWeekday(month: 11, weekday: 4, n: 4)),
        (["memorial", "day"], .nthWeekday(month: 5, weekday: 1, n: -1)),
        (["labor", "day"], .nthWeekday(month: 9, weekday: 1, n: 1)),
        (["martin", "luther", "king", "day"], .nthWeekday(month: 1, weekday: 1, n: 3)),
        (["presidents", "day"], .nthWeekday(month: 2, weekday: 1, n: 3)),
        (["mother", "day"], .nthWeekday(month: 5, weekday: 7, n: 2)),
        (["father", "day"], .nthWeekday(month: 6, weekday: 7, n: 3)),
        (["columbus", "day"], .nthWeekday(month: 10, weekday: 1, n: 2)),
        (["easter", "sunday"], .easter(offset: 0)),
        (["easter"], .easter(offset: 0)),
        (["good", "friday"], .easter(offset: -2)),
        (["election", "day"], .electionDay),
    ]

    static func date(_ rule: Rule, year: Int) -> CalendarDate? {
        switch rule {
        case let .fixed(month, day):
            return CalendarDate(year: year, month: month, day: day)
        case let .nthWeekday(month, weekday, n, days):
            guard let first = CalendarDate(year: year, month: month, day: 1) else { return nil }
            if n > 0 {
                let offset = (weekday - first.weekday + 7) % 7
                return first.adding(days: offset + (n - 1) * 7 + days)
            }
            let last = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))!
            return last.adding(days: -((last.weekday - weekday + 7) % 7) + days)
        case let .easter(offset):
            // Anonymous Gregorian algorithm.
            let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
            let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
            let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451
            let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
            return CalendarDate(year: year, month: month, day: day)?.adding(days: offset)
        case .electionDay:
            guard let first = CalendarDate(year: year, month: 11, day: 1) else { return nil }
            let monday = first.adding(days: (1 - first.weekday + 7) % 7)
            return monday.adding(days: 1)
        }
    }
}
