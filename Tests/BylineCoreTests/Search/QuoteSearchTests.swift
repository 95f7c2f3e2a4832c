import Testing

@testable import BylineCore

@Suite struct QuoteSearchTests {
    /// An index over one article whose quotes are `texts`, spoken by `speakers`.
    func index(_ texts: [String], speakers: [String?]) -> QuoteSearchIndex {
        var body = BodyTextBuilder()
        var quotes: [Quote] = []
        var offset = 0
        for (text, speaker) in zip(texts, speakers) {
            let start = body.beginParagraph(origin: offset)
            for scalar in text.unicodeScalars { body.append(scalar, origin: offset); offset += 1 }
            body.endParagraph(from: start)
            quotes.append(
                Quote(pieces: [TextSpan(start, start + text.unicodeScalars.count)], kind: .direct, speaker: speaker))
        }
        var article = Article(location: SourceLocation(path: "t"), title: "T", original: "", body: body.build())
        article.analysis = Analysis(
            sentences: [], quotes: quotes, people: [], events: [], anchorDate: nil, anchorEstimated: false)
        var index = QuoteSearchIndex()
        index.add(article, story: 0, article: 0)
        return index
    }

    func found(_ index: inout QuoteSearchIndex, _ query: String) -> [Int] {
        index.search(QuoteQuery(query)).map(\.quote)
    }

    @Test func findsAcrossTheVectorisedScanAndItsTail() {
        // Long enough for sixteen-byte blocks, short enough for the byte-by-byte tail,
        // and a match that would only exist across two quotes' boundary.
        var index = index(
            [
                "The economy is strong and getting stronger every year, she said.",
                "ends with eco", "nomy starts here", "short", "Économie: the ECONOMY.",
            ],
            speakers: ["Jane Doe", nil, "John Roe", "Jane Doe", nil])
        #expect(found(&index, "economy") == [0, 4])
        #expect(found(&index, "ecOnomy") == [])
        #expect(found(&index, "ECONOMY") == [4])
        #expect(found(&index, "économie") == [4])
        #expect(found(&index, "r") == [0, 2, 3])
        #expect(found(&index, "year, she") == [0])
        #expect(found(&index, "@doe") == [0, 3])
        #expect(found(&index, "@doe sh") == [0, 3])
        #expect(found(&index, "@doe sho") == [3])
        #expect(found(&index, "@roe") == [2])
    }

    /// One copy of each quote serves both kinds of search: capitals are folded during the
    /// scan, and only a quote whose lower-case form needs Unicode keeps a second copy.
    @Test func onlyQuotesThatFoldingCannotLowerAreCopied() {
        var index = index(
            ["The ECONOMY grows, the Economy Minister said", "Économie", "ΑΣΑ road", "plain words"],
            speakers: [nil, nil, nil, nil])
        #expect(index.lowerCasedCopies == 2)
        #expect(found(&index, "economy minister") == [0])
        #expect(found(&index, "ECONOMY") == [0])
        #expect(found(&index, "Economy M") == [0])
        #expect(found(&index, "economie") == [])
        #expect(found(&index, "écon") == [1])
        #expect(found(&index, "ασα") == [2])
        #expect(found(&index, "words") == [3])
    }

    /// Quotes are read in their articles' texts, by byte ranges: after accented words the
    /// scalar and byte offsets differ; a quote of two pieces is found by either piece, but a
    /// phrase never runs from one piece into the words between them.
    @Test func quotesAreReadInPlaceInTheirArticles() {
        func article(_ text: String, quotes: [[String]]) -> Article {
            func span(_ part: String) -> TextSpan {
                let scalars = Array(text.unicodeScalars), needle = Array(part.unicodeScalars)
                let start = (0...(scalars.count - needle.count)).first {
                    Array(scalars[$0..<$0 + needle.count]) == needle
                }!
                return TextSpan(start, start + needle.count)
            }
            let length = text.unicodeScalars.count
            var article = Article(
                location: SourceLocation(path: "t"), title: "T", original: nil,
                body: BodyText(text: text, paragraphs: [TextSpan(0, length)], runs: []))
            article.analysis = Analysis(
                sentences: [], quotes: quotes.map { Quote(pieces: QuotePieces($0.map(span)), kind: .direct) },
                people: [],
                events: [], anchorDate: nil, anchorEstimated: false)
            return article
        }
        var index = QuoteSearchIndex()
        index.add(
            article(
                "Café owner Tomás Ruiz, née in Málaga: “We are closing,” he said, “after thirty years.” Done.",
                quotes: [["We are closing,", "after thirty years."], ["Done"]]), story: 0, article: 0)
        index.add(
            article("Plain text. “Thirty years is enough,” she said.", quotes: [["Thirty years is enough,"]]),
            story: 1, article: 0)
        let fillers = (0..<40).map { "Filler quote number \($0)." }
        index.add(article(fillers.joined(separator: " "), quotes: fillers.map { [$0] }), story: 2, article: 0)
        let first = QuoteLocation(story: 0, article: 0, quote: 0),
            second = QuoteLocation(story: 1, article: 0, quote: 0)
        let fresh = index
        // Typed on: the few results of one query are checked one by one for the next.
        var typed = index
        for (query, expected) in [
            ("closing", [first]), ("thirty", [first, second]), ("thirty years", [first, second]),
            ("thirty years.", [first]), ("closing, after", []), ("he said", []),
            ("done", [QuoteLocation(story: 0, article: 0, quote: 1)]),
            ("filler quote number 39", [QuoteLocation(story: 2, article: 0, quote: 39)]),
        ] {
            var once = fresh
            #expect(once.search(QuoteQuery(query)).map { $0 } == expected, "\(query)")
            #expect(typed.search(QuoteQuery(query)).map { $0 } == expected, "\(query), typed on")
        }
    }

