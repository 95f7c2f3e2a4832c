import Foundation

/// A search string prepared for scanning UTF-8 sixteen bytes at a time: its first and last
/// bytes are spread over sixteen lanes once per search, not once per range scanned (a
/// quote search scans a hundred thousand short ranges).
///
/// With `folding`, a text byte matches a needle's lower-case ASCII letter when it is that
/// letter or its capital, which is the byte with bit 0x20 set: one OR per sixteen bytes, so
/// a search without capitals costs what an exact one does and one copy of a text serves both.
struct ByteNeedle {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let folding: Bool
    private let firstBit: UInt8, lastBit: UInt8
    private let first: SIMD16<UInt8>, last: SIMD16<UInt8>
    private let firstBits: SIMD16<UInt8>, lastBits: SIMD16<UInt8>

    private init(_ bytes: UnsafeBufferPointer<UInt8>, folding: Bool) {
        self.bytes = bytes
        self.folding = folding
        let head = bytes.first ?? 0, tail = bytes.last ?? 0
        firstBit = folding ? ByteNeedle.caseBit(head) : 0
        lastBit = folding ? ByteNeedle.caseBit(tail) : 0
        first = SIMD16(repeating: head)
        last = SIMD16(repeating: tail)
        firstBits = SIMD16(repeating: firstBit)
        lastBits = SIMD16(repeating: lastBit)
    }

    /// Runs `body` with `needle` prepared (lower-case ASCII letters match capitals too when
    /// `folding`).
    static func with<Result>(_ needle: [UInt8], folding: Bool, _ body: (ByteNeedle) -> Result) -> Result {
        needle.withUnsafeBufferPointer { body(ByteNeedle($0, folding: folding)) }
    }

    var count: Int { bytes.count }

    /// The first offset in `range` of `h` where the needle starts: compares sixteen
    /// positions at once against its first and last bytes, and only then the bytes between.
    ///
    /// The sixteen-byte reads may pass the range's end while they stay inside `h` (hits past
    /// the end are ignored): a short range inside a long text, such as a quote in its
    /// article, is scanned sixteen bytes at a time to its end rather than byte by byte.
    @inline(__always) func firstMatch(in h: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        let m = bytes.count
        guard m > 0 else { return range.lowerBound }
        guard range.count >= m, let base = h.baseAddress, let needle = bytes.baseAddress else { return nil }
        var i = range.lowerBound
        let end = range.upperBound
        while i + m <= end, i + 16 + m - 1 <= h.count {
            let a = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD16<UInt8>.self) | firstBits
            let b = UnsafeRawPointer(base + i + m - 1).loadUnaligned(as: SIMD16<UInt8>.self) | lastBits
            let hits = (a .== first) .& (b .== last)
            // `any(hits)` is a generic reduction the optimizer left as a call; two words are
            // not, and their set bytes are the lanes that hit, found by counting zero bits
            // rather than by testing sixteen lanes (a one-letter search hits in most blocks).
            let words = unsafeBitCast(hits, to: SIMD2<UInt64>.self)
            for half in 0..<2 where words[half] != 0 {
                var lanes = words[half]
                while lanes != 0 {
                    let byte = lanes.trailingZeroBitCount / 8
                    let at = i + half * 8 + byte
                    guard at + m <= end else { return nil }
                    if m <= 2 || ByteNeedle.equal(base + at + 1, needle + 1, m - 2, folding: folding) { return at }
                    lanes &= ~(0xFF << UInt64(byte * 8))
                }
            }
            i += 16
        }
        while i + m <= end {
            if base[i] | firstBit == needle[0], base[i + m - 1] | lastBit == needle[m - 1],
                m <= 2 || ByteNeedle.equal(base + i + 1, needle + 1, m - 2, folding: folding)
            {
                return i
            }
            i += 1
        }
        return nil
    }

    /// The bit that makes a lower-case ASCII letter's capital match it when set (0x20), or
    /// none for any other byte.
    @inline(__always) static func caseBit(_ byte: UInt8) -> UInt8 { byte &- 97 < 26 ? 0x20 : 0 }

    /// Whether `count` text bytes read as the needle's, exactly or with capitals folded.
    @inline(__always) static func equal(
        _ text: UnsafePointer<UInt8>, _ needle: UnsafePointer<UInt8>, _ count: Int, folding: Bool
    ) -> Bool {
        guard folding else { return memcmp(text, needle, count) == 0 }
        for k in 0..<count where text[k] | caseBit(needle[k]) != needle[k] { return false }
        return true
    }

    /// An ASCII capital as its lower-case letter; any other byte as it is.
    @inline(__always) static func fold(_ byte: UInt8) -> UInt8 { byte &- 65 < 26 ? byte | 0x20 : byte }
}
