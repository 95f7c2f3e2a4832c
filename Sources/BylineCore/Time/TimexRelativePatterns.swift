import Foundation

/// Expressions relative to the article date: "last September", "this week", "today".
extension TimexMatcher {
    func relative(_ i: Int) -> Match? {
        let hasThe = lower(i) == "the"
        var j = hasThe ? i + 1 : i
        while TimeLexicon.relativeModifiers.contains(lower(j)) { j += 1 }
        let word = lower(j)
        guard TimeLexicon.relativeDeterminers.contains(word) else {
            // "the year", "the quarter": the current period.
            if hasThe, lower(i + 1) == "weekend" {
                return Match(end: i + 2, type: .date, value: weekendValue(offset: 0))
            }
            if hasThe, lower(i + 1) == "latest" || lower(i + 1) == "most", let unit = time(fiscal(i + 2)).unit {
                return Match(end: fiscal(i + 2) + 1, type: .date, value: period(unit, offset: 0))
            }
            let k = fiscal(i + 1)
            if hasThe, let unit = time(k).unit, TimeLexicon.currentPeriods.contains(lower(k)),
                !TimeLexicon.periodQualifiers.contains(lower(k + 1))
            {
                return Match(end: k + 1, type: .date, value: period(unit, offset: 0))
            }
            return nil
        }
        let target = fiscal(j + 1)
        let offset: Int
        switch word {
        case "last", "past", "previous": offset = -1
        case "next", "coming", "following": offset = 1
        default: offset = 0
        }
        // "the past three years", "the next two weeks": a duration.
        if (word == "past" || word == "last" || word == "next" || word == "coming" || word == "previous"),
            let amount = count(target),
            !amount.vague, let unit = time(target + 1).unit, integer(target) != nil || time(target).number != nil
        {
            return Match(end: target + 2, type: .duration, value: unit.duration(String(amount.value)))
        }
        // "the coming months": an open stretch ahead, not next month.
        if word == "coming", time(target).unit != nil, lower(target).hasSuffix("s") {
            return Match(end: target + 1, type: .date, value: "FUTURE_REF")
        }
        // "the past few weeks", "the next several days".
        if ["past", "last", "next", "coming"].contains(word), ["few", "several", "many"].contains(lower(target)),
            let unit = time(target + 1).unit
        {
            return Match(end: target + 2, type: .duration, value: unit.duration("X"))
        }
        if let match = anaphoric(word, hasThe: hasThe, target: target) { return match }
        if let unit = time(target).unit {
            // ABC's "This Week": a capitalised unit inside a sentence names a programme.
            if i > 0, isCapitalised(target) { return nil }
            // "the past year" is a stretch of time; "last year" a date.
            if hasThe && (word == "past" || word == "last") {
                return Match(end: target + 1, type: .duration, value: unit.duration("1"))
            }
            if word == "that" || word == "same" { return nil }
            if unit == .decade || unit == .century {
                return Match(end: target + 1, type: .duration, value: unit.duration("1"))
            }
            return Match(end: target + 1, type: .date, value: period(unit, offset: offset))
        }
        if word == "that" || word == "same" { return nil }
        if let m = time(target).month, isCapitalised(target) {
            if offset == 0, let anchor {
                return Match(end: target + 1, type: .date, value: "\(anchor.year)-\(pad(m, 2))")
            }
            return Match(end: target + 1, type: .date, value: resolveMonth(m, direction: offset == 0 ? nil : offset))
        }
        if let d = time(target).weekday {
            var end = target + 1
            var value = resolveWeekday(d, direction: offset == 0 ? nil : offset)
            if let part = time(end).partOfDay {
                value += "T" + part; end += 1; return Match(end: end, type: .time, value: value)
            }
            return Match(end: end, type: .date, value: value)
        }
        if let s = time(target).season {
            guard let anchor else { return Match(end: target + 1, type: .date, value: "XXXX-\(s)") }
            var y = anchor.year + (offset == 0 ? 0 : offset)
            if offset == -1, s == "WI", anchor.month <= 3 { y = anchor.year - 1 }
            return Match(end: target + 1, type: .date, value: "\(y)-\(s)")
        }
        if lower(target) == "weekend" {
            return Match(end: target + 1, type: .date, value: weekendValue(offset: offset))
        }
        if let part = time(target).partOfDay, word == "this" || word == "last" {
            let day = word == "last" && part == "NI" ? anchor?.adding(days: -1) : anchor
            return Match(end: target + 1, type: .time, value: (day?.isoString ?? "XXXX-XX-XX") + "T" + part)
        }
        return nil
    }

