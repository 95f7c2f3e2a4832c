/// The frames around a quotation that say who spoke: the attribution after it (`"…," she
/// said`), before it (`X said: "…"`), or the sentence around it, each a rule of news
/// attribution syntax.
extension QuoteContext {
    /// `"…," she said` / `"…" said Smith`: a cue and a source right after the quotation.
    func postFrameAttribution(_ q: QuotedSpan, sentence s: Int) -> Attribution? {
        guard let close = q.close else { return nil }
        // "wrote the authors of the “Growth and Opportunity Project,”": a title after the cue
        // is part of the frame.
        var next = quotation(after: close)
        while let title = next, let end = title.close, sentence(at: title.open) == s, isQuotedTitle(title) {
            next = quotation(after: end)
        }
        let nextOpen = next?.open ?? Int.max
        var s = s
        var frame = Array(tokens(of: s, from: close + 1, to: min(doc.sentences[s].end, nextOpen)))
        var inNextSentence = false
        // `"…?" Graham asked.` splits into two sentences; the attribution opens the next one.
        // Only a question or exclamation leaves that doubt; a full stop ends the sentence.
        // So does `"….” Trump said.` when the writer closed the quotation with a full stop:
        // then the next sentence must be the attribution alone.
        let lastInside = lastPunctuation(q)
        if !frame.contains(where: \.isWord), s + 1 < doc.sentences.count, doc.sentences[s + 1].start - close <= 3,
            !doc.string(TextSpan(close, doc.sentences[s + 1].start)).contains("\n")
        {
            let next = Array(tokens(of: s + 1, from: close + 1, to: min(doc.sentences[s + 1].end, nextOpen)))
            let isAttributionAlone =
                next.filter(\.isWord).count <= 5 && next.last?.lower == "."
                && next.contains { ReportingVerbs.quoteCue($0) == .speech }
            if lastInside == "?" || lastInside == "!" || isAttributionAlone {
                s += 1
                frame = next
                inNextSentence = true
            }
        }
        var k = 0
        while k < frame.count, !frame[k].isWord { k += 1 }
        guard k < min(frame.count, 3) else { return sentenceFinalAttribution(frame, sentence: s) }
        // `"…" ― Jane Doe`: a dash and a name sign the quotation.
        if k > 0, ["―", "—", "–", "-"].contains(frame[k - 1].lower), frame[k].isCapitalised {
            let source = SourcePhrase.following(frame, from: k)
            if !source.isEmpty, let resolved = resolver.resolve(source, at: s), resolved.person != nil {
                return Attribution(source: source, cue: nil, resolved: resolved, continuation: false)
            }
        }
        // The cue must come within a few words, with only a source phrase before it (more inside
        // a run of names and their organisation's).
        var c = k
        while c < frame.count, c < k + 14 || (c < k + 20 && SourcePhrase.isNameOrConnector(frame[c - 1])) {
            let token = frame[c]
            if token.lower == "(", let close = frame[c...].firstIndex(where: { $0.lower == ")" }) {
                c = close + 1; continue
            }
            // (An amount is part of a source phrase: "Fight for $15 organizing director …".)
            let amount = SourcePhrase.opensAmount(frame, at: c)
            if !token.isWord && !amount && token.lower != "'s" && token.lower != "’s" && token.lower != "-" { break }
            c += 1
            guard ReportingVerbs.isQuoteCue(frame, c - 1) else { continue }
            // "the former secretary of state said": after "of" or an article, a noun.
            if c - 1 > k, ["of", "the", "a", "an"].contains(frame[c - 2].lower) {
                continue
            }
            // `"…" Read said.`: a capitalised verb right after the quotation, before a verb of
            // speech, is a name (Ian Read).
            if c - 1 == k, token.isCapitalised, c < frame.count, ReportingVerbs.quoteCue(frame[c]) == .speech {
                continue
            }
            var sourceEnd = c - 1
            // A source speaks with a finite verb ("Smith said"), or was heard or seen speaking
            // ("a reporter can be heard asking"); words and then a participle ("- increasing
            // his name recognition and then convincing voters") go on with the sentence and
            // name no one.
            if sourceEnd > k, token.lower.hasSuffix("ing") {
                guard FrameWords.perceivedParticiples.contains(frame[sourceEnd - 1].lower) else { continue }
                sourceEnd -= 1
                while sourceEnd > k, frame[sourceEnd - 1].lower == "be" || frame[sourceEnd - 1].lower == "can" {
                    sourceEnd -= 1
                }
            }
            // A capitalised modal alone after the quotation is a name ("Will wrote").
            while sourceEnd > k, frame[sourceEnd - 1].flags.contains(.between),
                sourceEnd - 1 > k || !frame[k].isCapitalised
            {
                sourceEnd -= 1
            }
            let before = Array(frame[k..<sourceEnd])
            // `"…" after Clinton spokesman Brian Fallon expressed his support`: a clause opened by
            // a subordinating conjunction says when or why, not who spoke; the sentence may still
            // end in its attribution (`"…" since so many cases were decided 5-to-4, said Lee Epstein`).
            if let first = before.first, FrameWords.subordinators.contains(first.lower) {
                return sentenceFinalAttribution(frame, sentence: s)
            }
            // `"…," promising the Friends of Abe will return`: a participle right after the
            // quotation goes on with the sentence's subject; what follows it is its object, as
            // inversion ("said Smith") takes a finite verb. "According to" is no participle.
            if before.isEmpty, token.lower.hasSuffix("ing"), token.lower != Self.according { return nil }
            if !before.isEmpty, let resolved = resolver.resolve(before, at: s) {
                return Attribution(source: before, cue: token, resolved: resolved, continuation: false)
            }
            let after = before.isEmpty ? SourcePhrase.following(frame, cue: c - 1) : []
            if !after.isEmpty {
                let resolved = resolver.resolve(after, at: s)
                if resolved?.person == nil, let named = namedAppositive(frame, after: c + after.count, sentence: s) {
                    return Attribution(source: named.tokens, cue: token, resolved: named.resolved, continuation: false)
                }
                // "said a longtime adviser to both Clintons": an unnamed source with its complement.
                // Its head stays the description: "Clintons" there is not who spoke.
                let described = SourcePhrase.withComplement(frame, start: c, end: c + after.count)
                let whole = resolver.described(described)
                if resolved?.person == nil, described.count > after.count, whole.speaker != nil {
                    return Attribution(source: described, cue: token, resolved: whole, continuation: false)
                }
                if let resolved {
                    return Attribution(source: after, cue: token, resolved: resolved, continuation: false)
                }
            }
            // The quotation has an attribution of its own even when its source is not
            // understood ("said one commenter"): it continues no earlier speaker, and a
            // description it names speaks for itself.
            let phrase = before.isEmpty ? after : before
            guard !phrase.isEmpty else { return nil }
            // "…," presumably meaning this will be a focal point: a word that is as often a
            // noun is a cue only after something that could speak.
            if ReportingVerbs.ambiguous.contains(token.lower), !SourcePhrase.isPlausibleSource(phrase) { continue }
            return Attribution(source: phrase, cue: token, resolved: resolver.described(phrase), continuation: false)
        }
        // `"…," Jane Doe, director of the institute, said.`: a name, an appositive, the cue.
        // `"…," Ms. Merkel's spokesman, Steffen Seibert, wrote`: the description's own name.
        var name = SourcePhrase.following(frame, from: k)
        var afterName = k + name.count
        var resolvedName = name.isEmpty ? nil : resolver.resolve(name, at: s)
        if resolvedName?.person == nil, let named = namedAppositive(frame, after: afterName, sentence: s) {
            name = named.tokens
            resolvedName = named.resolved
            afterName = named.end
        }
        if !name.isEmpty, afterName < frame.count, frame[afterName].lower == ",", let resolved = resolvedName,
            resolved.person != nil
        {
            for c in (afterName + 1)..<min(frame.count, afterName + 40) where frame[c].isWord {
                // A sentence of its own after the quotation attributes it only by a verb of
                // speech ("Her father, Brad, 39, worried that …" is what he thought).
                guard let cue = ReportingVerbs.quoteCue(frame[c]), !inNextSentence || cue == .speech else { continue }
                var before = c - 1
                while before > afterName, frame[before].flags.contains(.between) { before -= 1 }
                if frame[before].lower == "," || closesUnclosedAppositive(frame, from: afterName + 1, cue: c) {
                    return Attribution(source: name, cue: frame[c], resolved: resolved, continuation: false)
                }
            }
        }
        return sentenceFinalAttribution(frame, sentence: s)
    }

