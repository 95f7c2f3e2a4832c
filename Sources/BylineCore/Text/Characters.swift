/// Scalar classes the extractors test in their inner loops, kept cheap and in one place.
enum Characters {
    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\n" || s == "\t" || s == "\r" || s == "\u{A0}" || s == "\u{2009}" || s == "\u{202F}"
    }

    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

    /// A second byte of a UTF-8 letter decoded as Latin-1 (U+0080–U+00BF) after its lead
    /// byte's "Ã" or "Â" (or their decomposed tilde or circumflex, "A" + U+0303): part of
    /// the word, however it looks.
    @inline(__always) static func isMojibakeContinuation(_ s: Unicode.Scalar, after lead: Unicode.Scalar) -> Bool {
        (0x80...0xBF).contains(s.value)
            && (lead == "Ã" || lead == "Â" || lead == "\u{0303}" || lead == "\u{0302}")
    }

    /// A combining diacritical mark (U+0300–U+036F): text in decomposed form writes "é" as
    /// "e" and U+0301, still one letter of the word.
    @inline(__always) static func isCombiningMark(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x300 && s.value <= 0x36F
    }

    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        if isGeneralPunctuation(v) { return false }
        return s.properties.isAlphabetic
    }

    @inline(__always) static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 128 { return v >= 65 && v <= 90 }
        if isGeneralPunctuation(v) { return false }
        return s.properties.isUppercase
    }

    /// The General Punctuation block (curly quotation marks, dashes, the ellipsis) holds no
    /// letter, and news text is full of it: the letter tests skip Unicode's property lookup.
    @inline(__always) private static func isGeneralPunctuation(_ v: UInt32) -> Bool {
        v >= 0x2000 && v <= 0x206F
    }

    /// Where the letters-and-digits word starting at `i` lies, after any opening punctuation.
    static func word(_ t: [Unicode.Scalar], from i: Int, limit: Int) -> Range<Int> {
        var s = i
        while s < limit, !isLetter(t[s]), !isDigit(t[s]) { s += 1 }
        var e = s
        while e < limit, isLetter(t[e]) || isDigit(t[e]) { e += 1 }
        return s..<e
    }
}
