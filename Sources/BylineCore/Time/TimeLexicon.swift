/// The words time expressions are made of.
enum TimeLexicon {
    static let months: [String: Int] = {
        var table: [String: Int] = [:]
        let names = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december",
        ]
        for (i, name) in names.enumerated() {
            table[name] = i + 1
            table[String(name.prefix(3)) + "."] = i + 1
            if name.count > 4 { table[String(name.prefix(3))] = i + 1 }
        }
        table["sept."] = 9
        table["sept"] = 9
        table["may."] = nil
        return table
    }()

    /// ISO weekday numbers, 1 = Monday.
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
        "mon.": 1, "tue.": 2, "tues.": 2, "wed.": 3, "thu.": 4, "thurs.": 4, "fri.": 5, "sat.": 6, "sun.": 7,
    ]

    enum Unit: String {
        case second = "S", minute = "M", hour = "H", day = "D", week = "W", month = "Mo", quarter = "Q",
            year = "Y", decade = "DE", century = "CE"

        /// The TIMEX3 duration of `amount` units ("X" when vague). Decades are counted in years,
        /// as TimeBank and AQUAINT write them ("two decades" is P20Y). With `andAHalf`, the
        /// half is written in the next smaller unit ("2 1/2 years" is P2Y6M, "a minute and a
        /// half" PT1M30S); where that unit does not divide evenly (weeks), whole units alone.
        func duration(_ amount: String, andAHalf: Bool = false) -> String {
            switch self {
            case .second: return "PT\(amount)S"
            case .minute: return andAHalf ? "PT\(amount)M30S" : "PT\(amount)M"
            case .hour: return andAHalf ? "PT\(amount)H30M" : "PT\(amount)H"
            case .day: return andAHalf ? "P\(amount)DT12H" : "P\(amount)D"
            case .month: return andAHalf ? "P\(amount)M15D" : "P\(amount)M"
            case .quarter: return "P\(amount)Q"
            case .year: return andAHalf ? "P\(amount)Y6M" : "P\(amount)Y"
            case .decade: return Int(amount).map { "P\($0 * 10 + (andAHalf ? 5 : 0))Y" } ?? "P\(amount)Y"
            case .century: return "P\(amount)CE"
            case .week: return "P\(amount)W"
            }
        }
    }

    static let units: [String: Unit] = [
        "second": .second, "seconds": .second, "minute": .minute, "minutes": .minute, "hour": .hour, "hours": .hour,
        "day": .day, "days": .day, "week": .week, "weeks": .week, "month": .month, "months": .month,
        "quarter": .quarter, "quarters": .quarter, "year": .year, "years": .year, "decade": .decade,
        "decades": .decade, "century": .century, "centuries": .century, "fortnight": .week, "yr": .year, "yrs": .year,
    ]

    static let numbers: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "half": 0,
        "dozen": 12, "couple": 2,
    ]

    /// Amounts too vague for a number: the `X` of `PXY`.
    static let vagueAmounts: Set<String> = [
        "several", "few", "many", "some", "numerous", "recent", "coming",
        "past", "next", "last", "previous", "following", "ensuing", "subsequent",
    ]

    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4, "last": 4,
    ]

    static let partsOfDay: [String: String] = [
        "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    ]

    /// Adverbs of frequency and their sets; "quarterly" is left out because it mostly
    /// qualifies an amount ("quarterly dividend"), while "annually" is an adverb only.
    static let frequencies: [String: String] = [
        "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "nightly": "P1D", "hourly": "PT1H", "annually": "P1Y",
        "yearly": "P1Y",
    ]

    /// Decades in words, as the twentieth century's ("the sixties" is 196).
    static let decadeWords: [String: Int] = [
        "twenties": 192, "thirties": 193, "forties": 194, "fifties": 195, "sixties": 196, "seventies": 197,
        "eighties": 198, "nineties": 199,
    ]
    /// The dashes between the years of a range written apart ("2009 – 10").
    static let rangeDashes: WordSet = ["-", "–", "—"]
    /// "once", "twice": counts of times that make a rate with a unit ("twice a month").
    static let multiplicatives: WordSet = ["once", "twice", "thrice"]
    /// "three times a year": the words between a count of times and its unit.
    static let rateArticles: WordSet = ["a", "an", "per", "each", "every"]

    static let seasons: [String: String] = [
        "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
    ]

    /// Words that can open a time expression.
    static let triggers: Set<String> = {
        var words = Set(months.keys).union(weekdays.keys).union(units.keys).union(numbers.keys).union(vagueAmounts)
            .union(ordinals.keys).union(partsOfDay.keys).union(seasons.keys).union(frequencies.keys)
        words.formUnion(weekdays.keys.map { $0 + "s" })
        words.formUnion(decadeWords.keys)
        words.formUnion([
            "the", "early", "late", "mid", "earlier", "later", "last", "next", "this", "past", "coming",
            "previous", "current", "following", "today", "yesterday", "tomorrow", "tonight", "now",
            "currently", "nowadays", "presently", "recently", "lately", "recent", "everyday", "noon",
            "midday", "midnight", "every", "each", "once", "twice", "thrice", "weekends", "fy",
            "fiscal", "nearly", "about", "almost", "approximately", "roughly", "around", "more", "less",
            "fewer", "up", "at", "as", "no", "'", "’", "weekend", "future", "latest", "most",
            "year-earlier", "year-ago", "these", "term",
        ])
        words.formUnion(Holidays.table.map { $0.words[0] })
        return words
    }()

    // MARK: Words the patterns test at a position, named once

    /// "no more than": comparatives that make an amount a bound.
    static let comparatives: WordSet = ["more", "less", "fewer"]
    /// "the first/past/next three days": words that make an amount a stretch of time.
    static let stretchOpeners: WordSet = ["first", "last", "past", "next", "final"]
    /// "nearly forty years": modifiers that belong to an amount's span.
    static let approximators: WordSet = ["nearly", "about", "almost", "approximately", "roughly", "around", "the"]
    /// Words between a count and its unit ("two more weeks", "five straight days").
    static let countedUnitModifiers: WordSet = [
        "more", "additional", "extra", "straight", "consecutive", "full", "trading", "business", "working",
    ]
    /// Vague amounts that still make a duration ("several years"), unlike "most".
    static let vagueCounts: WordSet = ["several", "few", "many", "some"]
    /// Prepositions before a bare plural duration ("for years").
    static let durationPrepositions: WordSet = ["for", "in", "over", "within", "after", "about"]
    /// Modifiers before a relative expression ("early last year").
    static let relativeModifiers: WordSet = ["early", "late", "mid", "earlier", "later"]
    /// Words that make a unit relative ("last week", "the following year").
    static let relativeDeterminers: WordSet = [
        "last", "next", "this", "past", "coming", "previous", "current", "following", "that", "same",
    ]
    /// "the year", "the quarter": units that name the current period after "the".
    static let currentPeriods: WordSet = ["year", "quarter", "month", "week"]
    /// Words after such a unit that make it another period ("the year ended …", "the month of").
    static let periodQualifiers: WordSet = ["of", "'s", "’s", "ended", "ending"]
    /// Words before which "fall" or "spring" is a season, not a verb ("in spring").
    static let seasonLeaders: WordSet = ["in", "during", "this", "by", "until", "since"]
    /// Modifiers of a period ("late 1990s", "the early years").
    static let periodModifiers: WordSet = ["early", "late", "mid"]

    /// Triggers so frequent that the words after them must look like time too.
    static let weakTriggers: Set<String> = [
        "the", "a", "an", "about", "around", "more", "less", "fewer", "up", "at",
        "as", "no", "early", "late", "this", "some", "few", "many", "several",
        "one", "first", "second", "last", "next", "past", "coming", "previous",
        "following", "nearly", "almost", "each", "every", "once", "twice", "thrice",
        "mid", "earlier", "later", "most", "latest", "'", "’", "good", "new", "st.",
        "father", "mother", "independence", "national", "labor", "memorial",
        "election", "veterans", "presidents", "columbus", "martin", "boxing",
        "half", "dozen", "couple",
    ]
}
