import Foundation

/// Durations and offsets: "two years", "a year ago", "the past three days".
extension TimexMatcher {
    /// Amounts may carry a modifier that belongs to the span ("nearly forty years", "up to 180 days").
    func amount(_ i: Int) -> Match? {
        let first = lower(i), second = lower(i + 1)
        switch first {
        case "more", "less", "fewer": if second == "than" { return unmodifiedAmount(i + 2) }
        case "up": if second == "to" { return unmodifiedAmount(i + 2) }
        case "at": if second == "least" || second == "most" { return unmodifiedAmount(i + 2) }
        case "as": if second == "many" || second == "much" { return unmodifiedAmount(i + 2) }
        default: break
        }
        if lower(i) == "no", TimeLexicon.comparatives.contains(lower(i + 1)), lower(i + 2) == "than" {
            return unmodifiedAmount(i + 3)
        }
        if lower(i) == "the", TimeLexicon.stretchOpeners.contains(lower(i + 1)) {
            return amount(i + 2)
        }
        if TimeLexicon.approximators.contains(lower(i)) {
            return unmodifiedAmount(i + 1)
        }
        return unmodifiedAmount(i)
    }

    func unmodifiedAmount(_ i: Int) -> Match? {
        let word = lower(i)
        // "two-year", "30-day", "73-year-old" in one token.
        let parts = hyphenParts(i)
        if parts.count >= 2, let unit = TimeLexicon.units[parts[1]], unit != .quarter,
            let n = Int(parts[0]) ?? TimeLexicon.numbers[parts[0]]
        {
            // "73-year-old" describes a person; it is not a time expression.
            if parts.count == 3 { return nil }
            return Match(end: i + 1, type: .duration, value: unit.duration(String(n)))
        }
        var j = i
        var value: String
        var half = false
        if word == "a", lower(i + 1) == "few" || lower(i + 1) == "couple" {
            j = i + 2
            if lower(j) == "of" { j += 1 }
            value = lower(i + 1) == "couple" ? "2" : "X"
        } else if let amount = count(i) {
            if amount.vague && !TimeLexicon.vagueCounts.contains(word) { return nil }
            value = amount.vague ? "X" : String(amount.value)
            j = amount.value == 100 && lower(i + 1) == "hundred" ? i + 2 : i + 1
            // "twenty four": tens and ones as two words.
            if !amount.vague, amount.value >= 20, amount.value % 10 == 0, let ones = time(j).number, ones < 10, ones > 0
            {
                value = String(amount.value + ones)
                j += 1
            }
            // "two and a half", "2 1/2", "2½": half a unit more.
            if lower(j) == "and", lower(j + 1) == "a", lower(j + 2) == "half" {
                j += 3
                half = true
            } else if lower(j) == "1", lower(j + 1) == "/", lower(j + 2) == "2" {
                j += 3
                half = true
            } else if lower(j) == "½" {
                j += 1
                half = true
            }
        } else if time(i).unit != nil, word.hasSuffix("s"), ["before", "after"].contains(lower(i + 1)),
            lower(i - 1) == "the", position == i
        {
            // "in the weeks before the shooting", "the days after the attack": a stretch around an
            // event, the plural alone (not "the"), dated by its month: that of the last date
            // named, else the article's.
            let named = reference.flatMap { $0.granularity >= .month ? $0.start : nil }
            return Match(
                end: i + 1, type: .date,
                value: (named ?? anchor).map { "\($0.year)-\(pad($0.month, 2))" } ?? "PAST_REF")
        } else if let unit = time(i).unit, word.hasSuffix("s"),
            TimeLexicon.durationPrepositions.contains(lower(i - 1)) || lower(i + 1) == "ago"
        {
            // A bare plural: "for years", "decades ago".
            if lower(i + 1) == "ago" { return Match(end: i + 2, type: .date, value: "PAST_REF") }
            return Match(end: i + 1, type: .duration, value: unit.duration("X"))
        } else {
            return nil
        }
        // "two more weeks", "eight trading days": a word between the count and its unit.
        if TimeLexicon.countedUnitModifiers.contains(lower(j)), time(j + 1).unit != nil { j += 1 }
        // CBS's "60 Minutes": a capitalised unit names a programme.
        guard let unit = time(j).unit, !isCapitalised(j) else { return nil }
        var end = j + 1
        // "a minute and a half".
        if !half, lower(end) == "and", lower(end + 1) == "a", lower(end + 2) == "half" {
            end += 3
            half = true
        }
        if lower(end) == "ago" || lower(end) == "earlier" || lower(end) == "later" {
            let sign = lower(end) == "later" ? 1 : -1
            guard value != "X", let n = Int(value), let anchor else {
                return Match(end: end + 1, type: .date, value: sign < 0 ? "PAST_REF" : "FUTURE_REF")
            }
            return Match(end: end + 1, type: .date, value: shifted(anchor, unit: unit, by: sign * n))
        }
        if lower(end) == "old" { return nil }
        // "a year" as an amount of money per year is a rate, not a duration.
        if word == "a" || word == "an", ["per"].contains(lower(i - 1)) { return nil }
        if word == "a" || word == "an", i > 0,
            tokens[i - 1].flags.contains(.startsWithDigit) || lower(i - 1).hasSuffix("illion")
        {
            return Match(end: end, type: .set, value: unit.duration("1"))
        }
        return Match(end: end, type: .duration, value: unit.duration(value, andAHalf: half))
    }

    /// The anchor moved by whole units, written at the unit's granularity.
    func shifted(_ anchor: CalendarDate, unit: TimeLexicon.Unit, by n: Int) -> String {
        switch unit {
        case .year: return String(anchor.year + n)
        case .decade: return String(anchor.year + 10 * n)
        case .century: return String(anchor.year + 100 * n)
        case .month, .quarter:
            let d = anchor.adding(months: n * (unit == .quarter ? 3 : 1))
            return "\(d.year)-\(pad(d.month, 2))"
        case .week: return anchor.adding(days: 7 * n).isoString
        case .day: return anchor.adding(days: n).isoString
        default: return anchor.isoString
        }
    }
}
