/// Finds the noun phrase that names the source next to a reporting verb.
enum SourcePhrase {
    /// Words that end a source phrase: clause and phrase boundaries.
    static let boundaries: WordSet = [
        "that", "which", "who", "whom", "and", "but", "or", "because", "if", "when", "while", "as", "so", "than",
        "to", "in", "on", "at", "by", "with", "from", "after", "before", "about", "into", "since", "during",
        "is", "was", "were", "are", "be", "been", "has", "have", "had", "not", "it's", "there", "what", "where",
        "why", "how", "said", "says", "say", "told", "this", "these", "those", "also", "then", "once", "even",
        "over", "under", "against", "without", "through", "per", "via", "like", "unlike", "although", "though",
        "yet", "however", "where", "whether", "unless", "until", "upon", "amid", "among", "around",
    ]
    static let determiners: WordSet = [
        "the", "a", "an", "another", "one", "two", "three", "several", "some",
        "many", "most", "other", "both", "his", "her", "their", "its", "our",
    ]

    /// Where the words before `end` stop being adverbs and auxiliaries that may stand between
    /// a source and its cue ("Trump has also said").
    static func skippingBetween(_ tokens: [Token], before end: Int) -> Int {
        var end = end
        while end > 0, tokens[end - 1].flags.contains(.between) { end -= 1 }
        return end
    }

    /// Where a short prepositional phrase set off by commas starts that ends at `end`
    /// (", for one,", ", in a statement,"): the comma before it.
    static func parentheticalStart(_ tokens: [Token], before end: Int) -> Int? {
        guard end >= 5, tokens[end - 1].lower == ",",
            let comma = tokens[max(0, end - 6)..<(end - 1)].lastIndex(where: { $0.lower == "," }), comma > 0,
            FrameWords.adjunctOpeners.contains(tokens[comma + 1].lower) || tokens[comma + 1].lower == "for",
            tokens[(comma + 1)..<(end - 1)].allSatisfy({ $0.isWord && !$0.isCapitalised && !$0.flags.contains(.cue) })
        else { return nil }
        return comma
    }

    /// A capitalised word or a word that joins names ("of", "for", "and", "the", "'s").
    static func isNameOrConnector(_ token: Token) -> Bool {
        token.isCapitalised || nameConnectors.contains(token.lower)
    }

    static let nameConnectors: WordSet = ["of", "for", "and", "the", "'s", "’s"]

