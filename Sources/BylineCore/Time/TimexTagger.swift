import Foundation

/// Finds time expressions (TIMEX3) and resolves their values against the article date.
///
/// Recognition is a set of small patterns over word tokens, tried at each position, the
/// longest match winning; spans follow the TimeML guidelines (determiners and modifiers
/// such as "the", "early", "last" belong to the expression, prepositions do not).
/// Values keep the granularity the text gives; relative expressions ("last September",
/// "Tuesday") are resolved against the anchor date using the sentence's tense.
public enum TimexTagger {
    public static func tag(_ document: Document, anchor: CalendarDate?) -> [Timex] {
        var timexes: [Timex] = []
        var lastQuarter: (value: String, sentence: Int)?
        for (index, tokens) in document.tokens.enumerated() {
            var matcher = TimexMatcher(tokens: tokens, anchor: anchor)
            for var timex in matcher.run() {
                // "a year ago" after "the third quarter" means that quarter a year before
                // (TimeML anchors such expressions to the previous one).
                let text = document.string(timex.span).lowercased()
                if let quarter = lastQuarter, index - quarter.sentence <= 1, timex.type == .date,
                   text.hasSuffix("year ago") || text.hasSuffix("year earlier") || text == "last year",
                   let y = Int(quarter.value.prefix(4)) {
                    timex.value = "\(y - 1)" + quarter.value.dropFirst(4)
                } else if timex.type == .date, timex.value.count == 7, timex.value.dropFirst(4).hasPrefix("-Q") {
                    lastQuarter = (timex.value, index)
                }
                timexes.append(timex)
            }
        }
        return timexes
    }
}

/// Whether a sentence talks about the past or the future, for "Tuesday" and "March".
enum Tense {
    case past, future

    static let futureMarkers: Set<String> = ["will", "'ll", "’ll", "shall", "upcoming", "scheduled", "next", "tomorrow",
                                             "plans", "won't", "won’t"]

    static let intentionMarkers: Set<String> = ["expected", "scheduled", "set", "due", "plans", "planned", "plan", "hopes", "going"]

    /// The tense around token `i`: the few words before it in its clause and just after it.
    static func around(_ i: Int, in tokens: [Token]) -> Tense {
        var j = i - 1
        while j >= 0, i - j <= 8, ![",", ";", "that", "but", "and"].contains(tokens[j].lower) {
            if futureMarkers.contains(tokens[j].lower) { return .future }
            // "is expected to begin", "plans to open": intentions point forward.
            if j + 1 < tokens.count, tokens[j + 1].lower == "to", intentionMarkers.contains(tokens[j].lower) { return .future }
            j -= 1
        }
        for k in i..<min(tokens.count, i + 4) where futureMarkers.contains(tokens[k].lower) { return .future }
        return .past
    }
}

/// The patterns, tried at one token position at a time.
struct TimexMatcher {
    let tokens: [Token]
    let anchor: CalendarDate?
    /// The tense at the position being matched.
    var tense: Tense = .past

    init(tokens: [Token], anchor: CalendarDate?) {
        self.tokens = tokens
        self.anchor = anchor
    }

    struct Match {
        var end: Int
        var type: TimexType
        var value: String
    }

    mutating func run() -> [Timex] {
        var out: [Timex] = []
        var i = 0
        while i < tokens.count {
            guard mayStart(i) else { i += 1; continue }
            tense = Tense.around(i, in: tokens)
            let candidates: [Match?] = [holiday(i), calendarDate(i), yearExpression(i), relative(i), deictic(i),
                                        weekday(i), amount(i), timeOfDay(i), quarter(i), set(i), season(i)]
            if let best = candidates.compactMap({ $0 }).max(by: { $0.end < $1.end }), best.end > i {
                var start = i
                // "the end of November": the part of the period belongs to the expression.
                if i >= 3, lower(i - 1) == "of", lower(i - 3) == "the",
                   ["end", "beginning", "middle", "start", "close"].contains(lower(i - 2)), out.last.map({ $0.span.end <= tokens[i - 3].span.start }) ?? true {
                    start = i - 3
                }
                // "on", "in" and other prepositions never belong to the span; leading "the" may.
                if start < best.end, tokens[start].lower == "the", best.end - start == 1 { start += 1 }
                out.append(Timex(span: TextSpan(tokens[start].span.start, tokens[best.end - 1].span.end),
                                 type: best.type, value: best.value))
                i = best.end
            } else {
                i += 1
            }
        }
        return out
    }

