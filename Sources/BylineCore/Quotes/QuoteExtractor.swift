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
        let quotes = context.quotes.sorted { $0.span < $1.span }
        return (quotes, context.resolver.register.people)
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
        self.resolver = SpeakerResolver(PersonRegister(doc, tokens: tokens), doc: doc, sentenceTokens: tokens,
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
            guard let s = sentence(at: q.open), !transcriptParagraphs.contains(q.paragraph) else { index += 1; continue }
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
            if attribution == nil, words <= 3, !q.continuesPrevious { index += 1; continue }
            var pieces = [q.content]
            var next = index + 1
            if let a = attribution {
                // `"A," she said, "B."`: the quotation resumes after its attribution.
                while next < quoted.count, let ns = sentence(at: quoted[next].open), ns == closeSentence || ns == sentence(at: a.cue?.span.end ?? -1),
                      textBetweenIsOnly(a, from: quoted[next - 1], to: quoted[next]) {
                    pieces.append(quoted[next].content)
                    next += 1
                }
            }
            if attribution == nil, let previous = last,
               q.paragraph - previous.paragraph <= 1 || q.continuesPrevious {
                // An unattributed quotation right after another belongs to the same speaker.
                attribution = Attribution(source: previous.speaker.source, cue: previous.speaker.cue,
                                          resolved: previous.speaker.resolved, continuation: true)
            }
            let quote = makeQuote(pieces: pieces, kind: .direct, attribution)
            quotes.append(quote)
            for sentenceIndex in s...max(s, sentence(at: pieces.last!.end - 1) ?? s) { attributedSentences.insert(sentenceIndex) }
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
            if ReportingVerbs.quoteCue(last) != nil { return false }
            if last.lower == "that", tokens.count == 2, ReportingVerbs.quoteCue(tokens.first!.lower) != nil,
               startsCapitalised(q) { return false }
        }
        return Characters.isLetter(before) || Characters.isDigit(before) || before == "'" || before == "’" || before == "."
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
                quotes.append(makeQuote(pieces: [reported.content], kind: .mixed, reported.attribution))
                attributedSentences.insert(s)
                return reported.attribution.resolved.speaker == nil ? nil : reported.attribution
            }
            withoutReportedSpeech.insert(s)
        }
        // `Answers are "not simple," says Jane Doe.`: the fragment's own attribution follows it
        // (unless the fragment is a title: `on CBS's "Face the Nation," Ryan said`).
        if words >= 3, !isTitleCase(q.content), let attribution = postFrameAttribution(q, sentence: s),
           attribution.resolved.speaker != nil {
            quotes.append(makeQuote(pieces: [TextSpan(doc.sentences[s].start, q.content.end)], kind: .mixed, attribution))
            attributedSentences.insert(s)
            return attribution
        }
        let endsSentence = (q.close ?? q.content.end) + 2 >= doc.sentences[s].end
        let lastInside = lastPunctuation(q)
        guard words >= 3, endsSentence, ".!?,".unicodeScalars.contains(lastInside),
              let subject = resolver.sentenceSubject(s) else { return nil }
        let attribution = Attribution(source: subject.tokens, cue: nil, resolved: subject.resolved, continuation: false)
        quotes.append(makeQuote(pieces: [q.content], kind: .mixed, attribution))
        attributedSentences.insert(s)
        return attribution
    }

    /// `"…," she said` / `"…" said Smith`: a cue and a source right after the quotation.
    func postFrameAttribution(_ q: QuotedSpan, sentence s: Int) -> Attribution? {
        guard let close = q.close else { return nil }
        let nextOpen = quotation(after: close)?.open ?? Int.max
        var s = s
        var frame = Array(tokens(of: s, from: close + 1, to: min(doc.sentences[s].end, nextOpen)))
        // `"…?" Graham asked.` splits into two sentences; the attribution opens the next one.
        // Only a question or exclamation leaves that doubt; a full stop ends the sentence.
        let lastInside = lastPunctuation(q)
        if !frame.contains(where: \.isWord), lastInside == "?" || lastInside == "!",
           s + 1 < doc.sentences.count, doc.sentences[s + 1].start - close <= 3 {
            s += 1
            frame = Array(tokens(of: s, from: close + 1, to: min(doc.sentences[s].end, nextOpen)))
        }
        var k = 0
        while k < frame.count, !frame[k].isWord { k += 1 }
        guard k < min(frame.count, 3) else { return sentenceFinalAttribution(frame, sentence: s) }
        // `"…" ― Jane Doe`: a dash and a name sign the quotation.
        if k > 0, ["―", "—", "–", "-"].contains(frame[k - 1].text), frame[k].isCapitalised {
            let source = SourcePhrase.following(frame, from: k)
            if !source.isEmpty, let resolved = resolver.resolve(source, at: s), resolved.person != nil {
                return Attribution(source: source, cue: nil, resolved: resolved, continuation: false)
            }
        }
        // The cue must come within a few words, with only a source phrase before it.
        var c = k
        while c < min(frame.count, k + 14) {
            let token = frame[c]
            if token.text == "(", let close = frame[c...].firstIndex(where: { $0.text == ")" }) { c = close + 1; continue }
            if !token.isWord && token.text != "'s" && token.text != "’s" && token.text != "-" { break }
            c += 1
            guard ReportingVerbs.isQuoteCue(frame, c - 1) else { continue }
            var sourceEnd = c - 1
            while sourceEnd > k, frame[sourceEnd - 1].flags.contains(.between) { sourceEnd -= 1 }
            let before = Array(frame[k..<sourceEnd])
            if !before.isEmpty, let resolved = resolver.resolve(before, at: s) {
                return Attribution(source: before, cue: token, resolved: resolved, continuation: false)
            }
            if before.isEmpty {
                // `"…," according to Smith.`
                let sourceStart = token.lower == "according" && c < frame.count && frame[c].lower == "to" ? c + 1 : c
                let after = SourcePhrase.following(frame, from: sourceStart)
                if !after.isEmpty, let resolved = resolver.resolve(after, at: s) {
                    return Attribution(source: after, cue: token, resolved: resolved, continuation: false)
                }
            }
            return nil
        }
        // `"…," Jane Doe, director of the institute, said.`: a name, an appositive, the cue.
        let name = SourcePhrase.following(frame, from: k)
        let afterName = k + name.count
        if !name.isEmpty, afterName < frame.count, frame[afterName].text == ",",
           let resolved = resolver.resolve(name, at: s), resolved.person != nil {
            for c in (afterName + 1)..<min(frame.count, afterName + 40) where frame[c].isWord {
                guard ReportingVerbs.quoteCue(frame[c]) != nil else { continue }
                var before = c - 1
                while before > afterName, frame[before].flags.contains(.between) { before -= 1 }
                if frame[before].text == "," {
                    return Attribution(source: name, cue: frame[c], resolved: resolved, continuation: false)
                }
            }
        }
        return sentenceFinalAttribution(frame, sentence: s)
    }

    /// `"…" of the plan, Smith said.`: the quotation's sentence goes on briefly and ends in
    /// its attribution.
    func sentenceFinalAttribution(_ frame: [Token], sentence s: Int) -> Attribution? {
        var end = frame.count
        while end > 0, !frame[end - 1].isWord { end -= 1 }
        guard end > 0, end < frame.count, [".", "!", "?"].contains(frame[end].text),
              let comma = frame[..<end].lastIndex(where: { $0.text == "," }), end - comma <= 8,
              !frame[..<comma].contains(where: { ReportingVerbs.quoteCue($0) != nil }) else { return nil }
        let tail = Array(frame[(comma + 1)..<end])
        guard let c = tail.firstIndex(where: { ReportingVerbs.quoteCue($0) == .speech }) else { return nil }
        let source = c > 0 ? SourcePhrase.preceding(tail, before: c) : SourcePhrase.following(tail, from: c + 1)
        guard !source.isEmpty, source.count + 1 + (c > 0 ? c - source.count : 0) <= tail.count,
              let resolved = resolver.resolve(source, at: s) else { return nil }
        return Attribution(source: source, cue: tail[c], resolved: resolved, continuation: false)
    }

    /// `X said: "…"` / `X told reporters, "…"`: a source and cue just before the quotation,
    /// in its own sentence or ending the previous one with a colon.
    func preFrameAttribution(_ q: QuotedSpan, sentence s: Int) -> Attribution? {
        let index = quoted.partitionIndex { $0.open >= q.open }
        let previousClose = index > 0 ? quoted[index - 1].close ?? quoted[index - 1].content.end : -1
        var frame = Array(tokens(of: s, from: previousClose + 1, to: q.open))
        var sentenceIndex = s
        if frame.isEmpty, s > 0, let last = sentenceTokens[s - 1].last, last.text == ":" {
            frame = Array(tokens(of: s - 1, from: previousClose + 1))
            sentenceIndex = s - 1
        }
        // "the candidate Mitt Romney -- "…" --": a quotation set off by dashes after a name.
        if let dash = frame.last, ["--", "—"].contains(dash.text), frame.count >= 2 {
            let name = SourcePhrase.preceding(frame, before: frame.count - 1)
            if let head = name.last, head.isCapitalised, let resolved = resolver.resolve(name, at: sentenceIndex), resolved.person != nil {
                return Attribution(source: name, cue: nil, resolved: resolved, continuation: false)
            }
        }
        guard !frame.isEmpty, let lastToken = frame.last, [",", ":", "that"].contains(lastToken.lower) || ReportingVerbs.quoteCue(lastToken) != nil else { return nil }
        if let labelled = colonLabel(frame, sentence: sentenceIndex) ?? statementIntroduction(frame, sentence: sentenceIndex) {
            return labelled
        }
        // An addressee may stand between the cue and the quotation ("told his audience Monday, "…"").
        // So may a place or medium ("said in a statement Monday, "…"", "wrote on Twitter, "…"").
        let lastClause = (frame.dropLast().lastIndex { !$0.isWord && $0.text != "'s" && $0.text != "’s" } ?? -1) + 1
        for c in stride(from: frame.count - 1, through: max(0, frame.count - 10), by: -1) {
            let token = frame[c]
            guard token.isWord, ReportingVerbs.isQuoteCue(frame, c) else { continue }
            let takesPhrase = ReportingVerbs.addresseeVerbs.contains(token.lower)
                || (c + 1 < frame.count && ["to", "in", "on"].contains(frame[c + 1].lower))
            guard c >= frame.count - 6 || (takesPhrase && c >= lastClause) else { continue }
            // "He defended the remark, saying, "…"", "she sang before asking her, "…"", "Smith
            // nodded and said, "…"": the verb's subject is the sentence's.
            if token.lower.hasSuffix("ing") || frame[max(0, c - 1)].lower == "and", c > 0,
               [",", "before", "after", "while", "when", "by", "and"].contains(frame[c - 1].lower),
               let subject = resolver.sentenceSubject(sentenceIndex, descriptions: true) {
                return Attribution(source: subject.tokens, cue: token, resolved: subject.resolved, continuation: false)
            }
            let source = SourcePhrase.preceding(frame, before: c)
            if !source.isEmpty, let resolved = resolver.resolve(source, at: sentenceIndex) {
                return Attribution(source: source, cue: token, resolved: resolved, continuation: false)
            }
            // "Stevie Wonder, who joked, "…"": the relative pronoun stands for the name before it.
            if c >= 3, frame[c - 1].lower == "who", frame[c - 2].text == "," {
                let antecedent = SourcePhrase.preceding(frame, before: c - 2)
                if !antecedent.isEmpty, let resolved = resolver.resolve(antecedent, at: sentenceIndex), resolved.person != nil {
                    return Attribution(source: [frame[c - 1]], cue: token, resolved: resolved, continuation: false)
                }
            }
            if let appositive = appositiveSubject(frame, cue: c, sentence: sentenceIndex) {
                return Attribution(source: appositive.tokens, cue: token, resolved: appositive.resolved, continuation: false)
            }
            // "According to Smith, "…"".
            let sourceStart = token.lower == "according" && c + 1 < frame.count && frame[c + 1].lower == "to" ? c + 2 : c + 1
            let after = SourcePhrase.following(frame, from: sourceStart)
            if !after.isEmpty, let resolved = resolver.resolve(after, at: sentenceIndex) {
                return Attribution(source: after, cue: token, resolved: resolved, continuation: false)
            }
        }
        return nil
    }

    /// `Jane Doe: "…"`, `More from Doe: "…"`: a name and a colon introduce the quotation.
    func colonLabel(_ frame: [Token], sentence s: Int) -> Attribution? {
        guard frame.count >= 2, frame.last?.text == ":" else { return nil }
        let name = SourcePhrase.preceding(frame, before: frame.count - 1)
        guard let first = name.first, let start = frame.firstIndex(where: { $0.span == first.span }),
              start == 0 || ["-", "—", "–", "--", "from", "by", "."].contains(frame[start - 1].lower),
              let resolved = resolver.resolve(name, at: s), resolved.person != nil else { return nil }
        return Attribution(source: name, cue: nil, resolved: resolved, continuation: false)
    }

    /// `Smith issued the following statement: "…"`: a verb of giving out words and its subject.
    func statementIntroduction(_ frame: [Token], sentence s: Int) -> Attribution? {
        guard frame.last?.text == ":" else { return nil }
        // "Obama is rolling out a new campaign message: "…"": the words are the subject's.
        if frame.count >= 2, QuoteContext.statementNouns.contains(frame[frame.count - 2].lower),
           let subject = resolver.sentenceSubject(s) {
            return Attribution(source: subject.tokens, cue: nil, resolved: subject.resolved, continuation: false)
        }
        guard let verb = frame.lastIndex(where: { QuoteContext.issuingVerbs.contains($0.lower) }),
              frame[(verb + 1)...].contains(where: { QuoteContext.statementNouns.contains($0.lower) }) else { return nil }
        let source = SourcePhrase.preceding(frame, before: verb)
        guard !source.isEmpty, let resolved = resolver.resolve(source, at: s), resolved.person != nil else { return nil }
        return Attribution(source: source, cue: frame[verb], resolved: resolved, continuation: false)
    }

    static let issuingVerbs: Set<String> = ["made", "makes", "issued", "issues", "released", "releases", "gave", "gives",
                                            "offered", "offers", "sent", "sends", "delivered", "delivers", "had", "has"]
    static let statementNouns: Set<String> = ["statement", "comment", "comments", "remarks", "message", "words", "response",
                                              "reply", "answer", "note", "warning", "explanation", "following", "line",
                                              "slogan", "question", "promise", "pledge", "vow"]

    /// `Jane Doe, a historian who attended, recalled, "…"`: a named subject whose appositive,
    /// set off by commas or dashes, separates it from the cue.
    func appositiveSubject(_ frame: [Token], cue c: Int, sentence s: Int) -> (tokens: [Token], resolved: ResolvedSpeaker)? {
        var end = c
        while end > 0, frame[end - 1].flags.contains(.between) { end -= 1 }
        let separators: Set<String> = [",", "--", "—", "–", "-"]
        guard end > 1, separators.contains(frame[end - 1].text) else { return nil }
        // The leftmost comma or dash with a name before it opens the appositive; the name
        // may be the appositive itself ("her adviser, Jake Sullivan, said").
        for j in max(1, end - 45)..<end where separators.contains(frame[j].text) {
            let name = SourcePhrase.preceding(frame, before: j)
            guard let first = name.first, let head = name.last, head.isCapitalised else { continue }
            let start = frame.firstIndex { $0.span == first.span }!
            // The name must open its clause, not end a prepositional phrase.
            guard frame[..<start].allSatisfy({ !$0.isWord || ["as", "but", "and", "so"].contains($0.lower) })
                    || (j == end - 1 && [",", "--", "—", "–"].contains(frame[start - 1].text)) else { continue }
            guard let resolved = resolver.resolve(name, at: s), let person = resolved.person,
                  !resolver.register.people[person].isOrganisation else { continue }
            // Another verb of the narrative between the name and the cue is not an appositive.
            if frame[(j + 1)..<end].contains(where: { ReportingVerbs.quoteCue($0) != nil }) { return nil }
            return (name, resolved)
        }
        return nil
    }

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
            if let token = sentenceTokens[sentence(at: i) ?? 0].first(where: { $0.span.contains(i) }),
               token.flags.contains(.between) { continue }
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
        return Quote(pieces: pieces, kind: kind, speaker: resolved.speaker, personIndex: resolved.person,
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
