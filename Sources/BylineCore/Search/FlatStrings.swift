import Foundation

/// Many strings as UTF-8 in a few large buffers, searched sixteen bytes at a time
/// (`ByteNeedle`), as written or with ASCII capitals folded on the fly.
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
            ByteNeedle.with(needle, folding: folding) { $0.firstMatch(in: h, range) != nil }
        }
    }

    /// The indices of every string containing `needle`, by one pass over each chunk.
    func strings(containing needle: [UInt8], folding: Bool = false) -> [Int32] {
        var out: [Int32] = []
        for chunk in chunks {
            let ends = chunk.ends
            chunk.bytes.withUnsafeBufferPointer { h in
                ByteNeedle.with(needle, folding: folding) { n in
                    var from = 0, owner = 0
                    while let hit = n.firstMatch(in: h, from..<h.count) {
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
}
