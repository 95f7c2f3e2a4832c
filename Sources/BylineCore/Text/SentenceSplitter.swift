/// Splits news English into sentences.
///
/// A sentence ends at `.`, `!`, `?` or an ellipsis (with any closing quotes or brackets)
/// when whitespace and a capitalised word, a digit or an opening quote follow — unless the
/// word before the period is a title (Mr., Sen.), an initial (John F. Kennedy), a month or
/// `No.` before a number, or an initialism (U.S.) not followed by a typical sentence start.
/// Paragraph ends always end a sentence, so headlines need no punctuation.
public enum SentenceSplitter {
    /// Abbreviations that never end a sentence: they precede a name.
    static let titles: WordSet = [
        "mr", "mrs", "ms", "dr", "sen", "rep", "reps", "sens", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr",
        "adm", "maj", "cpl", "pvt", "prof", "rev", "hon", "pres", "atty", "supt", "insp", "det", "fr", "st", "mt",
        "messrs", "mmes", "msgr", "amb", "gens", "vs", "v", "cf", "approx", "ft", "ave", "blvd",
    ]
    /// Abbreviations that end a sentence only when a capitalised word follows that is not a number.
    static let beforeNumbers: WordSet = [
        "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "art", "fig", "vol", "p", "pp", "ch", "sec", "op",
    ]
    /// Abbreviations that usually continue the sentence (e.g., i.e., etc. mid-sentence).
    static let midSentence: WordSet = [
        "e.g", "i.e", "etc", "al", "inc", "corp", "co", "ltd", "jr", "sr", "bros", "llc",
    ]
    /// Words that start sentences after an initialism such as "U.S." or "Inc.".
    static let sentenceStarters: WordSet = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on", "this", "that",
        "there", "his", "her", "their", "its", "as", "at", "for", "if", "when", "while", "after", "before",
        "some", "many", "most", "one", "two", "what", "why", "how", "who", "so", "yet", "still", "meanwhile",
        "however", "officials", "mr", "mrs", "ms", "dr", "sen", "president", "now", "then", "our", "my", "no",
    ]

    /// Sentence spans of `text`, trimmed of surrounding whitespace.
    public static func split(_ text: [Unicode.Scalar], paragraphs: [TextSpan]) -> [TextSpan] {
        var sentences: [TextSpan] = []
        for paragraph in paragraphs {
            var start = paragraph.start
            var i = paragraph.start
            while i < paragraph.end {
                let c = text[i]
                guard isMark(c) else { i += 1; continue }
                // Swallow runs (?!, ...) and closing quotes or brackets.
                var end = i + 1
                while end < paragraph.end, isMark(text[end]) { end += 1 }
                while end < paragraph.end, isCloser(text[end]) { end += 1 }
                guard end < paragraph.end, Characters.isSpace(text[end]) else { i = end; continue }
                var next = end
                while next < paragraph.end, Characters.isSpace(text[next]) { next += 1 }
                guard next < paragraph.end else { break }
                if isBoundary(text, period: i, markEnd: end, next: next, paragraphEnd: paragraph.end) {
                    appendTrimmed(text, TextSpan(start, end), to: &sentences)
                    start = next
                }
                i = next
            }
            appendTrimmed(text, TextSpan(start, paragraph.end), to: &sentences)
        }
        return sentences
    }

    /// Tested at every character, so written as comparisons rather than set lookups.
    @inline(__always) static func isMark(_ c: Unicode.Scalar) -> Bool { c == "." || c == "!" || c == "?" || c == "…" }
    @inline(__always) static func isCloser(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "”" || c == "’" || c == "'" || c == ")" || c == "]" || c == "»"
    }
    @inline(__always) static func isOpener(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "“" || c == "‘" || c == "'" || c == "(" || c == "[" || c == "«"
    }

    private static func isBoundary(_ t: [Unicode.Scalar], period: Int, markEnd: Int, next: Int, paragraphEnd: Int)
        -> Bool
    {
        let first = t[next]
        let startsUpper =
            Characters.isUpper(first) || Characters.isDigit(first) || isOpener(first)
            || first == "—" || first == "-"
        guard startsUpper else { return false }
        guard t[period] == "." && !(period + 1 < markEnd && t[period + 1] == ".") else { return true }
        // Period right after a word: look at that word.
        var w = period
        while w > 0, !Characters.isSpace(t[w - 1]), !isOpener(t[w - 1]) { w -= 1 }
        guard w < period else { return true }
        let word = WordTokenizer.lowerWord(t, w, period)
        if titles.contains(word) { return false }
        let nextWord = Characters.word(t, from: next, limit: paragraphEnd)
        let nextStartsSentence = sentenceStarters.contains(
            WordTokenizer.lowerWord(t, nextWord.lowerBound, nextWord.upperBound))
        if period - w == 1, t[w].properties.isAlphabetic { return nextStartsSentence }
        if beforeNumbers.contains(word) { return !Characters.isDigit(first) }
        if t[w..<period].contains(".") || midSentence.contains(word) { return nextStartsSentence }
        return true
    }

    private static func appendTrimmed(_ t: [Unicode.Scalar], _ span: TextSpan, to out: inout [TextSpan]) {
        var s = span.start, e = span.end
        while s < e, Characters.isSpace(t[s]) { s += 1 }
        while e > s, Characters.isSpace(t[e - 1]) { e -= 1 }
        if e > s { out.append(TextSpan(s, e)) }
    }
}
