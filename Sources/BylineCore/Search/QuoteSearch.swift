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
/// Texts are kept as UTF-8 bytes (lower-cased alongside) so a keystroke is a byte scan,
/// and a query that extends the previous one only re-checks the previous results.
public struct QuoteSearchIndex: Sendable {
    struct Entry: Sendable {
        var location: QuoteLocation
        var text: [UInt8]
        var lowerText: [UInt8]
        var lowerSpeaker: [UInt8]
    }

    private var entries: [Entry] = []
    private var last: (query: QuoteQuery, results: [Int])?

    public init() {}

    public var count: Int { entries.count }

    public mutating func add(_ article: Article, story: Int, article index: Int) {
        guard let analysis = article.analysis else { return }
        for (q, quote) in analysis.quotes.enumerated() {
            let text = quote.pieces.map { article.body.text.scalarSlice($0) }.joined(separator: " ")
            let speaker = quote.speaker ?? ""
            entries.append(Entry(location: QuoteLocation(story: story, article: index, quote: q),
                                 text: Array(text.utf8), lowerText: Array(text.lowercased().utf8),
                                 lowerSpeaker: Array(speaker.lowercased().utf8)))
        }
        last = nil
    }

    /// The quotes matching a query, in library order.
    public mutating func search(_ query: QuoteQuery) -> [QuoteLocation] {
        guard !query.isEmpty else { return entries.map(\.location) }
        let text = Array((query.caseSensitive ? query.text : query.text.lowercased()).utf8)
        let speaker = query.speaker.map { Array($0.lowercased().utf8) }
        var candidates: [Int]
        if let last, last.query.caseSensitive == query.caseSensitive,
           query.text.hasPrefix(last.query.text) || last.query.text.isEmpty,
           speaker == nil || (last.query.speaker.map { query.speaker!.lowercased().hasPrefix($0.lowercased()) } ?? true) {
            candidates = last.results
        } else {
            candidates = Array(entries.indices)
        }
        candidates = candidates.filter { i in
            let entry = entries[i]
            if let speaker, !QuoteSearchIndex.contains(entry.lowerSpeaker, speaker) { return false }
            return text.isEmpty || QuoteSearchIndex.contains(query.caseSensitive ? entry.text : entry.lowerText, text)
        }
        last = (query, candidates)
        return candidates.map { entries[$0].location }
    }

    /// Byte substring search: first-byte scan, then compare.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                let first = n[0], limit = h.count - n.count
                var i = 0
                while i <= limit {
                    if h[i] == first {
                        var j = 1
                        while j < n.count && h[i + j] == n[j] { j += 1 }
                        if j == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
