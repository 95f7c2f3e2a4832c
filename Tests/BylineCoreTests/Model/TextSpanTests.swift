import Testing

@testable import BylineCore

@Suite struct TextSpanTests {
    /// A library holds millions of spans: two 32-bit offsets, not two machine words.
    @Test func aSpanTakesEightBytes() {
        #expect(MemoryLayout<TextSpan>.stride == 8)
    }

    @Test func offsetsReadBackAsWrittenAndAnEndBeforeItsStartIsEmpty() {
        var span = TextSpan(60_000_000, 60_000_010)
        #expect(span.start == 60_000_000 && span.length == 10)
        span.end = 60_000_020
        #expect(span.length == 20)
        #expect(TextSpan(5, 3).isEmpty && TextSpan(5, 3).end == 5)
        #expect(TextSpan(2, 4) < TextSpan(2, 5) && TextSpan(2, 5).contains(TextSpan(3, 4)))
    }
}
