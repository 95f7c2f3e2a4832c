/// The words that tell one news story from another, read from what an article has: its
/// headline, the words of its address (`/2014/03/10/neil-young-pono-player`), and the
/// opening of its text, where news puts who did what.
///
/// Words are lower-cased, possessives and plurals folded ("Snowden's" and "recalls" count
/// as "snowden" and "recall"), function words and reporting verbs dropped. A word is kept
/// as a 64-bit hash of its folded bytes: no string is made for the millions of words a
/// large library has, and two words sharing a hash is too rare to matter to grouping.
enum StoryTerms {
    typealias Term = UInt64

    /// How much a word counts, by where it was found: the headline names the event.
    static let headlineWeight: Float = 1
    static let addressWeight: Float = 0.5
    static let bodyWeight: Float = 1
    /// The opening words of the text that are read: the lede carries the event; the rest
    /// would add noise and time.
    static let bodyWords = 25

    /// An article's words with their weights (a word found twice counts twice), as a
    /// compact list: a library keeps one per article while it groups. Sorted by term: the
    /// dictionary's order changes with each process's hash seed, and grouping numbers words
    /// in the order it meets them, so in that order the same library gave a story another
    /// headline from one run to the next.
    static func of(_ article: Article) -> [(term: Term, weight: Float)] {
        var terms: [Term: Float] = [:]
        add(words(in: article.title), weight: headlineWeight, to: &terms)
        if let url = article.url { add(words(inAddress: url), weight: addressWeight, to: &terms) }
        // A feed item without content repeats its headline as its body; that adds nothing.
        if article.body.text != article.title {
            add(words(in: article.body.text, limit: bodyWords), weight: bodyWeight, to: &terms)
        }
        return terms.map { ($0.key, $0.value) }.sorted { $0.term < $1.term }
    }

    private static func add(_ words: [Term], weight: Float, to terms: inout [Term: Float]) {
        for word in words { terms[word, default: 0] += weight }
    }

    /// The content words of a text, folded, in order, at most `limit` of them. Read as
    /// bytes (ASCII letters lower-cased, other letters kept as they are): this runs over
    /// every article of a library as it loads.
    static func words(in text: String, limit: Int = .max) -> [Term] {
        var out: [Term] = []
        var word: [UInt8] = []
        func finish() {
            defer { word.removeAll(keepingCapacity: true) }
            if !word.isEmpty, let folded = fold(&word) { out.append(folded) }
        }
        var utf8 = text.utf8.makeIterator()
        while out.count < limit, let byte = utf8.next() {
            switch byte {
            case 0x41...0x5A: word.append(byte | 0x20)
            case 0x61...0x7A, 0x30...0x39: word.append(byte)
            case 0x27 where !word.isEmpty: word.append(0x27)
            case 0xE2:
                // ’ (E2 80 99) is an apostrophe; other punctuation in this block ends the word.
                let second = utf8.next(), third = utf8.next()
                if second == 0x80, third == 0x99, !word.isEmpty { word.append(0x27) } else { finish() }
            case 0xC3...0xF4: word.append(byte)
            case 0x80...0xBF where !word.isEmpty: word.append(byte)
            default: finish()
            }
        }
        finish()
        return out
    }

    /// The words of a web address's path, without its host, file extension or query.
    static func words(inAddress address: String) -> [Term] {
        var path = Substring(address)
        if let scheme = path.range(of: "://") { path = path[scheme.upperBound...].drop { $0 != "/" } }
        if let query = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<query] }
        for suffix in [".html", ".htm", ".php", ".aspx", ".asp", ".story"] where path.hasSuffix(suffix) {
            path = path.dropLast(suffix.count)
        }
        // Identifiers and dates in addresses are not words: only words of three letters or more.
        var letters = ""
        var run = ""
        for character in path {
            if character.isLetter {
                run.append(character)
                continue
            }
            if run.count >= 3 { letters += run + " " }
            run = ""
        }
        if run.count >= 3 { letters += run }
        return words(in: letters)
    }

    /// A word as it counts for grouping, or nil for words that tell stories apart poorly:
    /// possessives and plurals folded, apostrophes dropped.
    static func fold(_ word: inout [UInt8]) -> Term? {
        while word.last == 0x27 { word.removeLast() }
        if word.count > 2, word[word.count - 2] == 0x27, word.last == 0x73 { word.removeLast(2) }
        word.removeAll { $0 == 0x27 }
        let n = word.count
        if n > 4, word[n - 3] == 0x69, word[n - 2] == 0x65, word[n - 1] == 0x73 {
            word.removeLast(2)
            word[n - 3] = 0x79
        } else if n > 3, word[n - 1] == 0x73, word[n - 2] != 0x73, word[n - 2] != 0x75 {
            word.removeLast()
        }
        guard word.count >= 2 else { return nil }
        let term = hash(word)
        return stopTerms.contains(term) ? nil : term
    }

    /// FNV-1a over the folded bytes (the steps the byte hash tables use).
    static func hash(_ bytes: some Sequence<UInt8>) -> Term {
        bytes.reduce(ByteHashTable<Term>.seed, ByteHashTable<Term>.step)
    }

    /// The term of a word as it would be read from a text, for tests and lookups.
    static func term(_ word: String) -> Term? { words(in: word).first }

    static let stopTerms = Set(stopWords.map { hash($0.utf8) })

    static let stopWords: [String] = [
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
