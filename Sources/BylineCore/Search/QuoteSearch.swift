import Foundation

/// A quote's place in the library.
///
/// Three 32-bit numbers, not three words: the search index lists every quote of the library.
public struct QuoteLocation: Hashable, Sendable {
    private var storedStory: Int32
    private var storedArticle: Int32
    private var storedQuote: Int32

    public var story: Int {
        get { Int(storedStory) }
        set { storedStory = Int32(clamping: newValue) }
    }

    public var article: Int {
        get { Int(storedArticle) }
        set { storedArticle = Int32(clamping: newValue) }
    }

    public var quote: Int {
        get { Int(storedQuote) }
        set { storedQuote = Int32(clamping: newValue) }
    }

    public init(story: Int, article: Int, quote: Int) {
        storedStory = Int32(clamping: story)
        storedArticle = Int32(clamping: article)
        storedQuote = Int32(clamping: quote)
    }
}

/// A parsed search: words to find in the quote text and an optional `@speaker` filter
/// (`_` stands for a space in it: `@Elena_Park`).
public struct QuoteQuery: Equatable, Sendable {
    public var text: String
    public var speaker: String?
    /// Smart case: case matters only when the query has a capital letter.
    public var caseSensitive: Bool

    public init(_ raw: String) {
        var words: [Substring] = []
        var speaker: String?
        for word in raw.split(separator: " ", omittingEmptySubsequences: false) {
            if word.hasPrefix("@"), word.count > 1 {
                speaker = word.dropFirst().replacingOccurrences(of: "_", with: " ")
            } else {
                words.append(word)
            }
        }
        text = words.joined(separator: " ").trimmingCharacters(in: .whitespaces)
        self.speaker = speaker
        caseSensitive = raw.contains { $0.isUppercase }
    }

    public var isEmpty: Bool { text.isEmpty && speaker == nil }
}

/// Quotes found by a search: positions in the index's list of every quote, which is
/// shared rather than copied, so a one-letter query matching 100,000 quotes costs an
/// array of integers and not 100,000 locations.
public struct QuoteMatches: RandomAccessCollection, Sendable, Equatable {
    private let all: [QuoteLocation]
    private let positions: [Int32]?

    /// `positions` into `all`, or all of `all` when nil.
    init(_ all: [QuoteLocation], positions: [Int32]?) {
        self.all = all
        self.positions = positions
    }

    /// A plain list of quotes, as a story's quote list is.
    public init(_ list: [QuoteLocation]) { self.init(list, positions: nil) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { positions?.count ?? all.count }
    public subscript(i: Int) -> QuoteLocation { positions.map { all[Int($0[i])] } ?? all[i] }

    public static func == (a: QuoteMatches, b: QuoteMatches) -> Bool { a.elementsEqual(b) }
}

/// Every quote of a library, prepared for searching as you type.
///
/// The quotes are read where they are, in their articles' texts (`QuoteTexts`), as
/// written: a search without capitals folds ASCII capitals as it scans, sixteen bytes at a
/// time. Only the few quotes whose lower-case form needs more than that ("Économie",
/// Greek) keep a lower-cased copy. A query that extends the previous one re-checks only
/// the previous results.
public struct QuoteSearchIndex: Sendable {
    private var locations: [QuoteLocation] = []
    private var text = QuoteTexts()
    /// Lower-cased copies of the quotes ASCII folding does not lower, and whose they are.
    private var unicodeLowered = FlatStrings()
    private var unicodeLoweredQuotes: [Int32] = []
    private var lowerSpeakers = FlatStrings()
    /// The last search, which the next one may start from.
    private var last: SearchKey?
    private var lastResults: [Int32] = []

    public init() {}

    public var count: Int { locations.count }

    /// How many quotes keep a lower-cased copy besides their text.
    var lowerCasedCopies: Int { unicodeLowered.count }

