/// One article as the quote rules read it, and what they have found in it so far.
///
/// The text side (sentences, their tokens, the quotations) never changes; the readers of
/// attribution frames (`AttributionFrames`, `ReportedSpeech`, `EmbeddedQuestions`) only read
/// it. What changes is written through `record` alone: the quotes, the sentences they
/// claim, and the resolver's memory of who spoke last. A rule sees what the rules before it
/// in `QuoteExtractor.rules` recorded, which is how their order matters.
struct QuoteContext {
    let doc: Document
    let t: [Unicode.Scalar]
    /// Tokens of each sentence.
    let sentenceTokens: [[Token]]
    let quoted: [QuotedSpan]
    private(set) var resolver: SpeakerResolver
    private(set) var quotes: [Quote] = []
    /// Sentences already holding an attribution: later rules leave them alone.
    private(set) var claimedSentences = Set<Int>()
    /// Paragraphs that are turns of an interview transcript: their quotations are the turn's.
    private(set) var transcriptParagraphs = Set<Int>()
    /// Sentences found to hold no reported speech, so that the direct-quote rule (for each
    /// fragment) and the reported-speech rule read each at most once.
    private var withoutReportedSpeech = Set<Int>()

    init(_ doc: Document) {
        self.doc = doc
        self.t = doc.text
        let register = PersonRegister(doc, tokens: doc.tokens)
        let tokens = register.readingSurnames(in: doc.tokens, of: doc.text)
        self.sentenceTokens = tokens
        var paragraphs = doc.paragraphs
        if doc.headlineInBody, !paragraphs.isEmpty { paragraphs.removeFirst() }
        self.quoted = QuotationMarks.find(doc.text, paragraphs: paragraphs).map {
            var q = $0
            if doc.headlineInBody { q.paragraph += 1 }
            return q
        }
        self.resolver = SpeakerResolver(
            register, doc: doc, sentenceTokens: tokens,
            quotations: quoted.map(\.content))
    }

    // MARK: What the rules record

    /// Adds a quote made of `pieces`, claims `sentences` for it, and notes its speaker as the
    /// one who spoke last there (pronouns after it resolve to them).
    mutating func record(
        _ pieces: QuotePieces, kind: QuoteKind, _ attribution: Attribution?, claiming sentences: some Sequence<Int>
    ) {
        claimedSentences.formUnion(sentences)
        guard let attribution else {
            quotes.append(Quote(pieces: pieces, kind: kind))
            return
        }
        let resolved = attribution.resolved
        if let person = resolved.person { resolver.noteSpeaker(person, at: pieces[0].start) }
        let nearer = kind != .mixed ? nil : nearerSubject(of: attribution, before: pieces[0].start)
        // A continuation rests on the attribution of the quotation it continues.
        quotes.append(
            Quote(
                pieces: pieces, kind: kind, speaker: resolved.speaker, personIndex: resolved.person,
                speakerMention: nearer?.mention ?? attribution.mention, cue: (nearer?.cue ?? attribution.cue)?.span))
    }

    /// The same speaker as subject of a cue between the frame and the words (`He would pay
    /// for it through "tax reform," which he described as "…"`, `his daughters, who he said
    /// were "…"`): the mention closest to what they said. (A cue inside the reported clause,
    /// `said …, although he tweeted that he "…"`, was tried too and lost on train-measure.)
    private func nearerSubject(of attribution: Attribution, before start: Int) -> Attribution? {
        guard let person = attribution.resolved.person, let mention = attribution.mention, mention.end < start,
            let s = sentence(at: mention.start), sentence(at: start) == s
        else { return nil }
        let tokens = sentenceTokens[s]
        var found: Attribution?
        for c in tokens.indices where tokens[c].span.start >= mention.end && tokens[c].span.end <= start {
            guard tokens[c].flags.contains(.cue), !FrameWords.isCountedNoun(tokens, at: c) else { continue }
            let end = SourcePhrase.skippingBetween(tokens, before: c)
            guard end > 0, tokens[end - 1].span.start >= mention.end, FrameWords.isSubject(tokens[end - 1]) else {
                continue
            }
            let subject = SourcePhrase.preceding(tokens, before: c)
            guard !subject.isEmpty, resolver.resolve(subject, at: s)?.person == person else { continue }
            found = Attribution(source: subject, cue: tokens[c], resolved: attribution.resolved, continuation: false)
        }
        return found
    }

    /// Claims `sentences` for words that are no quote (a gloss, a slogan), so that no later
    /// rule reads a frame around them ("Drivers saw a sign which read, "…"").
    mutating func claim(_ sentences: some Sequence<Int>) { claimedSentences.formUnion(sentences) }