    /// `"…," Nate Silver, the polling guru who founded fivethirtyeight.com tweeted on
    /// Wednesday.`: the appositive's closing comma left out. Taken only when the appositive
    /// opens as a description does, the verb is one of speech not inside a relative clause,
    /// and the sentence ends within a few words of it.
    func closesUnclosedAppositive(_ frame: [Token], from start: Int, cue c: Int) -> Bool {
        guard start < c,
            FrameWords.definiteDeterminers.contains(frame[start].lower) || frame[start].lower == "a"
                || frame[start].flags.contains(.title),
            ReportingVerbs.quoteCue(frame[c]) == .speech, !FrameWords.relativePronouns.contains(frame[c - 1].lower),
            let end = frame[(c + 1)...].firstIndex(where: { $0.lower == "." }), end - c <= 5,
            frame[(c + 1)..<end].allSatisfy(\.isWord)
        else { return false }
        return true
    }

    /// `his best friend at Lehigh, Bruce Turry,`: the name set off by a comma after a
    /// description (and a short phrase of where or what), which says who the description is.
    func namedAppositive(_ frame: [Token], after end: Int, sentence s: Int) -> (
        tokens: [Token], resolved: ResolvedSpeaker, end: Int
    )? {
        guard let comma = frame[end...].prefix(7).firstIndex(where: { !$0.isWord }), frame[comma].lower == ",",
            !frame[end..<comma].contains(where: { ReportingVerbs.quoteCue($0) != nil })
        else { return nil }
        let name = SourcePhrase.following(frame, from: comma + 1)
        let after = comma + 1 + name.count
        guard let head = name.last, head.isCapitalised, after == frame.count || !frame[after].isWord,
            let resolved = resolver.resolve(name, at: s), resolved.person != nil
        else { return nil }
        return (name, resolved, after)
    }

    /// `"…" of the plan, Smith said.`, `"Boots on the ground" would be appropriate, Republican
    /// candidate Ben Carson said after the attacks.`, `"…" that Sanders can catch Clinton, said
    /// Steve Elmendorf, deputy campaign manager.`: the quotation's sentence goes on briefly and
    /// ends in its attribution — a source and a verb of speech after its last comma before
    /// the verb, then at most an adjunct or the source's appositive.
    func sentenceFinalAttribution(_ frame: [Token], sentence s: Int) -> Attribution? {
        var end = frame.count
        while end > 0, !frame[end - 1].isWord { end -= 1 }
        guard end > 0, end < frame.count, [".", "!", "?"].contains(frame[end].lower) else { return nil }
        // The first verb of speech after the last comma; failing one, after the comma before
        // (the source's appositive has its own).
        var found: (comma: Int, cue: Int)?
        var limit = end
        for _ in 0..<2 {
            guard let comma = frame[..<limit].lastIndex(where: { $0.lower == "," }) else { break }
            if let c = frame[(comma + 1)..<end].firstIndex(where: { ReportingVerbs.quoteCue($0) == .speech }) {
                found = (comma, c)
                break
            }
            limit = comma
        }
        guard let (comma, c) = found, c - comma <= 7, end - c <= 16,
            !frame[..<comma].contains(where: { ReportingVerbs.quoteCue($0) != nil })
        else { return nil }
        let tail = Array(frame[(comma + 1)..<end])
        let cue = c - comma - 1
        if cue > 0 {
            // "Ben Carson said after the attacks", "Mariam Emara told CNN": the source fills the
            // words before the verb, and an adjunct or an addressee, if anything, follows it.
            let source = SourcePhrase.preceding(tail, before: cue)
            let rest = tail.count - cue - 1
            guard !source.isEmpty, cue - source.count <= 2,
                rest == 0 || FrameWords.adjunctOpeners.contains(tail[cue + 1].lower)
                    || tail[cue + 1].flags.contains(.timeTrigger)
                    || (rest <= 4 && ReportingVerbs.addresseeVerbs.contains(tail[cue].lower)),
                let resolved = resolver.resolve(source, at: s)
            else { return nil }
            return Attribution(source: source, cue: tail[cue], resolved: resolved, continuation: false)
        }
        let source = SourcePhrase.following(tail, from: 1)
        guard !source.isEmpty, let resolved = resolver.resolve(source, at: s) else { return nil }
        return Attribution(source: source, cue: tail[0], resolved: resolved, continuation: false)
    }

