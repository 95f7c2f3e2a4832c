import Foundation

/// Quarters, sets, seasons and named days.
extension TimexMatcher {
    func quarter(_ i: Int) -> Match? {
        var j = i
        if lower(j) == "the" { j += 1 }
        // "the 1988 quarter", "the 1989 period": in a report, that year's reporting quarter.
        if j > i, let y = year(j), ["quarter", "period"].contains(lower(j + 1)) {
            guard let anchor else { return Match(end: j + 2, type: .date, value: String(y)) }
            return Match(end: j + 2, type: .date, value: "\(y)-Q\(((anchor.month - 1) / 3 + 3) % 4 + 1)")
        }
        // "the fiscal first quarter", "fiscal second-quarter", "the fiscal-first quarter".
        if lower(j) == "fiscal" {
            j += 1
        } else if lower(j + 1) == "quarter", case let parts = hyphenParts(j), parts.count == 2, parts[0] == "fiscal",
            let n = TimeLexicon.ordinals[parts[1]]
        {
            return quarterOf(n, end: j + 2)
        }
        // "the 1988 second quarter", "next year's first quarter": the year says which.
        if let owner = year(j).map({ (year: $0, end: j + 1) }) ?? possessiveYear(j), lower(owner.end) != "the",
            let match = quarter(owner.end), match.value.count == 7, let q = match.value.last
        {
            return Match(end: match.end, type: .date, value: "\(owner.year)-Q\(q)")
        }
        var ordinal: Int?
        var k = j
        if let n = time(j).ordinal, lower(j + 1) == "quarter" || lower(j + 1) == "fiscal" && lower(j + 2) == "quarter" {
            ordinal = n
            k = lower(j + 1) == "fiscal" ? j + 3 : j + 2
        } else if lower(j).hasSuffix("-quarter"), let n = TimeLexicon.ordinals[String(lowerString(j).dropLast(8))] {
            ordinal = n
            k = j + 1
        }
        guard let q = ordinal else { return nil }
        return quarterOf(q, end: k)
    }

    /// Quarter `q` ending before token `k`, of the year after it ("of 1990", "1990") or else
    /// of the article's year: the last such quarter, unless the sentence speaks of the future.
    private func quarterOf(_ q: Int, end k: Int) -> Match {
        if lower(k) == "of", let y = year(k + 1) { return Match(end: k + 2, type: .date, value: "\(y)-Q\(q)") }
        if let y = year(k) { return Match(end: k + 1, type: .date, value: "\(y)-Q\(q)") }
        guard let anchor else { return Match(end: k, type: .date, value: "XXXX-Q\(q)") }
        let current = (anchor.month - 1) / 3 + 1
        let y = tense != .future && q > current ? anchor.year - 1 : anchor.year
        return Match(end: k, type: .date, value: "\(y)-Q\(q)")
    }

    /// "1988's", "next year's", "this year's": a year that owns the next period, and the
    /// token after the "'s".
    func possessiveYear(_ j: Int) -> (year: Int, end: Int)? {
        if let y = year(j), ["'s", "’s"].contains(lower(j + 1)) { return (y, j + 2) }
        guard let anchor, lower(j + 1) == "year", ["'s", "’s"].contains(lower(j + 2)) else { return nil }
        switch lower(j) {
        case "this", "current": return (anchor.year, j + 3)
        case "next": return (anchor.year + 1, j + 3)
        case "last", "previous": return (anchor.year - 1, j + 3)
        default: return nil
        }
    }

    /// Sets: "daily", "every Tuesday", "each July", "every other week", "every spring",
    /// "every morning", "weekends", and rates ("twice a month", "three times a year").
    func set(_ i: Int) -> Match? {
        let word = lower(i)
        if let value = time(i).frequency {
            // "to rise 8.5% annually" is a growth rate, not something that recurs.
            if lower(i - 1) == "%" || lower(i - 1) == "percent" { return nil }
            return Match(end: i + 1, type: .set, value: value)
        }
        if word == "weekends" { return Match(end: i + 1, type: .set, value: "XXXX-WXX-WE") }
        if let rate = rate(i) { return rate }
        guard word == "every" || word == "each" else { return nil }
        var j = i + 1
        // "every other week" is every second one.
        let step = lower(j) == "other" ? 2 : 1
        if step == 2 { j += 1 }
        if let d = time(j).weekday {
            if let part = time(j + 1).partOfDay { return Match(end: j + 2, type: .set, value: "XXXX-WXX-\(d)T\(part)") }
            return Match(end: j + 1, type: .set, value: "XXXX-WXX-\(d)")
        }
        if let unit = time(j).unit { return Match(end: j + 1, type: .set, value: unit.duration(String(step))) }
        if let m = time(j).month, isCapitalised(j) { return Match(end: j + 1, type: .set, value: "XXXX-\(pad(m, 2))") }
        if let s = time(j).season { return Match(end: j + 1, type: .set, value: "XXXX-\(s)") }
        if let part = time(j).partOfDay { return Match(end: j + 1, type: .set, value: "XXXX-XX-XXT\(part)") }
        if lower(j) == "weekend" { return Match(end: j + 1, type: .set, value: "XXXX-WXX-WE") }
        // "every two weeks", "every few years".
        if let n = count(j), let unit = time(j + 1).unit {
            return Match(end: j + 2, type: .set, value: unit.duration(n.vague ? "X" : String(n.value)))
        }
        return nil
    }

