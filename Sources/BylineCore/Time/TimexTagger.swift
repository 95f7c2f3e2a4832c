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
        var lastQuarter: (interval: TimexInterval, sentence: Int)?
        var reference: String?
        for (index, tokens) in document.tokens.enumerated() {
            var matcher = TimexMatcher(tokens: tokens, text: document.text, anchor: anchor)
            matcher.referenceValue = reference
            let found = matcher.run()
            reference = matcher.referenceValue
            for var timex in found {
                // "a year ago" after "the third quarter" means that quarter a year before
                // (TimeML anchors such offsets to the previous expression); "last year"
                // names the calendar year whatever was said before.
                if let quarter = lastQuarter, index - quarter.sentence <= 1, timex.type == .date,
                    case let text = document.string(timex.span).lowercased(),
                    text.hasSuffix("year ago") || text.hasSuffix("year earlier")
                {
                    let start = quarter.interval.start
                    timex.value = TimexValue("\(start.year - 1)-Q\(start.quarter)")
                } else if timex.type == .date, let interval = timex.value.interval, interval.granularity == .quarter {
                    lastQuarter = (interval, index)
                }
                timexes.append(timex)
            }
        }
        return timexes
    }
}

/// The kinds of time expression, in the order they are tried at a position: the longest
/// match wins, and among matches of equal length the first kind.
enum TimexPattern: CaseIterable {
    case holiday, calendarDate, yearExpression, yearRange, relative, deictic, weekday, amount, timeOfDay, quarter, set
    case season, yearEarlier

    func match(_ matcher: TimexMatcher, at i: Int) -> TimexMatcher.Match? {
        switch self {
        case .holiday: matcher.holiday(i)
        case .calendarDate: matcher.calendarDate(i)
        case .yearExpression: matcher.yearExpression(i)
        case .yearRange: matcher.yearRange(i)
        case .relative: matcher.relative(i)
        case .deictic: matcher.deictic(i)
        case .weekday: matcher.weekday(i)
        case .amount: matcher.amount(i)
        case .timeOfDay: matcher.timeOfDay(i)
        case .quarter: matcher.quarter(i)
        case .set: matcher.set(i)
        case .season: matcher.season(i)
        case .yearEarlier: matcher.yearEarlier(i)
        }
    }
}

/// The patterns, tried at one token position at a time.
struct TimexMatcher {
    let tokens: [Token]
    /// The document's text, for the few patterns that read a word's letters.
    let text: [Unicode.Scalar]
    let anchor: CalendarDate?
    /// The token position being matched.
    var position = 0
    /// The tense at the position being matched, read only when a pattern needs it.
    var tense: Tense { Tense.around(position, in: tokens) }
    /// The value of the last specific date the text named: "that day", "the following year"
    /// and "the next morning" count from it, as the TimeML guidelines anchor narrative
    /// expressions. Read only when such an expression needs it.
    var referenceValue: String?
    var reference: TimexInterval? {
        referenceValue.flatMap(TimexInterval.init(value:)).flatMap { $0.granularity >= .year ? $0 : nil }
    }

    init(tokens: [Token], text: [Unicode.Scalar], anchor: CalendarDate?) {
        self.tokens = tokens
        self.text = text
        self.anchor = anchor
    }

    struct Match {
        var end: Int
        var type: TimexType
        var value: String
        /// A second expression the match holds ("58" of "1957-58"), which ends the first.
        var second: Second? = nil

        /// Where the first expression ends and the second starts (scalar offsets), and its value.
        struct Second {
            var firstEnd: Int
            var start: Int
            var value: String
        }
    }

    mutating func run() -> [Timex] {
        var out: [Timex] = []
        var i = 0
        while i < tokens.count {
            guard mayStart(i) else { i += 1; continue }
            position = i
            // The longest match wins; among equals, the first pattern.
            var longest: Match?
            for pattern in TimexPattern.allCases {
                if let match = pattern.match(self, at: i), match.end > (longest?.end ?? i) { longest = match }
            }
            if let best = longest {
                var start = i
                // "the end of November": the part of the period belongs to the expression.
                if i >= 3, lower(i - 1) == "of", lower(i - 3) == "the",
                    ["end", "beginning", "middle", "start", "close"].contains(lower(i - 2)),
                    out.last.map({ $0.span.end <= tokens[i - 3].span.start }) ?? true
                {
                    start = i - 3
                }
                // "on", "in" and other prepositions never belong to the span; leading "the" may.
                if start < best.end, tokens[start].lower == "the", best.end - start == 1 { start += 1 }
                // "the next year or so", "a week or so": "or so" rounds the expression off.
                let end = lower(best.end) == "or" && lower(best.end + 1) == "so" ? best.end + 2 : best.end
                let span = TextSpan(tokens[start].span.start, tokens[end - 1].span.end)
                if let second = best.second {
                    out.append(Timex(span: TextSpan(span.start, second.firstEnd), type: best.type, value: best.value))
                    out.append(Timex(span: TextSpan(second.start, span.end), type: best.type, value: second.value))
                } else {
                    out.append(Timex(span: span, type: best.type, value: best.value))
                }
                if best.type == .date || best.type == .time, best.value.utf8.first.map({ $0 >= 48 && $0 <= 57 }) == true
                {
                    referenceValue = best.value
                }
                i = end
            } else {
                i += 1
            }
        }
        return out
    }

    // MARK: Token helpers