    private static let according = Word("according")

    /// The most scalars a word in quotation marks inside a frame may hold ("“reporter,”") and
    /// still be read as part of it; a title after a cue may be longer.
    static let scareQuoteLength = 24
    static let quotedTitleLength = 32
    /// What a quoted exclamation or question ends with, unlike a scare quote ("“Go to hell!,”").
    static let sentenceEnds: Set<Unicode.Scalar> = ["!", "?", "."]

    /// A word in quotation marks ("“reporter,”"), which a frame reads through: short, closed,
    /// and no sentence of its own.
    func isScareQuote(_ q: QuotedSpan, longest: Int = scareQuoteLength) -> Bool {
        q.close != nil && q.content.end - q.content.start <= longest
            && !t[q.content.start..<q.content.end].contains { Self.sentenceEnds.contains($0) }
    }

    /// A name in quotation marks ("“Growth and Opportunity Project,”"): a capitalised scare quote.
    func isQuotedTitle(_ q: QuotedSpan) -> Bool {
        isScareQuote(q, longest: Self.quotedTitleLength) && t[q.content.start].properties.isUppercase
    }

    /// `X said: "…"` / `X told reporters, "…"`: a source and cue just before the quotation,
    /// in its own sentence or ending the previous one with a colon.
    func preFrameAttribution(_ q: QuotedSpan, sentence s: Int) -> Attribution? {
        var index = quoted.partitionIndex { $0.open >= q.open }
        // "Kerpen needled the CNN “reporter,” saying, "…"": a word or two in quotation marks
        // is part of the frame, not the end of another quotation's.
        while index > 0, let close = quoted[index - 1].close, sentence(at: close) == s, isScareQuote(quoted[index - 1])
        {
            index -= 1
        }
        let previousClose = index > 0 ? quoted[index - 1].close ?? quoted[index - 1].content.end : -1
        var frame = Array(tokens(of: s, from: previousClose + 1, to: q.open))
        var sentenceIndex = s
        if frame.isEmpty, s > 0, let last = sentenceTokens[s - 1].last, last.lower == ":" {
            frame = Array(tokens(of: s - 1, from: previousClose + 1))
            sentenceIndex = s - 1
        }
        if frame.isEmpty, s > 0,
            let previous = closingAgreement(before: q, sentence: s) ?? statementBefore(q, sentence: s)
        {
            return previous
        }
        // "the candidate Mitt Romney -- "…" --": a quotation set off by dashes after a name.
        // A dash is a token of its own ("--" is two, a hyphen inside a word is the word's).
        if let dash = frame.last, FrameWords.dashes.contains(dash.lower), frame.count >= 2 {
            let dashStart = frame.count >= 3 && frame[frame.count - 2].lower == "-" ? frame.count - 2 : frame.count - 1
            let name = SourcePhrase.preceding(frame, before: dashStart)
            // Not a dateline ("LOS ANGELES --") nor a hashtag ("#PorteOuverte -- "open door"").
            if let head = name.last, head.isCapitalised, hasLowercase(head),
                let first = frame.firstIndex(where: { $0.span == name[0].span }),
                first == 0 || frame[first - 1].lower != "#",
                let resolved = resolver.resolve(name, at: sentenceIndex), resolved.person != nil
            {
                return Attribution(source: name, cue: nil, resolved: resolved, continuation: false)
            }
            // "Mr. Trump hardly clarified the matter, treating her remark as a compliment --
            // "That makes me smart" -- and …": words set off by dashes inside a sentence are its
            // subject's.
            if let close = q.close, sentenceIndex == s,
                let after = tokens(of: s, from: close + 1).first(where: { !FrameWords.closingMarks.contains($0.lower) }
                ),
                FrameWords.dashes.contains(after.lower),
                let subject = resolver.sentenceSubject(s), subject.resolved.person != nil
            {
                return Attribution(source: subject.tokens, cue: nil, resolved: subject.resolved, continuation: false)
            }
        }
        guard !frame.isEmpty, let lastToken = frame.last,
            FrameWords.introducingEnds.contains(lastToken.lower) || ReportingVerbs.quoteCue(lastToken) != nil
        else { return nil }
        if let labelled = colonLabel(frame, sentence: sentenceIndex)
            ?? statementIntroduction(frame, sentence: sentenceIndex)
            ?? possessedStatement(frame, sentence: sentenceIndex)
        {
            return labelled
        }
        return cueAttribution(frame, sentence: sentenceIndex)
    }

