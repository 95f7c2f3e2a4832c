import Testing

@testable import BylineCore

@Suite struct QuotePiecesTests {
    /// A hundred thousand quotes in a large library: one piece kept inline, and the quote
    /// laid out without padding between its fields.
    @Test func aQuoteOfOnePieceHoldsNoArray() {
        #expect(MemoryLayout<QuotePieces>.stride == 16)
        #expect(MemoryLayout<Quote>.stride == 64)
        // The search index lists every quote by its location.
        #expect(MemoryLayout<QuoteLocation>.stride == 12)
    }

    @Test func piecesReadBackInOrderAndMoveTogether() {
        let one: QuotePieces = [TextSpan(3, 9)]
        #expect(Array(one) == [TextSpan(3, 9)])
        let three = QuotePieces([TextSpan(0, 4), TextSpan(10, 12), TextSpan(20, 25)])
        #expect(three.count == 3 && three[2] == TextSpan(20, 25))
        #expect(Array(three.shifted(by: 100)) == [TextSpan(100, 104), TextSpan(110, 112), TextSpan(120, 125)])
        let quote = Quote(pieces: three, kind: .direct, personIndex: 7)
        #expect(quote.span == TextSpan(0, 25) && quote.personIndex == 7)
        #expect(Quote(pieces: one, kind: .indirect).personIndex == nil)
    }
}
