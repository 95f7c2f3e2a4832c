/// Reported speech: a source phrase and a reporting verb before or after the reported
/// clause, or "according to X".
extension QuoteContext {
    /// The reported clause and its attribution in one sentence, if it reports speech.
    func reportedSpeech(in s: Int, allowBelief: Bool) -> AttributedClause? {
        let tokens = tokensOutsideQuotations(s)
        guard tokens.count >= 4 else { return nil }
        let sentence = doc.sentences[s]
        let contentEnd = trimmedEnd(sentence)
        // "according to X, …" / "…, according to X."
        if let a = tokens.firstIndex(where: { $0.lower == "according" }), a + 1 < tokens.count,
            tokens[a + 1].lower == "to"
        {
            var source = SourcePhrase.following(tokens, from: a + 2)
            // "according to a report in the Des Moines Register", "a person close to the
            // Clintons": a description with the complement that says whose it is, shown whole.
            var described = false
            if let first = source.first, let head = source.last, SourcePhrase.determiners.contains(first.lower),
                !head.isCapitalised
            {
                let whole = SourcePhrase.withComplement(tokens, start: a + 2, end: a + 2 + source.count)
                described = whole.count > source.count
                source = whole
            }
            if let first = source.first, let last = source.last {
                // "According to" makes a source of whatever follows: a person, "the results",
                // "a CNN tally"; a phrase the resolver does not know stands for itself.
                let text = ResolvedSpeaker(
                    speaker: String(collapsingSpaces: t[first.span.start..<last.span.end]), person: nil)
                let resolved = described ? text : resolver.resolve(source, at: s) ?? text
                let attribution = Attribution(source: source, cue: tokens[a], resolved: resolved, continuation: false)
                var k = tokens.firstIndex { $0.span.start >= last.span.end } ?? tokens.count
                let setOff = k < tokens.count && tokens[k].lower == ","
                while k < tokens.count, !tokens[k].isWord { k += 1 }
                // The reported clause is the longer side; a short opener ("In addition,")
                // before "according to X," is not it.
                let wordsBefore = tokens[..<a].filter(\.isWord).count
                let wordsAfter = tokens[k...].filter(\.isWord).count
                if k < tokens.count, wordsBefore <= 3 || (setOff && wordsAfter > wordsBefore) {
                    return AttributedClause(
                        content: TextSpan(tokens[k].span.start, contentEnd), attribution: attribution)
                }
                var e = a - 1
                while e > 0, !tokens[e].isWord { e -= 1 }
                if e > 0 {
                    return AttributedClause(
                        content: TextSpan(sentence.start, tokens[e].span.end), attribution: attribution)
                }
            }
        }
        // "…, X said." / "…, said X." / "…, X said, since …": an attribution after a comma.
        // A quotation ending in a comma ("… in a "burn bag," the Times reported") closes the
        // clause as the comma would: its closing mark stands for it.
        let closesWithComma = { (i: Int) in
            FrameWords.closingMarks.contains(tokens[i].lower) && tokens[i].span.start > 0
                && self.t[tokens[i].span.start - 1] == ","
        }
        for comma in tokens.indices
        where (tokens[comma].lower == "," || closesWithComma(comma)) && comma >= 3 && comma + 1 < tokens.count {
            let tail = Array(tokens[(comma + 1)..<min(tokens.count, comma + 12)])
            for c in 0..<min(tail.count, 8) where tail[c].isWord {
                // A verb of naming has an object ("…, Trump called Clinton, his rival, …"), so
                // it never closes the sentence as "…, Trump said" does.
                // "…, a Quinnipiac University poll shows.": a document reports as a person does.
                let evidence = tail[c].flags.contains(.cue) && ReportingVerbs.evidenceVerbs.contains(tail[c].lower)
                guard let strength = evidence ? .speech : ReportingVerbs.quoteCue(tail[c]),
                    strength == .speech || allowBelief, !FrameWords.namingVerbs.contains(tail[c].lower),
                    !FrameWords.isCountedNoun(tail, at: c)
                else { continue }
                let sourceEnd = SourcePhrase.skippingBetween(tail, before: c)
                // A source starts at a word: a quotation mark left over from a quotation cut at a
                // paragraph ("…next\n\nyear," the mayor said") is not part of it.
                let sourceStart = tail[0..<sourceEnd].firstIndex(where: \.isWord) ?? sourceEnd
                var source = Array(tail[sourceStart..<sourceEnd])
                if source.isEmpty {
                    // Only a finite verb inverts ("…, said Smith"); what follows a participle is
                    // its object ("Smith spoke first, criticizing John Doe").
                    guard !tail[c].lower.hasSuffix("ing") else { continue }
                    source = SourcePhrase.following(tail, from: c + 1)
                }
                // "…, with 50 percent saying …" is no attribution closing the sentence.
                if let first = source.first, first.flags.contains(.boundary), !first.isCapitalised { break }
                // The attribution must close the clause: a few words ("in a statement") then punctuation.
                guard let sourceOffset = source.first?.span.start else { break }
                let inverted = sourceOffset > tail[c].span.start
                let afterCue = self.tokens(of: s, from: tail[c].span.end).prefix(source.count + 10).dropFirst(
                    inverted ? source.count : 0)
                // "…, told reporters that …": a complementiser after a verb of telling and its
                // addressee opens the reported clause, so nothing closes here.
                let opensComplement =
                    !inverted && ReportingVerbs.addresseeVerbs.contains(tail[c].lower)
                    && afterCue.dropFirst().first?.lower == "that"
                let closesHere =
                    !opensComplement && afterCue.prefix { $0.isWord }.count <= 6
                    && (afterCue.first { !$0.isWord }.map { [",", ".", "!", "?", ";"].contains($0.lower) } ?? true)
                    // "Sanders, who …, said he also may campaign": after an inverted source only
                    // punctuation or an adjunct ("said Smith in a statement"); words going on
                    // make the source the subject of a clause that is the reported one.
                    && (!inverted
                        || afterCue.first.map { !$0.isWord || FrameWords.adjunctOpeners.contains($0.lower) }
                            ?? true)
                    // "Shortly after the sentence, Eric Holder announced his resignation", "…,
                    // people who … say it could be doing more": an object or a clause after the
                    // cue; a verb of telling's object is whom it tells.
                    && (inverted || ReportingVerbs.addresseeVerbs.contains(tail[c].lower)
                        || !(afterCue.first.map {
                            SourcePhrase.determiners.contains($0.lower)
                                || FrameWords.complementOpeners.contains($0.lower)
                                // "…, Clinton said Patricia Smith … is wrong": a name opening the
                                // clause (a day, "said Tuesday", is no name).
                                || ($0.isCapitalised && !$0.flags.contains(.notName))
                                // "…, a staffer announced plans to sue": a bare noun object; after
                                // a closing attribution come only adjuncts, times and adverbs.
                                || ($0.isWord && !$0.isCapitalised && !$0.flags.contains(.timeTrigger)
                                    && !FrameWords.adjunctOpeners.contains($0.lower)
                                    && !SourcePhrase.isMannerAdverb($0))
                        } ?? false))
                // "Asked whether …, Sanders said it would": the clause before the comma is the
                // question put to the speaker, not what the speaker said.
                // "…, Texas, leading a coalition of 13 states, asked …": a participle's clause
                // between commas is no source.
                // "On ABC's "Good Morning America" Tuesday, he said, "…"": an adjunct before the
                // attribution is no reported clause.
                guard !opensWithQuestion(tokens), SourcePhrase.isPlausibleSource(source) || evidence, closesHere,
                    !isAdjunctAlone(tokens[..<comma]),
                    !SourcePhrase.isParticipleClause(source),
                    !evidence || SourcePhrase.isEvidence(source),
                    strength == .speech || SourcePhrase.isNamedOrPronoun(source),
                    let resolved = resolver.resolve(source, at: s)
                else { break }
                var e = tokens[comma].lower == "," ? comma - 1 : comma
                while e > 0, !tokens[e].isWord && !FrameWords.closingMarks.contains(tokens[e].lower) { e -= 1 }
                // A closing mark of two apostrophes ends with its second.
                while !tokens[e].isWord, e + 1 < tokens.count, FrameWords.closingMarks.contains(tokens[e + 1].lower),
                    tokens[e + 1].span.start == tokens[e].span.end
                {
                    e += 1
                }
                let attribution = Attribution(source: source, cue: tail[c], resolved: resolved, continuation: false)
                return AttributedClause(
                    content: TextSpan(sentence.start, tokens[e].span.end), attribution: attribution,
                    // After "said Rita Katz," comes her appositive, not more of the clause.
                    rest: inverted ? nil : restOfClause(after: afterCue, contentEnd: contentEnd))
            }
        }
        // "X said (that) …": a source phrase opening a clause, then the cue.
        for c in 1..<max(1, tokens.count - 2) where tokens[c].isWord {
            let flags = tokens[c].flags
            guard !flags.isDisjoint(with: [.cue, .attitude]), !FrameWords.isCountedNoun(tokens, at: c) else { continue }
            let attitude = flags.contains(.attitude) && !FrameWords.isPassive(tokens, at: c)
            // "Cook declined to say …": an intention and its infinitive.
            let intention =
                attitude && tokens[c + 1].lower == "to" && tokens[c + 2].isWord
                && ReportingVerbs.intentionVerbs.contains(tokens[c].lower)
            // "Ryan endorsed Trump in early June": a verb of stance and its object. "Trump
            // called for a special prosecutor", "Sanders called on Snyder to resign": a verb and
            // its particle, the object after both.
            let particle =
                attitude && ReportingVerbs.stanceParticles.contains(tokens[c + 1].lower)
                && ReportingVerbs.particleStanceVerbs.contains(tokens[c].lower)
            let stance =
                !intention
                && (particle
                    || (attitude && ReportingVerbs.stanceVerbs.contains(tokens[c].lower) && tokens[c + 1].isWord
                        && !FrameWords.notObjects.contains(tokens[c + 1].lower)))
            // "The sale is expected to expand …": an expectation no one is named for.
            if tokens[c].lower == "expected", tokens[c + 1].lower == "to", FrameWords.isPassive(tokens, at: c),
                contentEnd - tokens[c + 1].span.start > 8
            {
                return AttributedClause(
                    content: TextSpan(tokens[c + 1].span.start, contentEnd),
                    attribution: Attribution.unnamed(cue: tokens[c]))
            }
            guard flags.contains(.cue) || intention || stance else { continue }
            // "asked (the students) whether …" reports a question, which `ReportedQuestionRule` reads.
            if FrameWords.askingVerbs.contains(tokens[c].lower), questionOpener(tokens, afterAsking: c) != nil {
                continue
            }
            let evidence = ReportingVerbs.evidenceVerbs.contains(tokens[c].lower)
            guard
                let strength = evidence
                    ? .speech
                    : intention || stance
                        ? .belief
                        // "He notes that …", "Bivens hopes Clinton …": a form as often a noun
                        // is a verb before "that" or after a name or pronoun, its subject.
                        : ReportingVerbs.reportCue(tokens[c])
                            ?? (tokens[c + 1].lower == "that"
                                || ambiguousVerbAfterSubject(tokens, at: c, sentenceEnd: sentence.end)
                                ? ReportingVerbs.classes[tokens[c].lower] : nil)
            else { continue }
            if strength == .belief && !allowBelief { continue }
            // "Sanders was told (by aides) that …": a verb of telling in the passive makes its
            // subject the one told; who told is not known. (Without "that" what follows is
            // seldom a clause: "was asked by the host about it", "was told to leave".)
            if ReportingVerbs.addresseeVerbs.contains(tokens[c].lower), FrameWords.isPassive(tokens, at: c) {
                guard tokens[(c + 1)..<min(tokens.count, c + 8)].contains(where: { $0.lower == "that" }),
                    let start = clauseStart(tokens, cue: c, contentEnd: contentEnd)
                else { continue }
                let unknown = Attribution.unnamed(cue: tokens[c])
                return AttributedClause(content: TextSpan(start, contentEnd), attribution: unknown)
            }
            // "It was reported that …": the subject of any other cue in the passive before a
            // clause is what is said or shown, and who says it is not known.
            if !intention, !stance, FrameWords.isPassive(tokens, at: c),
                tokens[(c + 1)..<min(tokens.count, c + 8)].contains(where: { $0.lower == "that" }),
                let start = clauseStart(tokens, cue: c, contentEnd: contentEnd)
            {
                return AttributedClause(
                    content: TextSpan(start, contentEnd), attribution: Attribution.unnamed(cue: tokens[c]))
            }
            // The clause reported starts after "that" or the cue; an intention's infinitive or a
            // stance's object right after the cue (or its particle).
            let objectStart = intention || stance ? tokens[c + (particle ? 2 : 1)].span.start : nil
            if strength == .speech || objectStart != nil,
                let relative = relativeClause(
                    tokens, cue: c, sentence: s,
                    start: objectStart ?? clauseStart(tokens, cue: c, contentEnd: contentEnd), contentEnd: contentEnd)
            {
                return relative
            }
            let source = sourcePhrase(tokens, cue: c, sentence: s)
            // "with 50 percent saying …": the absolute construction.
            let absolute =
                tokens[c].lower.hasSuffix("ing")
                && source.first.map { first in
                    let index = tokens.partitionIndex { $0.span.start >= first.span.start }
                    return index > 0 && tokens[index - 1].lower == "with"
                } ?? false
            // "a decision they say allowed …", "which he said were evenly split": a relative
            // clause whose gap is in what is said; what is said runs to the clause's end.
            let gapped =
                strength == .speech && !intention && !stance
                && source.first.map { first in
                    let index = tokens.partitionIndex { $0.span.start >= first.span.start }
                    return index > 0 && FrameWords.gapOpeners.contains(tokens[index - 1].lower)
                } ?? false
            guard let first = source.first, SourcePhrase.isPlausibleSource(source),
                absolute || gapped || opensClause(tokens, at: first.span.start),
                strength == .speech || intention || SourcePhrase.isBeliever(source),
                // A person or an agency "found that …" as a document does, and "suggested" or
                // "concluded" as people do.
                !evidence || SourcePhrase.isEvidence(source)
                    || (SourcePhrase.isBeliever(source)
                        && ((c + 1 < tokens.count && tokens[c + 1].lower == "that")
                            || ReportingVerbs.classes[tokens[c].lower] == .speech)),
                let resolved = resolver.resolve(source, at: s)
            else { continue }
            guard let start = objectStart ?? clauseStart(tokens, cue: c, contentEnd: contentEnd) else { continue }
            let attribution = Attribution(source: source, cue: tokens[c], resolved: resolved, continuation: false)
            // An intention or stance followed by another attribution in the sentence leaves the
            // sentence to that one, which a quotation in it belongs to ("Her friends have mocked
            // his campaign, calling him "a buffoon," Susan said").
            if intention || stance, followedByAttribution(tokens, after: c + 1) { continue }
            // The object runs to the end of its clause.
            let end =
                stance || gapped
                ? tokens[(c + 1)...].first { FrameWords.clauseClosers.contains($0.lower) }?.span.start : nil
            return AttributedClause(content: TextSpan(start, end ?? contentEnd), attribution: attribution)
        }
        // Only when no verb reports: "Ben Carson says he is under attack because of his rise
        // in the polls" is Carson's.
        return pollFrame(tokens, sentence: s, contentEnd: contentEnd)
            ?? viewFrame(tokens, sentence: s, contentEnd: contentEnd)
            ?? appearance(tokens, contentEnd: contentEnd)
    }

