import Foundation

/// Weekdays and times of day: "Tuesday night", "3 p.m. Wednesday", "noon".
extension TimexMatcher {
    func weekday(_ i: Int) -> Match? {
        var j = i
        if ["early", "late", "earlier", "later"].contains(lower(j)) { j += 1 }
        // "Mondays", "Tuesday nights": every such day.
        if let d = time(j).everyWeekday, isCapitalised(j) {
            return Match(end: j + 1, type: .set, value: "XXXX-WXX-\(d)")
        }
        guard let d = time(j).weekday, isCapitalised(j) else { return nil }
        // "Saturday, April 25", "Friday Oct. 13": the date says which Saturday.
        let dateStart = lower(j + 1) == "," ? j + 2 : time(j + 1).month != nil ? j + 1 : nil
        if let dateStart, let date = calendarDate(dateStart), date.value.count == 10 {
            return Match(end: date.end, type: .date, value: date.value)
        }
        if let part = time(j + 1).everyPartOfDay {
            return Match(end: j + 2, type: .set, value: "XXXX-WXX-\(d)T\(part)")
        }
        let value = resolveWeekday(d, direction: nil)
        if let part = time(j + 1).partOfDay {
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
        if ["p.m.", "pm", "p.m"].contains(marker) {
            if h < 12 { hour += 12 }
        } else if ["a.m.", "am", "a.m"].contains(marker) {
            if h == 12 { hour = 0 }
        } else if marker == "o'clock" || marker == "o’clock" {
        } else {
            return nil
        }
        k += 1
        if ["est", "edt", "et", "gmt", "pst", "pdt", "cst", "cdt", "utc"].contains(lower(k)) { k += 1 }
        return withDay(end: k, clock: "T\(pad(hour, 2)):\(pad(minutes, 2))")
    }

    /// "10 p.m. Wednesday", "noon yesterday": a time followed by its day.
    func withDay(end k: Int, clock: String) -> Match {
        if let d = time(k).weekday, isCapitalised(k) {
            return Match(end: k + 1, type: .time, value: resolveWeekday(d, direction: nil) + clock)
        }
        if ["today", "yesterday", "tomorrow"].contains(lower(k)), let day = deictic(k), day.value.count == 10 {
            return Match(end: k + 1, type: .time, value: day.value + clock)
        }
        // "5 p.m. EST Nov. 9", "noon, Sept. 30"
        let dateStart = lower(k) == "," ? k + 1 : k
        if time(dateStart).month != nil, let day = calendarDate(dateStart), day.value.count == 10 {
            return Match(end: day.end, type: .time, value: day.value + clock)
        }
        return Match(end: k, type: .time, value: (anchor?.isoString ?? "XXXX-XX-XX") + clock)
    }
}