    /// A cheap test run at every token before the patterns: most words start nothing.
    func mayStart(_ i: Int) -> Bool {
        let flags = tokens[i].flags
        let apostrophe = flags.contains(.apostrophe)
        guard tokens[i].isWord || apostrophe else { return false }
        // "1998", "two-year", "mid-1990s"
        if flags.contains(.startsWithDigit) || flags.contains(.hyphenated) { return true }
        // "FY2024": a fiscal year written as one word.
        let span = tokens[i].span
        if span.end - span.start == 6, text[span.start] == "F", text[span.start + 1] == "Y" { return true }
        guard flags.contains(.timeTrigger) || apostrophe else { return false }
        // Frequent words ("the", "a", "about") start an expression only before a time word,
        // or "the" before "past" ("in the past").
        if flags.contains(.weakTimeTrigger) || apostrophe {
            if tokens[i].lower == "the", lower(i + 1) == "past" { return true }
            for j in (i + 1)..<min(tokens.count, i + 4) {
                let next = tokens[j].flags
                if next.contains(.startsWithDigit) { return true }
                if next.contains(.timeTrigger) && !next.contains(.weakTimeTrigger) { return true }
            }
            return false
        }
        return true
    }

    /// Token `i`'s lower-case form (the empty word outside the sentence).
    @inline(__always) func lower(_ i: Int) -> Word { i >= 0 && i < tokens.count ? tokens[i].lower : .none }
    /// Token `i`'s lower-case form as a String, for the patterns that take words apart.
    func lowerString(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].lowerString(in: text) : "" }
    /// What token `i` means as a time word (all fields nil outside the sentence).
    @inline(__always) func time(_ i: Int) -> TimeWord {
        TimeWord.entries[i >= 0 && i < tokens.count ? Int(tokens[i].time) : 0]
    }
    func isCapitalised(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].isCapitalised }

    /// A number written in digits, at most six.
    func integer(_ i: Int) -> Int? {
        guard i >= 0, i < tokens.count else { return nil }
        return tokens[i].lower.inlineBytes?.decimalValue(maxDigits: 6)
    }

    /// A year written as four digits (or an apostrophe and two: '98).
    func year(_ i: Int) -> Int? {
        guard let n = integer(i), tokens[i].lower.count == 4, (1000...2099).contains(n) else { return nil }
        return n
    }

    /// A year in digits or in words, as broadcast transcripts write it ("nineteen ninety-six",
    /// "two thousand one"), and the token after it.
    func yearPhrase(_ i: Int) -> (year: Int, end: Int)? {
        if let y = year(i) { return (y, i + 1) }
        if lower(i) == "nineteen", let n = count(i + 1), !n.vague, (10...99).contains(n.value), integer(i + 1) == nil {
            return (1900 + n.value, i + 2)
        }
        // "two thousand" is a count unless it follows a word that introduces a year.
        guard lower(i) == "two", lower(i + 1) == "thousand",
            ["in", "by", "since", "until", "year", "from"].contains(lower(i - 1))
        else { return nil }
        if let n = count(i + 2), !n.vague, (1...99).contains(n.value), integer(i + 2) == nil, lower(i + 2) != "a" {
            return (2000 + n.value, i + 3)
        }
        return (2000, i + 2)
    }

    /// The parts of a hyphenated token ("two-year", "73-year-old"); none for other tokens.
    /// Split as bytes: splitting the String by characters cost thousands of instructions.
    /// Only a number or a time word before the first hyphen makes parts a pattern reads
    /// ("two-year", "30-day", "fiscal-first"): most hyphenated words ("well-known") stop
    /// there, before two arrays are made for them at every pattern that asks.
    func hyphenParts(_ i: Int) -> [String] {
        guard i >= 0, i < tokens.count, tokens[i].flags.contains(.hyphenated) else { return [] }
        let span = tokens[i].span
        if !Characters.isDigit(text[span.start]) {
            guard let hyphen = text[span.start..<span.end].firstIndex(of: "-"),
                let first = Word(cheaplyLowercasing: text, span.start..<hyphen),
                first == Self.fiscal || (WordFlags.lexicon[first]?.time ?? 0) != 0
            else { return [] }
        }
        return lowerString(i).utf8.split(separator: UInt8(ascii: "-")).map { String(decoding: $0, as: UTF8.self) }
    }

    private static let fiscal = Word("fiscal")

    /// A count: digits, number words ("twenty-five"), or "a"/"an".
    func count(_ i: Int) -> (value: Int, vague: Bool)? {
        guard i >= 0, i < tokens.count else { return nil }
        if let n = integer(i), tokens[i].lower.count < 4 || n < 1000 { return (n, false) }
        let word = lower(i)
        if (word == "a" || word == "one"), lower(i + 1) == "hundred" { return (100, false) }
        if let n = time(i).number { return (n, false) }
        let parts = hyphenParts(i)
        if parts.count == 2, let tens = TimeLexicon.numbers[parts[0]], let ones = TimeLexicon.numbers[parts[1]],
            tens >= 20, ones < 10
        {
            return (tens + ones, false)
        }
        if time(i).vague == true { return (0, true) }
        return nil
    }

    /// Skips "early", "late", "mid" and "the" before an expression.
    func afterModifiers(_ i: Int) -> Int {
        var j = i
        if lower(j) == "the", TimeLexicon.periodModifiers.contains(lower(j + 1)) { j += 1 }
        while j < tokens.count, TimeLexicon.periodModifiers.contains(lower(j)) || lower(j) == "mid-" { j += 1 }
        return j
    }
}