    /// The attribution a frame ending in a cue gives the quotation after it: the cue's
    /// source as the sentence writes it, else a sentence ending in a colon.
    private func cueAttribution(_ frame: [Token], sentence sentenceIndex: Int) -> Attribution? {
        // An addressee may stand between the cue and the quotation ("told his audience Monday, "…"").
        // So may a place or medium ("said in a statement Monday, "…"", "wrote on Twitter, "…"").
        // Or an adverb or a phrase set off by a comma ("responded pointedly, with a smile:").
        let lastClause = closingClauseStart(frame)
        // Before a colon the cue may be further back ("the committee said about its inclusion
        // of … in the latest draft of its platform:").
        let reach = frame.last?.lower == ":" ? 32 : 16
        for c in stride(from: frame.count - 1, through: max(0, frame.count - reach), by: -1) {
            let token = frame[c]
            guard token.isWord, ReportingVerbs.isQuoteCue(frame, c) else { continue }
            // "saying in a Trumpian post on Twitter:": a word as often a noun, after an indefinite
            // article and perhaps a modifier, is the noun ("the letter continues" is not).
            if ReportingVerbs.ambiguous.contains(token.lower), c >= 2,
                FrameWords.indefiniteArticles.contains(frame[c - 2].lower)
                    || FrameWords.indefiniteArticles.contains(frame[c - 1].lower)
            {
                continue
            }
            // "wrote just a few years earlier, "…"": a time after the cue, no verb in it.
            let takesTime =
                c + 2 < frame.count && frame.count - c <= 9 && frame[frame.count - 2].flags.contains(.timeTrigger)
                && frame[(c + 1)..<(frame.count - 1)].allSatisfy { $0.isWord && !$0.flags.contains(.cue) }
            let takesPhrase =
                takesTime || ReportingVerbs.addresseeVerbs.contains(token.lower)
                || (c + 1 < frame.count
                    && (frame[c + 1].lower == "to" || FrameWords.adjunctOpeners.contains(frame[c + 1].lower)))
                || (c + 1 < frame.count && (frame[c + 1].lower.hasSuffix("ly") || frame[c + 1].lower == ","))
            // Before a colon the whole clause introduces the quotation ("said back in the
            // summer of 2015: "…"").
            let introducesByColon = frame.last?.lower == ":" && c >= lastClause
            guard c >= frame.count - 6 || (takesPhrase && c >= lastClause) || introducesByColon else { continue }
            // "Law said, noting that donors feel "…"": a belief reported by a speaker is in
            // the speaker's words.
            if ReportingVerbs.quoteCue(token) == .belief, let outer = governingSpeechCue(frame, before: c),
                let attribution = cueAttribution(Array(frame[...outer]), sentence: sentenceIndex)
            {
                return attribution
            }
            // "Trump was asked, "…"": a verb of telling in the passive makes its subject the one
            // addressed; who spoke is not said.
            if ReportingVerbs.addresseeVerbs.contains(token.lower), FrameWords.isPassive(frame, at: c) {
                return Attribution.unnamed(cue: token)
            }
            // "He defended the remark, saying, "…"", "she sang before asking her, "…"", "Smith
            // nodded and said, "…"": the verb's subject is the sentence's.
            if FrameWords.sharesSubject(frame, cue: c),
                let subject = resolver.sharedSubject(frame, cue: c, sentence: sentenceIndex)
            {
                return Attribution(source: subject.tokens, cue: token, resolved: subject.resolved, continuation: false)
            }
            let source = SourcePhrase.preceding(frame, before: c)
            if let named = unclosedAppositive(frame, cue: c, sentence: sentenceIndex) {
                return Attribution(source: named.tokens, cue: token, resolved: named.resolved, continuation: false)
            }
            if !source.isEmpty, let resolved = resolver.resolve(source, at: sentenceIndex) {
                return Attribution(source: source, cue: token, resolved: resolved, continuation: false)
            }
            // "as the heckler yelled: "…"": a description right before the cue that ends the
            // frame speaks for itself, as after a quotation ("said one commenter").
            if c == frame.count - 2, case let described = resolver.described(source), described.speaker != nil {
                return Attribution(source: source, cue: token, resolved: described, continuation: false)
            }
            if let subject = verbGroupSubject(frame, cue: c, sentence: sentenceIndex) {
                return Attribution(source: subject.tokens, cue: token, resolved: subject.resolved, continuation: false)
            }
            // "Stevie Wonder, who joked, "…"", "a tweet from Rikkie Wells who tweeted, "…"", "the
            // Associated Press report, which notes, "…"": the relative pronoun stands for the name
            // before it, and is the mention.
            // (Auxiliaries and adverbs may stand between: "Mr. Scott, who has called …".)
            let relative = SourcePhrase.skippingBetween(frame, before: c) - 1
            if relative >= 1, FrameWords.relativeSubjects.contains(frame[relative].lower),
                frame[(relative + 1)..<c].allSatisfy({ !$0.isCapitalised && !$0.flags.contains(.cue) })
            {
                let comma = frame[relative - 1].lower == ","
                let antecedent = SourcePhrase.preceding(frame, before: comma ? relative - 1 : relative)
                // "which" stands for an organisation, not a place ("an exit in Corona, which read").
                let which = frame[relative].lower == "which"
                if let head = antecedent.last, comma || head.isCapitalised,
                    let resolved = resolver.resolve(antecedent, at: sentenceIndex), let person = resolved.person,
                    !which || resolver.register.people[person].isOrganisation
                {
                    return Attribution(source: [frame[relative]], cue: token, resolved: resolved, continuation: false)
                }
            }
            if let appositive = appositiveSubject(frame, cue: c, sentence: sentenceIndex) {
                return Attribution(
                    source: appositive.tokens, cue: token, resolved: appositive.resolved, continuation: false)
            }
            // "telling Reuters, "…"": after a verb of telling comes the addressee, not the source.
            guard !ReportingVerbs.addresseeVerbs.contains(token.lower) else { continue }
            let after = SourcePhrase.following(frame, cue: c)
            if !after.isEmpty, let resolved = resolver.resolve(after, at: sentenceIndex) {
                return Attribution(source: after, cue: token, resolved: resolved, continuation: false)
            }
        }
        return colonSentence(frame, sentence: sentenceIndex)
    }

    /// A verb of speech whose reported clause holds the cue at `c`: within twelve words before
    /// it in the same clause ("said he believes", "said, noting that donors feel").
    private func governingSpeechCue(_ frame: [Token], before c: Int) -> Int? {
        for k in stride(from: c - 1, through: max(0, c - 12), by: -1) {
            if [";", ":", "(", ")"].contains(frame[k].lower) || FrameWords.dashes.contains(frame[k].lower) {
                return nil
            }
            if frame[k].isWord, ReportingVerbs.quoteCue(frame[k]) == .speech, ReportingVerbs.isQuoteCue(frame, k) {
                return k
            }
        }
        return nil
    }

