import Foundation

/// A quote's place in the library.
public struct QuoteLocation: Hashable, Sendable {
    public var story: Int
    public var article: Int
    public var quote: Int

    public init(story: Int, article: Int, quote: Int) {
        self.story = story
        self.article = article
        self.quote = quote
    }
}

/// A parsed search: words to find in the quote text and an optional `@speaker` filter.
public struct QuoteQuery: Equatable, Sendable {
    public var text: String
    public var speaker: String?
    /// Smart case: case matters only when the query has a capital letter.
    public var caseSensitive: Bool

    public init(_ raw: String) {
        var words: [Substring] = []
        var speaker: String?
        for word in raw.split(separator: " ", omittingEmptySubsequences: false) {
            if word.hasPrefix("@"), word.count > 1 { speaker = String(word.dropFirst()) } else { words.append(word) }
        }
        text = words.joined(separator: " ").trimmingCharacters(in: .whitespaces)
        self.speaker = speaker
        caseSensitive = raw.contains { $0.isUppercase }
    }

    public var isEmpty: Bool { text.isEmpty && speaker == nil }
}

/// Every quote of a library, prepared for searching as you type.
///
/// All texts live in a few flat byte buffers (original and lower-cased, quote and speaker)
/// so a keystroke is a tight scan without per-quote allocations or reference counting,
/// and a query that extends the previous one only re-checks the previous results.
public struct QuoteSearchIndex: Sendable {
    private var locations: [QuoteLocation] = []
    private var text = FlatStrings()
    private var lowerText = FlatStrings()
    private var lowerSpeaker = FlatStrings()
    private var last: (query: QuoteQuery, results: [Int32])?

    public init() {}

    public var count: Int { locations.count }

    public mutating func add(_ article: Article, story: Int, article index: Int) {
        guard let analysis = article.analysis else { return }
        for (q, quote) in analysis.quotes.enumerated() {
            let quoteText = quote.pieces.map { article.body.text.scalarSlice($0) }.joined(separator: " ")
            locations.append(QuoteLocation(story: story, article: index, quote: q))
            text.append(quoteText)
            lowerText.append(quoteText.lowercased())
            lowerSpeaker.append((quote.speaker ?? "").lowercased())
        }
        last = nil
    }

    /// The quotes matching a query, in library order.
    public mutating func search(_ query: QuoteQuery) -> [QuoteLocation] {
        guard !query.isEmpty else { return locations }
        let needle = Array((query.caseSensitive ? query.text : query.text.lowercased()).utf8)
        let speaker = query.speaker.map { Array($0.lowercased().utf8) }
        let narrowing: Bool
        if let last, last.query.caseSensitive == query.caseSensitive,
           query.text.hasPrefix(last.query.text),
           last.query.speaker.map({ previous in query.speaker.map { $0.lowercased().hasPrefix(previous.lowercased()) } ?? false }) ?? true {
            narrowing = true
        } else {
            narrowing = false
        }
        let haystack = query.caseSensitive ? text : lowerText
        var results: [Int32] = []
        func check(_ i: Int) {
            if let speaker, !lowerSpeaker.contains(i, speaker) { return }
            if needle.isEmpty || haystack.contains(i, needle) { results.append(Int32(i)) }
        }
        if narrowing, let previous = last?.results {
            for i in previous { check(Int(i)) }
        } else {
            results.reserveCapacity(locations.count / 4)
            for i in locations.indices { check(i) }
        }
        last = (query, results)
        return results.map { locations[Int($0)] }
    }
}

/// Many strings as UTF-8 in one buffer, with substring search by index.
struct FlatStrings: Sendable {
    private var bytes: [UInt8] = []
    private var ends: [Int] = []

    mutating func append(_ string: String) {
        bytes.append(contentsOf: string.utf8)
        ends.append(bytes.count)
    }

    /// Whether string `i` contains `needle` (first-byte scan, then compare).
    func contains(_ i: Int, _ needle: [UInt8]) -> Bool {
        let start = i == 0 ? 0 : ends[i - 1], end = ends[i]
        guard !needle.isEmpty else { return true }
        guard end - start >= needle.count else { return false }
        return bytes.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                let first = n[0], limit = end - n.count
                var p = start
                while p <= limit {
                    if h[p] == first {
                        var j = 1
                        while j < n.count && h[p + j] == n[j] { j += 1 }
                        if j == n.count { return true }
                    }
                    p += 1
                }
                return false
            }
        }
    }
}