    /// The source phrase ending right before `cue` (after any adverbs or auxiliaries).
    static func preceding(_ tokens: [Token], before cue: Int) -> [Token] {
        var end = skippingBetween(tokens, before: cue)
        // "Proponents, however, say": an adverb set off by commas; "Rush Limbaugh, for one,
        // called", "Smith, in a statement, said": a short prepositional phrase.
        if end >= 4, tokens[end - 1].lower == ",", tokens[end - 2].flags.contains(.between),
            tokens[end - 3].lower == ","
        {
            end -= 3
        } else if let comma = parentheticalStart(tokens, before: end) {
            end = comma
        }
        // "Trump jokingly said": an adverb in -ly after a name or pronoun ("his family said"
        // keeps its noun).
        if end >= 2, isMannerAdverb(tokens[end - 1]),
            tokens[end - 2].isCapitalised || FrameWords.subjectPronouns.contains(tokens[end - 2].lower)
        {
            end -= 1
            end = skippingBetween(tokens, before: end)
        }
        // "Sean Spicer on Thursday evening said": a time between the source and its cue.
        var time = end
        while time > 0, tokens[time - 1].isWord, tokens[time - 1].flags.contains(.timeTrigger) { time -= 1 }
        // A capitalised word there that can be a name makes the words a name ("Rex Early said");
        // numbers alone are no time ("one in five say").
        if tokens[time..<end].contains(where: { $0.isCapitalised && !$0.flags.contains(.notName) })
            || tokens[time..<end].allSatisfy({ isNumber($0) || FrameWords.timeLeaders.contains($0.lower) })
        {
            time = end
        }
        if time < end, time > 0, FrameWords.timeLeaders.contains(tokens[time - 1].lower) {
            time -= 1
        }
        if time < end, time > 0, tokens[time - 1].isWord, !tokens[time - 1].flags.contains(.boundary) {
            end = time
            end = skippingBetween(tokens, before: end)
        }
        var start = end
        while start > 0 {
            let token = tokens[start - 1]
            // "Rep. Jason Chaffetz (R-Utah) said": a parenthesis inside the phrase.
            if token.lower == ")", let open = tokens[..<(start - 1)].lastIndex(where: { $0.lower == "(" }),
                start - 1 - open <= 8
            {
                start = open
                continue
            }
            if !token.isWord {
                // A possessive or joined name continues ("a new CNN/ORC poll", "Shaw &
                // Company"); other punctuation ends it.
                if token.lower == "'s" || token.lower == "’s" { start -= 1; continue }
                // So does an amount ("Fight for $15 organizing director Kendall Fells").
                if start < end, opensAmount(tokens, at: start - 1) {
                    start -= 1
                    continue
                }
                if ["/", "&"].contains(token.lower), start - 1 > 0, tokens[start - 2].isWord, start < end {
                    start -= 1
                    continue
                }
                break
            }
            if token.lower == "'s" || token.lower == "’s" { start -= 1; continue }
            if (token.lower == "of" || token.lower == "for") && start < end { start -= 1; continue }
            // "four in 10 said": a share of those asked.
            if token.lower == "in", start < end, start >= 2, isNumber(tokens[start]), isNumber(tokens[start - 2]) {
                start -= 1
                continue
            }
            if token.flags.contains(.boundary) && !token.isCapitalised { break }
            if end - start >= 9 { break }
            start -= 1
        }
        // Sentence-initial function words and adverbs ("But officials said", "Recently she
        // announced") are not part of the source.
        while start < end, !tokens[start].isCapitalised || tokens[start].flags.contains(.notName),
            tokens[start].flags.contains(.boundary)
                || FrameWords.sourceLeaders.contains(tokens[start].lower)
                || (tokens[start].flags.contains(.notName) && tokens[start].lower.hasSuffix("ly")
                    && !FrameWords.sourceModifiers.contains(tokens[start].lower))
        {
            start += 1
        }
        while start < end, tokens[start].lower == "of" || tokens[start].lower == "for" { start += 1 }
        // "In 2010 she said", "Later he said", "In an interview she said": a pronoun takes no
        // modifier, so the words before it are an adjunct, not part of the source.
        if end - start > 1, FrameWords.subjectPronouns.contains(tokens[end - 1].lower) { start = end - 1 }
        return Array(tokens[start..<end])
    }

    /// Whether the word at `k` ends the noun phrase before it as its verb: a verb of speech, a
    /// past form or a form of "be", in lower case and not right after a determiner ("the band
    /// leader called", "the report was"; not "the House Armed Services Committee", nor "in
    /// the report").
    static func isVerbAfterNounPhrase(_ tokens: [Token], at k: Int) -> Bool {
        let token = tokens[k]
        guard token.isWord, !token.isCapitalised, k == 0 || !determiners.contains(tokens[k - 1].lower) else {
            return false
        }
        return token.flags.contains(.cue) || token.flags.contains(.pastForm)
            || FrameWords.passiveAuxiliaries.contains(token.lower)
    }

    /// Whether a phrase is a participle and its object ("leading a coalition of 13 states"),
    /// not a noun phrase ("leading economists").
    static func isParticipleClause(_ phrase: [Token]) -> Bool {
        phrase.count >= 2 && !phrase[0].isCapitalised && phrase[0].lower.hasSuffix("ing")
            && determiners.contains(phrase[1].lower)
    }

    /// A dollar sign before its number ("$15"), part of the phrase it stands in.
    static func opensAmount(_ tokens: [Token], at i: Int) -> Bool {
        tokens[i].lower == "$" && i + 1 < tokens.count && isNumber(tokens[i + 1])
    }

    /// A number in digits or words ("10", "four").
    static func isNumber(_ token: Token) -> Bool {
        token.flags.contains(.startsWithDigit) || TimeWord.entries[Int(token.time)].number != nil
    }

    /// A share of those asked, as polls report it: "four in 10", "one in five".
    static func isShare(_ phrase: [Token]) -> Bool {
        phrase.count >= 3 && isNumber(phrase[phrase.count - 1]) && phrase[phrase.count - 2].lower == "in"
            && isNumber(phrase[phrase.count - 3])
    }

    /// A word in lower case ending in -ly, as manner adverbs do ("jokingly", "flatly").
    static func isMannerAdverb(_ token: Token) -> Bool {
        token.isWord && !token.isCapitalised && token.lower.hasSuffix("ly") && token.span.length > 4
    }

    /// Prepositions after a cue that open its topic ("said of Sanders").
    static let topicMarkers: WordSet = ["of", "about"]

