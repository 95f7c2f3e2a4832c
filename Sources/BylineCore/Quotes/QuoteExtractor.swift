/// Finds every attribution in an article: direct quotes, partial quotes inside reported
/// speech, and reported speech, each with its cue and its resolved speaker.
///
/// The rules follow how news English attributes speech: a quotation is attributed by a
/// reporting verb and a source phrase next to it (`"…," she said`, `X said: "…"`), or by
/// the quotation before it in the same or the previous paragraph; reported speech is a
/// source phrase and a reporting verb before or after the reported clause, or
/// `according to X`. Source phrases resolve through `SpeakerResolver`.
public enum QuoteExtractor {
    public static func extract(_ document: Document) -> (quotes: [Quote], people: [Person]) {
        var context = QuoteContext(document)
        context.findTranscriptTurns()
        context.findDirectQuotes()
        context.findReportedSpeech()
        context.findEmbeddedQuestions()
        let quotes = context.quotes.sorted { $0.span < $1.span }
        let register = context.resolver.register
        let people = register.people.enumerated().map { index, person in
            var titled = person
            titled.titles = register.roles[index].sorted()
            return titled
        }
        return (quotes, people)
    }
}

/// The working state of one extraction.
struct QuoteContext {
    let doc: Document
    let t: [Unicode.Scalar]
    /// Tokens of each sentence.
    let sentenceTokens: [[Token]]
    let quoted: [QuotedSpan]
    var resolver: SpeakerResolver
    var quotes: [Quote] = []
    /// Sentences already holding an attribution.
    var attributedSentences = Set<Int>()
    /// Paragraphs that are turns of an interview transcript.
    var transcriptParagraphs = Set<Int>()
    /// Sentences already found to hold no reported speech (a sentence may hold many fragments).
    var withoutReportedSpeech = Set<Int>()

    init(_ doc: Document) {
        self.doc = doc
        self.t = doc.text
        let tokens = doc.tokens
        self.sentenceTokens = tokens
        var paragraphs = doc.paragraphs
        if doc.headlineInBody, !paragraphs.isEmpty { paragraphs.removeFirst() }
        self.quoted = QuotationMarks.find(doc.text, paragraphs: paragraphs).map {
            var q = $0
            if doc.headlineInBody { q.paragraph += 1 }
            return q
        }
        self.resolver = SpeakerResolver(
            PersonRegister(doc, tokens: tokens), doc: doc, sentenceTokens: tokens,
            quotations: quoted.map(\.content))
    }

