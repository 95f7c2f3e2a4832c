/// A TIMEX3 value: the text TimeML writes (`2020-09`, `2020-09-28TNI`, `P1Y`, `PAST_REF`,
/// `XXXX-WXX-2`) and what it means, read once when the expression is tagged. The timeline,
/// its labels and the date estimate read the fields; nothing re-reads the text by prefix
/// and length.
public struct TimexValue: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The value as TimeML writes it, what `byline extract` prints.
    public let text: String
    public let meaning: Meaning

    public enum Meaning: Hashable, Sendable {
        /// A stretch of the calendar (a day, week, month, quarter, season, year, decade or
        /// century), with the time of day when the value gives one.
        case calendar(TimexInterval, time: TimeOfDay?)
        /// A day without its year: a month (`XXXX-09`), a month and day (`XXXX-09-28`) or a
        /// weekday (`XXXX-WXX-2`, 1 = Monday), with the time of day when given. (Small
        /// integers: every time expression of a library holds its value.)
        case yearless(month: Int8?, day: Int8?, weekday: Int8?, time: TimeOfDay?)
        /// `PAST_REF`, `PRESENT_REF`, `FUTURE_REF`.
        case reference(Reference)
        /// `P1Y`, `PT24H`, `PXM` (an amount not said), `P2Y6M`.
        case duration([DurationPart])
        /// A value TimeML allows that Byline only carries (`199X`, `1998-WXX`, `XXXX-XX-XX`).
        case other
    }

    public enum Reference: Hashable, Sendable {
        case past, present, future
    }

    public enum TimeOfDay: Hashable, Sendable {
        case clock(hour: Int8, minute: Int8)
        case part(PartOfDay)
    }

    public enum PartOfDay: String, Hashable, Sendable, CaseIterable {
        case morning = "MO", afternoon = "AF", evening = "EV", night = "NI", daytime = "DT"
    }

    /// One amount of one unit of a duration; a nil amount is TimeML's `X` ("months").
    public struct DurationPart: Hashable, Sendable {
        public var amount: Double?
        public var unit: DurationUnit
    }

    public enum DurationUnit: Hashable, Sendable {
        case second, minute, hour, day, week, month, quarter, year, decade, century, millennium
    }

    public init(_ text: String) {
        self.text = text
        self.meaning = TimexValue.meaning(of: text)
    }

    public init(stringLiteral text: String) {
        self.init(text)
    }

    public var description: String { text }

    /// The calendar stretch the value covers, when it is one.
    public var interval: TimexInterval? {
        if case .calendar(let interval, _) = meaning { return interval }
        return nil
    }

    static func meaning(of text: String) -> Meaning {
        switch text {
        case "PAST_REF": return .reference(.past)
        case "PRESENT_REF": return .reference(.present)
        case "FUTURE_REF": return .reference(.future)
        default: break
        }
        if text.hasPrefix("P"), let parts = durationParts(text.dropFirst()) { return .duration(parts) }
        let (date, time) = splitTime(text)
        let timeOfDay = time.flatMap(timeOfDay)
        if let interval = TimexInterval(value: text) { return .calendar(interval, time: timeOfDay) }
        let fields = date.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.first == "XXXX", fields.count >= 2 else { return .other }
        if fields[1] == "WXX", fields.count == 3, let weekday = Int8(fields[2]), (1...7).contains(weekday) {
            return .yearless(month: nil, day: nil, weekday: weekday, time: timeOfDay)
        }
        guard let month = Int8(fields[1]), (1...12).contains(month), fields.count <= 3 else { return .other }
        if fields.count == 3 {
            guard let day = Int8(fields[2]), (1...31).contains(day) else { return .other }
            return .yearless(month: month, day: day, weekday: nil, time: timeOfDay)
        }
        return .yearless(month: month, day: nil, weekday: nil, time: timeOfDay)
    }

    /// The date part and the time part after "T" (`2020-09-28TNI` → `2020-09-28`, `NI`).
    static func splitTime(_ text: String) -> (date: Substring, time: Substring?) {
        // Searched as bytes: a Character search walks grapheme clusters.
        guard let t = text.utf8.firstIndex(of: UInt8(ascii: "T")) else { return (text[...], nil) }
        return (text[..<t], text[text.index(after: t)...])
    }

    /// `NI`, `14:30`, `24:00`, `09`.
    static func timeOfDay(_ time: Substring) -> TimeOfDay? {
        if let part = PartOfDay(rawValue: String(time)) { return .part(part) }
        let fields = time.split(separator: ":")
        guard let hour = fields.first.flatMap({ Int8($0) }), (0...24).contains(hour), fields.count <= 3 else {
            return nil
        }
        let minute = fields.count > 1 ? Int8(fields[1]) ?? 0 : 0
        return (0..<60).contains(minute) ? .clock(hour: hour, minute: minute) : nil
    }

    /// The parts of a duration after its `P`: `1Y`, `T24H`, `XM`, `2Y6M`, `1DE`, `2L`.
    static func durationParts(_ body: Substring) -> [DurationPart]? {
        var parts: [DurationPart] = []
        var clock = false
        var amount = ""
        var rest = body[...]
        while let c = rest.first {
            rest = rest.dropFirst()
            if c == "T" {
                clock = true
                continue
            }
            if c.isNumber || c == "." || c == "X" {
                amount.append(c)
                continue
            }
            let unit: DurationUnit
            switch c {
            case "Y": unit = .year
            case "Q": unit = .quarter
            case "W": unit = .week
            case "H": unit = .hour
            case "S": unit = .second
            case "L": unit = .millennium
            case "M": unit = clock ? .minute : .month
            case "D":
                if rest.first == "E" {
                    rest = rest.dropFirst()
                    unit = .decade
                } else {
                    unit = .day
                }
            case "C":
                guard rest.first == "E" else { return nil }
                rest = rest.dropFirst()
                unit = .century
            default: return nil
            }
            let value = amount == "X" ? nil : Double(amount)
            guard amount == "X" || value != nil else { return nil }
            parts.append(DurationPart(amount: value, unit: unit))
            amount = ""
        }
        return parts.isEmpty || !amount.isEmpty ? nil : parts
    }
}
