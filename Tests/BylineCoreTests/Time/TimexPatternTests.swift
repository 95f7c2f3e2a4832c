import Testing

@testable import BylineCore

/// Each kind of time expression on its own: the pattern alone, at the first word of its
/// example, matches the example's expression; and no kind is left without an example.
@Suite struct TimexPatternTests {
    static let tuesday = CalendarDate(year: 2021, month: 9, day: 28)!

    /// A pattern's example: the words it starts at, and what it should make of them.
    struct Example: Sendable, CustomTestStringConvertible {
        var pattern: TimexPattern
        var text: String
        var expected: String
        var testDescription: String { "\(pattern): \(text)" }
    }

    static let examples: [Example] = [
        Example(pattern: .holiday, text: "Christmas Day will be quiet.", expected: "Christmas Day=DATE:2021-12-25"),
        Example(
            pattern: .calendarDate, text: "September 28, 2021 was a Tuesday.",
            expected: "September 28, 2021=DATE:2021-09-28"),
        Example(pattern: .yearExpression, text: "1998 was warm.", expected: "1998=DATE:1998"),
        // The whole range matches; the tagger makes two years of it (TimexTaggerTests).
        Example(pattern: .yearRange, text: "1957-58 was a good season.", expected: "1957-58=DATE:1957"),
        Example(pattern: .relative, text: "last September they met.", expected: "last September=DATE:2020-09"),
        Example(pattern: .deictic, text: "yesterday they met.", expected: "yesterday=DATE:2021-09-27"),
        Example(pattern: .weekday, text: "Friday they met.", expected: "Friday=DATE:2021-09-24"),
        // The date after a weekday, with or without a comma, says which one.
        Example(pattern: .weekday, text: "Friday Sept. 17 they met.", expected: "Friday Sept. 17=DATE:2021-09-17"),
        Example(
            pattern: .weekday, text: "Friday, Sept. 17 they met.", expected: "Friday, Sept. 17=DATE:2021-09-17"),
        Example(pattern: .amount, text: "two years passed.", expected: "two years=DURATION:P2Y"),
        Example(pattern: .timeOfDay, text: "3 p.m. came.", expected: "3 p.m.=TIME:2021-09-28T15:00"),
        Example(pattern: .quarter, text: "the third quarter ended.", expected: "the third quarter=DATE:2021-Q3"),
        Example(pattern: .set, text: "every Tuesday they meet.", expected: "every Tuesday=SET:XXXX-WXX-2"),
        Example(pattern: .season, text: "the summer of 1998 was hot.", expected: "the summer of 1998=DATE:1998-SU"),
        // The same period a year before the reporting quarter, the one just closed.
        Example(pattern: .yearEarlier, text: "year-earlier sales fell.", expected: "year-earlier=DATE:2020-Q2"),
    ]

    @Test(arguments: examples) func eachPatternMatchesItsExampleAlone(_ example: Example) throws {
        let document = Document(example.text)
        let tokens = try #require(document.tokens.first)
        var matcher = TimexMatcher(tokens: tokens, text: document.text, anchor: Self.tuesday)
        matcher.position = 0
        let match = try #require(example.pattern.match(matcher, at: 0))
        let span = TextSpan(tokens[0].span.start, tokens[match.end - 1].span.end)
        #expect("\(document.string(span))=\(match.type.rawValue):\(match.value)" == example.expected)
    }

    @Test func everyPatternHasAnExample() {
        #expect(Set(Self.examples.map(\.pattern)) == Set(TimexPattern.allCases))
    }
}