    /// "Trump's supporters seemed unperturbed", "Twitter appears to be used by ISIS", "It
    /// appears that …": how things seem is an impression the text gives without naming whose.
    /// The clause is the subject with what it seems; after "it", what follows. "Appear" only
    /// before an infinitive or "that" ("appeared on stage" is no impression).
    private func appearance(_ tokens: [Token], contentEnd: Int) -> AttributedClause? {
        guard
            let c = tokens.indices.dropFirst().first(where: { i in
                i + 1 < tokens.count && tokens[i].flags.contains(.impression)
                    && (ReportingVerbs.seemingVerbs.contains(tokens[i].lower)
                        || (ReportingVerbs.appearingVerbs.contains(tokens[i].lower)
                            && ReportingVerbs.appearingComplements.contains(tokens[i + 1].lower)))
            })
        else { return nil }
        var start = c
        while start > 0, c - start < 12, !opensClause(tokens, at: tokens[start].span.start) { start -= 1 }
        guard opensClause(tokens, at: tokens[start].span.start), start < c else { return nil }
        let impersonal = tokens[start].lower == "it" && start + 1 == c
        // "It appears, though, that …": the clause after "that".
        let that = impersonal ? tokens[(c + 1)..<min(tokens.count, c + 5)].firstIndex { $0.lower == "that" } : nil
        var from = that.map { $0 + 1 } ?? (impersonal ? c + 1 : start)
        while from < tokens.count, !tokens[from].isWord { from += 1 }
        guard from < tokens.count else { return nil }
        let end =
            tokens[(max(from, c) + 1)...].first { FrameWords.clauseClosers.contains($0.lower) }?.span.start
            ?? contentEnd
        guard end - tokens[from].span.start > 8 else { return nil }
        return AttributedClause(
            content: TextSpan(tokens[from].span.start, end), attribution: Attribution.unnamed(cue: tokens[c]))
    }

