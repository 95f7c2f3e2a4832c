/// Quotations in quotation marks: a whole statement (`"…," she said`, `X said: "…"`) is a
/// direct quote of the speaker its frame names, or of the speaker of the quotation just
/// before it; a fragment inside a clause (`called the plan "a disaster"`) is a mixed quote
/// of the sentence's speaker, or a title or scare quote with no speaker at all.
///
/// Runs after `TranscriptTurnRule`, whose paragraphs it leaves alone.
struct DirectQuoteRule: QuoteRule {
    /// The attribution of the last quote recorded: an unattributed quotation after it continues
    /// it, and a fragment right after a whole quotation in its paragraph may be its speaker's.
    private struct SpokenBefore {
        var speaker: Attribution
        var paragraph: Int
        /// A whole quotation, not a fragment inside a clause.
        var wasWhole: Bool
    }

    func apply(to context: inout QuoteContext) {
        let quoted = context.quoted
        var last: SpokenBefore? = nil
        var index = 0
        while index < quoted.count {
            let q = quoted[index]
            guard let s = context.sentence(at: q.open), !context.transcriptParagraphs.contains(q.paragraph) else {
                index += 1
                continue
            }
            let closeSentence = context.sentence(at: q.close ?? q.content.end - 1) ?? s
            let words = context.wordCount(q.content)
            if context.isEmbedded(q, sentence: s) {
                let previous = last.flatMap { $0.wasWhole && $0.paragraph == q.paragraph ? $0.speaker : nil }
                if let attribution = fragment(q, sentence: s, words: words, after: previous, in: &context) {
                    last = SpokenBefore(speaker: attribution, paragraph: q.paragraph, wasWhole: false)
                }
                index += 1
                continue
            }
            var attribution = context.postFrameAttribution(q, sentence: closeSentence)
            // `Clinton responds with, "Why now?" Mills then writes back, …`: a frame before the
            // quotation that names its speaker outweighs a cue that opens the next sentence, and
            // one after it that names no one (`He said, "…" - at which point the crowd …`).
            let postIsWeak = attribution.map {
                context.sentence(at: $0.cue?.span.start ?? -1) != closeSentence || $0.resolved.speaker == nil
            }
            if attribution == nil || postIsWeak == true,
                let pre = context.preFrameAttribution(q, sentence: s), attribution == nil || pre.resolved.speaker != nil
            {
                attribution = pre
            }
            attribution = attribution ?? context.signatureLine(after: q)
            // `his 2012 book, ''An American Son.''`, `''Tales From the Crypt,'' an HBO series`:
            // words capitalised as a title's are a work's name, not words said, unless a cue
            // stands right by them (`the crowd chanted, "Lock Her Up!"`).
            if words >= 2, !q.continuesPrevious, context.isTitleCase(q.content),
                !context.cueStandsBy(q, attribution?.cue)
            {
                index += 1
                continue
            }
            // A short capitalised phrase with nothing to attribute it is a title or a nickname
            // (nor does a cue whose source is neither a name, a pronoun nor a description).
            let unattributed =
                attribution.map { $0.resolved.speaker == nil && !SourcePhrase.isNamedOrPronoun($0.source) } ?? true
            if unattributed, words <= 3, !q.continuesPrevious {
                index += 1
                continue
            }
            var pieces = [q.content]
            var next = index + 1
            if let a = attribution {
                // `"A," she said, "B."`: the quotation resumes after its attribution.
                while next < quoted.count, let ns = context.sentence(at: quoted[next].open),
                    ns == closeSentence || ns == context.sentence(at: a.cue?.span.end ?? -1),
                    context.textBetweenIsOnly(a, from: quoted[next - 1], to: quoted[next])
                {
                    pieces.append(quoted[next].content)
                    next += 1
                }
            }
            if attribution == nil, let previous = last, q.paragraph - previous.paragraph <= 1 || q.continuesPrevious {
                // An unattributed quotation right after another belongs to the same speaker.
                attribution = Attribution(
                    source: previous.speaker.source, cue: previous.speaker.cue,
                    resolved: previous.speaker.resolved, continuation: true)
            }
            attribution = attribution ?? context.precedingSubject(of: q, sentence: s)
            let lastSentence = max(s, context.sentence(at: pieces.last!.end - 1) ?? s)
            // A few words that nothing attributes, nor a quotation before them, are a gloss, a
            // slogan or a title ("#UneBougiePourParis - "a candle for Paris" -"), not words said.
            if attribution == nil, words <= 5, !q.continuesPrevious {
                context.claim(s...lastSentence)
                index += 1
                continue
            }
            context.record(QuotePieces(pieces), kind: .direct, attribution, claiming: s...lastSentence)
            if let attribution {
                last = SpokenBefore(speaker: attribution, paragraph: quoted[next - 1].paragraph, wasWhole: true)
            }
            index = next
        }
    }