    /// `The Illinois Board of Elections was conclusive in its findings: "…"`, `Hoff's letter
    /// makes a libertarian-style case: "…"`: a whole sentence that ends in a colon introduces
    /// the quotation after it without a reporting verb, and the name or description opening
    /// it is the source; after an introductory phrase only a pronoun or a known name
    /// (`colonClauseSubject`), not a description ("In the hours after the attack in San
    /// Bernardino, Calif., a familiar voice …:"), nor a kicker in capitals.
    func colonSentence(_ frame: [Token], sentence s: Int) -> Attribution? {
        guard frame.last?.lower == ":", let first = frame.first, first.span == sentenceTokens[s].first?.span else {
            return nil
        }
        if let subject = resolver.sentenceSubject(s, descriptions: true), subject.tokens.first?.span == first.span,
            subject.tokens.contains(where: hasLowercase)
        {
            return Attribution(source: subject.tokens, cue: nil, resolved: subject.resolved, continuation: false)
        }
        return indefiniteColonSubject(frame, sentence: s) ?? colonClauseSubject(frame, sentence: s)
    }

    /// `A footnote in the report makes that clear: "…"`: an indefinite description opening a
    /// sentence that ends in a colon, up to its verb (`SourcePhrase.isVerbAfterNounPhrase`, or
    /// a present in -s after a noun).
    private func indefiniteColonSubject(_ frame: [Token], sentence s: Int) -> Attribution? {
        guard frame.count > 4, FrameWords.indefiniteArticles.contains(frame[0].lower),
            let verb = frame.indices.dropFirst(2).first(where: { k in
                SourcePhrase.isVerbAfterNounPhrase(frame, at: k)
                    || (frame[k].isWord && !frame[k].isCapitalised && frame[k].lower.hasSuffix("s")
                        && frame[k - 1].isWord && !SourcePhrase.determiners.contains(frame[k - 1].lower)
                        && !FrameWords.complementPrepositions.contains(frame[k - 1].lower))
            }),
            case let phrase = Array(frame[0..<verb]), phrase.allSatisfy(\.isWord),
            SourcePhrase.isPlausibleSource(phrase), let last = phrase.last
        else { return nil }
        let described = ResolvedSpeaker(speaker: doc.string(TextSpan(frame[0].span.start, last.span.end)), person: nil)
        return Attribution(source: phrase, cue: nil, resolved: described, continuation: false)
    }

    /// `Asked which county was his favorite, he demurred: "…"`, `As if addressing the magnate
    /// directly, the Illinois Board of Elections was conclusive in its findings: "…"`: after an
    /// introductory phrase the clause that ends in the colon opens with its subject. Only a
    /// personal pronoun or a name the register knows, before a verb, counts: a description
    /// there ("…, a familiar voice rang out:") is too often someone the next lines name.
    private func colonClauseSubject(_ frame: [Token], sentence s: Int) -> Attribution? {
        let start = closingClauseStart(frame)
        guard start > 0, start < frame.count - 2, FrameWords.clauseClosers.contains(frame[start - 1].lower) else {
            return nil
        }
        var end = start
        let pronoun = FrameWords.subjectPronouns.contains(frame[start].lower)
        if pronoun {
            end = start + 1
        } else {
            if FrameWords.definiteDeterminers.contains(frame[start].lower) { end += 1 }
            while end < frame.count - 1, frame[end].isCapitalised || (end > start && frame[end].lower == "of") {
                end += 1
            }
            while end > start, frame[end - 1].lower == "of" { end -= 1 }
        }
        let subject = Array(frame[start..<end])
        // The word after the subject reads as its verb: a past form, an auxiliary or adverb, a
        // present in -s ("Perez lobbies for …:"); not a possessive ("Obama's first five
        // questioners ranged …:") nor a noun ("the Stanford medieval-history graduate …:").
        let verb = frame[end]
        let readsAsVerb =
            verb.flags.contains(.pastForm) || verb.flags.contains(.between) || verb.lower.hasSuffix("ly")
            || (verb.lower.hasSuffix("s") && verb.lower != "'s" && verb.lower != "’s")
        guard pronoun || subject.contains(where: \.isCapitalised), verb.isWord, !verb.isCapitalised, readsAsVerb,
            let resolved = resolver.resolve(subject, at: s), resolved.person != nil
        else { return nil }
        return Attribution(source: subject, cue: nil, resolved: resolved, continuation: false)
    }

    /// `"… pay zero taxes."` and then a line `- Bernie Sanders.` or `-Michelle Marks,
    /// Philadelphia.`: a quotation that ends its paragraph, signed in a short paragraph of its
    /// own that opens with a dash and a name the register knows (not a dashed heading, "– An
    /// immigrant himself –").
    func signatureLine(after q: QuotedSpan) -> Attribution? {
        let paragraphs = doc.paragraphs
        guard let close = q.close, q.paragraph + 1 < paragraphs.count,
            doc.text[(close + 1)..<paragraphs[q.paragraph].end].allSatisfy({ !Characters.isLetter($0) }),
            let s = sentence(at: paragraphs[q.paragraph + 1].start)
        else { return nil }
        let line = Array(tokens(of: s, to: paragraphs[q.paragraph + 1].end))
        var start = 0
        while start < line.count, FrameWords.dashes.contains(line[start].lower) { start += 1 }
        guard start > 0, start < line.count, line.count <= 16, line[start].isCapitalised else { return nil }
        let name = SourcePhrase.following(line, from: start)
        guard !name.isEmpty, let resolved = resolver.resolve(name, at: s), resolved.person != nil else { return nil }
        return Attribution(source: name, cue: nil, resolved: resolved, continuation: false)
    }

