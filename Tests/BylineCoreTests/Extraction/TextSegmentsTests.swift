import Testing

@testable import BylineCore

@Suite struct TextSegmentsTests {
    /// The paragraphs of `text` split on blank lines, as scalar offsets.
    func paragraphs(_ text: String) -> [TextSpan] {
        var spans: [TextSpan] = []
        var offset = 0
        for part in text.components(separatedBy: "\n\n") {
            let length = part.unicodeScalars.count
            if length > 0 { spans.append(TextSpan(offset, offset + length)) }
            offset += length + 2
        }
        return spans
    }

    func segments(_ text: String, limit: Int) -> [TextSegments.Segment] {
        Array(TextSegments(text, paragraphs: paragraphs(text), limit: limit))
    }

    @Test func anOrdinaryArticleIsOneSegment() {
        let text = "First paragraph.\n\nSecond one, “quoted,” she said."
        let all = segments(text, limit: TextSegments.defaultLimit)
        #expect(all.count == 1)
        #expect(all[0].start == 0 && all[0].text == Array(text.unicodeScalars))
        #expect(all[0].paragraphs == paragraphs(text))
    }

    /// A text without paragraphs (an empty body, a headline only) holds room for its own
    /// scalars, not for a whole segment.
    @Test func aSegmentReservesNoMoreThanItsText() {
        for text in ["", "One line with no paragraph spans."] {
            let all = Array(TextSegments(text, paragraphs: [], limit: TextSegments.defaultLimit))
            #expect(all.count == 1)
            #expect(all[0].text == Array(text.unicodeScalars))
            #expect(all[0].text.capacity <= text.utf8.count + 16)
        }
    }

    @Test func cutsFallAtParagraphEndsInsideTheLimit() {
        let text = "aaaa aaaa\n\nbbbb bbbb\n\ncccc cccc"
        let all = segments(text, limit: 22)
        #expect(all.map { String(String.UnicodeScalarView($0.text)) } == ["aaaa aaaa\n\nbbbb bbbb", "\n\ncccc cccc"])
        #expect(all[0].paragraphs == [TextSpan(0, 9), TextSpan(11, 20)])
        #expect(all[1].start == 20 && all[1].paragraphs == [TextSpan(2, 11)])
    }

    @Test func aParagraphLongerThanTheLimitIsCutAfterASpace() {
        let text = "one two three four five six seven eight nine ten"
        let all = segments(text, limit: 10)
        for segment in all.dropLast() { #expect(segment.text.last == " ") }
        #expect(all.count > 3)
        // Every paragraph piece in segment offsets, the whole text covered once.
        #expect(all.flatMap(\.text) == Array(text.unicodeScalars))
        for segment in all { #expect(segment.paragraphs == [TextSpan(0, segment.text.count)]) }
    }

    @Test func withoutSpacesACutWaitsOnlySoLong() {
        let text = String(repeating: "x", count: 3 * TextSegments.spaceSearch)
        let all = segments(text, limit: 100)
        #expect(all.count == 3)
        #expect(all[0].text.count == 100 + TextSegments.spaceSearch)
        #expect(all.flatMap(\.text).count == text.count)
    }

    @Test func anEmptyTextIsOneEmptySegment() {
        #expect(segments("", limit: 10).map(\.text.count) == [0])
    }

    /// Segments see what the whole article sees, in article offsets, when the cuts fall
    /// between paragraphs that each name their speaker.
    @Test func aSegmentedArticleFindsTheSameQuotesAndDates() {
        let paragraph = """
            “We will rebuild the bridge by March,” Mayor Elena Park said on Tuesday. Critics \
            disagreed. “Nobody asked us,” said Tomás Ruiz, a café owner.
            """
        let text = Array(repeating: paragraph, count: 6).joined(separator: "\n\n")
        let article = PlainTextLoader().load(SourceFile(path: "a.txt", text: text)).articles[0]
        let whole = ArticleAnalyzer.analyze(article)
        let cut = ArticleAnalyzer.analyze(article, segmentLimit: paragraph.unicodeScalars.count * 2)
        #expect(whole.quotes.count == 10)  // the first paragraph is read as the headline
        #expect(cut.quotes.map(\.pieces) == whole.quotes.map(\.pieces))
        #expect(cut.quotes.map(\.speaker) == whole.quotes.map(\.speaker))
        #expect(
            cut.quotes.map { $0.personIndex.map { cut.people[$0].name } }
                == whole.quotes.map {
                    $0.personIndex.map { whole.people[$0].name }
                })
        #expect(Array(cut.timexes) == Array(whole.timexes))
        #expect(cut.events.map(\.clause) == whole.events.map(\.clause))
        #expect(cut.sentences == whole.sentences)
        #expect(Set(cut.people.map(\.name)) == Set(whole.people.map(\.name)))
    }

    /// An analysis keeps the people who speak, each quote still pointing at its own: the
    /// register's other names (people only mentioned) are not kept for every article.
    @Test func anAnalysisKeepsItsSpeakersOnly() throws {
        let text = """
            Bridge vote

            Governor Ana Silva met Tomás Ruiz and Mayor Elena Park on Monday. “We will rebuild \
            the bridge by March,” Park said. Ruiz said nothing. “Nobody asked us,” said Dana Cole.
            """
        let article = PlainTextLoader().load(SourceFile(path: "a.txt", text: text)).articles[0]
        let analysis = ArticleAnalyzer.analyze(article)
        #expect(analysis.people.map(\.name) == ["Elena Park", "Dana Cole"])
        #expect(analysis.quotes.map { $0.personIndex.map { analysis.people[$0].name } } == ["Elena Park", "Dana Cole"])
        #expect(analysis.people[0].titles == ["mayor"])
    }
}