    /// The source phrase of the cue at `c`: the phrase before it, or the document before the
    /// participle that dates it, the name before an appositive, the subject a participle or
    /// a second verb shares, with the modifier after its head.
    func sourcePhrase(_ tokens: [Token], cue c: Int, sentence s: Int) -> [Token] {
        var source = SourcePhrase.preceding(tokens, before: c)
        // "A Des Moines Register poll released Saturday found that …", "a memo seen by
        // Reuters said …": a document named before the words that date or place it.
        let opens = source.first.map { opensClause(tokens, at: $0.span.start) } ?? false
        if !opens || !SourcePhrase.isPlausibleSource(source), let document = evidenceBefore(tokens, cue: c) {
            source = document
        }
        // "Jane Doe, a former minister, said that …": the name before the appositive.
        if source.isEmpty || (c > 0 && tokens[c - 1].lower == ","),
            let subject = appositiveSubject(tokens, cue: c, sentence: s)?.tokens
        {
            source = subject
        }
        // "Ms. Conway rejected the idea and said that …", "The Florida senator sought to
        // calm them, saying …": the sentence's subject speaks.
        if source.isEmpty, FrameWords.sharesSubject(tokens, cue: c),
            let subject = resolver.sharedSubject(tokens, cue: c, sentence: s)
        {
            source = subject.tokens
        }
        // "sources close to her campaign say", "protest organizers in Cleveland say": the
        // source's head comes before its modifier.
        if let first = source.first, !opensClause(tokens, at: first.span.start),
            let extended = modifiedSource(tokens, before: c, from: first.span.start)
        {
            source = extended
        }
        return source
    }