    /// A number of times per unit: "once a week", "twice a month", "three times a year",
    /// "twice daily". TIMEX3 writes the period; how many times is its frequency.
    func rate(_ i: Int) -> Match? {
        var j = i + 1
        if !TimeLexicon.multiplicatives.contains(lower(i)) {
            guard lower(j) == "times", lower(i) != "a", let n = count(i), !n.vague else { return nil }
            j += 1
        }
        if let value = time(j).frequency { return Match(end: j + 1, type: .set, value: value) }
        guard TimeLexicon.rateArticles.contains(lower(j)), let unit = time(j + 1).unit,
            !lowerString(j + 1).hasSuffix("s")
        else { return nil }
        return Match(end: j + 2, type: .set, value: unit.duration("1"))
    }

    func season(_ i: Int) -> Match? {
        var j = i
        if lower(j) == "the" { j += 1 }
        let modified = TimeLexicon.periodModifiers.contains(lower(j))
        if modified { j += 1 }
        guard let s = time(j).season else { return nil }
        if lower(j + 1) == "of", let y = yearPhrase(j + 2) {
            return Match(end: y.end, type: .date, value: "\(y.year)-\(s)")
        }
        if let y = year(j + 1) { return Match(end: j + 2, type: .date, value: "\(y)-\(s)") }
        // "fall" and "spring" are verbs too: only after "the", "in" or a modifier.
        guard lower(i) == "the" || modified || TimeLexicon.seasonLeaders.contains(lower(i - 1))
        else { return nil }
        guard let anchor else { return Match(end: j + 1, type: .date, value: "XXXX-\(s)") }
        return Match(end: j + 1, type: .date, value: "\(anchor.year)-\(s)")
    }

    func holiday(_ i: Int) -> Match? {
        guard isCapitalised(i) else { return nil }
        // The first word as written, plural ("Christmases") or possessive ("Valentine's").
        let first = lowerString(i)
        let entries =
            Holidays.byFirstWord[first] ?? Holidays.byFirstWord[String(first.dropLast())]
            ?? (first.hasSuffix("'s") || first.hasSuffix("’s") ? Holidays.byFirstWord[String(first.dropLast(2))] : nil)
        for (words, rule) in entries ?? [] {
            var j = i
            var matched = true
            for word in words {
                while lower(j) == "'s" || lower(j) == "’s" || lower(j) == "'" { j += 1 }
                let token = lowerString(j)
                if token != word && token != word + "s" && !(token.hasSuffix("'s") && String(token.dropLast(2)) == word)
                {
                    matched = false; break
                }
                j += 1
            }
            guard matched else { continue }
            if let y = year(j) ?? (lower(j) == "," ? year(j + 1) : nil), let date = Holidays.date(rule, year: y) {
                return Match(end: year(j) != nil ? j + 1 : j + 2, type: .date, value: date.isoString)
            }
            guard let anchor, let thisYear = Holidays.date(rule, year: anchor.year) else {
                return Match(end: j, type: .date, value: "XXXX-XX-XX")
            }
            // This year's, unless the tense looks back past it or ahead past it: Christmas in a
            // November article is the coming one, unless what happened then is told in the past.
            var date = thisYear
            if tense == .past, thisYear > anchor, let previous = Holidays.date(rule, year: anchor.year - 1) {
                date = previous
            }
            if tense == .future, thisYear < anchor, let next = Holidays.date(rule, year: anchor.year + 1) {
                date = next
            }
            return Match(end: j, type: .date, value: date.isoString)
        }
        return nil
    }
}