    /// `Dianne Bystrom agreed. "…"`, `Sam Lau said in a statement. "…"`: a short sentence
    /// just before the quotation, in its paragraph, that ends with a cue after a named
    /// speaker (and perhaps an adjunct saying where) introduces it.
    func closingAgreement(before q: QuotedSpan, sentence s: Int) -> Attribution? {
        let tokens = sentenceTokens[s - 1]
        guard doc.sentences[s - 1].start >= doc.paragraphs[q.paragraph].start, tokens.count >= 3,
            tokens.last.map({ [".", ":"].contains($0.lower) }) == true
        else { return nil }
        var c = tokens.count - 2
        if let adjunct = tokens[max(0, c - 4)...c].firstIndex(where: { FrameWords.adjunctOpeners.contains($0.lower) }),
            adjunct > 1, tokens[adjunct...c].allSatisfy(\.isWord)
        {
            c = adjunct - 1
        }
        if tokens[c].lower.hasSuffix("ly"), c > 1 { c -= 1 }
        // A quotation in that sentence has its own attribution, and so does one the sentence
        // follows right after its closing mark (`"I'm going to look," Clinton said. "…"`).
        guard c <= 24, tokens[c].isWord, ReportingVerbs.quoteCue(tokens[c]) != nil,
            !quotationReaches(before: q, sentence: s - 1)
        else { return nil }
        // "Sam Lau, the communications director, said in a statement.": the name before
        // its appositive, which opens the sentence.
        if let appositive = appositiveSubject(tokens, cue: c, sentence: s - 1)
            ?? unclosedAppositive(tokens, cue: c, sentence: s - 1),
            appositive.tokens.first?.span == tokens[0].span
        {
            return Attribution(
                source: appositive.tokens, cue: tokens[c], resolved: appositive.resolved, continuation: false)
        }
        let source = SourcePhrase.preceding(tokens, before: c)
        guard c <= 9, let first = source.first,
            first.span == tokens[0].span || opensClause(tokens, at: first.span.start),
            let resolved = resolver.resolve(source, at: s - 1), resolved.person != nil
        else { return nil }
        return Attribution(source: source, cue: tokens[c], resolved: resolved, continuation: false)
    }

    /// `Clinton touted her credentials as a co-sponsor of the bill. "We need …"`: a sentence
    /// just before the quotation, in its paragraph, whose subject is a person named right
    /// before a verb of speech, goes on in the quotation.
    func statementBefore(_ q: QuotedSpan, sentence s: Int) -> Attribution? {
        let tokens = sentenceTokens[s - 1]
        guard doc.sentences[s - 1].start >= doc.paragraphs[q.paragraph].start, tokens.count <= 30,
            tokens.last?.lower == ".", !quotationReaches(before: q, sentence: s - 1)
        else { return nil }
        var c = 0
        while c < min(tokens.count, 5), tokens[c].isCapitalised || tokens[c].flags.contains(.title) { c += 1 }
        let name = Array(tokens[..<c])
        while c < tokens.count, tokens[c].flags.contains(.between), !tokens[c].isCapitalised { c += 1 }
        guard !name.isEmpty, c < tokens.count, ReportingVerbs.quoteCue(tokens[c]) == .speech,
            let resolved = resolver.resolve(name, at: s - 1), let person = resolved.person,
            !resolver.register.people[person].isOrganisation
        else { return nil }
        return Attribution(source: name, cue: tokens[c], resolved: resolved, continuation: false)
    }

    /// Whether a quotation before `q` lies in sentence `s` or closes right before it: then `s`
    /// is that quotation's attribution (`"I'm going to look," Clinton said. "…"`). Quotations
    /// do not overlap, so the last one opened before `q` reaches furthest.
    func quotationReaches(before q: QuotedSpan, sentence s: Int) -> Bool {
        let index = quoted.partitionIndex { $0.open >= q.open }
        guard index > 0 else { return false }
        let previous = quoted[index - 1]
        return (previous.close ?? previous.content.end) >= doc.sentences[s].start - 2
    }

    /// Where the clause that ends a pre-quotation frame starts: after its last punctuation,
    /// a parenthesis ("told the Associated Press (AP),") and trailing adjuncts set off by
    /// commas ("with a smile") passed over.
    func closingClauseStart(_ frame: [Token]) -> Int {
        var end = frame.count - 1
        while true {
            var i = end - 1
            var depth = 0
            while i >= 0 {
                let text = frame[i].lower
                if text == ")" {
                    depth += 1
                } else if text == "(" {
                    depth = max(0, depth - 1)
                } else if depth == 0, !frame[i].isWord, text != "'s", text != "’s" {
                    break
                }
                i -= 1
            }
            let start = i + 1
            guard i >= 0, frame[i].lower == ",", start < end,
                FrameWords.adjunctOpeners.contains(frame[start].lower)
            else { return start }
            end = i
        }
    }

    /// `Mr. Trump was prompted to say, "…"`, `he began by saying, "…"`: a cue governed by
    /// another verb ("to", "by") has that verb's subject, the name or pronoun before the
    /// verb group.
    func verbGroupSubject(_ frame: [Token], cue c: Int, sentence s: Int) -> (
        tokens: [Token], resolved: ResolvedSpeaker
    )? {
        guard c >= 2, FrameWords.governingParticles.contains(frame[c - 1].lower) else { return nil }
        var v = c - 2
        while v > 0, c - v <= 7, frame[v].isWord, !frame[v].isCapitalised,
            !FrameWords.subjectPronouns.contains(frame[v].lower)
        {
            v -= 1
        }
        // "The email went on to say, "…"": a definite description opening the frame.
        if v == 0, FrameWords.definiteDeterminers.contains(frame[0].lower),
            let verb = (1..<(c - 1)).first(where: { SourcePhrase.isVerbAfterNounPhrase(frame, at: $0) }),
            verb >= 2, verb <= 4, case let phrase = Array(frame[0..<verb]), phrase.allSatisfy(\.isWord),
            case let described = resolver.described(phrase), described.speaker != nil
        {
            return (phrase, described)
        }
        let subject =
            FrameWords.subjectPronouns.contains(frame[v].lower)
            ? [frame[v]] : SourcePhrase.preceding(frame, before: v + 1)
        guard !subject.isEmpty, v + 1 < c - 1, SourcePhrase.isNamedOrPronoun(subject),
            let resolved = resolver.resolve(subject, at: s), resolved.person != nil
        else { return nil }
        return (subject, resolved)
    }