    /// "Graham, who says the allies should send troops, tweeted …", "Portman, who (has)
    /// endorsed gay marriage, …": a cue in a relative clause speaks for the name before it,
    /// and what it reports, from `start`, runs to the mark closing the relative clause.
    private func relativeClause(
        _ tokens: [Token], cue c: Int, sentence s: Int, start: Int?, contentEnd: Int
    ) -> AttributedClause? {
        let who = max(SourcePhrase.skippingBetween(tokens, before: c) - 1, 0)
        guard who >= 2, tokens[who].lower == "who", tokens[who - 1].lower == ",",
            case let antecedent = SourcePhrase.preceding(tokens, before: who - 1), !antecedent.isEmpty,
            let resolved = resolver.resolve(antecedent, at: s),
            resolved.person != nil, let start
        else { return nil }
        let close =
            tokens[(c + 1)...].first { FrameWords.clauseClosers.contains($0.lower) && $0.span.start > start }?
            .span.start ?? contentEnd
        let attribution = Attribution(source: [tokens[who]], cue: tokens[c], resolved: resolved, continuation: false)
        return AttributedClause(content: TextSpan(start, close), attribution: attribution)
    }

    /// Whether another attribution follows the infinitive or object of an intention or
    /// stance, which starts at `start` ("… refused to reinstate the law, Gov. Pat McCrory (R)
    /// blamed …", "… that included ''a full exchange of views,'' an Intel spokeswoman said"):
    /// a speech cue whose source opens a clause or follows a quotation.
    private func followedByAttribution(_ tokens: [Token], after start: Int) -> Bool {
        for j in tokens.indices.dropFirst(start + 3) where tokens[j - 1].lower != "to" {
            guard ReportingVerbs.quoteCue(tokens[j]) == .speech,
                let first = SourcePhrase.preceding(tokens, before: j).first
            else { continue }
            let i = tokens.partitionIndex { $0.span.start >= first.span.start }
            guard i > start + 1, SourcePhrase.isPlausibleSource(Array(tokens[i..<j])) else { continue }
            var e = i - 1
            while e > start, !tokens[e].isWord { e -= 1 }
            let afterQuotation = quotation(after: tokens[e].span.end - 1).map { $0.content.end <= first.span.start }
            if opensClause(tokens, at: first.span.start) || afterQuotation == true { return true }
        }
        return false
    }

