/// The words that tell one news story from another, read from what an article has: its
/// headline, the words of its address (`/2014/03/10/neil-young-pono-player`), and the
/// opening of its text, where news puts who did what.
///
/// Words are lower-cased, possessives and plurals folded ("Snowden's" and "recalls" count
/// as "snowden" and "recall"), function words and reporting verbs dropped.
enum StoryTerms {
    /// How much a word counts, by where it was found: the headline names the event.
    static let headlineWeight: Float = 1
    static let addressWeight: Float = 0.5
    static let bodyWeight: Float = 0.5
    /// The opening words of the text that are read: the lede carries the event; the rest
    /// would add noise and time.
    static let bodyWords = 60

    /// An article's words with their weights (a word found twice counts twice).
    static func of(_ article: Article) -> [String: Float] {
        var terms: [String: Float] = [:]
        add(words(in: article.title), weight: headlineWeight, to: &terms)
        if let url = article.url { add(words(inAddress: url), weight: addressWeight, to: &terms) }
        // A feed item without content repeats its headline as its body; that adds nothing.
        if article.body.text != article.title {
            add(words(in: article.body.text, limit: bodyWords), weight: bodyWeight, to: &terms)
        }
        return terms
    }

    private static func add(_ words: [String], weight: Float, to terms: inout [String: Float]) {
        for word in words { terms[word, default: 0] += weight }
    }

    /// The content words of a text, folded, in order, at most `limit` of them.
    static func words(in text: String, limit: Int = .max) -> [String] {
        var out: [String] = []
        var current = String.UnicodeScalarView()
        func finish() {
            defer { current = String.UnicodeScalarView() }
            guard !current.isEmpty, let word = fold(String(current)) else { return }
            out.append(word)
        }
        for scalar in text.unicodeScalars {
            if out.count >= limit { return out }
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.append(scalar)
            } else if scalar == "'" || scalar == "’", !current.isEmpty {
                current.append("'")
            } else {
                finish()
            }
        }
        finish()
        return Array(out.prefix(limit))
    }

    /// The words of a web address's path, without its host, file extension or query.
    static func words(inAddress address: String) -> [String] {
        var path = Substring(address)
        if let scheme = path.range(of: "://") { path = path[scheme.upperBound...].drop { $0 != "/" } }
        if let query = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<query] }
        for suffix in [".html", ".htm", ".php", ".aspx", ".asp", ".story"] where path.hasSuffix(suffix) {
            path = path.dropLast(suffix.count)
        }
        // Identifiers and dates in addresses are not words.
        return words(in: String(path)).filter { word in word.count >= 3 && !word.allSatisfy(\.isNumber) }
    }

    /// A word as it counts for grouping, or nil for words that tell stories apart poorly.
    static func fold(_ raw: String) -> String? {
        var word = raw.lowercased()
        while word.hasSuffix("'") { word.removeLast() }
        if word.hasSuffix("'s") { word.removeLast(2) }
        word.removeAll { $0 == "'" }
        if word.count > 4, word.hasSuffix("ies") {
            word.removeLast(3)
            word += "y"
        } else if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us") {
            word.removeLast()
        }
        guard word.count >= 2, !stopWords.contains(word) else { return nil }
        return word
    }

    static let stopWords: Set<String> = [
        "the", "an", "of", "to", "in", "on", "for", "and", "or", "but", "with", "at", "by", "from", "as", "is", "are",
        "was", "were", "be", "been", "ha", "has", "have", "had", "it", "it", "this", "that", "these", "those", "he",
        "she", "they", "we", "you", "hi", "his", "her", "their", "our", "your", "not", "no", "new", "say", "said",
        "will", "would", "can", "could", "may", "might", "after", "before", "over", "under", "about", "into", "than",
        "more", "most", "up", "out", "off", "just", "also", "how", "what", "why", "who", "when", "where", "which",
        "while", "vs", "via", "amid", "its", "all", "one", "two", "do", "does", "did", "if", "so", "get", "gets",
        "now", "here", "there", "them", "him", "me", "my", "us", "some", "any", "other", "first", "last", "year",
        "week", "day", "time", "www", "http", "https", "com", "html", "news", "article", "story", "update",
    ]
}