    /// `Jane Doe: "…"`, `More from Doe: "…"`, `It doesn't surprise pollster Daron Shaw: "…"`:
    /// a name and a colon introduce the quotation.
    func colonLabel(_ frame: [Token], sentence s: Int) -> Attribution? {
        guard frame.count >= 2, frame.last?.lower == ":" else { return nil }
        let name = SourcePhrase.preceding(frame, before: frame.count - 1)
        if let first = name.first, let start = frame.firstIndex(where: { $0.span == first.span }),
            start == 0 || ["-", "—", "–", "by", "."].contains(frame[start - 1].lower)
                // "More from Blumenthal and Cohen:", not "… could have come from Trump himself:".
                || (frame[start - 1].lower == "from" && start <= 2),
            let resolved = resolver.resolve(name, at: s), resolved.person != nil
        {
            return Attribution(source: name, cue: nil, resolved: resolved, continuation: false)
        }
        // "… doesn't surprise Republican pollster Daron Shaw: "…"": a name after the noun that
        // describes it closes the clause.
        var start = frame.count - 1
        while start > 0, frame.count - 1 - start < 4, frame[start - 1].isWord, frame[start - 1].isCapitalised {
            start -= 1
        }
        guard start < frame.count - 1, start > 0, SourcePhrase.isSpeakerNoun(frame[start - 1].lower) else {
            return nil
        }
        let named = Array(frame[start..<(frame.count - 1)])
        guard let resolved = resolver.resolve(named, at: s), resolved.person != nil else { return nil }
        return Attribution(source: named, cue: nil, resolved: resolved, continuation: false)
    }

    /// `Smith issued the following statement: "…"`, `Trump issued a statement, "…"`: a verb of
    /// giving out words and its subject.
    func statementIntroduction(_ frame: [Token], sentence s: Int) -> Attribution? {
        guard let mark = frame.last?.lower, mark == ":" || mark == "," else { return nil }
        // With a comma the noun stands right before it: "Trump issued a statement, "…"".
        if mark == ",", frame.count < 3 || !QuoteContext.statementNouns.contains(frame[frame.count - 2].lower) {
            return nil
        }
        // "Obama is rolling out a new campaign message: "…"": the words are the subject's. A
        // possessor with a reporting verb after it ("Clinton's campaign chairman, John Podesta,
        // said in a statement:") leaves the words to the verb's own source.
        if frame.count >= 2, QuoteContext.statementNouns.contains(frame[frame.count - 2].lower),
            let subject = resolver.sentenceSubject(s),
            !(isPossessor(subject.tokens, in: frame)
                && frame.indices.contains(where: { frame[$0].isWord && ReportingVerbs.isQuoteCue(frame, $0) }))
        {
            return Attribution(source: subject.tokens, cue: nil, resolved: subject.resolved, continuation: false)
        }
        guard let verb = frame.lastIndex(where: { QuoteContext.issuingVerbs.contains($0.lower) }),
            frame[(verb + 1)...].contains(where: { QuoteContext.statementNouns.contains($0.lower) })
        else { return nil }
        let source = SourcePhrase.preceding(frame, before: verb)
        guard !source.isEmpty, let resolved = resolver.resolve(source, at: s), resolved.person != nil else {
            return nil
        }
        return Attribution(source: source, cue: frame[verb], resolved: resolved, continuation: false)
    }

    /// `after her March comment that, "…"`, `Trump's promise: "…"`: a noun of saying (perhaps
    /// with a word or two before it) whose possessor, a name or "his", "her", "their", said
    /// the words.
    func possessedStatement(_ frame: [Token], sentence s: Int) -> Attribution? {
        var end = frame.count
        while end > 0, FrameWords.introducingEnds.contains(frame[end - 1].lower) { end -= 1 }
        guard end < frame.count, end >= 2, QuoteContext.possessedStatementNouns.contains(frame[end - 1].lower) else {
            return nil
        }
        for p in stride(from: end - 2, through: max(0, end - 4), by: -1) {
            let word = frame[p].lower
            if let pronoun = FrameWords.possessivePronouns[word] {
                var subject = frame[p]
                subject.lower = pronoun
                guard let resolved = resolver.resolve([subject], at: s), resolved.person != nil else { return nil }
                return Attribution(source: [frame[p]], cue: frame[end - 1], resolved: resolved, continuation: false)
            }
            if word == "'s" || word == "’s" {
                let name = SourcePhrase.preceding(frame, before: p)
                guard let head = name.last, head.isCapitalised, let resolved = resolver.resolve(name, at: s),
                    resolved.person != nil
                else { return nil }
                return Attribution(source: name, cue: frame[end - 1], resolved: resolved, continuation: false)
            }
            // Only a modifier may stand between ("March", "now-famous"), not a clause.
            guard frame[p].isWord, !frame[p].flags.contains(.cue), !frame[p].flags.contains(.boundary) else {
                return nil
            }
        }
        return nil
    }

    /// Nouns of saying whose possessor speaks (`possessedStatement`).
    static let possessedStatementNouns: WordSet = statementNouns.union([
        "claim", "claims", "remark", "assertion", "argument", "insistence", "boast", "admission", "prediction",
        "declaration", "announcement", "tweet", "quip", "retort",
    ])

    /// `Anthony Anton, president and CEO of the association stated, "…"`, `Sam Lau, the
    /// communications director for the party said`: an appositive whose closing comma the
    /// writer left out. The words before the cue open with a role in lower case right after a
    /// comma (perhaps after a determiner and a word qualifying it), and the frame opens with a
    /// person's name before that comma.
    func unclosedAppositive(_ frame: [Token], cue c: Int, sentence s: Int) -> (
        tokens: [Token], resolved: ResolvedSpeaker
    )? {
        guard let comma = frame[..<c].lastIndex(where: { !$0.isWord }), frame[comma].lower == ",", comma >= 1,
            comma + 1 < c, !frame[(comma + 1)..<c].contains(where: { $0.flags.contains(.cue) })
        else { return nil }
        // After a determiner the role must go on to say of what: "Clinton, a top aide said, …"
        // has its own subject, the aide.
        let determined = SourcePhrase.determiners.contains(frame[comma + 1].lower)
        let role = determined ? comma + 2 : comma + 1
        guard role < c,
            frame[role..<min(role + 2, c)].contains(where: { $0.flags.contains(.title) && !$0.isCapitalised }),
            frame[role..<min(role + 2, c)].allSatisfy({ $0.isWord && !$0.isCapitalised }),
            !determined || frame[role..<c].contains(where: { FrameWords.roleComplements.contains($0.lower) })
        else { return nil }
        let name = SourcePhrase.preceding(frame, before: comma)
        guard let head = name.last, head.isCapitalised, name.first?.span == frame.first?.span,
            let resolved = resolver.resolve(name, at: s), let person = resolved.person,
            !resolver.register.people[person].isOrganisation
        else { return nil }
        return (name, resolved)
    }