    /// Whether a form as often a noun as a verb is a verb at `c`: a name or pronoun before it,
    /// past adverbs and auxiliaries ("Trump has repeatedly questioned"). A verb of naming
    /// before a quotation is left to `namedFragment`, which ends its words with the fragment.
    private func ambiguousVerbAfterSubject(_ tokens: [Token], at c: Int, sentenceEnd: Int) -> Bool {
        let end = max(SourcePhrase.skippingBetween(tokens, before: c) - 1, 0)
        let namesAFragment =
            FrameWords.namingVerbs.contains(tokens[c].lower)
            && quotation(after: tokens[c].span.end).map { $0.open < sentenceEnd } == true
        return FrameWords.isSubject(tokens[end]) && !namesAFragment
    }

    /// The document or poll a few words before an evidence verb, past a participle that dates
    /// or places it ("released Saturday", "published in July"): the noun phrase it heads.
    private func evidenceBefore(_ tokens: [Token], cue c: Int) -> [Token]? {
        var k = c - 1
        while k > 0, c - k <= 6, tokens[k].isWord {
            if SourcePhrase.evidenceNouns.contains(tokens[k].lower), FrameWords.isParticiple(tokens[k + 1].lower) {
                let phrase = SourcePhrase.preceding(tokens, before: k + 1)
                return phrase.isEmpty ? nil : phrase
            }
            k -= 1
        }
        return ReportingVerbs.evidenceVerbs.contains(tokens[c].lower) ? documentOpening(tokens, before: c) : nil
    }