    /// "That day", "later that year", "the following month", "the next morning", "the previous
    /// Friday": counted from the last date the text named, at a granularity it has.
    func anaphoric(_ word: Word, hasThe: Bool, target: Int) -> Match? {
        let offset: Int
        switch word {
        case "that", "same": offset = 0
        case "following": offset = 1
        case "previous": offset = -1
        case "next" where hasThe: offset = 1
        default: return nil
        }
        guard let reference else { return nil }
        let day = reference.start
        if let d = time(target).weekday, offset != 0, reference.granularity >= .day {
            let delta = (d - day.weekday + 7) % 7
            let date =
                offset > 0 ? day.adding(days: delta == 0 ? 7 : delta) : day.adding(days: delta == 0 ? -7 : delta - 7)
            return Match(end: target + 1, type: .date, value: date.isoString)
        }
        if let part = time(target).partOfDay, reference.granularity >= .day {
            return Match(end: target + 1, type: .time, value: day.adding(days: offset).isoString + "T" + part)
        }
        guard let unit = time(target).unit, !lower(target).hasSuffix("s") else { return nil }
        let needed: Granularity
        switch unit {
        case .year: needed = .year
        case .month: needed = .month
        case .day: needed = .day
        default: return nil
        }
        guard reference.granularity >= needed else { return nil }
        return Match(end: target + 1, type: .date, value: period(unit, offset: offset, from: day))
    }

    /// The token after "fiscal" when token `k` is "fiscal" before a year ("the fiscal year",
    /// "last fiscal year"): a company's year, written as the calendar year it mostly is, as
    /// TimeBank writes "fiscal 1989".
    func fiscal(_ k: Int) -> Int { lower(k) == "fiscal" && lower(k + 1) == "year" ? k + 1 : k }

    /// "The year-earlier quarter", "year-ago results", "the year-ago third quarter":
    /// financial news compares a period with the same one a year before: the quarter
    /// named, else the reporting quarter (the one just closed), unless the sentence speaks
    /// of a longer period ("nine months", "fiscal year").
    func yearEarlier(_ i: Int) -> Match? {
        var j = i
        let article = lower(j) == "the"
        if article { j += 1 }
        guard ["year-earlier", "year-ago"].contains(lower(j)) else { return nil }
        var end = j + 1
        var named: Int?
        if let n = time(end).ordinal, n <= 4, lower(end + 1) == "quarter" {
            named = n
            end += 2
        } else if ["quarter", "period"].contains(lower(end)) {
            end += 1
        } else if article {
            return nil
        }
        guard let anchor else { return Match(end: end, type: .date, value: "PAST_REF") }
        let longer = tokens.indices.contains { k in
            (lower(k) == "months" && ["six", "nine"].contains(lower(k - 1)))
                || (lower(k) == "year" && ["fiscal", "full"].contains(lower(k - 1)))
        }
        if longer && named == nil { return Match(end: end, type: .date, value: String(anchor.year - 1)) }
        if let named { return Match(end: end, type: .date, value: "\(anchor.year - 1)-Q\(named)") }
        let q = (anchor.month - 1) / 3 - 1 - 4
        let y = anchor.year + Int((Double(q) / 4).rounded(.down))
        return Match(end: end, type: .date, value: "\(y)-Q\((q % 4 + 4) % 4 + 1)")
    }

    /// The calendar period `offset` units from the anchor, at that unit's granularity.
    /// `from` another date than the anchor for narrative expressions ("the following year").
    func period(_ unit: TimeLexicon.Unit, offset: Int, from base: CalendarDate? = nil) -> String {
        guard let anchor = base ?? anchor else {
            return offset < 0 ? "PAST_REF" : offset > 0 ? "FUTURE_REF" : "PRESENT_REF"
        }
        switch unit {
        case .year: return String(anchor.year + offset)
        case .month: let d = anchor.adding(months: offset); return "\(d.year)-\(pad(d.month, 2))"
        case .quarter:
            // "The quarter" in a past-tense report is the one just closed.
            let q = (anchor.month - 1) / 3 + offset - (offset == 0 && tense != .future ? 1 : 0)
            let y = anchor.year + Int((Double(q) / 4).rounded(.down))
            return "\(y)-Q\((q % 4 + 4) % 4 + 1)"
        case .week: return weekValue(offset: offset)
        case .day: return anchor.adding(days: offset).isoString
        case .decade: return String((anchor.year / 10 + offset))
        case .century: return String(anchor.year / 100 + offset)
        default: return anchor.isoString
        }
    }