    /// Whether the phrase stands in the frame right before a possessive "'s".
    private func isPossessor(_ phrase: [Token], in frame: [Token]) -> Bool {
        guard let last = phrase.last, let i = frame.firstIndex(where: { $0.span == last.span }), i + 1 < frame.count
        else { return false }
        return frame[i + 1].lower == "'s" || frame[i + 1].lower == "’s"
    }

    /// Whether a name before an appositive opens its clause, as a subject does, rather than
    /// ending a prepositional phrase: after the sentence start, a parenthesis, a subordinating
    /// conjunction ("after Mr. Trump, asked about it, had said"), or an introductory phrase
    /// ("Recalling that moment, David Axelrod, who …, said", "And on Tuesday, Kevin Brady,
    /// chairman of …, said").
    private func nameOpensClause(_ frame: [Token], at start: Int, separator j: Int, end: Int, sentence s: Int) -> Bool {
        if frame[..<start].allSatisfy({ !$0.isWord || FrameWords.nameOpeners.contains($0.lower) }) { return true }
        let before = frame[start - 1].lower
        if j == end - 1 && [",", "-", "—", "–"].contains(before) { return true }
        // "… an accident — Brendan Buck, a spokesman for Ryan, told": a dash or semicolon
        // opens a clause.
        if ["(", "—", "–", ";"].contains(before) || FrameWords.subordinators.contains(before) { return true }
        if resolver.sentenceSubject(s)?.tokens.first?.span == frame[start].span { return true }
        let intro = frame[..<(start - 1)]
        return before == "," && intro.count <= 6 && intro.allSatisfy(\.isWord)
            && !intro.contains { $0.flags.contains(.cue) }
    }

    /// A noun phrase that describes people: a determiner or number, then a noun for people,
    /// and no verb between ("the party's most senior senators", "Another pollster", "67 percent");
    /// or a share ("one in five").
    private func isDescriptionOfPeople(_ phrase: [Token]) -> Bool {
        guard let first = phrase.first, let head = phrase.last else { return false }
        if SourcePhrase.isShare(phrase) { return true }
        return (SourcePhrase.determiners.contains(first.lower) || SourcePhrase.isNumber(first))
            && SourcePhrase.isSpeakerNoun(head.lower)
            && !head.flags.contains(.organisation)
            && !phrase.contains { $0.flags.contains(.pastForm) || $0.flags.contains(.cue) }
    }

    static let issuingVerbs: WordSet = [
        "made", "makes", "issued", "issues", "released", "releases", "gave", "gives",
        "offered", "offers", "sent", "sends", "delivered", "delivers", "had", "has",
    ]
    static let statementNouns: WordSet = [
        "statement", "comment", "comments", "remarks", "message", "words", "response",
        "reply", "answer", "note", "warning", "explanation", "following", "line",
        "slogan", "question", "promise", "pledge", "vow",
    ]

    /// `Jane Doe, a historian who attended, recalled, "…"`: a named subject whose appositive,
    /// set off by commas or dashes, separates it from the cue.
    func appositiveSubject(_ frame: [Token], cue c: Int, sentence s: Int) -> (
        tokens: [Token], resolved: ResolvedSpeaker
    )? {
        let end = SourcePhrase.skippingBetween(frame, before: c)
        let separators: [Word] = [",", "—", "–", "-"]
        guard end > 1, separators.contains(frame[end - 1].lower) else { return nil }
        for descriptions in [false, true] {
            // The leftmost comma or dash with a name before it opens the appositive; the name
            // may be the appositive itself ("her adviser, Jake Sullivan, said").
            for j in max(1, end - 45)..<end where separators.contains(frame[j].lower) {
                // "Even the party's senators": a hedge or focus word is not the source's.
                let name = Array(
                    SourcePhrase.preceding(frame, before: j).drop { FrameWords.sourceModifiers.contains($0.lower) })
                // "Rep. Bobby Scott (D-Va.), ranking member …, said": the name before its parenthesis.
                let bare = name.last?.lower == ")" ? Array(name.prefix { $0.lower != "(" }) : name
                // A name; failing any, a description of people ("the party's senior senators, like
                // Rubio and Bush, say").
                guard let first = name.first, let head = bare.last,
                    head.isCapitalised || (descriptions && isDescriptionOfPeople(bare))
                else { continue }
                let start = frame.firstIndex { $0.span == first.span }!
                guard nameOpensClause(frame, at: start, separator: j, end: end, sentence: s) else { continue }
                guard let resolved = resolver.resolve(name, at: s),
                    resolved.person.map({ !resolver.register.people[$0].isOrganisation }) ?? !head.isCapitalised
                else { continue }
                // Another verb of the narrative between the name and the cue is not an appositive
                // (a compound such as "self-described" or a noun such as "the state" is no verb).
                // Nor is a verb of a relative clause inside the appositive ("a Republican who
                // described himself as …"), nor the participle that opens it ("Mr. Trump, asked
                // about it, had said").
                let isVerb = { (i: Int) in
                    ReportingVerbs.quoteCue(frame[i]) != nil && frame[i - 1].lower != "-"
                        && !(i == j + 1 && (frame[i].flags.contains(.pastForm) || frame[i].lower.hasSuffix("ing")))
                        && !SourcePhrase.determiners.contains(frame[i - 1].lower)
                        && !FrameWords.relativePronouns.contains(frame[i - 1].lower)
                }
                if ((j + 1)..<end).contains(where: isVerb) { return nil }
                return (name, resolved)
            }
        }
        return nil
    }
}
