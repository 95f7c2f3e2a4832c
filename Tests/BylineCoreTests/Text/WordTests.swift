import Testing

@testable import BylineCore

@Suite struct WordTests {
    @Test func aShortWordIsStoredWholeAndReadBack() {
        let word = Word("spokeswoman")
        #expect(word.count == 11)
        #expect(word.inlineString == "spokeswoman")
        #expect(word == "spokeswoman")
        #expect(word != "spokeswomen")
        #expect(word.hasSuffix("woman") && word.hasPrefix("spokes"))
        #expect(!word.hasSuffix("man.") && !word.hasPrefix("spoken"))
    }

    @Test func wordsOfFifteenBytesAndMoreAreDistinct() {
        // 15 bytes is the last length stored whole; longer words are compared by hash and tail.
        #expect(Word("abcdefghijklmno").inlineString == "abcdefghijklmno")
        let long = Word("counterterrorism"), other = Word("counterterrorisn")
        #expect(long.inlineString == nil)
        #expect(long == Word("counterterrorism"))
        #expect(long != other)
        #expect(Word("internationally-renowned") != Word("internationally-renownee"))
        // Same length, same ending: only the hash of the whole tells them apart.
        let tail = String(repeating: "a", count: 30)
        #expect(Word("x" + tail) != Word("y" + tail))
    }

    @Test func aLongWordStillKnowsItsEnding() {
        let word = Word("seventy-five-year-old")
        #expect(word.hasSuffix("-year-old"))
        #expect(!word.hasSuffix("-year-olds"))
        #expect(word.count == 21)
        // Its beginning is not kept, so no prefix is claimed.
        #expect(!word.hasPrefix("seventy"))
    }

    @Test func nonASCIIWordsAreTheirUTF8Bytes() {
        let word = Word("o’neill")
        #expect(word.count == 9)
        #expect(word.inlineString == "o’neill")
        #expect(word.hasSuffix("’neill"))
    }

    @Test func theTokenizersPackingAgreesWithUnicodeLowerCasing() {
        // ASCII and caseless punctuation are packed straight from the scalars; a letter beyond
        // ASCII, or more than 15 bytes, is left to Unicode's case mapping (nil here).
        for text in ["Said", "U.S.", "“", "’", "—", "…", "don’t", "‘Yes’", "ABCDEFGHIJKLMNO"] {
            let scalars = Array(text.unicodeScalars)
            #expect(Word(cheaplyLowercasing: scalars, 0..<scalars.count) == Word(text.lowercased()), "\(text)")
        }
        for text in ["Élysée", "ÖSTERREICH", "straße", "counterterrorism", "——————"] {
            let scalars = Array(text.unicodeScalars)
            #expect(Word(cheaplyLowercasing: scalars, 0..<scalars.count) == nil, "\(text)")
        }
        #expect(WordTokenizer.lowerWord(Array("Élysée".unicodeScalars), 0, 6) == Word("élysée"))
    }

    @Test func pluralsAreMadeAndUndoneByteWise() {
        #expect(Word("insiders").removingLastByte() == "insider")
        #expect(Word("insider").appending(UInt8(ascii: "s")) == "insiders")
        #expect(Word("abcdefghijklmno").appending(UInt8(ascii: "s")) == .none)
        #expect(Word("counterterrorism").removingLastByte() == .none)
    }

    @Test func aTableFindsEveryWordItHoldsAndNoOther() {
        let words = (0..<500).map { "word\($0)" } + ["counterterrorism", "a", "’s"]
        let table = WordTable(words.enumerated().map { (Word($0.element), $0.offset) })
        for (index, word) in words.enumerated() { #expect(table[Word(word)] == index) }
        #expect(table[Word("word500")] == nil)
        #expect(table[Word("counterterrorisms")] == nil)
        #expect(table[.none] == nil)
        let set: WordSet = ["said", "told"]
        #expect(set.contains("said") && !set.contains("say"))
    }
}

@Suite struct WordTokenizerTests {
    func tokens(_ text: String) -> (tokens: [Token], text: [Unicode.Scalar]) {
        let scalars = [Unicode.Scalar](scalarsOf: text)
        return (WordTokenizer.tokens(scalars, in: TextSpan(0, scalars.count)), scalars)
    }

    /// Double-encoded UTF-8 ("SarukhÃÂ¡n", "FranÃ§ois") leaves a name one word; the same
    /// signs elsewhere are punctuation still.
    @Test func aNameInDoubleEncodedTextIsOneWord() {
        let (found, text) = tokens("Arturo SarukhÃÂ¡n and FranÃ§ois spoke ¡hola!")
        #expect(
            found.map { $0.text(in: text) } == ["Arturo", "SarukhÃÂ¡n", "and", "FranÃ§ois", "spoke", "¡", "hola", "!"])
    }

    /// Text in decomposed form keeps a combining mark in its word ("José" as "e" and U+0301),
    /// and double-encoded UTF-8 decomposed too ("A" U+0303 for "Ã") stays one word.
    @Test func aCombiningMarkStaysInItsWord() {
        let (found, text) = tokens("Jose\u{301} met Fran\u{41}\u{303}\u{83}\u{41}\u{302}\u{A7}ois today")
        #expect(found.map { $0.text(in: text).unicodeScalars.count } == [5, 3, 13, 5])
    }

    @Test func tokensCarryTheirLowerCaseFormAndSpanNotTheirText() {
        let (tokens, text) = tokens("Sen. O’Neill’s aide said: “Never.”")
        #expect(
            tokens.map { $0.text(in: text) } == ["Sen.", "O’Neill", "’s", "aide", "said", ":", "“", "Never", ".", "”"])
        #expect(tokens.map(\.lower) == ["sen.", "o’neill", "’s", "aide", "said", ":", "“", "never", ".", "”"])
        #expect(tokens[1].isCapitalised && !tokens[3].isCapitalised)
        #expect(tokens[0].flags.contains(.title))
        #expect(tokens[4].flags.contains(.cue))
    }

    @Test func aLongWordReadsItsLowerCaseFormFromTheText() {
        let (tokens, text) = tokens("The Counterterrorism office.")
        #expect(tokens[1].lower == Word("counterterrorism"))
        #expect(tokens[1].lowerString(in: text) == "counterterrorism")
        #expect(tokens[1].text(in: text) == "Counterterrorism")
    }

    @Test func flagsComeFromTheLexiconsAndTheWordsShape() {
        let (tokens, _) = tokens("In mid-1990s Tuesday 1998 he warned")
        #expect(tokens[1].flags.contains(.hyphenated))
        #expect(tokens[3].flags.contains(.startsWithDigit))
        #expect(tokens[2].time != 0 && tokens[4].time == 0)
        #expect(tokens[5].flags.contains(.pastForm) && !tokens[4].flags.contains(.pastForm))
    }
}
