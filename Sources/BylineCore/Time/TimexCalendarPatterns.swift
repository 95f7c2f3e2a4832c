import Foundation

/// Dates written out: calendar dates, years, decades and centuries.
extension TimexMatcher {
    func monthAt(_ i: Int) -> Int? {
        let mid = lower(i).hasPrefix("mid-")
        let month = mid ? TimeLexicon.months[String(lowerString(i).dropFirst(4))] : time(i).month
        guard let m = month, isCapitalised(i) || mid else { return nil }
        // "Jan" without its period is as often a name.
        let length = lower(i).count - (mid ? 4 : 0)
        if length == 3, !lower(i).hasSuffix("may"), !lower(i).hasSuffix("."), integer(i + 1) == nil,
            year(i + 1) == nil
        {
            return nil
        }
        // "May" and "March" are also words: trust them with a number or a date word nearby.
        if lower(i) == "may" || lower(i) == "march" {
            let next = i + 1 < tokens.count ? lower(i + 1) : ""
            let previous = lower(i - 1)
            let dateLike =
                integer(i + 1) != nil
                || [
                    "in", "since", "last", "next", "this", "early", "late", "mid", "until", "of", "by", "from",
                    "through",
                ].contains(previous)
            if !dateLike || (next == "be" || next == "have") { return nil }
        }
        return m
    }

    func calendarDate(_ i: Int) -> Match? {
        let text = lowerString(i)
        // 2021-09-28
        if text.count == 10, let date = CalendarDate(iso: text), text.unicodeScalars.filter({ $0 == "-" }).count == 2 {
            return Match(end: i + 1, type: .date, value: date.isoString)
        }
        // 9/28/21 or 9/28/2021
        if let m = integer(i), lower(i + 1) == "/", let d = integer(i + 2), lower(i + 3) == "/", let y = integer(i + 4),
            (1...12).contains(m)
        {
            let fullYear = y < 100 ? (y < 50 ? 2000 + y : 1900 + y) : y
            guard let date = CalendarDate(year: fullYear, month: m, day: d) else { return nil }
            return Match(end: i + 5, type: .date, value: date.isoString)
        }
        let j = afterModifiers(i)
        // 28 Sept 2021
        if let d = integer(j), d <= 31, let m = monthAt(j + 1) {
            if let y = year(j + 2) {
                guard CalendarDate(year: y, month: m, day: d) != nil else { return nil }
                return Match(end: j + 3, type: .date, value: "\(y)-\(pad(m, 2))-\(pad(d, 2))")
            }
            return Match(end: j + 2, type: .date, value: resolveMonthDay(m, d))
        }
        guard let m = monthAt(j) else { return nil }
        var k = j + 1
        // September 28(, 2021) / Sept. 28th
        let dayToken = lowerString(k).trimmingCharacters(in: .letters)
        if let d = Int(dayToken), (1...31).contains(d), lower(k).count <= 4 {
            k += 1
            if lower(k) == ",", let y = year(k + 1) { return dated(y, m, d, end: k + 2) }
            if let y = year(k) { return dated(y, m, d, end: k + 1) }
            guard CalendarDate(year: 2000, month: m, day: d) != nil else { return nil }
            return Match(end: k, type: .date, value: resolveMonthDay(m, d))
        }
        // June last year, January this year
        if ["last", "this", "next"].contains(lower(k)), lower(k + 1) == "year", let anchor {
            let y = anchor.year + (lower(k) == "last" ? -1 : lower(k) == "next" ? 1 : 0)
            return Match(end: k + 2, type: .date, value: "\(y)-\(pad(m, 2))")
        }
        // August 2020 / August of 2020
        if let y = yearPhrase(k) { return Match(end: y.end, type: .date, value: "\(y.year)-\(pad(m, 2))") }
        if lower(k) == "of", let y = year(k + 1) { return Match(end: k + 2, type: .date, value: "\(y)-\(pad(m, 2))") }
        // A month alone: the nearest one in the sentence's direction.
        let relativeWord = lower(i - 1)
        if ["last", "next", "this", "past", "coming"].contains(relativeWord) { return nil }
        // A month naming when goods are delivered ("March shipment", "for June/July
        // delivery", "the May contract") lies ahead of the report, whatever its verbs say.
        if Self.deliveryWords.contains(lower(j + 1))
            || (lower(j + 1) == "/" && Self.deliveryWords.contains(lower(j + 3)))
        {
            let ahead = anchor.map { "\($0.year + (m < $0.month ? 1 : 0))-\(pad(m, 2))" }
            return Match(end: j + 1, type: .date, value: ahead ?? "XXXX-\(pad(m, 2))")
        }
        return Match(end: j + 1, type: .date, value: resolveMonth(m, direction: nil))
    }

    /// Nouns after a month that make it a delivery or contract month.
    static let deliveryWords: WordSet = [
        "shipment", "shipments", "delivery", "deliveries", "contract", "contracts", "futures", "position", "positions",
        "arrival", "arrivals", "loading", "loadings",
    ]

    func dated(_ y: Int, _ m: Int, _ d: Int, end: Int) -> Match? {
        guard CalendarDate(year: y, month: m, day: d) != nil else { return nil }
        return Match(end: end, type: .date, value: "\(y)-\(pad(m, 2))-\(pad(d, 2))")
    }

