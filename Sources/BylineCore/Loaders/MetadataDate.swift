/// Reads the dates metadata carries: ISO 8601, RFC 822 (feeds), and written-out dates.
///
/// Only the calendar day is kept: an article's date anchors relative expressions, and a
/// time zone shift of a few hours is not worth a wrong day from the host's zone.
public enum MetadataDate {
    public static func parse(_ raw: String) -> CalendarDate? {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if let iso = CalendarDate(iso: text) { return iso }
        let tokens = text.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        var year: Int?, month: Int?, day: Int?
        var numbers: [Int] = []
        for token in tokens {
            if let m = monthNumber(token), month == nil { month = m; continue }
            guard let n = Int(token) else { continue }
            if token.count == 4, year == nil, n >= 1000 { year = n } else if token.count <= 2 { numbers.append(n) }
        }
        if month == nil, year != nil, numbers.count >= 2 {
            // 2021/09/28 and 09/28/2021 both put the month before the day.
            month = numbers[0]
            day = numbers[1]
        } else {
            day = numbers.first
        }
        guard let y = year, let m = month else { return nil }
        return CalendarDate(year: y, month: m, day: day ?? 1)
    }

    /// A `YYYY-MM-DD` (or `YYYY_MM_DD`) inside a file name, not part of a longer number.
    public static func inFileName(_ name: String) -> CalendarDate? {
        let s = Array(name.utf8)
        func isDigit(_ i: Int) -> Bool { i >= 0 && i < s.count && s[i] >= 48 && s[i] <= 57 }
        func number(_ i: Int, _ n: Int) -> Int { (i..<i + n).reduce(0) { $0 * 10 + Int(s[$1] - 48) } }
        var i = 0
        while i + 10 <= s.count {
            let shape = (0..<10).allSatisfy { k in
                k == 4 || k == 7 ? (s[i + k] == 45 || s[i + k] == 95) : isDigit(i + k)
            }
            if shape, !isDigit(i - 1), !isDigit(i + 10),
                let date = CalendarDate(year: number(i, 4), month: number(i + 5, 2), day: number(i + 8, 2))
            {
                return date
            }
            i += 1
        }
        return nil
    }

    static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func monthNumber(_ token: String) -> Int? {
        let t = token.lowercased()
        guard t.count >= 3 else { return nil }
        for (i, name) in monthNames.enumerated() where t.hasPrefix(name) {
            let full = [
                "january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december",
            ][i]
            if full.hasPrefix(t) || t == "sept" { return i + 1 }
        }
        return nil
    }
}