    /// The source phrase after the cue at `cue`: `said Smith`, `according to Smith`.
    static func following(_ tokens: [Token], cue: Int) -> [Token] {
        // "said of Sanders", "added about the plan": what the words are about, not who spoke.
        if cue + 1 < tokens.count, topicMarkers.contains(tokens[cue + 1].lower) { return [] }
        let skipsTo = tokens[cue].lower == "according" && cue + 1 < tokens.count && tokens[cue + 1].lower == "to"
        return following(tokens, from: cue + (skipsTo ? 2 : 1))
    }

    /// The source phrase starting at `start` (`said Sen. John McCain, a Republican`).
    static func following(_ tokens: [Token], from start: Int) -> [Token] {
        var end = start
        while end < tokens.count, end - start < 9 {
            let token = tokens[end]
            if token.lower == "(", end > start, let close = tokens[end...].firstIndex(where: { $0.lower == ")" }),
                close - end <= 8
            {
                end = close + 1
                continue
            }
            // "the authors of the “Growth and Opportunity Project,”": a title in quotation marks.
            if FrameWords.openingMarks.contains(token.lower), end > start, titleLeaders.contains(tokens[end - 1].lower),
                end + 1 < tokens.count, tokens[end + 1].isCapitalised,
                let close = tokens[(end + 2)...].prefix(8).firstIndex(where: {
                    FrameWords.closingMarks.contains($0.lower)
                })
            {
                end = close + 1
                break
            }
            // "9/11 widow Terry Strada": a slash between numbers is one word.
            let numberSlash =
                token.lower == "/" && end > start && end + 1 < tokens.count
                && tokens[end - 1].flags.contains(.startsWithDigit) && tokens[end + 1].flags.contains(.startsWithDigit)
            if !token.isWord && token.lower != "'s" && token.lower != "’s" && !numberSlash { break }
            // A modal or auxiliary is the next clause's verb ("said Trump could file …").
            if end > start, token.flags.contains(.between), !token.isCapitalised { break }
            // "one of those advisers": a demonstrative after "of" goes on with the phrase.
            let afterOf =
                end > start && tokens[end - 1].lower == "of" && FrameWords.demonstratives.contains(token.lower)
            if token.flags.contains(.boundary) && !token.isCapitalised && !afterOf { break }
            if (token.lower == "on" || token.lower == "in" || token.lower == "at") { break }
            // "the base chief known as Bob", "a man calling himself Paul Paul": the name the
            // description goes on to give heads the phrase.
            if end > start, let named = appellation(tokens, at: end) {
                end = named
                break
            }
            if end > start, postnominal.contains(token.lower) { break }
            end += 1
        }
        // A time word after the source ("said Smith Tuesday") is not part of it.
        while end > start, tokens[end - 1].flags.contains(.notName), tokens[end - 1].isCapitalised { end -= 1 }
        return Array(tokens[start..<end])
    }

    /// Where the name ends that a description gives itself at `k` ("known as Bob", "named
    /// Jane Doe", "calling himself Paul Paul"); nil when no capitalised name follows.
    static func appellation(_ tokens: [Token], at k: Int) -> Int? {
        guard appellationWords.contains(tokens[k].lower) else { return nil }
        var name = k + 1
        if name < tokens.count, appellationLinks.contains(tokens[name].lower) { name += 1 }
        var end = name
        while end < tokens.count, end - name < 4, tokens[end].isWord, tokens[end].isCapitalised,
            !tokens[end].flags.contains(.notName)
        {
            end += 1
        }
        return end > name ? end : nil
    }

    static let appellationWords: WordSet = ["known", "named", "nicknamed", "calling", "called", "identified"]
    static let appellationLinks: WordSet = ["as", "himself", "herself", "only"]

    /// Words after which a quoted title goes on with the source ("the authors of the “…”").
    static let titleLeaders: WordSet = ["the", "of"]

    /// `tokens[start..<end]` with the prepositional complement that says whose or where an
    /// unnamed source is ("a longtime adviser to both Clintons", "a 2013 article in the
    /// journal Judgment"), when the complement names someone (ends capitalised).
    static func withComplement(_ tokens: [Token], start: Int, end: Int) -> [Token] {
        // "a person close to the Clintons": a postnominal adjective and its preposition.
        let preposition = end + 1 < tokens.count && postnominal.contains(tokens[end].lower) ? end + 1 : end
        guard preposition < tokens.count,
            FrameWords.complementPrepositions.contains(tokens[preposition].lower)
        else {
            return Array(tokens[start..<end])
        }
        var last = end
        var i = preposition + 1
        while i < tokens.count, i - end <= 8, tokens[i].isWord || tokens[i].lower == "'s" || tokens[i].lower == "’s" {
            if tokens[i].flags.contains(.boundary), !tokens[i].isCapitalised { break }
            // A common word goes on with a name before it ("Judicial Watch"), not a time ("the
            // FBI Monday").
            if tokens[i].isCapitalised,
                !tokens[i].flags.contains(.notName)
                    || (last == i - 1 && !tokens[i].isTimeWord)
            {
                last = i
            }
            i += 1
        }
        return Array(tokens[start..<(last > preposition ? last + 1 : end)])
    }

