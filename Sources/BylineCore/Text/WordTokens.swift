/// A word or punctuation mark of a sentence, with its span: plain data, no String, so
/// that making, copying and dropping a sentence's tokens costs no reference counting.
/// Its text, where a rule needs it (a name, a title), is read from the document by span.
public struct Token: Sendable {
    public var span: TextSpan
    /// The lower-case form, which the rules compare with their words.
    public var lower: Word
    public var isWord: Bool
    /// Starts with an upper-case letter.
    public var isCapitalised: Bool
    /// What the lexicons say about the word.
    public var flags: WordFlags = []
    /// The entry of `TimeWord.entries` for the word (0: not a time word).
    var time: UInt16 = 0
}

extension Token {
    /// A word of time: an entry of `TimeWord.entries` or a time trigger ("Wednesday", "morning").
    var isTimeWord: Bool { time != 0 || flags.contains(.timeTrigger) }

    /// The token as written, read from the scalars it was cut from.
    func text(in t: [Unicode.Scalar]) -> String { String(scalars: t, span.start..<span.end) }

    /// The lower-case form as a String: whole in `lower` for all but the longest words.
    func lowerString(in t: [Unicode.Scalar]) -> String {
        lower.inlineString ?? String(lowercasedScalars: t, span.start..<span.end)
    }
}

/// Splits text into word and punctuation tokens. Abbreviations keep their periods
/// ("Sen.", "U.S."), possessive `'s` stays a separate token, numbers keep `,` and `.`.
public enum WordTokenizer {
    public static func tokens(_ t: [Unicode.Scalar], in span: TextSpan) -> [Token] {
        var out: [Token] = []
        // A token every five scalars on average: a third leaves one sentence in twenty to
        // grow. (Not beyond an ordinary sentence's: a run-on paragraph grows as it needs,
        // or its tokens would take eight bytes a byte before any were found.)
        out.reserveCapacity(min(span.length / 3 + 1, 256))
        let lexicon = WordFlags.lexicon
        var i = span.start
        while i < span.end {
            let c = t[i]
            if Characters.isSpace(c) { i += 1; continue }
            if Characters.isLetter(c) || Characters.isDigit(c) {
                var e = i + 1
                while e < span.end {
                    let d = t[e]
                    if Characters.isLetter(d) || Characters.isDigit(d) { e += 1; continue }
                    // "SarukhÃÂ¡n": UTF-8 read as Latin-1 writes a letter's second byte as a sign
                    // after "Ã" or "Â"; the name is still one word.
                    if Characters.isMojibakeContinuation(d, after: t[e - 1]) || Characters.isCombiningMark(d) {
                        e += 1
                        continue
                    }
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
                var token = make(t, i, e, word: true, lexicon: lexicon)
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
                out.append(make(t, i, i + 2, word: true, lexicon: lexicon))
                i += 2
                continue
            }
            out.append(make(t, i, i + 1, word: false, lexicon: lexicon))
            i += 1
        }
        return out
    }

    static let abbreviations = SentenceSplitter.titles.union(SentenceSplitter.beforeNumbers)
        .union([
            "inc", "corp", "co", "ltd", "jr", "sr", "st", "u.s", "u.n", "u.k", "d.c", "a.m", "p.m", "e.g",
            "i.e", "etc", "gov", "calif", "fla", "mass", "ariz", "ga", "pa", "va", "n.y", "n.j", "ill", "mich",
            "ohio", "tenn", "tex", "wash", "wis",
        ])

    /// Whether the word before a period is an abbreviation.
    static func isAbbreviation(_ t: [Unicode.Scalar], _ s: Int, _ e: Int) -> Bool {
        if e - s == 1 { return Characters.isUpper(t[s]) }
        if t[s..<e].contains(".") { return true }
        return abbreviations.contains(lowerWord(t, s, e))
    }

    /// The lower-case form of `t[s..<e]`: ASCII folded byte by byte, anything else by
    /// Unicode rules.
    static func lowerWord(_ t: [Unicode.Scalar], _ s: Int, _ e: Int) -> Word {
        Word(cheaplyLowercasing: t, s..<e) ?? Word(String(lowercasedScalars: t, s..<e))
    }

    private static func make(
        _ t: [Unicode.Scalar], _ s: Int, _ e: Int, word: Bool, lexicon: WordTable<WordFlags.Entry>
    ) -> Token {
        var hyphen = false
        for i in s..<e where t[i] == "-" {
            hyphen = true
            break
        }
        let lower = lowerWord(t, s, e)
        let entry = WordFlags.of(lower, in: lexicon)
        var flags = entry.flags
        if Characters.isDigit(t[s]) { flags.insert(.startsWithDigit) }
        if hyphen { flags.insert(.hyphenated) }
        if e - s == 1, t[s] == "'" || t[s] == "’" { flags.insert(.apostrophe) }
        return Token(
            span: TextSpan(s, e), lower: lower, isWord: word,
            isCapitalised: word && Characters.isUpper(t[s]),
            flags: flags, time: word ? entry.time : 0)
    }
}