    /// Marks paragraph `p` as a turn of a transcript.
    mutating func claimTranscriptTurn(_ p: Int) { transcriptParagraphs.insert(p) }

    /// The reported speech of sentence `s`, remembering a sentence without any so that no
    /// rule reads it again.
    mutating func reportedSpeechOnce(in s: Int) -> AttributedClause? {
        guard !withoutReportedSpeech.contains(s) else { return nil }
        guard let reported = reportedSpeech(in: s, allowBelief: true) else {
            withoutReportedSpeech.insert(s)
            return nil
        }
        return reported
    }

    // MARK: Reading the text

    func sentence(at offset: Int) -> Int? {
        let i = doc.sentences.partitionIndex { $0.end > offset }
        return i < doc.sentences.count ? i : nil
    }

    /// Whether sentence `s` is part of a headline kept in the body (no quotes are read there).
    func isHeadline(_ s: Int) -> Bool {
        guard doc.headlineInBody, let first = doc.paragraphs.first else { return false }
        return first.contains(doc.sentences[s])
    }

    /// The tokens of sentence `s` that lie within `start..<end`.
    func tokens(of s: Int, from start: Int = Int.min, to end: Int = Int.max) -> ArraySlice<Token> {
        let all = sentenceTokens[s]
        let first = all.partitionIndex { $0.span.start >= start }
        let last = all[first...].partitionIndex { $0.span.end > end }
        return all[first..<last]
    }

    /// The first quotation opening after `offset`.
    func quotation(after offset: Int) -> QuotedSpan? {
        let i = quoted.partitionIndex { $0.open > offset }
        return i < quoted.count ? quoted[i] : nil
    }

    /// The tokens of sentence `s` outside quotation marks.
    func tokensOutsideQuotations(_ s: Int) -> [Token] {
        let sentence = doc.sentences[s]
        var q = quoted.partitionIndex { $0.content.end > sentence.start }
        var out: [Token] = []
        out.reserveCapacity(sentenceTokens[s].count)
        for token in sentenceTokens[s] {
            while q < quoted.count, quoted[q].content.end <= token.span.start { q += 1 }
            if q < quoted.count, quoted[q].content.contains(token.span) { continue }
            out.append(token)
        }
        return out
    }

    /// The quotation's last character, looking through the closing marks of a quotation
    /// nested at its end (`…do you need?’”`).
    func lastPunctuation(_ q: QuotedSpan) -> Unicode.Scalar {
        var i = q.content.end - 1
        while i > q.content.start, ["’", "'", "”", "\""].contains(t[i]) { i -= 1 }
        return i >= q.content.start ? t[i] : " "
    }

    /// Written as titles of works are: every word of three letters or more capitalised but
    /// the articles, conjunctions and short prepositions after the first ("Face the Nation",
    /// "Meet the Press", "Gone with the Wind").
    func isTitleCase(_ span: TextSpan) -> Bool {
        var i = span.start
        var first = true
        while i < span.end {
            guard Characters.isLetter(t[i]) else {
                i += 1
                continue
            }
            var e = i
            while e < span.end, Characters.isLetter(t[e]) { e += 1 }
            if e - i >= 3, !Characters.isUpper(t[i]) {
                guard !first, let word = Word(cheaplyLowercasing: t, i..<e), FrameWords.titleMinorWords.contains(word)
                else { return false }
            }
            first = false
            i = e
        }
        return true
    }

    func startsCapitalised(_ q: QuotedSpan) -> Bool {
        q.content.start < t.count && Characters.isUpper(t[q.content.start])
    }

    /// Whether a token has a small letter: a word in capitals ("UPDATE", "LOS ANGELES") is a
    /// kicker or dateline, not a name.
    func hasLowercase(_ token: Token) -> Bool { token.text(in: t).contains(where: \.isLowercase) }

    /// Where sentence `sentence` ends without its closing marks and spaces.
    func trimmedEnd(_ sentence: TextSpan) -> Int {
        var e = sentence.end
        while e > sentence.start, ".!?".unicodeScalars.contains(t[e - 1]) || Characters.isSpace(t[e - 1]) { e -= 1 }
        return e
    }

    func wordCount(_ span: TextSpan) -> Int {
        var count = 0
        var inWord = false
        for i in span.start..<span.end {
            let w = Characters.isLetter(t[i]) || Characters.isDigit(t[i])
            if w && !inWord { count += 1 }
            inWord = w
        }
        return count
    }
}
