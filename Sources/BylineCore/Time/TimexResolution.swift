import Foundation

/// Resolving weekdays and months without a year against the article date.
extension TimexMatcher {
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
    func resolveMonth(_ month: Int, direction: Int?, day: Int? = nil) -> String {
        guard let anchor else { return "XXXX-\(pad(month, 2))" }
        var y = anchor.year
        switch direction {
        case .some(let d) where d < 0: if month >= anchor.month { y -= 1 }
        case .some(let d) where d > 0: if month <= anchor.month { y += 1 }
        default:
            // The nearest such month, unless the clause's tense says otherwise: "sales rose
            // in January" in November is this January, "will open in March" in November next
            // year's. News looks back, so without a tense only a month or two ahead stays
            // nearest ("payable Dec. 15" in October).
            var delta = month - anchor.month
            if delta > 6 { y -= 1; delta -= 12 } else if delta < -6 { y += 1; delta += 12 }
            // A day named within weeks after the article is that day, whatever the tense:
            // "the bid, due to expire last Thursday, was extended to Nov. 16" (October 30).
            let daysAhead = day.map { (delta * 31) + $0 - anchor.day } ?? Int.max
            switch tense {
            case .past: if delta > 0 && daysAhead > 31 { y -= 1 }
            case .future: if delta < 0 { y += 1 }
            case .unknown: if delta > 3 { y -= 1 }
            }
        }
        return "\(y)-\(pad(month, 2))"
    }

    /// A day without a year: the nearest such day, as for months.
    func resolveMonthDay(_ month: Int, _ day: Int) -> String {
        guard anchor != nil else { return "XXXX-\(pad(month, 2))-\(pad(day, 2))" }
        return resolveMonth(month, direction: nil, day: day) + "-\(pad(day, 2))"
    }
}