    public mutating func add(_ article: Article, story: Int, article index: Int) {
        guard let analysis = article.analysis, !analysis.quotes.isEmpty else { return }
        let body = article.body
        // ASCII folding lowers ASCII text fully; only other text is checked quote by quote.
        let scalars = body.isASCII ? [] : [Unicode.Scalar](scalarsOf: body.text)
        for (q, quote) in analysis.quotes.enumerated() {
            if !scalars.isEmpty {
                let quoteText = quote.pieces.map {
                    String(scalars: scalars, min($0.start, scalars.count)..<min($0.end, scalars.count))
                }
                .joined(separator: " ")
                let lowered = quoteText.lowercased()
                if !lowered.utf8.elementsEqual(quoteText.utf8.lazy.map(ByteNeedle.fold)) {
                    unicodeLowered.append(lowered)
                    unicodeLoweredQuotes.append(Int32(locations.count))
                }
            }
            locations.append(QuoteLocation(story: story, article: index, quote: q))
            lowerSpeakers.append((quote.speaker ?? "").lowercased())
        }
        text.append(body, quotes: analysis.quotes.lazy.map(\.pieces))
        last = nil
    }

    /// The quotes matching a query, in library order.
    public mutating func search(_ query: QuoteQuery) -> QuoteMatches {
        guard !query.isEmpty else { return QuoteMatches(locations) }
        let needle = Array((query.caseSensitive ? query.text : query.text.lowercased()).utf8)
        let speaker = query.speaker.map { Array($0.lowercased().utf8) }
        let key = SearchKey(text: needle, caseSensitive: query.caseSensitive, speaker: speaker)
        let candidates = last.map { key.narrows($0) } == true ? lastResults : nil
        var results = candidates
        if let speaker {
            results = narrow(results, all: { lowerSpeakers.strings(containing: speaker) }) { few in
                few.filter { lowerSpeakers.contains(speaker, in: Int($0)) }
            }
        }
        if !needle.isEmpty {
            let caseSensitive = query.caseSensitive
            results = narrow(results, all: { quotes(containing: needle, caseSensitive: caseSensitive) }) { few in
                quotes(containing: needle, caseSensitive: caseSensitive, among: few)
            }
        }
        let found = results ?? (0..<Int32(locations.count)).map { $0 }
        last = key
        lastResults = found
        return QuoteMatches(locations, positions: found)
    }

    /// The matches among the last search's results when this query narrows it (each of
    /// them checked), else among every quote.
    private func narrow(_ candidates: [Int32]?, all: () -> [Int32], few: ([Int32]) -> [Int32]) -> [Int32] {
        candidates.map(few) ?? all()
    }

    /// Every quote containing `needle` (lower-cased unless the search is case-sensitive),
    /// or every one `among` the candidates.
    private func quotes(containing needle: [UInt8], caseSensitive: Bool, among candidates: [Int32]? = nil) -> [Int32] {
        let found = text.quotes(containing: needle, folding: !caseSensitive, among: candidates)
        guard !caseSensitive, !unicodeLoweredQuotes.isEmpty else { return found }
        var more = unicodeLowered.strings(containing: needle).map { unicodeLoweredQuotes[Int($0)] }
        if let candidates { more = sortedIntersection(more, candidates) }
        return more.isEmpty ? found : sortedUnion(found, more)
    }

    private func sortedUnion(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var out: [Int32] = [], i = 0, j = 0
        out.reserveCapacity(a.count + b.count)
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i] < b[j]) {
                out.append(a[i]); i += 1
            } else if i == a.count || b[j] < a[i] {
                out.append(b[j]); j += 1
            } else {
                out.append(a[i]); i += 1; j += 1
            }
        }
        return out
    }

    private func sortedIntersection(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var out: [Int32] = [], i = 0, j = 0
        out.reserveCapacity(min(a.count, b.count))
        while i < a.count && j < b.count {
            if a[i] == b[j] { out.append(a[i]); i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return out
    }
}

/// A query as the index compares it: the bytes it looks for.
struct SearchKey {
    var text: [UInt8]
    var caseSensitive: Bool
    var speaker: [UInt8]?

    /// Whether every quote this key finds is among those `earlier` found, so a search can
    /// start from those: the same case mode, and each needle extends the earlier one. (Case
    /// is compared after lowering, not on what was typed: lowering "Σ" depends on what
    /// follows it.)
    func narrows(_ earlier: SearchKey) -> Bool {
        guard caseSensitive == earlier.caseSensitive, text.starts(with: earlier.text) else { return false }
        guard let earlierSpeaker = earlier.speaker else { return true }
        return speaker?.starts(with: earlierSpeaker) ?? false
    }
}