    /// The document or poll heading the sentence's opening phrase, however long what modifies
    /// it before an evidence verb ("A Fox News poll, conducted jointly with …, shows", "a
    /// projection from the Cook Political Report shows"): the words up to the noun, when it
    /// is among the first seven.
    private func documentOpening(_ tokens: [Token], before c: Int) -> [Token]? {
        var start = 0
        while start < c, !tokens[start].isWord || FrameWords.sourceLeaders.contains(tokens[start].lower) {
            start += 1
        }
        let opening = tokens[start..<min(c, start + 7)].prefix { $0.isWord || ["/", "'s", "’s"].contains($0.lower) }
        // A capitalised noun after the first word is part of a name ("The Media Research Center's").
        guard
            let noun = opening.firstIndex(where: {
                SourcePhrase.evidenceNouns.contains($0.lower) && (!$0.isCapitalised || $0.span == tokens[start].span)
            })
        else { return nil }
        return Array(tokens[start...noun])
    }

    /// `In their view, Democrats could pick off …`, `In Bolton's view, …`: a view opening the
    /// sentence is its possessor's, as "according to" makes a source.
    private func viewFrame(_ tokens: [Token], sentence s: Int, contentEnd: Int) -> AttributedClause? {
        guard let i = openingIn(tokens, within: 2),
            let noun = tokens[(i + 1)..<min(tokens.count, i + 6)].firstIndex(where: {
                Self.viewNouns.contains($0.lower)
            }),
            noun + 2 < tokens.count, tokens[noun + 1].lower == ",", noun >= i + 2
        else { return nil }
        var source = Array(tokens[(i + 1)..<noun])
        if let last = source.last, ["'s", "’s", "'", "’"].contains(last.lower) { source.removeLast() }
        guard !source.isEmpty, source.allSatisfy(\.isWord) else { return nil }
        var lookup = source
        if source.count == 1, let pronoun = FrameWords.possessivePronouns[source[0].lower] {
            lookup[0].lower = pronoun
        } else if !source.contains(where: \.isCapitalised) {
            return nil
        }
        guard let resolved = resolver.resolve(lookup, at: s) else { return nil }
        return AttributedClause(
            content: TextSpan(tokens[noun + 2].span.start, contentEnd),
            attribution: Attribution(source: source, cue: tokens[noun], resolved: resolved, continuation: false))
    }

