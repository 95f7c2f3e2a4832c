/// Every quote's text where it already is: in its article's clean text. The search index
/// keeps byte ranges into the articles' texts, which it shares with them, rather than a
/// copy of every quote (the copy was an eighth of a large library's memory).
///
/// A search scans each quote's pieces sixteen bytes at a time (`ByteNeedle`),
/// article by article, so a keystroke still reads only the bytes of quotes. A phrase is
/// found inside one piece of a quote: "…,” he said, “…" are two pieces, and the words on
/// either side of the attribution are not one phrase.
struct QuoteTexts: Sendable {
    /// A piece of a quote: UTF-8 offsets into its article's text.
    private struct ByteRange: Sendable {
        var start: Int32
        var end: Int32
    }

    /// The clean text of each article with quotes (the article's own storage, not a copy).
    private var texts: [String] = []
    /// The number of the first quote of each text; quotes are numbered across texts.
    private var firstQuote: [Int32] = []
    private var pieces: [ByteRange] = []
    /// Where each quote's pieces start in `pieces`, and one past the last quote's.
    private var firstPiece: [Int32] = [0]

    var count: Int { firstPiece.count - 1 }

    /// Adds an article's quotes, each given by its pieces in scalar offsets of `body`.
    mutating func append(_ body: BodyText, quotes: some Collection<QuotePieces>) {
        guard !quotes.isEmpty else { return }
        let bytes = QuoteTexts.byteOffsets(body)
        texts.append(body.text)
        firstQuote.append(Int32(count))
        for quote in quotes {
            for piece in quote {
                let start = bytes(min(max(0, piece.start), body.length))
                pieces.append(ByteRange(start: start, end: max(start, bytes(min(max(0, piece.end), body.length)))))
            }
            firstPiece.append(Int32(pieces.count))
        }
    }

    /// The UTF-8 offset of each scalar offset of the text: the same number for ASCII text
    /// (most news), otherwise read from a table made once for the article.
    private static func byteOffsets(_ body: BodyText) -> (Int) -> Int32 {
        guard !body.isASCII else { return { Int32($0) } }
        var table: [Int32] = []
        table.reserveCapacity(body.length + 1)
        var offset: Int32 = 0
        for scalar in body.text.unicodeScalars {
            table.append(offset)
            offset += Int32(UTF8.width(scalar))
        }
        table.append(offset)
        return { table[$0] }
    }

    /// The numbers of every quote containing `needle`, in order, or of those `among` the
    /// given ones (in order too); with `folding`, ASCII capitals in the quotes match the
    /// lower-case letters of `needle`.
    func quotes(containing needle: [UInt8], folding: Bool, among candidates: [Int32]? = nil) -> [Int32] {
        var out: [Int32] = []
        ByteNeedle.with(needle, folding: folding) { n in
            guard let candidates else {
                for text in texts.indices { scan(text, firstQuote[text]..<quotesEnd(text), for: n, into: &out) }
                return
            }
            // Candidates text by text, so each text's bytes are fetched once.
            var i = 0
            while i < candidates.count {
                let text = firstQuote.partitionIndex { $0 > candidates[i] } - 1
                let range = firstQuote[text]..<quotesEnd(text)
                var j = i + 1
                while j < candidates.count, range.contains(candidates[j]) { j += 1 }
                scan(text, candidates[i..<j], for: n, into: &out)
                i = j
            }
        }
        return out
    }

    /// Adds the quotes of text `t` among `quotes` that contain the needle. The results come
    /// in as an `inout` argument: a variable captured by the closures instead is checked for
    /// exclusive access at every append, which cost more than the scan.
    private func scan(_ t: Int, _ quotes: some Sequence<Int32>, for n: ByteNeedle, into out: inout [Int32]) {
        firstPiece.withUnsafeBufferPointer { firstPiece in
            pieces.withUnsafeBufferPointer { pieces in
                withBytes(of: t) { h in
                    for q in quotes {
                        let own = pieces[Int(firstPiece[Int(q)])..<Int(firstPiece[Int(q) + 1])]
                        if own.contains(where: { n.firstMatch(in: h, Int($0.start)..<Int($0.end)) != nil }) {
                            out.append(q)
                        }
                    }
                }
            }
        }
    }

    /// One past the number of text `t`'s last quote.
    private func quotesEnd(_ t: Int) -> Int32 { t + 1 < firstQuote.count ? firstQuote[t + 1] : Int32(count) }

    /// The bytes of text `t`, in place (a native string's storage is contiguous UTF-8).
    private func withBytes<Result>(of t: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = texts[t].utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = texts[t]
        return copy.withUTF8(body)
    }
}
