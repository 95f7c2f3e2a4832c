import BylineCore

/// The words in front of a timeline row: what the headings above it (year, month) do not
/// already say, in words a reader reads ("8:30 pm", "night", "week 38", "98 years",
/// "future"), never a TimeML value cut to fit.
enum TimelineLabel {
    /// Labels are padded to this width so rows line up; a longer one is kept whole.
    static let width = 8

    static func padded(_ label: String) -> String {
        label.count >= width ? label : label.padding(toLength: width, withPad: " ", startingAt: 0)
    }

    /// The label of a dated event, under its year and month headings.
    static func dated(_ event: TimelineEvent) -> String {
        guard let interval = event.interval else { return vague(event.timex) }
        let start = interval.start
        switch interval.granularity {
        case .century, .decade: return event.value.text + "…"
        case .year: return "  year"
        case .season: return "  " + (seasons[start.month] ?? "season")
        case .quarter: return "  Q\(start.quarter)"
        case .month: return "    —"
        case .week: return "  week \(start.isoWeek.week)"
        case .day: return "    \(start.day)"
        case .time:
            guard case .calendar(_, let time?) = event.value.meaning else { return "    \(start.day)" }
            return "    \(start.day) " + words(time)
        }
    }

    /// Seasons by the month they start in (TimeML's `SP`, `SU`, `FA`, `WI`).
    static let seasons = [3: "spring", 6: "summer", 9: "fall", 12: "winter"]

    /// A time of day in words: "8:30 pm", "9 am", "night".
    static func words(_ time: TimexValue.TimeOfDay) -> String {
        switch time {
        case .part(.morning): return "morning"
        case .part(.afternoon): return "afternoon"
        case .part(.evening): return "evening"
        case .part(.night): return "night"
        case .part(.daytime): return "daytime"
        case .clock(let hour, let minutes):
            let twelve = hour % 12 == 0 ? 12 : hour % 12
            let suffix = hour < 12 || hour == 24 ? "am" : "pm"
            return minutes == 0 ? "\(twelve) \(suffix)" : "\(twelve):\(minutes < 10 ? "0" : "")\(minutes) \(suffix)"
        }
    }

    static let monthNames = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// A duration unit's name, one and many.
    static func names(_ unit: TimexValue.DurationUnit) -> (one: String, many: String) {
        switch unit {
        case .second: return ("second", "seconds")
        case .minute: return ("minute", "minutes")
        case .hour: return ("hour", "hours")
        case .day: return ("day", "days")
        case .week: return ("week", "weeks")
        case .month: return ("month", "months")
        case .quarter: return ("quarter", "quarters")
        case .year: return ("year", "years")
        case .decade: return ("decade", "decades")
        case .century: return ("century", "centuries")
        case .millennium: return ("millennium", "millennia")
        }
    }

    /// A value the timeline cannot place on the calendar: a reference, a duration, a set,
    /// a date without its year.
    static func vague(_ timex: Timex) -> String {
        let every = timex.type == .set ? "every " : ""
        switch timex.value.meaning {
        case .reference(.present): return "now"
        case .reference(.past): return "past"
        case .reference(.future): return "future"
        case .duration(let parts):
            let amount = parts.map(words).joined(separator: " ")
            return timex.type == .set ? every + amount.replacingOccurrences(of: "1 ", with: "") : amount
        case .yearless(let month?, let day, _, _):
            return monthNames[Int(month) - 1] + (day.map { " \($0)" } ?? "")
        case .yearless(nil, _, let weekday?, _):
            return every + weekdays[Int(weekday) - 1]
        default:
            return timex.value.text
        }
    }

    /// "98 years", "2 hours", "months" (an amount not said), "1 decade".
    static func words(_ part: TimexValue.DurationPart) -> String {
        let unitNames = names(part.unit)
        guard let n = part.amount else { return unitNames.many }
        let number = n == n.rounded() ? String(Int(n)) : String(n)
        return "\(number) " + (n == 1 ? unitNames.one : unitNames.many)
    }
}