    func yearExpression(_ i: Int) -> Match? {
        var j = afterModifiers(i)
        // "fiscal 1998" and "FY 1998" are written as the plain year, as TimeBank does.
        if lower(j) == "fiscal" {
            j += 1
            if lower(j) == "year" { j += 1 }
        } else if lower(j) == "fy" {
            j += 1
        }
        // "FY2024"
        if lower(j).count == 6, let y = Self.fiscalYear(lowerString(j)) {
            return Match(end: j + 1, type: .date, value: String(y))
        }
        if let y = year(j) {
            let previous = lower(j - 1)
            if previous == "$" || previous == "#" || lower(j + 1) == "%" || lower(j + 1) == "percent" { return nil }
            if y < 1900,
                !["in", "since", "of", "year", "until", "by", "from", "before", "after", "early", "late", "mid"]
                    .contains(previous)
            {
                return nil
            }
            return Match(end: j + 1, type: .date, value: String(y))
        }
        // "the year two thousand"
        if lower(j) == "the", lower(j + 1) == "year", let y = yearPhrase(j + 2) {
            return Match(end: y.end, type: .date, value: String(y.year))
        }
        if let y = yearPhrase(j) { return Match(end: y.end, type: .date, value: String(y.year)) }
        // the 1990s, the '90s, mid-1990s
        if lower(j) == "the" { j += 1 }
        let word = lowerString(j)
        var digits = word
        if digits.hasPrefix("mid-") { digits.removeFirst(4) }
        if word.hasPrefix("mid-"), digits.count == 4, let y = Int(digits), (1000...2099).contains(y) {
            return Match(end: j + 1, type: .date, value: String(y))
        }
        if digits.hasSuffix("s"), digits.count == 5, let decade = Int(digits.dropLast()), decade % 10 == 0,
            (1000...2090).contains(decade)
        {
            return Match(end: j + 1, type: .date, value: String(decade / 10))
        }
        if word == "'" || word == "’", lower(j + 1).count == 3, lower(j + 1).hasSuffix("s"),
            let short = Int(lowerString(j + 1).dropLast()), short % 10 == 0
        {
            let century = short >= 30 ? 19 : 20
            return Match(end: j + 2, type: .date, value: "\(century)\(short / 10)")
        }
        // "the sixties", "the late eighties": decades in words are the twentieth century's.
        if lower(j - 1) == "the" || TimeLexicon.periodModifiers.contains(lower(j - 1)),
            let decade = TimeLexicon.decadeWords[word], lower(j + 1) != "degrees"
        {
            return Match(end: j + 1, type: .date, value: String(decade))
        }
        // the 20th century, this century
        if lower(j + 1) == "century" || lower(j + 1) == "centuries" {
            let ordinal = lowerString(j).trimmingCharacters(in: .letters)
            if let n = Int(ordinal) { return Match(end: j + 2, type: .date, value: pad(n - 1, 2)) }
            if lower(j) == "this", let anchor {
                return Match(end: j + 2, type: .date, value: pad(anchor.year / 100, 2))
            }
        }
        return nil
    }

    /// The year of "fy2024" (lower-cased), written as one word.
    static func fiscalYear(_ word: String) -> Int? {
        guard word.utf8.count == 6, word.hasPrefix("fy"), let y = Int(word.dropFirst(2)), (1900...2099).contains(y)
        else { return nil }
        return y
    }

    /// A range of years, "1957-58", "2009-2010" or "2009–10": two years, each its own
    /// expression for the timeline, the second written in full or by its last two digits.
    func yearRange(_ i: Int) -> Match? {
        var j = afterModifiers(i)
        if lower(j) == "fiscal" { j += 1 }
        let parts = hyphenParts(j)
        if parts.count == 2, parts[0].utf8.count == 4, let first = Int(parts[0]), (1000...2099).contains(first),
            let second = Self.secondYear(parts[1], after: first)
        {
            let dash = tokens[j].span.start + 4
            let next = Match.Second(firstEnd: dash, start: dash + 1, value: String(second))
            return Match(end: j + 1, type: .date, value: String(first), second: next)
        }
        guard let first = year(j), TimeLexicon.rangeDashes.contains(lower(j + 1)), j + 2 < tokens.count,
            let second = Self.secondYear(lowerString(j + 2), after: first)
        else { return nil }
        let next = Match.Second(firstEnd: tokens[j].span.end, start: tokens[j + 2].span.start, value: String(second))
        return Match(end: j + 3, type: .date, value: String(first), second: next)
    }

    /// The year that ends a range from `first`: four digits within a century after it, or
    /// two that follow it ("58" after 1957, "00" after 1999). Not a month: "2021-09" is no range.
    static func secondYear(_ digits: String, after first: Int) -> Int? {
        guard digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let n = Int(digits) else { return nil }
        switch digits.utf8.count {
        case 4: return n > first && n - first <= 100 ? n : nil
        case 2:
            let sameCentury = first / 100 * 100 + n
            if sameCentury > first { return sameCentury }
            return sameCentury + 100 == first + 1 ? first + 1 : nil
        default: return nil
        }
    }
}
