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
        case .century, .decade: return event.value + "…"
        case .year: return "  year"
        case .season:
            return "  "
                + (["SP": "spring", "SU": "summer", "FA": "fall", "WI": "winter"][String(event.value.suffix(2))]
                    ?? "season")
        case .quarter: return "  Q" + String(event.value.suffix(1))
        case .month: return "    —"
        case .week: return "  week \(start.isoWeek.week)"
        case .day: return "    \(start.day)"
        case .time:
            let part = event.value.split(separator: "T").last.map(String.init) ?? ""
            return "    \(start.day) " + (partsOfDay[part] ?? clock(part) ?? part)
        }
    }

    static let partsOfDay = ["MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"]

    /// "20:30" as "8:30 pm", "09:00" as "9 am".
    static func clock(_ time: String) -> String? {
        let fields = time.split(separator: ":")
        guard let hour = fields.first.flatMap({ Int($0) }), (0..<24).contains(hour) else { return nil }
        let minutes = fields.count > 1 ? Int(fields[1]) ?? 0 : 0
        let twelve = hour % 12 == 0 ? 12 : hour % 12
        let suffix = hour < 12 ? "am" : "pm"
        return minutes == 0 ? "\(twelve) \(suffix)" : "\(twelve):\(minutes < 10 ? "0" : "")\(minutes) \(suffix)"
    }

    static let monthNames = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let units: [Character: (one: String, many: String)] = [
        "Y": ("year", "years"), "M": ("month", "months"), "W": ("week", "weeks"), "D": ("day", "days"),
        "H": ("hour", "hours"), "S": ("second", "seconds"), "Q": ("quarter", "quarters"),
    ]

    /// A value the timeline cannot place on the calendar: a reference, a duration, a set,
    /// a date without its year.
    static func vague(_ timex: Timex) -> String {
        let value = timex.value
        switch value {
        case "PRESENT_REF": return "now"
        case "PAST_REF": return "past"
        case "FUTURE_REF": return "future"
        default: break
        }
        if value.hasPrefix("P"), let amount = duration(value) {
            return timex.type == .set ? "every " + amount.replacingOccurrences(of: "1 ", with: "") : amount
        }
        let parts = value.split(separator: "-")
        if parts.first == "XXXX", parts.count >= 2 {
            if let month = Int(parts[1]), (1...12).contains(month) {
                return monthNames[month - 1] + (parts.count > 2 ? " " + parts[2].prefix(2) : "")
            }
            if parts[1] == "WXX", parts.count > 2, let day = Int(parts[2]), (1...7).contains(day) {
                return (timex.type == .set ? "every " : "") + weekdays[day - 1]
            }
        }
        return value
    }

    /// "P98Y" as "98 years", "PT2H" as "2 hours", "PXM" as "months", "P1DE" as "1 decade".
    static func duration(_ value: String) -> String? {
        var rest = Substring(value.dropFirst())
        var clock = false
        if rest.hasPrefix("T") {
            clock = true
            rest = rest.dropFirst()
        }
        if rest.hasSuffix("DE"), let n = Int(rest.dropLast(2)) { return n == 1 ? "1 decade" : "\(n) decades" }
        if rest.hasSuffix("CE"), let n = Int(rest.dropLast(2)) { return n == 1 ? "1 century" : "\(n) centuries" }
        guard let unit = rest.last, var names = units[unit] else { return nil }
        if clock, unit == "M" { names = ("minute", "minutes") }
        let amount = rest.dropLast()
        if amount == "X" { return names.many }
        guard let n = Double(amount) else { return nil }
        let number = n == n.rounded() ? String(Int(n)) : String(n)
        return "\(number) " + (n == 1 ? names.one : names.many)
    }
}