    /// A range is scanned sixteen bytes at a time even where the reads pass its end: a
    /// match running past the end, or lying after it, is not a match in the range.
    @Test func aMatchMustEndInsideTheRange() {
        let text = Array("x quote ends here, said the man who spoke of quotes at length.".utf8)
        func first(_ needle: String, _ range: Range<Int>, folding: Bool = false) -> Int? {
            text.withUnsafeBufferPointer { h in
                ByteNeedle.with(Array(needle.utf8), folding: folding) { $0.firstMatch(in: h, range) }
            }
        }
        #expect(first("here", 2..<17) == 13)
        #expect(first("here", 2..<16) == nil)
        #expect(first("said", 2..<17) == nil)
        #expect(first("e", 2..<6) == nil)
        #expect(first("e", 2..<7) == 6)
        #expect(first("QUOTE", 0..<text.count) == nil)
        #expect(first("quotes", 0..<text.count) == 45)
        #expect(first("quotes", 0..<50) == nil)
        #expect(first("x quote", 0..<7, folding: true) == 0)
    }

    @Test func narrowingAsYouTypeMatchesAFreshSearch() {
        let texts = (0..<300).map { "quote \($0) about " + ($0 % 7 == 0 ? "taxes and trade" : "the weather today") }
        var typed = index(texts, speakers: texts.map { _ in "Someone" })
        var fresh = typed
        for prefix in ["t", "ta", "tax", "taxe", "taxes a"] {
            let narrowed = found(&typed, prefix)
            var once = fresh
            #expect(narrowed == found(&once, prefix))
        }
        #expect(found(&fresh, "taxes") == Array(stride(from: 0, to: 300, by: 7)))
    }

    /// Found by the `search` fuzz target: after `@bridge` (a speaker filter) the plain query
    /// `bridge` searched only what the filter had left. A looser query never starts from a
    /// stricter one's results, and "Σ" lowers differently at a word's end.
    @Test func aQueryDroppingTheSpeakerFilterSearchesEverything() {
        var typed = index(["the bridge", "ΑΣΑ road"], speakers: ["Park", "Ruiz"])
        for query in ["@bridge", "bridge", "@park", "@parks", "@park br", "br", "ας", "ασα"] {
            var fresh = index(["the bridge", "ΑΣΑ road"], speakers: ["Park", "Ruiz"])
            #expect(found(&typed, query) == found(&fresh, query), "\(query)")
        }
        #expect(found(&typed, "bridge") == [0])
    }

    /// Strings spread over several chunks, one longer than a chunk, are found whole: by
    /// the scan over every chunk and by the check of one string, alike.
    @Test func stringsOverManyChunksAreFoundInEach() {
        var strings = FlatStrings()
        var expected: [String] = []
        for i in 0..<4_000 {
            let text =
                i == 1_500
                ? String(repeating: "x", count: FlatStrings.chunkSize + 10) + " needle"
                : "quote \(i) " + (i % 7 == 0 ? "needle" : "hay") + String(repeating: ".", count: 80)
            expected.append(text)
            strings.append(text)
        }
        let needle = Array("needle".utf8)
        let truth = expected.indices.filter { expected[$0].contains("needle") }.map { Int32($0) }
        #expect(truth.count > 500)
        #expect(strings.strings(containing: needle) == truth)
        #expect(expected.indices.filter { strings.contains(needle, in: $0) }.map { Int32($0) } == truth)
        #expect(strings.count == expected.count)
    }
}