    static let viewNouns: WordSet = ["view", "opinion", "estimation", "judgment", "judgement"]

    /// The "in" that opens a sentence within its first `n` tokens, after nothing but "but",
    /// "and" or punctuation: where a view or a poll introduces the clause after its comma.
    private func openingIn(_ tokens: [Token], within n: Int) -> Int? {
        guard let i = tokens.prefix(n).firstIndex(where: { $0.lower == "in" }),
            tokens[..<i].allSatisfy({ !$0.isWord || $0.lower == "but" || $0.lower == "and" })
        else { return nil }
        return i
    }

    /// `In a CNN poll released Monday, 50 percent chose Clinton`: a poll or survey after an
    /// opening "in" is the source of the clause after its comma, as "according to" is. (Not
    /// "… in the polls" closing a sentence: there the polls are mostly where someone stands.)
    private func pollFrame(_ tokens: [Token], sentence s: Int, contentEnd: Int) -> AttributedClause? {
        guard let i = openingIn(tokens, within: 3) else { return nil }
        // The poll noun heads a short noun phrase after "in": before any punctuation or other
        // preposition.
        let phrase = tokens[(i + 1)..<min(tokens.count, i + 10)].prefix {
            ($0.isWord || $0.lower == "/") && !FrameWords.adjunctOpeners.contains($0.lower) && $0.lower != "to"
        }
        guard let head = phrase.firstIndex(where: { SourcePhrase.pollNouns.contains($0.lower) }),
            phrase.first.map({ SourcePhrase.determiners.contains($0.lower) || $0.isCapitalised }) == true
        else { return nil }
        // The phrase runs on to its comma ("… poll released Monday,").
        guard let comma = tokens[head...].firstIndex(where: { !$0.isWord }), tokens[comma].lower == ",",
            comma + 1 < tokens.count, contentEnd - tokens[comma + 1].span.start > 8
        else { return nil }
        let source = Array(tokens[(i + 1)..<comma])
        let resolved =
            resolver.resolve(Array(tokens[(i + 1)...head]), at: s)
            ?? ResolvedSpeaker(
                speaker: doc.string(TextSpan(source[0].span.start, source[source.count - 1].span.end)), person: nil)
        return AttributedClause(
            content: TextSpan(tokens[comma + 1].span.start, contentEnd),
            attribution: Attribution(source: source, cue: tokens[i], resolved: resolved, continuation: false))
    }

    /// The reported clause going on after an attribution set off by commas ("To get their
    /// votes, participants said, the Democrats must …"): at least four words after the comma
    /// that follows the attribution, unless they are its own adjunct ("in a statement"), a
    /// participle ("adding that …", which `AddedClauseRule` reads) or what the speaker did
    /// ("and left the stage").
    private func restOfClause(after afterCue: ArraySlice<Token>, contentEnd: Int) -> TextSpan? {
        guard let comma = afterCue.firstIndex(where: { !$0.isWord }), afterCue[comma].lower == ",",
            comma + 1 < afterCue.endIndex, case let next = afterCue[comma + 1], next.isWord,
            !FrameWords.adjunctOpeners.contains(next.lower), next.lower != "to", !next.lower.hasSuffix("ing"),
            !["and", "but", "or", "according", "who", "which"].contains(next.lower),
            wordCount(TextSpan(next.span.start, contentEnd)) >= 4
        else { return nil }
        return TextSpan(next.span.start, contentEnd)
    }

    /// Where the clause a cue at `c` reports starts: after "that" ("told reporters (on
    /// Monday) that …", "said in a statement that …"), after a verb's addressee ("told CNN
    /// …"), else right after the cue; nil when less than a few words are left.
    private func clauseStart(_ tokens: [Token], cue c: Int, contentEnd: Int) -> Int? {
        var k = c + 1
        if let that = tokens[k..<min(tokens.count, k + 7)].firstIndex(where: { $0.lower == "that" }) {
            k = that
        } else if ReportingVerbs.addresseeVerbs.contains(tokens[c].lower) {
            k = min(k + 1, tokens.count - 1)
        }
        while k < tokens.count, tokens[k].lower == "that" || tokens[k].lower == "," || tokens[k].lower == ":" {
            k += 1
        }
        guard k < tokens.count, contentEnd - tokens[k].span.start > 8 else { return nil }
        // "Sam Lau said in a statement.", "he said Wednesday morning on MSNBC's "Morning
        // Joe."": an adjunct alone after the cue reports nothing.
        if isAdjunctAlone(tokens[k...]) { return nil }
        // "he said, "…"": a quotation set off after the cue is a direct quote, not a clause.
        if k == c + 2, [",", ":"].contains(tokens[c + 1].lower), !tokens[k...].contains(where: \.isWord) { return nil }
        return tokens[k].span.start
    }

