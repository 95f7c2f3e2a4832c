/// A word or punctuation mark of a sentence, with its span.
public struct Token: Sendable {
    public var span: TextSpan
    public var text: String
    public var lower: String
    public var isWord: Bool
    /// Starts with an upper-case letter.
    public var isCapitalised: Bool
    /// What the lexicons say about the word.
    public var flags: WordFlags = []
    /// The entry of `TimeWord.entries` for the word (0: not a time word).
    var time: UInt16 = 0

    var first: Unicode.Scalar { text.unicodeScalars.first ?? " " }
}

/// Splits text into word and punctuation tokens. Abbreviations keep their periods
/// ("Sen.", "U.S."), possessive `'s` stays a separate token, numbers keep `,` and `.`.
public enum WordTokenizer {
    public static func tokens(_ t: [Unicode.Scalar], in span: TextSpan) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(span.length / 5)
        var i = span.start
        while i < span.end {
            let c = t[i]
            if Characters.isSpace(c) { i += 1; continue }
            if Characters.isLetter(c) || Characters.isDigit(c) {
                var e = i + 1
                while e < span.end {
                    let d = t[e]
                    if Characters.isLetter(d) || Characters.isDigit(d) { e += 1; continue }
                    // Inner hyphen, apostrophe or period followed by a letter/digit stays in the word.
                    if (d == "-" || d == "'" || d == "’" || d == "." || d == ",") && e + 1 < span.end
                        && (Characters.isLetter(t[e + 1]) || Characters.isDigit(t[e + 1]))
                    {
                        if d == "," && !(Characters.isDigit(t[e - 1]) && Characters.isDigit(t[e + 1])) { break }
                        if (d == "'" || d == "’") && e + 2 <= span.end && (t[e + 1] == "s" || t[e + 1] == "S")
                            && (e + 2 == span.end || !Characters.isLetter(t[e + 2]))
                        {
                            break
                        }
                        e += 2
                        continue
                    }
                    break
                }
                // A trailing period belongs to an abbreviation (Sen., U.S., Jan.) or an initial.
                if e < span.end, t[e] == ".", isAbbreviation(t, i, e) { e += 1 }
                var token = make(t, i, e, word: true)
                // A capital after a word starts a name ("the Washington Post", "the United
                // States"), not a reporting verb.
                if token.isCapitalised, out.last?.isWord == true { token.flags.remove(.cue) }
                out.append(token)
                i = e
                continue
            }
            if (c == "'" || c == "’"), i + 1 < span.end, t[i + 1] == "s" || t[i + 1] == "S",
                i + 2 == span.end || !Characters.isLetter(t[i + 2]), i > span.start, Characters.isLetter(t[i - 1])
            {
                out.append(make(t, i, i + 2, word: true))
                i += 2
                continue
            }
            out.append(make(t, i, i + 1, word: false))
            i += 1
        }
        return out
    }

    static let abbreviations = ByteHashTable(
        Dictionary(
            uniqueKeysWithValues: SentenceSplitter.titles.union(SentenceSplitter.beforeNumbers)
                .union([
                    "inc", "corp", "co", "ltd", "jr", "sr", "st", "u.s", "u.n", "u.k", "d.c", "a.m", "p.m", "e.g",
                    "i.e", "etc", "gov", "calif", "fla", "mass", "ariz", "ga", "pa", "va", "n.y", "n.j", "ill", "mich",
                    "ohio", "tenn", "tex", "wash", "wis",
                ])
                .map { ($0, true) }))

    /// Whether the word before a period is an abbreviation: asked at every sentence end, so
    /// the lower-case word is hashed from the scalars and made a String only on a hash hit.
    static func isAbbreviation(_ t: [Unicode.Scalar], _ s: Int, _ e: Int) -> Bool {
        if e - s == 1 { return Characters.isUpper(t[s]) }
        if t[s..<e].contains(".") { return true }
        var hash = ByteHashTable<Bool>.seed
        for i in s..<e {
            let v = t[i].value
            guard v < 128 else { return abbreviations[String(lowercasedScalars: t, s..<e)] != nil }
            hash = ByteHashTable<Bool>.step(hash, UInt8(v >= 65 && v <= 90 ? v + 32 : v))
        }
        return abbreviations.contains(hash: ByteHashTable<Bool>.finish(hash)) { String(lowercasedScalars: t, s..<e) }
    }

    /// One-character strings for ASCII, made once: punctuation is a fifth of all tokens.
    private static let asciiCharacters: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    private static func make(_ t: [Unicode.Scalar], _ s: Int, _ e: Int, word: Bool) -> Token {
        // A word with no capitals shares its text as its lower-case form.
        // The lexicon hash of an ASCII word is taken from the scalars on the way.
        var plain = true, ascii = true, hyphen = false
        var hash = ByteHashTable<WordFlags>.seed
        for i in s..<e {
            let v = t[i].value
            if v == 45 { hyphen = true }
            if v >= 128 { plain = false; ascii = false; break }
            if v >= 65 && v <= 90 { plain = false }
            hash = ByteHashTable<WordFlags>.step(hash, UInt8(v >= 65 && v <= 90 ? v + 32 : v))
        }
        if !ascii, !hyphen { hyphen = t[s..<e].contains("-") }
        let text =
            e - s == 1 && ascii
            ? asciiCharacters[Int(t[s].value)]
            : ascii ? String(asciiScalars: t, s..<e) : String(scalars: t, s..<e)
        let lower =
            plain
            ? text
            : e - s == 1 && ascii
                ? asciiCharacters[Int(t[s].value) | 0x20]
                : ascii ? String(asciiScalars: t, s..<e, lowercased: true) : String(lowercasedScalars: t, s..<e)
        // Shapes the time-expression matcher tests at every token, as bits.
        let lowerHash = ascii ? ByteHashTable<WordFlags>.finish(hash) : ByteHashTable<WordFlags>.hash(lower)
        let entry = WordFlags.of(lower, hash: lowerHash)
        var flags = entry.flags
        if Characters.isDigit(t[s]) { flags.insert(.startsWithDigit) }
        if hyphen { flags.insert(.hyphenated) }
        if e - s == 1, t[s] == "'" || t[s] == "’" { flags.insert(.apostrophe) }
        return Token(
            span: TextSpan(s, e), text: text, lower: lower, isWord: word,
            isCapitalised: word && Characters.isUpper(t[s]),
            flags: flags, time: word ? entry.time : 0)
    }
}
