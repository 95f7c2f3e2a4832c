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