    /// Whether words outside quotations are only an adjunct of time, place or medium, with
    /// no clause: times ("Wednesday morning"), then a preposition's short phrase, whose title
    /// may be in quotation marks ("on ABC's "Good Morning America" Tuesday", "in a statement").
    func isAdjunctAlone(_ words: ArraySlice<Token>) -> Bool {
        let phrase = words.drop(while: \.isTimeWord)
        guard let first = phrase.first else { return true }
        return FrameWords.adjunctOpeners.contains(first.lower) && phrase.count(where: \.isWord) <= 7
            && phrase.allSatisfy {
                ($0.isWord && !$0.flags.contains(.cue)) || FrameWords.closingMarks.contains($0.lower)
                    || FrameWords.openingMarks.contains($0.lower)
                    || [".", "!", "?", ";", "'s", "’s"].contains($0.lower)
            }
    }

    /// The source phrase with its modifier, when the phrase before a cue is the end of a
    /// modifier ("her campaign" in "sources close to her campaign say"): from the clause
    /// opening before it, if that is at most twelve words and its head names a speaker.
    func modifiedSource(_ tokens: [Token], before cue: Int, from offset: Int) -> [Token]? {
        var start = tokens.partitionIndex { $0.span.start >= offset }
        while start > 0, cue - start < 12, !opensClause(tokens, at: tokens[start].span.start) {
            guard tokens[start - 1].isWord || tokens[start - 1].lower == "'s" || tokens[start - 1].lower == "’s" else {
                return nil
            }
            start -= 1
        }
        guard opensClause(tokens, at: tokens[start].span.start) else { return nil }
        // (Not a phrase set off before the cue: ", for instance,".)
        let phrase = Array(tokens[start..<(SourcePhrase.parentheticalStart(tokens, before: cue) ?? cue)])
        guard let modifier = phrase.firstIndex(where: { SourcePhrase.modifierOpeners.contains($0.lower) }),
            modifier > 0, SourcePhrase.isPlausibleSource(Array(phrase[..<modifier])),
            !phrase[..<modifier].contains(where: { $0.flags.contains(.boundary) && !$0.isCapitalised })
        else { return nil }
        return phrase
    }

    /// Whether the sentence opens with a question put to someone ("Asked whether …",
    /// "When asked if …").
    func opensWithQuestion(_ tokens: [Token]) -> Bool {
        guard let first = tokens.first else { return false }
        if FrameWords.askingVerbs.contains(first.lower) { return true }
        return tokens.count > 1 && FrameWords.passiveMarkers.contains(first.lower)
            && FrameWords.askingVerbs.contains(tokens[1].lower)
    }

    /// Whether a clause can start at `offset`: the sentence start, or after a comma,
    /// semicolon, colon, dash, conjunction, or a relative pronoun after a preposition ("an
    /// electorate in which 67 percent of voters say she is not honest"): there the relative
    /// clause is whole, while after a bare "that" or "which" what is said has a gap ("the job
    /// that many economists say is the future").
    func opensClause(_ tokens: [Token], at offset: Int) -> Bool {
        var index = tokens.partitionIndex { $0.span.start >= offset }
        // "About 9 percent said", "Even Rendell said": a hedge or focus word before the source.
        while index > 0, index < tokens.count, FrameWords.sourceModifiers.contains(tokens[index - 1].lower) {
            index -= 1
        }
        guard index > 0, index < tokens.count else { return true }
        let previous = tokens[index - 1]
        let afterPreposition =
            ["which", "whom"].contains(previous.lower) && index > 1
            && FrameWords.adjunctOpeners.contains(tokens[index - 2].lower)
        return FrameWords.clauseOpeners.contains(previous.lower) || FrameWords.subordinators.contains(previous.lower)
            || afterPreposition
    }
}