    /// The weekend meant: the coming one in a forward-looking sentence, else the last one.
    func weekendValue(offset: Int) -> String {
        guard let anchor else { return "XXXX-WXX-WE" }
        let saturdayDelta = 6 - anchor.weekday
        var saturday = anchor.adding(days: saturdayDelta)
        if offset == 0, tense != .future, anchor.weekday < 6 { saturday = saturday.adding(days: -7) }
        let week = saturday.adding(days: 7 * offset).isoWeek
        return "\(week.year)-W\(pad(week.week, 2))-WE"
    }

    func weekValue(offset: Int) -> String {
        guard let anchor else { return "XXXX-WXX" }
        let week = anchor.adding(days: 7 * offset).isoWeek
        return "\(week.year)-W\(pad(week.week, 2))"
    }

    func deictic(_ i: Int) -> Match? {
        if ["late", "early", "earlier", "later", "more"].contains(lower(i)),
            ["yesterday", "today", "tomorrow", "tonight", "recently"].contains(lower(i + 1)), let m = deictic(i + 1)
        {
            return m
        }
        let word = lower(i)
        // "USA Today", "VOA Today": a capital after a capitalised word makes a name.
        if isCapitalised(i), i > 0, isCapitalised(i - 1), tokens[i - 1].isWord, !tokens[i - 1].lower.hasSuffix(".") {
            return nil
        }
        switch word {
        case "today": return Match(end: i + 1, type: .date, value: anchor?.isoString ?? "PRESENT_REF")
        case "yesterday", "tomorrow":
            let day = anchor?.adding(days: word == "yesterday" ? -1 : 1)
            if let part = time(i + 1).partOfDay {
                return Match(end: i + 2, type: .time, value: (day?.isoString ?? "XXXX-XX-XX") + "T" + part)
            }
            return Match(
                end: i + 1, type: .date, value: day?.isoString ?? (word == "yesterday" ? "PAST_REF" : "FUTURE_REF"))
        case "tonight": return Match(end: i + 1, type: .time, value: (anchor?.isoString ?? "XXXX-XX-XX") + "TNI")
        case "now", "currently", "nowadays", "presently":
            // "Now, he says, …": opening a sentence with a comma, "now" turns the argument, not time.
            if word == "now", isCapitalised(i), lower(i + 1) == "," { return nil }
            return Match(end: i + 1, type: .date, value: "PRESENT_REF")
        case "recently", "lately": return Match(end: i + 1, type: .date, value: "PAST_REF")
        case "current": return Match(end: i + 1, type: .date, value: "PRESENT_REF")
        case "recent":
            // "recent years" is a stretch of unknown length (PXY); "the recent collapse" only
            // dates its noun, and annotators mostly leave the adjective untagged.
            guard let unit = time(i + 1).unit, lower(i + 1).hasSuffix("s") else { return nil }
            return Match(end: i + 2, type: .duration, value: unit.duration("X"))
        case "these":
            // "these days" as an adverb of the present, not "these days of crisis".
            guard lower(i + 1) == "days", i + 2 >= tokens.count || !tokens[i + 2].isWord else { return nil }
            return Match(end: i + 2, type: .date, value: "PRESENT_REF")
        case "the":
            if lower(i + 1) == "future" { return Match(end: i + 2, type: .date, value: "FUTURE_REF") }
            // "the near future", "in the short term": the time just ahead.
            if ["near", "short"].contains(lower(i + 1)), ["future", "term"].contains(lower(i + 2)) {
                return Match(end: i + 3, type: .date, value: "FUTURE_REF")
            }
            // "in the past," "than they have in the past": the time before now; "the past
            // president" is an adjective, and "the past year" another pattern's.
            if lower(i + 1) == "past",
                i + 2 >= tokens.count || !tokens[i + 2].isWord
                    || (lower(i - 1) == "in" && tokens[i + 2].time == 0
                        && !tokens[i + 2].flags.contains(.startsWithDigit))
            {
                return Match(end: i + 2, type: .date, value: "PAST_REF")
            }
            if lower(i + 1) == "present", i + 2 >= tokens.count || !tokens[i + 2].isWord {
                return Match(end: i + 2, type: .date, value: "PRESENT_REF")
            }
            return nil
        case "everyday": return Match(end: i + 1, type: .set, value: "P1D")
        default: return nil
        }
    }
}