    /// A quoted fragment: part of reported speech when the sentence reports speech,
    /// a speaker's words when it closes a sentence about them (or `previous`'s, the speaker of
    /// a whole quotation just before it in its paragraph), else a scare quote or title.
    /// Returns the attribution found, which a following standalone quotation continues.
    private func fragment(
        _ q: QuotedSpan, sentence s: Int, words: Int, after previous: Attribution?, in context: inout QuoteContext
    )
        -> Attribution?
    {
        if context.claimedSentences.contains(s) { return nil }
        if let reported = context.reportedSpeechOnce(in: s) {
            // Mixed when the reported words hold the fragment; "declaring it "a super
            // Tuesday" and said it was …" reports the clause after the fragment.
            let holdsFragment = reported.content.contains(q.content)
            context.record(
                [reported.content], kind: holdsFragment ? .mixed : .indirect, reported.attribution, claiming: [s])
            // "Trump called the plan "a disgrace" and threatened to …": the fragment outside
            // the reported clause is still named by its own verb.
            if !holdsFragment, !context.isTitleCase(q.content), let named = context.namedFragment(q, sentence: s) {
                context.record([named.content], kind: .mixed, named.attribution, claiming: [s])
            }
            return reported.attribution.resolved.speaker == nil ? nil : reported.attribution
        }
        // `Clinton asked voters if Sanders is "realistic enough to serve," and most said no`:
        // the fragment is part of a reported question, its asker's when the text names one.
        if let question = context.embeddedQuestion(in: s), question.content.overlaps(q.content) {
            guard !question.attribution.source.isEmpty else { return nil }
            context.record([question.content], kind: .mixed, question.attribution, claiming: [s])
            return question.attribution.resolved.speaker == nil ? nil : question.attribution
        }
        let sentenceStart = context.doc.sentences[s].start
        // `Answers are "not simple," says Jane Doe.`: the fragment's own attribution follows it
        // (unless the fragment is a title: `on CBS's "Face the Nation," Ryan said`, or part of
        // a question put to the speaker: `Asked if he is "fit to serve," Smith said yes`).
        if words >= 3, !context.isTitleCase(q.content), !context.opensWithQuestion(context.sentenceTokens[s]),
            let attribution = context.postFrameAttribution(q, sentence: s),
            attribution.resolved.speaker != nil
        {
            context.record([TextSpan(sentenceStart, q.content.end)], kind: .mixed, attribution, claiming: [s])
            return attribution
        }
        // `Trump called the plan "an absolute disgrace"`: a verb of naming gives its subject
        // the words, and what it names with them (not a name: `a group called "We the People"`).
        if !context.isTitleCase(q.content), let named = context.namedFragment(q, sentence: s) {
            context.record([named.content], kind: .mixed, named.attribution, claiming: [s])
            return named.attribution
        }
        let endsSentence = (q.close ?? q.content.end) + 2 >= context.doc.sentences[s].end
        let lastInside = context.lastPunctuation(q)
        // (Not a title closing it: `He is now host of "The Nightly Show with Larry Wilmore."`)
        guard words >= 3, endsSentence, ".!?,".unicodeScalars.contains(lastInside), !context.isTitleCase(q.content),
            let subject = context.resolver.sentenceSubject(s)
        else { return nil }
        var attribution = Attribution(source: subject.tokens, cue: nil, resolved: subject.resolved, continuation: false)
        // `"We thought only Trump was insensitive," said Aida. Biden "kind of misspoke."`: right
        // after another person's quotation in the paragraph, the words about the subject are
        // still that speaker's.
        if let previous, previous.resolved.person != nil, previous.resolved.person != subject.resolved.person {
            attribution = Attribution(
                source: previous.source, cue: previous.cue, resolved: previous.resolved, continuation: true)
        }
        context.record([q.content], kind: .mixed, attribution, claiming: [s])
        return attribution
    }
}

