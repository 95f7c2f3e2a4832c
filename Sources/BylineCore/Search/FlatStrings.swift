import Foundation

/// Many strings as UTF-8 in a few large buffers, searched sixteen bytes at a time, as
/// written or with ASCII capitals folded on the fly (so one copy serves both searches).
///
/// The buffers are chunks of fixed size rather than one growing array: an array that
/// doubles holds up to twice its bytes, and three times while it moves to a bigger one,
/// which for the quotes of a large library is tens of megabytes at the peak.
struct FlatStrings: Sendable {
    /// Bytes a chunk holds (a longer string gets a chunk of its own size).
    static let chunkSize = 1 << 18

    private struct Chunk: Sendable {
        var bytes: [UInt8]
        /// Where each string of the chunk ends; string `k` starts where string `k - 1` ends.
        var ends: [Int32] = []
        /// The index of the chunk's first string.
        var first: Int

        func range(_ k: Int) -> Range<Int> { (k == 0 ? 0 : Int(ends[k - 1]))..<Int(ends[k]) }
    }

    private var chunks: [Chunk] = []
    private(set) var count = 0

    mutating func append(_ string: String) {
        let size = string.utf8.count
        if chunks.isEmpty || chunks[chunks.count - 1].bytes.count + size > FlatStrings.chunkSize {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(max(FlatStrings.chunkSize, size))
            chunks.append(Chunk(bytes: bytes, first: count))
        }
        let last = chunks.count - 1
        chunks[last].bytes.append(contentsOf: string.utf8)
        chunks[last].ends.append(Int32(chunks[last].bytes.count))
        count += 1
    }

    /// Whether string `i` contains `needle`; with `folding`, ASCII capitals in the strings
    /// match the lower-case letters of `needle`.
    func contains(_ needle: [UInt8], in i: Int, folding: Bool = false) -> Bool {
        let chunk = chunks[chunks.partitionIndex { $0.first > i } - 1]
        let range = chunk.range(i - chunk.first)
        return chunk.bytes.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in FlatStrings.firstMatch(n, in: h, range, folding: folding) != nil }
        }
    }

    /// The indices of every string containing `needle`, by one pass over each chunk.
    func strings(containing needle: [UInt8], folding: Bool = false) -> [Int32] {
        var out: [Int32] = []
        for chunk in chunks {
            let ends = chunk.ends
            chunk.bytes.withUnsafeBufferPointer { h in
                needle.withUnsafeBufferPointer { n in
                    var from = 0, owner = 0
                    while let hit = FlatStrings.firstMatch(n, in: h, from..<h.count, folding: folding) {
                        // The string holding the hit (mostly the current one or the next), then
                        // on to the next string.
                        var steps = 0
                        while owner < ends.count, Int(ends[owner]) <= hit, steps < 8 { owner += 1; steps += 1 }
                        if owner < ends.count, Int(ends[owner]) <= hit {
                            owner = ends[owner...].partitionIndex { Int($0) > hit }
                        }
                        guard owner < ends.count else { break }
                        if hit + n.count <= Int(ends[owner]) {
                            out.append(Int32(chunk.first + owner))
                            from = Int(ends[owner])
                        } else {
                            from = hit + 1
                        }
                    }
                }
            }
        }
        return out
    }

    /// The first offset in `range` where `n` starts: compares sixteen positions at once
    /// against the needle's first and last bytes, and only then the bytes between.
    ///
    /// With `folding`, a text byte matches a needle's lower-case ASCII letter when it is
    /// that letter or its capital, which is the byte with bit 0x20 set: one OR per sixteen
    /// bytes, so a search without capitals costs what an exact one does.
    static func firstMatch(
        _ n: UnsafeBufferPointer<UInt8>, in h: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, folding: Bool = false
    ) -> Int? {
        let m = n.count
        guard m > 0 else { return range.lowerBound }
        guard range.count >= m, let base = h.baseAddress, let needle = n.baseAddress else { return nil }
        let firstBit = folding ? caseBit(n[0]) : 0, lastBit = folding ? caseBit(n[m - 1]) : 0
        let first = SIMD16<UInt8>(repeating: n[0]), last = SIMD16<UInt8>(repeating: n[m - 1])
        let firstBits = SIMD16<UInt8>(repeating: firstBit), lastBits = SIMD16<UInt8>(repeating: lastBit)
        var i = range.lowerBound
        let end = range.upperBound
        while i + 16 + m - 1 <= end {
            let a = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD16<UInt8>.self) | firstBits
            let b = UnsafeRawPointer(base + i + m - 1).loadUnaligned(as: SIMD16<UInt8>.self) | lastBits
            let hits = (a .== first) .& (b .== last)
            // `any(hits)` is a generic reduction the optimizer left as a call; two words are not.
            let words = unsafeBitCast(hits, to: SIMD2<UInt64>.self)
            if words[0] | words[1] != 0 {
                for lane in 0..<16 where hits[lane] {
                    if m <= 2 || equal(base + i + lane + 1, needle + 1, m - 2, folding: folding) { return i + lane }
                }
            }
            i += 16
        }
        while i + m <= end {
            if base[i] | firstBit == n[0], base[i + m - 1] | lastBit == n[m - 1],
                m <= 2 || equal(base + i + 1, needle + 1, m - 2, folding: folding)
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