    // MARK: Token helpers

    /// A cheap test run at every token before the patterns: most words start nothing.
    func mayStart(_ i: Int) -> Bool {
        let token = tokens[i]
        guard token.isWord || token.text == "'" || token.text == "’" else { return false }
        if let first = token.text.utf8.first, first >= 48 && first <= 57 { return true }
        if token.lower.utf8.contains(45) { return true }  // "-": "two-year", "mid-1990s"
        guard token.flags.contains(.timeTrigger) || token.text == "'" || token.text == "’" else { return false }
        // Frequent words ("the", "a", "about") start an expression only before a time word.
        if token.flags.contains(.weakTimeTrigger) || token.text == "'" || token.text == "’" {
            for j in (i + 1)..<min(tokens.count, i + 4) {
                let next = tokens[j]
                if let first = next.text.utf8.first, first >= 48 && first <= 57 { return true }
                if next.flags.contains(.timeTrigger) && !next.flags.contains(.weakTimeTrigger) { return true }
            }
            return false
        }
        return true
    }

    func lower(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].lower : "" }
    func isCapitalised(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].isCapitalised }

    func integer(_ i: Int) -> Int? {
        guard i >= 0, i < tokens.count else { return nil }
        let text = tokens[i].text
        guard !text.isEmpty, text.count <= 6, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) else { return nil }
        return Int(text)
    }

    /// A year written as four digits (or an apostrophe and two: '98).
    func year(_ i: Int) -> Int? {
        guard let n = integer(i), tokens[i].text.count == 4, (1000...2099).contains(n) else { return nil }
        return n
    }

    /// A count: digits, number words ("twenty-five"), or "a"/"an".
    func count(_ i: Int) -> (value: Int, vague: Bool)? {
        guard i >= 0, i < tokens.count else { return nil }
        if let n = integer(i), tokens[i].text.count < 4 || n < 1000 { return (n, false) }
        let word = lower(i)
        if (word == "a" || word == "one"), lower(i + 1) == "hundred" { return (100, false) }
        if let n = TimeLexicon.numbers[word] { return (n, false) }
        let parts = word.split(separator: "-")
        if parts.count == 2, let tens = TimeLexicon.numbers[String(parts[0])], let ones = TimeLexicon.numbers[String(parts[1])], tens >= 20, ones < 10 {
            return (tens + ones, false)
        }
        if TimeLexicon.vagueAmounts.contains(word) { return (0, true) }
        return nil
    }

    /// Skips "early", "late", "mid" and "the" before an expression.
    func afterModifiers(_ i: Int) -> Int {
        var j = i
        if lower(j) == "the", ["early", "late", "mid"].contains(lower(j + 1)) { j += 1 }
        while j < tokens.count, ["early", "late", "mid", "mid-"].contains(lower(j)) { j += 1 }
        return j
    }

    // MARK: Calendar dates

    func monthAt(_ i: Int) -> Int? {
        let word = lower(i).hasPrefix("mid-") ? String(lower(i).dropFirst(4)) : lower(i)
        guard let m = TimeLexicon.months[word], isCapitalised(i) || lower(i).hasPrefix("mid-") else { return nil }
        // "Jan" without its period is as often a name.
        if word.count == 3, !word.hasSuffix("."), integer(i + 1) == nil, year(i + 1) == nil { return nil }
        // "May" and "March" are also words: trust them with a number or a date word nearby.
        if lower(i) == "may" || lower(i) == "march" {
            let next = i + 1 < tokens.count ? lower(i + 1) : ""
            let previous = lower(i - 1)
            let dateLike = integer(i + 1) != nil || ["in", "since", "last", "next", "this", "early", "late", "mid", "until", "of", "by", "from", "through"].contains(previous)
            if !dateLike || (next == "be" || next == "have") { return nil }
        }
        return m
    }

    func calendarDate(_ i: Int) -> Match? {
        let text = i < tokens.count ? tokens[i].text : ""
        // 2021-09-28
        if text.count == 10, let date = CalendarDate(iso: text), text.unicodeScalars.filter({ $0 == "-" }).count == 2 {
            return Match(end: i + 1, type: .date, value: date.isoString)
        }
        // 9/28/21 or 9/28/2021
        if let m = integer(i), lower(i + 1) == "/", let d = integer(i + 2), lower(i + 3) == "/", let y = integer(i + 4),
           (1...12).contains(m) {
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
        let dayToken = lower(k).trimmingCharacters(in: .letters)
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
        if let y = year(k) { return Match(end: k + 1, type: .date, value: "\(y)-\(pad(m, 2))") }
        if lower(k) == "of", let y = year(k + 1) { return Match(end: k + 2, type: .date, value: "\(y)-\(pad(m, 2))") }
        // A month alone: the nearest one in the sentence's direction.
        let relativeWord = lower(i - 1)
        if ["last", "next", "this", "past", "coming"].contains(relativeWord) { return nil }
        return Match(end: j + 1, type: .date, value: resolveMonth(m, direction: nil))
    }

    func dated(_ y: Int, _ m: Int, _ d: Int, end: Int) -> Match? {
        guard CalendarDate(year: y, month: m, day: d) != nil else { return nil }
        return Match(end: end, type: .date, value: "\(y)-\(pad(m, 2))-\(pad(d, 2))")
    }

    // MARK: Years, decades, centuries

    func yearExpression(_ i: Int) -> Match? {
        var j = afterModifiers(i)
        // "fiscal 1998" is written as the plain year, as TimeBank does.
        if lower(j) == "fiscal" {
            j += 1
            if lower(j) == "year" { j += 1 }
        }
        if let y = year(j) {
            let previous = lower(j - 1)
            if previous == "$" || previous == "#" || lower(j + 1) == "%" || lower(j + 1) == "percent" { return nil }
            if y < 1900, !["in", "since", "of", "year", "until", "by", "from", "before", "after", "early", "late", "mid"].contains(previous) { return nil }
            return Match(end: j + 1, type: .date, value: String(y))
        }
        // the 1990s, the '90s, mid-1990s
        if lower(j) == "the" { j += 1 }
        let word = lower(j)
        var digits = word
        if digits.hasPrefix("mid-") { digits.removeFirst(4) }
        if digits.hasSuffix("s"), digits.count == 5, let decade = Int(digits.dropLast()), decade % 10 == 0, (1000...2090).contains(decade) {
            return Match(end: j + 1, type: .date, value: String(decade / 10))
        }
        if word == "'" || word == "’", lower(j + 1).count == 3, lower(j + 1).hasSuffix("s"), let short = Int(lower(j + 1).dropLast()), short % 10 == 0 {
            let century = short >= 30 ? 19 : 20
            return Match(end: j + 2, type: .date, value: "\(century)\(short / 10)")
        }
        // the 20th century, this century
        if lower(j + 1) == "century" || lower(j + 1) == "centuries" {
            let ordinal = lower(j).trimmingCharacters(in: .letters)
            if let n = Int(ordinal) { return Match(end: j + 2, type: .date, value: pad(n - 1, 2)) }
            if lower(j) == "this", let anchor { return Match(end: j + 2, type: .date, value: pad(anchor.year / 100, 2)) }
        }
        return nil
    }

    // MARK: Relative expressions

    func relative(_ i: Int) -> Match? {
        let hasThe = lower(i) == "the"
        var j = hasThe ? i + 1 : i
        while ["early", "late", "mid", "earlier", "later"].contains(lower(j)) { j += 1 }
        let word = lower(j)
        guard ["last", "next", "this", "past", "coming", "previous", "current", "following", "that", "same"].contains(word) else {
            // "the year", "the quarter": the current period.
            if hasThe, lower(i + 1) == "weekend" {
                return Match(end: i + 2, type: .date, value: weekendValue(offset: 0))
            }
            if hasThe, lower(i + 1) == "latest" || lower(i + 1) == "most", let unit = TimeLexicon.units[lower(i + 2)] {
                return Match(end: i + 3, type: .date, value: period(unit, offset: 0))
            }
            if hasThe, let unit = TimeLexicon.units[lower(i + 1)], ["year", "quarter", "month", "week"].contains(lower(i + 1)),
               !["of", "'s", "’s", "ended", "ending"].contains(lower(i + 2)) {
                return Match(end: i + 2, type: .date, value: period(unit, offset: 0))
            }
            return nil
        }
        let target = j + 1
        let offset: Int
        switch word {
        case "last", "past", "previous": offset = -1
        case "next", "coming", "following": offset = 1
        default: offset = 0
        }
        // "the past three years", "the next two weeks": a duration.
        if (word == "past" || word == "last" || word == "next" || word == "coming" || word == "previous"), let amount = count(target),
           !amount.vague, let unit = TimeLexicon.units[lower(target + 1)], integer(target) != nil || TimeLexicon.numbers[lower(target)] != nil {
            return Match(end: target + 2, type: .duration, value: unit.duration(String(amount.value)))
        }
        // "the past few weeks", "the next several days".
        if ["past", "last", "next", "coming"].contains(word), ["few", "several", "many"].contains(lower(target)),
           let unit = TimeLexicon.units[lower(target + 1)] {
            return Match(end: target + 2, type: .duration, value: unit.duration("X"))
        }
        if let unit = TimeLexicon.units[lower(target)] {
            // "the past year" is a stretch of time; "last year" a date.
            if hasThe && (word == "past" || word == "last") {
                return Match(end: target + 1, type: .duration, value: unit.duration("1"))
            }
            if word == "that" || word == "same" { return nil }
            if unit == .decade || unit == .century { return Match(end: target + 1, type: .duration, value: unit.duration("1")) }
            return Match(end: target + 1, type: .date, value: period(unit, offset: offset))
        }
        if word == "that" || word == "same" { return nil }
        if let m = TimeLexicon.months[lower(target)], isCapitalised(target) {
            if offset == 0, let anchor { return Match(end: target + 1, type: .date, value: "\(anchor.year)-\(pad(m, 2))") }
            return Match(end: target + 1, type: .date, value: resolveMonth(m, direction: offset == 0 ? nil : offset))
        }
        if let d = TimeLexicon.weekdays[lower(target)] {
            var end = target + 1
            var value = resolveWeekday(d, direction: offset == 0 ? nil : offset)
            if let part = TimeLexicon.partsOfDay[lower(end)] { value += "T" + part; end += 1; return Match(end: end, type: .time, value: value) }
            return Match(end: end, type: .date, value: value)
        }
        if let s = TimeLexicon.seasons[lower(target)] {
            guard let anchor else { return Match(end: target + 1, type: .date, value: "XXXX-\(s)") }
            var y = anchor.year + (offset == 0 ? 0 : offset)
            if offset == -1, s == "WI", anchor.month <= 3 { y = anchor.year - 1 }
            return Match(end: target + 1, type: .date, value: "\(y)-\(s)")
        }
        if lower(target) == "weekend" {
            return Match(end: target + 1, type: .date, value: weekendValue(offset: offset))
        }
        if let part = TimeLexicon.partsOfDay[lower(target)], word == "this" || word == "last" {
            let day = word == "last" && part == "NI" ? anchor?.adding(days: -1) : anchor
            return Match(end: target + 1, type: .time, value: (day?.isoString ?? "XXXX-XX-XX") + "T" + part)
        }
        return nil
    }

    /// The calendar period `offset` units from the anchor, at that unit's granularity.
    func period(_ unit: TimeLexicon.Unit, offset: Int) -> String {
        guard let anchor else {
            return offset < 0 ? "PAST_REF" : offset > 0 ? "FUTURE_REF" : "PRESENT_REF"
        }
        switch unit {
        case .year: return String(anchor.year + offset)
        case .month: let d = anchor.adding(months: offset); return "\(d.year)-\(pad(d.month, 2))"
        case .quarter:
            // "The quarter" in a past-tense report is the one just closed.
            let q = (anchor.month - 1) / 3 + offset - (offset == 0 && tense == .past ? 1 : 0)
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
        if offset == 0, tense == .past, anchor.weekday < 6 { saturday = saturday.adding(days: -7) }
        let week = saturday.adding(days: 7 * offset).isoWeek
        return "\(week.year)-W\(pad(week.week, 2))-WE"
    }

    func weekValue(offset: Int) -> String {
        guard let anchor else { return "XXXX-WXX" }
        let week = anchor.adding(days: 7 * offset).isoWeek
        return "\(week.year)-W\(pad(week.week, 2))"
    }

    // MARK: Deictic words

    func deictic(_ i: Int) -> Match? {
        if ["late", "early", "earlier", "later", "more"].contains(lower(i)),
           ["yesterday", "today", "tomorrow", "tonight", "recently"].contains(lower(i + 1)), let m = deictic(i + 1) {
            return m
        }
        let word = lower(i)
        switch word {
        case "today": return Match(end: i + 1, type: .date, value: anchor?.isoString ?? "PRESENT_REF")
        case "yesterday", "tomorrow":
            let day = anchor?.adding(days: word == "yesterday" ? -1 : 1)
            if let part = TimeLexicon.partsOfDay[lower(i + 1)] {
                return Match(end: i + 2, type: .time, value: (day?.isoString ?? "XXXX-XX-XX") + "T" + part)
            }
            return Match(end: i + 1, type: .date, value: day?.isoString ?? (word == "yesterday" ? "PAST_REF" : "FUTURE_REF"))
        case "tonight": return Match(end: i + 1, type: .time, value: (anchor?.isoString ?? "XXXX-XX-XX") + "TNI")
        case "now", "currently", "nowadays", "presently": return Match(end: i + 1, type: .date, value: "PRESENT_REF")
        case "recently", "lately": return Match(end: i + 1, type: .date, value: "PAST_REF")
        case "current": return Match(end: i + 1, type: .date, value: "PRESENT_REF")
        case "recent":
            let end = TimeLexicon.units[lower(i + 1)] != nil && lower(i + 1).hasSuffix("s") ? i + 2 : i + 1
            return Match(end: end, type: .date, value: "PAST_REF")
        case "the":
            if lower(i + 1) == "future" { return Match(end: i + 2, type: .date, value: "FUTURE_REF") }
            if lower(i + 1) == "past", i + 2 >= tokens.count || !tokens[i + 2].isWord { return Match(end: i + 2, type: .date, value: "PAST_REF") }
            if lower(i + 1) == "present", i + 2 >= tokens.count || !tokens[i + 2].isWord { return Match(end: i + 2, type: .date, value: "PRESENT_REF") }
            return nil
        case "everyday": return Match(end: i + 1, type: .set, value: "P1D")
        default: return nil
        }
    }

    // MARK: Weekdays and times of day

    func weekday(_ i: Int) -> Match? {
        var j = i
        if ["early", "late", "earlier", "later"].contains(lower(j)) { j += 1 }
        // "Mondays", "Tuesday nights": every such day.
        if lower(j).hasSuffix("s"), let d = TimeLexicon.weekdays[String(lower(j).dropLast())], isCapitalised(j) {
            return Match(end: j + 1, type: .set, value: "XXXX-WXX-\(d)")
        }
        guard let d = TimeLexicon.weekdays[lower(j)], isCapitalised(j) else { return nil }
        // "Saturday, April 25": the date says which Saturday.
        if lower(j + 1) == ",", let date = calendarDate(j + 2), date.value.count == 10 {
            return Match(end: date.end, type: .date, value: date.value)
        }
        if let part = TimeLexicon.partsOfDay[String(lower(j + 1).dropLast())], lower(j + 1).hasSuffix("s") {
            return Match(end: j + 2, type: .set, value: "XXXX-WXX-\(d)T\(part)")
        }
        let value = resolveWeekday(d, direction: nil)
        if let part = TimeLexicon.partsOfDay[lower(j + 1)] {
            return Match(end: j + 2, type: .time, value: value + "T" + part)
        }
        return Match(end: j + 1, type: .date, value: value)
    }

    func timeOfDay(_ i: Int) -> Match? {
        if lower(i) == "noon" || lower(i) == "midday" { return withDay(end: i + 1, clock: "T12:00") }
        if lower(i) == "midnight" { return withDay(end: i + 1, clock: "T24:00") }
        guard let h = integer(i), h <= 24 else { return nil }
        var k = i + 1
        var minutes = 0
        if lower(k) == ":", let m = integer(k + 1), m < 60 { minutes = m; k += 2 }
        let marker = lower(k)
        var hour = h
        if ["p.m.", "pm", "p.m"].contains(marker) { if h < 12 { hour += 12 } } else if ["a.m.", "am", "a.m"].contains(marker) { if h == 12 { hour = 0 } } else if marker == "o'clock" || marker == "o’clock" {} else { return nil }
        k += 1
        if ["est", "edt", "et", "gmt", "pst", "pdt", "cst", "cdt", "utc"].contains(lower(k)) { k += 1 }
        return withDay(end: k, clock: "T\(pad(hour, 2)):\(pad(minutes, 2))")
    }

    /// "10 p.m. Wednesday", "noon yesterday": a time followed by its day.
    func withDay(end k: Int, clock: String) -> Match {
        if let d = TimeLexicon.weekdays[lower(k)], isCapitalised(k) {
            return Match(end: k + 1, type: .time, value: resolveWeekday(d, direction: nil) + clock)
        }
        if ["today", "yesterday", "tomorrow"].contains(lower(k)), let day = deictic(k), day.value.count == 10 {
            return Match(end: k + 1, type: .time, value: day.value + clock)
        }
        return Match(end: k, type: .time, value: (anchor?.isoString ?? "XXXX-XX-XX") + clock)
    }

    // MARK: Durations and offsets

    /// Amounts may carry a modifier that belongs to the span ("nearly forty years", "up to 180 days").
    func amount(_ i: Int) -> Match? {
        let two = lower(i) + " " + lower(i + 1)
        if ["more than", "less than", "fewer than", "up to", "at least", "at most", "as many", "as much"].contains(two) {
            return unmodifiedAmount(i + 2)
        }
        if lower(i) == "no", ["more", "less", "fewer"].contains(lower(i + 1)), lower(i + 2) == "than" { return unmodifiedAmount(i + 3) }
        if lower(i) == "the", ["first", "last", "past", "next", "final"].contains(lower(i + 1)) { return amount(i + 2) }
        if ["nearly", "about", "almost", "approximately", "roughly", "around", "the"].contains(lower(i)) {
            return unmodifiedAmount(i + 1)
        }
        return unmodifiedAmount(i)
    }

    func unmodifiedAmount(_ i: Int) -> Match? {
        let word = lower(i)
        // "two-year", "30-day", "73-year-old" in one token.
        let parts = word.split(separator: "-").map(String.init)
        if parts.count >= 2, let unit = TimeLexicon.units[parts[1]], unit != .quarter, let n = Int(parts[0]) ?? TimeLexicon.numbers[parts[0]] {
            // "73-year-old" describes a person; it is not a time expression.
            if parts.count == 3 { return nil }
            return Match(end: i + 1, type: .duration, value: unit.duration(String(n)))
        }
        var j = i
        var value: String
        if word == "a", lower(i + 1) == "few" || lower(i + 1) == "couple" {
            j = i + 2
            if lower(j) == "of" { j += 1 }
            value = lower(i + 1) == "couple" ? "2" : "X"
        } else if let amount = count(i) {
            if amount.vague && !["several", "few", "many", "some"].contains(word) { return nil }
            value = amount.vague ? "X" : String(amount.value)
            j = amount.value == 100 && lower(i + 1) == "hundred" ? i + 2 : i + 1
            // "twenty four": tens and ones as two words.
            if !amount.vague, amount.value >= 20, amount.value % 10 == 0, let ones = TimeLexicon.numbers[lower(j)], ones < 10, ones > 0 {
                value = String(amount.value + ones)
                j += 1
            }
            if lower(j) == "and", lower(j + 1) == "a", lower(j + 2) == "half" { j += 3 }
        } else if let unit = TimeLexicon.units[word], word.hasSuffix("s"), ["for", "in", "over", "within", "after", "about"].contains(lower(i - 1)) || lower(i + 1) == "ago" {
            // A bare plural: "for years", "decades ago".
            if lower(i + 1) == "ago" { return Match(end: i + 2, type: .date, value: "PAST_REF") }
            return Match(end: i + 1, type: .duration, value: unit.duration("X"))
        } else {
            return nil
        }
        guard let unit = TimeLexicon.units[lower(j)] else { return nil }
        let end = j + 1
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
        if word == "a" || word == "an", i > 0, tokens[i - 1].text.first?.isNumber == true || lower(i - 1).hasSuffix("illion") {
            return Match(end: end, type: .set, value: unit.duration("1"))
        }
        return Match(end: end, type: .duration, value: unit.duration(value))
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

    // MARK: Quarters, sets, seasons, holidays

    func quarter(_ i: Int) -> Match? {
        var j = i
        if lower(j) == "the" { j += 1 }
        var ordinal: Int?
        var k = j
        if let n = TimeLexicon.ordinals[lower(j)], lower(j + 1) == "quarter" || lower(j + 1) == "fiscal" && lower(j + 2) == "quarter" {
            ordinal = n
            k = lower(j + 1) == "fiscal" ? j + 3 : j + 2
        } else if lower(j).hasSuffix("-quarter"), let n = TimeLexicon.ordinals[String(lower(j).dropLast(8))] {
            ordinal = n
            k = j + 1
        }
        guard let q = ordinal else { return nil }
        if lower(k) == "of", let y = year(k + 1) { return Match(end: k + 2, type: .date, value: "\(y)-Q\(q)") }
        if let y = year(k) { return Match(end: k + 1, type: .date, value: "\(y)-Q\(q)") }
        guard let anchor else { return Match(end: k, type: .date, value: "XXXX-Q\(q)") }
        let current = (anchor.month - 1) / 3 + 1
        let y = tense == .past && q > current ? anchor.year - 1 : anchor.year
        return Match(end: k, type: .date, value: "\(y)-Q\(q)")
    }

    func set(_ i: Int) -> Match? {
        let word = lower(i)
        // "quarterly" and "annually" mostly qualify amounts ("quarterly dividend"), not times.
        let simple: [String: String] = ["daily": "P1D", "weekly": "P1W", "monthly": "P1M", "nightly": "P1D", "hourly": "PT1H"]
        if let value = simple[word] {
            return Match(end: i + 1, type: .set, value: value)
        }
        guard word == "every" || word == "each" else { return nil }
        var j = i + 1
        if lower(j) == "other" { j += 1 }
        if let d = TimeLexicon.weekdays[lower(j)] {
            if let part = TimeLexicon.partsOfDay[lower(j + 1)] { return Match(end: j + 2, type: .set, value: "XXXX-WXX-\(d)T\(part)") }
            return Match(end: j + 1, type: .set, value: "XXXX-WXX-\(d)")
        }
        if let unit = TimeLexicon.units[lower(j)] { return Match(end: j + 1, type: .set, value: unit.duration("1")) }
        if let m = TimeLexicon.months[lower(j)], isCapitalised(j) { return Match(end: j + 1, type: .set, value: "XXXX-\(pad(m, 2))") }
        if let n = count(j), !n.vague, let unit = TimeLexicon.units[lower(j + 1)] {
            return Match(end: j + 2, type: .set, value: unit.duration(String(n.value)))
        }
        return nil
    }

    func season(_ i: Int) -> Match? {
        var j = i
        if lower(j) == "the" { j += 1 }
        let modified = ["early", "late", "mid"].contains(lower(j))
        if modified { j += 1 }
        guard let s = TimeLexicon.seasons[lower(j)] else { return nil }
        if lower(j + 1) == "of", let y = year(j + 2) { return Match(end: j + 3, type: .date, value: "\(y)-\(s)") }
        if let y = year(j + 1) { return Match(end: j + 2, type: .date, value: "\(y)-\(s)") }
        // "fall" and "spring" are verbs too: only after "the", "in" or a modifier.
        guard lower(i) == "the" || modified || ["in", "during", "this", "by", "until", "since"].contains(lower(i - 1)) else { return nil }
        guard let anchor else { return Match(end: j + 1, type: .date, value: "XXXX-\(s)") }
        return Match(end: j + 1, type: .date, value: "\(anchor.year)-\(s)")
    }

    func holiday(_ i: Int) -> Match? {
        guard isCapitalised(i) else { return nil }
        for (words, rule) in Holidays.table {
            var j = i
            var matched = true
            for word in words {
                while lower(j) == "'s" || lower(j) == "’s" || lower(j) == "'" { j += 1 }
                let token = lower(j)
                if token != word && token != word + "s" && !(token.hasSuffix("'s") && String(token.dropLast(2)) == word) { matched = false; break }
                j += 1
            }
            guard matched else { continue }
            if let y = year(j) ?? (lower(j) == "," ? year(j + 1) : nil), let date = Holidays.date(rule, year: y) {
                return Match(end: year(j) != nil ? j + 1 : j + 2, type: .date, value: date.isoString)
            }
            guard let anchor, let thisYear = Holidays.date(rule, year: anchor.year) else {
                return Match(end: j, type: .date, value: "XXXX-XX-XX")
            }
            var date = thisYear
            if tense == .past, thisYear > anchor, let previous = Holidays.date(rule, year: anchor.year - 1) { date = previous }
            if tense == .future, thisYear < anchor, let next = Holidays.date(rule, year: anchor.year + 1) { date = next }
            return Match(end: j, type: .date, value: date.isoString)
        }
        return nil
    }

    // MARK: Resolution

    /// The weekday nearest the anchor in the sentence's direction (or the given one).
    func resolveWeekday(_ weekday: Int, direction: Int?) -> String {
        guard let anchor else { return "XXXX-WXX-\(weekday)" }
        let delta = weekday - anchor.weekday
        switch direction ?? (tense == .future ? 1 : -1) {
        case let d where d > 0 && direction != nil: return anchor.adding(days: delta > 0 ? delta : delta + 7).isoString
        case let d where d > 0: return anchor.adding(days: delta >= 0 ? delta : delta + 7).isoString
        case _ where direction != nil: return anchor.adding(days: delta < 0 ? delta : delta - 7).isoString
        default: return anchor.adding(days: delta <= 0 ? delta : delta - 7).isoString
        }
    }

    /// A month without a year: "last September" is the one before the anchor's month.
    func resolveMonth(_ month: Int, direction: Int?) -> String {
        guard let anchor else { return "XXXX-\(pad(month, 2))" }
        var y = anchor.year
        switch direction {
        case .some(let d) where d < 0: if month >= anchor.month { y -= 1 }
        case .some(let d) where d > 0: if month <= anchor.month { y += 1 }
        default:
            // The nearest such month, but news looks back: one more than a quarter ahead is
            // last year's unless the sentence looks forward (and the reverse).
            var delta = month - anchor.month
            if delta > 6 { y -= 1; delta -= 12 } else if delta < -6 { y += 1; delta += 12 }
            if delta > 3 && tense == .past { y -= 1 }
            if delta < -3 && tense == .future { y += 1 }
        }
        return "\(y)-\(pad(month, 2))"
    }

    /// A day without a year: the nearest such day, as for months.
    func resolveMonthDay(_ month: Int, _ day: Int) -> String {
        guard anchor != nil else { return "XXXX-\(pad(month, 2))-\(pad(day, 2))" }
        return resolveMonth(month, direction: nil) + "-\(pad(day, 2))"
    }
}