/// The readings only direct quotes need.
extension QuoteContext {
    /// A quotation inside a clause (`called it "a disaster"`) rather than after a colon,
    /// comma or the start of the sentence.
    fileprivate func isEmbedded(_ q: QuotedSpan, sentence s: Int) -> Bool {
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
            if FrameWords.namingVerbs.contains(last.lower), isTitleCase(q.content) { return true }
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

    /// What a verb of naming before a fragment names with it, from its object to the
    /// fragment's end, attributed to the sentence's subject.
    fileprivate func namedFragment(_ q: QuotedSpan, sentence s: Int) -> AttributedClause? {
        guard let verb = namingVerb(before: q, sentence: s),
            let subject = absoluteSubject(verb.cue, sentence: s) ?? resolver.sentenceSubject(s, descriptions: true)
                ?? verbSubject(verb.cue, sentence: s)
        else { return nil }
        let attribution = Attribution(
            source: subject.tokens, cue: verb.cue, resolved: subject.resolved, continuation: false)
        return AttributedClause(content: TextSpan(verb.named, q.content.end), attribution: attribution)
    }

    /// The subject of a participle after "with", which is its own, not the sentence's ("…,
    /// with the American Federation of Teachers calling her "…"").
    fileprivate func absoluteSubject(_ verb: Token, sentence s: Int) -> (tokens: [Token], resolved: ResolvedSpeaker)? {
        let frame = tokensOutsideQuotations(s)
        guard let c = frame.firstIndex(where: { $0.span == verb.span }), FrameWords.isAbsolute(frame, cue: c),
            case let source = SourcePhrase.preceding(frame, before: c), SourcePhrase.isPlausibleSource(source),
            let resolved = resolver.resolve(source, at: s)
        else { return nil }
        return (source, resolved)
    }

    /// The source phrase right before a verb, as reported speech finds it ("A reporter for
    /// Agence France-Presse called it …", "The conservative writer David Frum called …"),
    /// when it opens its clause and names someone.
    fileprivate func verbSubject(_ verb: Token, sentence s: Int) -> (tokens: [Token], resolved: ResolvedSpeaker)? {
        let frame = tokensOutsideQuotations(s)
        guard let c = frame.firstIndex(where: { $0.span == verb.span }) else { return nil }
        let source = sourcePhrase(frame, cue: c, sentence: s)
        guard let first = source.first, SourcePhrase.isPlausibleSource(source),
            opensClause(frame, at: first.span.start), let resolved = resolver.resolve(source, at: s)
        else { return nil }
        return (source, resolved)
    }

    /// A verb of naming within sixteen words before a fragment, in its clause ("called her
    /// "third-rate"", "called Ford's plans to open a plant in Mexico "a disgrace""), and
    /// where what it names starts.
    fileprivate func namingVerb(before q: QuotedSpan, sentence s: Int) -> (cue: Token, named: Int)? {
        let before = tokens(of: s, to: q.open)
        guard let verb = before.suffix(16).lastIndex(where: { FrameWords.namingVerbs.contains($0.lower) }),
            verb + 1 < before.endIndex,
            !before[(verb + 1)...].contains(where: { $0.flags.contains(.clauseBoundary) || $0.lower == ";" })
        else { return nil }
        return (before[verb], before[verb + 1].span.start)
    }

    /// Who says a quotation that opens its sentence with no frame and no quotation just
    /// before it: the speaker of the sentence before it, in its paragraph or the one before,
    /// whose subject is a person and whose verb is a cue (`Howard continued his scathing
    /// remarks. ¶ "Eight years ago …"`).
    fileprivate func precedingSubject(of q: QuotedSpan, sentence s: Int) -> Attribution? {
        guard s > 0, !q.continuesPrevious, doc.sentences[s].start == q.open, !isHeadline(s - 1),
            q.paragraph > 0, doc.sentences[s - 1].start >= doc.paragraphs[q.paragraph - 1].start,
            quotation(after: doc.sentences[s - 1].start - 1).map({ $0.open >= doc.sentences[s].start }) ?? true,
            let close = q.close, tokens(of: s, from: close + 1).allSatisfy({ !$0.isWord }),
            let subject = resolver.sentenceSubject(s - 1), let person = subject.resolved.person,
            subject.tokens.count > 1 || isPersonalSubject(subject.tokens[0]),
            !resolver.register.people[person].isOrganisation, let end = subject.tokens.last?.span.end,
            let verb = sentenceTokens[s - 1].first(where: { $0.span.start >= end && !$0.flags.contains(.between) }),
            verb.flags.contains(.cue)
        else { return nil }
        return Attribution(source: subject.tokens, cue: nil, resolved: subject.resolved, continuation: true)
    }

    /// A one-word subject that stands for one person: a name, "he" or "she" (not "they").
    fileprivate func isPersonalSubject(_ word: Token) -> Bool {
        NameLexicon.pronouns[word.lower].map { $0 != .unknown } ?? !word.flags.contains(.notName)
    }

    /// Whether a cue stands right by a quotation: at most a word between it and the
    /// opening mark, or a source of at most three words between the closing mark and it.
    fileprivate func cueStandsBy(_ q: QuotedSpan, _ cue: Token?) -> Bool {
        guard let cue else { return false }
        if cue.span.end <= q.open { return wordCount(TextSpan(cue.span.end, q.open)) <= 1 }
        guard let close = q.close, close < cue.span.start else { return false }
        return wordCount(TextSpan(close, cue.span.start)) <= 3
    }

    /// Whether only the attribution (and punctuation) stands between two quotations.
    fileprivate func textBetweenIsOnly(_ a: Attribution, from first: QuotedSpan, to second: QuotedSpan) -> Bool {
        guard let close = first.close else { return false }
        let between = (close + 1)..<second.open
        let covered = a.source.map(\.span) + [a.cue?.span].compactMap { $0 }
        for i in between {
            let c = t[i]
            // (The second apostrophe of a closing '' mark is the mark's.)
            if Characters.isSpace(c) || ",.;:—–-'".unicodeScalars.contains(c) { continue }
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
}