    func sentence(at offset: Int) -> Int? {
        let i = doc.sentences.partitionIndex { $0.end > offset }
        return i < doc.sentences.count ? i : nil
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

    // MARK: Direct and partial quotes

    mutating func findDirectQuotes() {
        var last: (speaker: Attribution, paragraph: Int)? = nil
        var index = 0
        while index < quoted.count {
            let q = quoted[index]
            guard let s = sentence(at: q.open), !transcriptParagraphs.contains(q.paragraph) else {
                index += 1; continue
            }
            let closeSentence = sentence(at: q.close ?? q.content.end - 1) ?? s
            let words = wordCount(q.content)
            let embedded = isEmbedded(q, sentence: s)
            if embedded {
                if let attribution = handleFragment(q, sentence: s, words: words) { last = (attribution, q.paragraph) }
                index += 1
                continue
            }
            // A short capitalised phrase with nothing to attribute it is a title or a nickname.
            var attribution = postFrameAttribution(q, sentence: closeSentence) ?? preFrameAttribution(q, sentence: s)
            // (Nor does a cue whose source is neither a name, a pronoun nor a description.)
            let unattributed =
                attribution.map { $0.resolved.speaker == nil && !SourcePhrase.isNamedOrPronoun($0.source) } ?? true
            if unattributed, words <= 3, !q.continuesPrevious { index += 1; continue }
            var pieces = [q.content]
            var next = index + 1
            if let a = attribution {
                // `"A," she said, "B."`: the quotation resumes after its attribution.
                while next < quoted.count, let ns = sentence(at: quoted[next].open),
                    ns == closeSentence || ns == sentence(at: a.cue?.span.end ?? -1),
                    textBetweenIsOnly(a, from: quoted[next - 1], to: quoted[next])
                {
                    pieces.append(quoted[next].content)
                    next += 1
                }
            }
            if attribution == nil, let previous = last,
                q.paragraph - previous.paragraph <= 1 || q.continuesPrevious
            {
                // An unattributed quotation right after another belongs to the same speaker.
                attribution = Attribution(
                    source: previous.speaker.source, cue: previous.speaker.cue,
                    resolved: previous.speaker.resolved, continuation: true)
            }
            let quote = makeQuote(pieces: pieces, kind: .direct, attribution)
            quotes.append(quote)
            for sentenceIndex in s...max(s, sentence(at: pieces.last!.end - 1) ?? s) {
                attributedSentences.insert(sentenceIndex)
            }
            if let attribution { last = (attribution, quoted[next - 1].paragraph) }
            index = next
        }
    }

    /// A quotation inside a clause (`called it "a disaster"`) rather than after a colon,
    /// comma or the start of the sentence.
    func isEmbedded(_ q: QuotedSpan, sentence s: Int) -> Bool {
        var i = q.open - 1
        let start = doc.sentences[s].start
        while i >= start, Characters.isSpace(t[i]) { i -= 1 }
        guard i >= start else { return false }
        let before = t[i]
        if ",:;—–-([".unicodeScalars.contains(before) || before == "“" || before == "\"" { return false }
        // `said "…"` and `said that "…"` quote whole statements.
        let tokens = self.tokens(of: s, to: q.open).suffix(2)
        if let last = tokens.last {
            // `a group called "We the People"`: a name, not a statement.
            if QuoteContext.namingVerbs.contains(last.lower), isTitleCase(q.content) { return true }
            if ReportingVerbs.quoteCue(last) != nil { return false }
            if last.lower == "that", tokens.count == 2, ReportingVerbs.quoteCue(tokens.first!.lower) != nil,
                startsCapitalised(q)
            {
                return false
            }
        }
        return Characters.isLetter(before) || Characters.isDigit(before) || before == "'" || before == "’"
            || before == "."
    }

    /// The quotation's last character, looking through the closing marks of a quotation
    /// nested at its end (`…do you need?’”`).
    func lastPunctuation(_ q: QuotedSpan) -> Unicode.Scalar {
        var i = q.content.end - 1
        while i > q.content.start, ["’", "'", "”", "\""].contains(t[i]) { i -= 1 }
        return i >= q.content.start ? t[i] : " "
    }

    /// Every word of three letters or more capitalised, as titles of works are written.
    func isTitleCase(_ span: TextSpan) -> Bool {
        var i = span.start
        while i < span.end {
            guard Characters.isLetter(t[i]) else { i += 1; continue }
            var e = i
            while e < span.end, Characters.isLetter(t[e]) { e += 1 }
            if e - i >= 3, !Characters.isUpper(t[i]) { return false }
            i = e
        }
        return true
    }

    func startsCapitalised(_ q: QuotedSpan) -> Bool {
        q.content.start < t.count && Characters.isUpper(t[q.content.start])
    }

    /// A quoted fragment: part of reported speech when the sentence reports speech,
    /// a speaker's words when it closes a sentence about them, else a scare quote or title.
    /// Returns the attribution found, which a following standalone quotation continues.
    mutating func handleFragment(_ q: QuotedSpan, sentence s: Int, words: Int) -> Attribution? {
        if attributedSentences.contains(s) { return nil }
        if !withoutReportedSpeech.contains(s) {
            if let reported = reportedSpeech(in: s, allowBelief: true) {
                // Mixed when the reported words hold the fragment; "declaring it "a super
                // Tuesday" and said it was …" reports the clause after the fragment.
                let kind: QuoteKind = reported.content.contains(q.content) ? .mixed : .indirect
                quotes.append(makeQuote(pieces: [reported.content], kind: kind, reported.attribution))
                attributedSentences.insert(s)
                return reported.attribution.resolved.speaker == nil ? nil : reported.attribution
            }
            withoutReportedSpeech.insert(s)
        }
        // `Answers are "not simple," says Jane Doe.`: the fragment's own attribution follows it
        // (unless the fragment is a title: `on CBS's "Face the Nation," Ryan said`, or part of
        // a question put to the speaker: `Asked if he is "fit to serve," Smith said yes`).
        if words >= 3, !isTitleCase(q.content), !opensWithQuestion(sentenceTokens[s]),
            let attribution = postFrameAttribution(q, sentence: s),
            attribution.resolved.speaker != nil
        {
            quotes.append(
                makeQuote(pieces: [TextSpan(doc.sentences[s].start, q.content.end)], kind: .mixed, attribution))
            attributedSentences.insert(s)
            return attribution
        }
        // `Trump called the plan "an absolute disgrace"`: a verb of naming gives its subject
        // the words, and what it names with them (not a name: `a group called "We the People"`).
        if !isTitleCase(q.content), let verb = namingVerb(before: q, sentence: s),
            let subject = resolver.sentenceSubject(s, descriptions: true)
        {
            let attribution = Attribution(
                source: subject.tokens, cue: verb.cue, resolved: subject.resolved, continuation: false)
            quotes.append(makeQuote(pieces: [TextSpan(verb.named, q.content.end)], kind: .mixed, attribution))
            attributedSentences.insert(s)
            return attribution
        }
        let endsSentence = (q.close ?? q.content.end) + 2 >= doc.sentences[s].end
        let lastInside = lastPunctuation(q)
        guard words >= 3, endsSentence, ".!?,".unicodeScalars.contains(lastInside),
            let subject = resolver.sentenceSubject(s)
        else { return nil }
        let attribution = Attribution(source: subject.tokens, cue: nil, resolved: subject.resolved, continuation: false)
        quotes.append(makeQuote(pieces: [q.content], kind: .mixed, attribution))
        attributedSentences.insert(s)
        return attribution
    }

    /// A verb of naming shortly before a fragment in its clause ("called her "third-rate"")
    /// and where what it names starts.
    func namingVerb(before q: QuotedSpan, sentence s: Int) -> (cue: Token, named: Int)? {
        let before = tokens(of: s, to: q.open)
        guard let verb = before.suffix(10).lastIndex(where: { QuoteContext.namingVerbs.contains($0.lower) }),
            verb + 1 < before.endIndex,
            !before[(verb + 1)...].contains(where: { $0.flags.contains(.clauseBoundary) || $0.lower == ";" })
        else { return nil }
        return (before[verb], before[verb + 1].span.start)
    }

    static let namingVerbs: WordSet = [
        "called", "calls", "calling", "dubbed", "dubs", "dubbing", "labeled", "labelled", "labels", "branded",
        "brands", "termed", "terms", "deemed", "deems",
    ]

    /// Whether only the attribution (and punctuation) stands between two quotations.
    func textBetweenIsOnly(_ a: Attribution, from first: QuotedSpan, to second: QuotedSpan) -> Bool {
        guard let close = first.close else { return false }
        let between = (close + 1)..<second.open
        let covered = a.source.map(\.span) + [a.cue?.span].compactMap { $0 }
        for i in between {
            let c = t[i]
            if Characters.isSpace(c) || ",.;:—–-".unicodeScalars.contains(c) { continue }
            if covered.contains(where: { $0.contains(i) }) { continue }
            // Adverbs between source and cue ("she also said") are part of the attribution.
            let tokens = sentenceTokens[sentence(at: i) ?? 0]
            if let k = tokens.index(containing: i), tokens[k].flags.contains(.between) {
                continue
            }
            return false
        }
        return true
    }

    func trimmedEnd(_ sentence: TextSpan) -> Int {
        var e = sentence.end
        while e > sentence.start, ".!?".unicodeScalars.contains(t[e - 1]) || Characters.isSpace(t[e - 1]) { e -= 1 }
        return e
    }

    func wordCount(_ span: TextSpan) -> Int {
        var count = 0, inWord = false
        for i in span.start..<span.end {
            let w = Characters.isLetter(t[i]) || Characters.isDigit(t[i])
            if w && !inWord { count += 1 }
            inWord = w
        }
        return count
    }

    mutating func makeQuote(pieces: [TextSpan], kind: QuoteKind, _ attribution: Attribution?) -> Quote {
        guard let attribution else { return Quote(pieces: pieces, kind: kind) }
        let resolved = attribution.resolved
        if let person = resolved.person { resolver.noteSpeaker(person, at: pieces.first!.start) }
        // A continuation rests on the attribution of the quotation it continues.
        return Quote(
            pieces: pieces, kind: kind, speaker: resolved.speaker, personIndex: resolved.person,
            speakerMention: attribution.mention, cue: attribution.cue?.span)
    }
}

/// A source phrase and cue found for a quotation.
struct Attribution {
    var source: [Token]
    var cue: Token?
    var resolved: ResolvedSpeaker
    /// Inherited from the previous quotation rather than stated.
    var continuation: Bool

    var mention: TextSpan? {
        guard let first = source.first, let last = source.last else { return nil }
        return TextSpan(first.span.start, last.span.end)
    }
}