    /// Adjectives and participles that follow the noun they describe ("one Democrat
    /// familiar with the talks", "a person close to the Clintons"): the noun ends the phrase.
    static let postnominal: WordSet = [
        "familiar", "close", "closest", "known", "involved", "speaking", "briefed", "aware", "knowledgeable",
        "granted", "authorized", "authorised",
    ]

    /// Words that open a modifier after a source's head ("sources close to", "organizers in
    /// Cleveland", "friends who have seen him").
    static let modifierOpeners: WordSet = postnominal.union([
        "in", "at", "from", "with", "of", "for", "privy", "who", "on",
    ])

    /// Whether a phrase can name a speaker: a name, a pronoun, or a person noun head.
    static func isPlausibleSource(_ phrase: [Token]) -> Bool {
        // "Sen. Bernie Sanders (I-Vt.)": the parenthesis says where from; "advocates for stem
        // cell research", "a spokesman of the party": the noun before the complement heads.
        var phrase = phrase
        if phrase.last?.lower == ")", let open = phrase.lastIndex(where: { $0.lower == "(" }), open > 0 {
            phrase = Array(phrase[..<open])
        }
        if let modifier = phrase.firstIndex(where: { modifierOpeners.contains($0.lower) }), modifier > 0,
            isPlausibleSource(Array(phrase[..<modifier]))
        {
            return true
        }
        guard let head = phrase.last else { return false }
        if NameLexicon.pronouns[head.lower] != nil { return phrase.count == 1 }
        if isShare(phrase) { return true }
        if head.isCapitalised && !head.flags.contains(.notName) { return true }
        return isSpeakerNoun(head.lower) || head.flags.contains(.organisation)
            || head.lower.hasSuffix("-year-old")
    }

    /// A noun for people: listed in either number ("insider" as "insiders"), or an agent
    /// noun in -ist or -ian ("strategist", "historians").
    static func isSpeakerNoun(_ lower: Word) -> Bool {
        let singular = lower.hasSuffix("s") ? lower.removingLastByte() : lower
        if NameLexicon.speakerNouns.contains(lower) || NameLexicon.speakerNouns.contains(singular)
            || NameLexicon.speakerNouns.contains(lower.appending(UInt8(ascii: "s")))
        {
            return true
        }
        return singular.count > 5 && (singular.hasSuffix("ist") || singular.hasSuffix("ian"))
    }

    static let evidenceNouns: WordSet = [
        "poll", "polls", "survey", "surveys", "study", "studies", "report", "reports",
        "data", "research", "analysis", "documents", "records", "transcript", "figures",
        "estimates", "review", "investigation", "audit", "memo", "filing", "filings", "polling", "email", "emails",
        "footage", "projection", "projections", "tally", "count", "results", "returns", "numbers", "statistics",
        "findings", "document", "letter", "article", "video", "photos", "census", "model",
    ]

    /// Polls and their averages, which report what people answered ("in a CNN poll, …").
    static let pollNouns: WordSet = ["poll", "polls", "survey", "surveys", "average", "averages"]

    /// A document, poll or study: what evidence verbs ("a poll shows") need as a source.
    static func isEvidence(_ phrase: [Token]) -> Bool {
        phrase.contains { evidenceNouns.contains($0.lower) }
    }

    /// A name or personal pronoun: required for belief verbs, where "the plan wants" is no attribution.
    static func isNamedOrPronoun(_ phrase: [Token]) -> Bool {
        guard let head = phrase.last else { return false }
        if FrameWords.subjectPronouns.contains(head.lower) { return phrase.count == 1 }
        return head.isCapitalised && !head.flags.contains(.notName)
    }

    /// Someone who can hold a belief: a name, a pronoun, people ("U.S. intelligence
    /// officials", "Trump supporters") or a share of them ("only 50 percent").
    static func isBeliever(_ phrase: [Token]) -> Bool {
        guard let head = phrase.last else { return false }
        return isNamedOrPronoun(phrase) || isShare(phrase) || isSpeakerNoun(head.lower)
    }
}
