/// Who a source phrase denotes.
struct ResolvedSpeaker {
    /// The fullest name, or the description for unnamed sources.
    var speaker: String?
    var person: Int?
}

/// Resolves source phrases to people: names through the register, pronouns to the most
/// recent compatible subject or speaker, definite descriptions ("the singer") to the
/// person last in focus, and unnamed sources ("a source") to their own description.
struct SpeakerResolver {
    var register: PersonRegister
    let doc: Document
    let sentenceTokens: [[Token]]
    /// People in subject position or speaking, by offset: the candidates for "he" and "she".
    private var focus: [(offset: Int, person: Int)]
    /// People named after a preposition or as an object ("when I asked Bernie Sanders"): the
    /// candidates when no one in focus fits.
    private let objects: [(offset: Int, person: Int)]

    static let objectMarkers: WordSet = [
        "to", "with", "by", "for", "from", "of", "told", "about", "at", "in", "on",
        "against", "'s", "’s", "than", "like", "thanked", "asked", "called",
        "met", "meet", "beat", "defeated", "versus", "vs.", "between", "over",
    ]

    init(_ register: PersonRegister, doc: Document, sentenceTokens: [[Token]], quotations: [TextSpan]) {
        self.register = register
        self.doc = doc
        self.sentenceTokens = sentenceTokens
        var focus: [(Int, Int)] = []
        var objects: [(Int, Int)] = []
        for mention in register.mentions where mention.person >= 0 {
            // Names inside quotations are not who the narrative is about.
            let q = quotations.partitionIndex { $0.end > mention.span.start }
            if q < quotations.count, quotations[q].contains(mention.span) { continue }
            guard let s = doc.sentences.index(containing: mention.span.start) else { continue }
            let tokens = sentenceTokens[s]
            let index = tokens.partitionIndex { $0.span.start >= mention.span.start }
            let previous = index > 0 ? tokens[index - 1].lower : ""
            if SpeakerResolver.objectMarkers.contains(previous) {
                objects.append((mention.span.start, mention.person))
            } else {
                focus.append((mention.span.start, mention.person))
            }
        }
        self.focus = focus
        self.objects = objects
    }

    mutating func noteSpeaker(_ person: Int, at offset: Int) {
        let index = focus.partitionIndex { $0.offset > offset }
        focus.insert((offset, person), at: index)
    }

    func resolve(_ fullPhrase: [Token], at sentence: Int) -> ResolvedSpeaker? {
        // A parenthesis ("(R-Utah)") says where someone is from, not who they are.
        var phrase: [Token] = []
        var depth = 0
        for token in fullPhrase {
            if token.lower == "(" {
                depth += 1
            } else if token.lower == ")" {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                phrase.append(token)
            }
        }
        // "Cameron Easley for Morning Consult", "a spokesman for the campaign": the speaker
        // is the part before the preposition when that part names someone; when the
        // preposition is inside a name ("A University of New Hampshire poll"), the name.
        if let cut = phrase.firstIndex(where: { FrameWords.complementCuts.contains($0.lower) }), cut > 0,
            phrase[cut - 1].isCapitalised, !phrase[cut - 1].flags.contains(.notName), let first = phrase.first,
            let last = phrase.last
        {
            let names = register.mentions(in: TextSpan(first.span.start, last.span.end))
            if !Self.nameAfterRoleEnds(phrase, names: names, after: cut) {
                if let name = names.first(where: { $0.span.contains(phrase[cut].span) }) {
                    phrase = Array(phrase.prefix { $0.span.start < name.span.end })
                } else {
                    phrase = Array(phrase[..<cut])
                }
            }
        }
        guard let head = phrase.last, let first = phrase.first else { return nil }
        let span = TextSpan(first.span.start, head.span.end)
        if let gender = NameLexicon.pronouns[head.lower], phrase.count == 1 {
            if head.lower == "i" || head.lower == "we" { return ResolvedSpeaker(speaker: nil, person: nil) }
            if head.lower == "it" || head.lower == "they" {
                let person = recent(before: span.start, within: 4) { p in
                    // "It" is an organisation that speaks, not a place mentioned on the way.
                    head.lower == "it"
                        ? register.people[p].isOrganisation && !PlaceLexicon.isPlace(register.nameWords[p])
                        : true
                }
                return ResolvedSpeaker(speaker: person.map { register.people[$0].name }, person: person)
            }
            // A person the text shows to be one (a gendered title or first name, or a full name)
            // before a lone capitalised word of unknown gender, which may be a place or a body
            // ("Orlando", "the Fed") the register could not tell from a surname.
            func candidate(_ p: Int, strict: Bool) -> Bool {
                let candidate = register.people[p]
                guard !candidate.isOrganisation else { return false }
                if candidate.gender == gender { return true }
                return candidate.gender == .unknown && (!strict || register.nameWords[p].count >= 2)
            }
            let person =
                recent(before: span.start, within: 6) { candidate($0, strict: true) }
                ?? recent(before: span.start, within: 6) { candidate($0, strict: false) }
                ?? recent(in: objects, before: span.start, within: 2) { register.people[$0].gender == gender }
            return ResolvedSpeaker(speaker: person.map { register.people[$0].name }, person: person)
        }
        // "A spokeswoman for the House Armed Services Committee": someone of the organisation,
        // as described, not the organisation.
        if let cut = phrase.firstIndex(where: { FrameWords.complementCuts.contains($0.lower) }), cut >= 2,
            SourcePhrase.determiners.contains(first.lower), case let role = phrase[cut - 1],
            !role.isCapitalised,
            isPersonRole(role.lower) || (role.flags.contains(.title) && !role.flags.contains(.organisation))
        {
            return ResolvedSpeaker(speaker: doc.string(span), person: nil)
        }
        // A name at the head of the phrase: the register's fullest form of it.
        let names = register.mentions(in: span)
        if head.isCapitalised, let mention = names.last,
            mention.span.end == head.span.end || mention.span.contains(head.span)
        {
            return ResolvedSpeaker(speaker: register.people[mention.person].name, person: mention.person)
        }
        // "May said", "Mr. English said" after "Theresa May", "Bryan English": a surname that
        // is a common word elsewhere, which the register does not take for a name on its own.
        if phrase.dropLast().allSatisfy({ $0.flags.contains(.title) }), head.isCapitalised,
            register.commonWordSurnames.contains(head.lower),
            let person = register.person(named: [head.lower])
        {
            return ResolvedSpeaker(speaker: register.people[person].name, person: person)
        }
        // "The Illinois Board" of a sentence's subject cut before "of Elections" (not a run of
        // capitals in a headline written in title case).
        if head.isCapitalised, let mention = register.mention(containing: head.span), mention.lowered.count <= 4 {
            return ResolvedSpeaker(speaker: register.people[mention.person].name, person: mention.person)
        }
        guard SourcePhrase.isPlausibleSource(phrase) else { return nil }
        let text = doc.string(span)
        // "the singer", "the spokesman", "the labor secretary": the person with that role
        // (every word of it written before their name), or for one word the one in focus.
        if first.lower == "the", (2...4).contains(phrase.count), NameLexicon.speakerNouns.contains(head.lower),
            isPersonRole(head.lower), phrase.dropFirst().allSatisfy({ $0.isWord && !$0.isCapitalised })
        {
            let role = phrase.dropFirst().map { $0.lowerString(in: doc.text) }
            if let withRole = register.roles.indices.last(where: { register.roles[$0].isSuperset(of: role) }) {
                return ResolvedSpeaker(speaker: register.people[withRole].name, person: withRole)
            }
            if phrase.count == 2,
                let person = recent(before: span.start, within: 3, { !register.people[$0].isOrganisation })
            {
                return ResolvedSpeaker(speaker: register.people[person].name, person: person)
            }
        }
        if head.lower.hasSuffix("-year-old"),
            let person = recent(before: span.start, within: 3, { !register.people[$0].isOrganisation })
        {
            return ResolvedSpeaker(speaker: register.people[person].name, person: person)
        }
        return ResolvedSpeaker(speaker: text, person: nil)
    }

    /// Whether the phrase ends in a name after its role, past the preposition at `cut`
    /// ("Fight for $15 organizing director Kendall Fells", "Secretary of State John Kerry"), or
    /// after a title and its complement ("Director of National Intelligence James Clapper"):
    /// the name heads the phrase, whatever stands before the role.
    static func nameAfterRoleEnds(_ phrase: [Token], names: ArraySlice<NameMention>, after cut: Int) -> Bool {
        guard let name = names.last, !name.isOrganisation, let last = phrase.last, name.span.end == last.span.end,
            let role = phrase.lastIndex(where: { $0.span.end <= name.span.start }), role > cut
        else { return false }
        return phrase[role].flags.contains(.title)
            || (phrase[cut].lower == "of" && phrase[cut - 1].flags.contains(.title) && name.lowered.count >= 2)
    }

    /// A source phrase the resolver does not know, as the description it is ("one
    /// commenter", "a 2008 Clinton veteran"): a noun phrase opened by a determiner and
    /// ending in a word. Anything else gives no speaker.
    func described(_ phrase: [Token]) -> ResolvedSpeaker {
        // "Another tweeted, "…"": an indefinite pronoun for people describes its speaker alone.
        if phrase.count == 1, let only = phrase.first, FrameWords.indefiniteSpeakers.contains(only.lower) {
            return ResolvedSpeaker(speaker: doc.string(only.span), person: nil)
        }
        guard let first = phrase.first, let last = phrase.last, phrase.count >= 2, last.isWord,
            SourcePhrase.determiners.contains(first.lower) || first.lower == "this",
            !last.flags.contains(.boundary), !last.flags.contains(.between), !last.flags.contains(.cue),
            !last.lower.hasSuffix("ly")
        else { return ResolvedSpeaker(speaker: nil, person: nil) }
        return ResolvedSpeaker(speaker: doc.string(TextSpan(first.span.start, last.span.end)), person: nil)
    }

    /// Singular nouns for one person, which a definite description may use for someone named.
    static let personRoles: WordSet = [
        "spokesman", "spokeswoman", "spokesperson", "official", "aide", "adviser", "advisor", "analyst", "expert",
        "critic", "senator", "congressman", "candidate", "nominee", "president", "singer", "actor", "actress", "star",
        "mother", "father", "wife", "husband", "author", "reporter", "director", "chairman", "secretary", "governor",
        "mayor", "judge", "lawyer", "attorney", "officer", "economist", "scholar", "professor", "manager", "chief",
        "businessman", "billionaire", "rival", "opponent", "operative", "donor", "man", "woman", "teacher", "student",
        "leader", "friend", "son", "daughter", "brother", "sister", "lawmaker", "rapper", "host", "coach", "ceo",
    ]

    func isPersonRole(_ noun: Word) -> Bool { SpeakerResolver.personRoles.contains(noun) }

    /// The subject of a sentence, when it is a person or a pronoun for one; with
    /// `descriptions`, also a description ("the band leader"). An introductory phrase
    /// ("At his cookout, the band leader …") is skipped.
    func sentenceSubject(_ s: Int, descriptions: Bool = false) -> (tokens: [Token], resolved: ResolvedSpeaker)? {
        let tokens = sentenceTokens[s]
        var start = 0
        // An introduction: a listed opener, or a participle ("Speaking to supporters, …").
        if let first = tokens.first,
            SpeakerResolver.introductions.contains(first.lower)
                || (first.lower.hasSuffix("ing") && first.lower.count > 5 && !first.flags.contains(.notName)),
            let comma = tokens.prefix(24).firstIndex(where: { $0.lower == "," })
        {
            start = comma + 1
        } else if let comma = tokens.prefix(6).firstIndex(where: { $0.lower == "," }), comma >= 2,
            tokens[1..<comma].allSatisfy({ $0.isWord && !$0.isCapitalised }),
            register.mentions(in: TextSpan(tokens[0].span.start, tokens[0].span.end)).isEmpty
        {
            // "Hours later, Trump …": a short adverbial without a name opens the sentence.
            start = comma + 1
        }
        guard start < tokens.count else { return nil }
        var end = start
        if ["he", "she"].contains(tokens[start].lower) {
            end = start + 1
        } else {
            // A title may go on over "of" ("Former Secretary of State Madeleine Albright").
            var limit = start + 5
            while end < tokens.count, end < limit, tokens[end].isWord,
                tokens[end].isCapitalised || tokens[end].flags.contains(.title)
                    || (end > start && tokens[end].lower == "of" && tokens[end - 1].flags.contains(.title)
                        && end + 1 < tokens.count && tokens[end + 1].isCapitalised)
            {
                if tokens[end].lower == "of" { limit += 2 }
                end += 1
            }
        }
        // "A spokeswoman for the committee emailed …": an indefinite description of a role
        // speaks as a definite one does.
        let definite =
            FrameWords.definiteDeterminers.contains(tokens[start].lower)
            || (FrameWords.indefiniteArticles.contains(tokens[start].lower) && start + 1 < tokens.count
                && tokens[start + 1].flags.contains(.title) && !tokens[start + 1].isCapitalised)
        // (An indefinite article opening the sentence is capitalised, but the role's own: "A
        // spokeswoman for the committee".)
        if end == start || FrameWords.indefiniteArticles.contains(tokens[start].lower), descriptions, definite {
            // The noun phrase ends before its verb ("the band leader called …", "his chief aide
            // doubled down …"), not at a name in -ed ("the House Armed Services Committee").
            let phrase = SourcePhrase.following(Array(tokens[start...]), from: 0)
            let verb = phrase.indices.dropFirst().first { SourcePhrase.isVerbAfterNounPhrase(phrase, at: $0) }
            end = start + (verb ?? phrase.count)
        }
        guard end > start else { return nil }
        let phrase = Array(tokens[start..<end])
        let isDescription = descriptions && definite && SourcePhrase.isPlausibleSource(phrase)
        guard let resolved = resolve(phrase, at: s),
            resolved.person != nil || (isDescription && resolved.speaker != nil)
        else { return nil }
        return (phrase, resolved)
    }

    /// Who speaks through a cue that shares a subject (`FrameWords.sharesSubject`: ", saying",
    /// "and added"): the subject of the clause it goes on with ("Ryan and Trump will meet,
    /// Spicer said, adding"; "And although he thanked them, he sounded a rare note,
    /// saying"), else the sentence's subject.
    func sharedSubject(_ tokens: [Token], cue c: Int, sentence s: Int) -> (tokens: [Token], resolved: ResolvedSpeaker)?
    {
        clauseSubject(tokens, before: c, sentence: s) ?? sentenceSubject(s, descriptions: true)
    }

    /// The subject of the clause a verb at `c` goes on with: the nearest name or personal
    /// pronoun before it that opens a clause and is followed by a verb. A complement clause's
    /// subject ("joked that Brooklyn was his answer, but went on") is not the one.
    private func clauseSubject(_ tokens: [Token], before c: Int, sentence s: Int) -> (
        tokens: [Token], resolved: ResolvedSpeaker
    )? {
        for k in stride(from: c - 2, through: 0, by: -1) {
            let opensClause =
                k == 0 || FrameWords.clauseOpeners.contains(tokens[k - 1].lower)
                || FrameWords.subordinators.contains(tokens[k - 1].lower)
            // (Not a preposition opening the sentence: "Alongside BLM calls for action, …".)
            guard opensClause, tokens[k].isWord,
                !tokens[k].flags.contains(.notName) || FrameWords.subjectPronouns.contains(tokens[k].lower)
            else {
                if opensClause, let described = describedSubject(tokens, from: k, before: c, sentence: s) {
                    return described
                }
                continue
            }
            var end = k
            if FrameWords.subjectPronouns.contains(tokens[k].lower) {
                end = k + 1
            } else {
                // Up to six words: "Republican presidential hopeful Sen. Ted Cruz".
                while end < c, end - k < 6, tokens[end].isWord,
                    tokens[end].isCapitalised || tokens[end].flags.contains(.title)
                {
                    end += 1
                }
            }
            // A subject is followed by its verb: a word in lower case.
            guard end > k, end < c, tokens[end].isWord, !tokens[end].isCapitalised else { continue }
            let phrase = Array(tokens[k..<end])
            guard let resolved = resolve(phrase, at: s), resolved.person != nil else { continue }
            return (phrase, resolved)
        }
        return nil
    }

    /// A description opening a clause as subject of a cue before `c` ("even a top GOP
    /// strategist said …, saying"): past a hedge, a determiner and words up to the cue.
    private func describedSubject(_ tokens: [Token], from k: Int, before c: Int, sentence s: Int) -> (
        tokens: [Token], resolved: ResolvedSpeaker
    )? {
        var start = k
        while start < c, FrameWords.sourceModifiers.contains(tokens[start].lower) { start += 1 }
        guard start < c, SourcePhrase.determiners.contains(tokens[start].lower),
            let verb = ((start + 1)..<c).first(where: {
                !tokens[$0].isWord || SourcePhrase.isVerbAfterNounPhrase(tokens, at: $0)
            }),
            tokens[verb].flags.contains(.cue), (2...7).contains(verb - start)
        else { return nil }
        // A noun phrase: no relative pronoun or adverb in it, nor a determiner at its end.
        let phrase = Array(tokens[start..<verb])
        guard let head = phrase.last, !SourcePhrase.determiners.contains(head.lower),
            !phrase.contains(where: { $0.flags.contains(.between) || FrameWords.relativePronouns.contains($0.lower) })
        else { return nil }
        guard SourcePhrase.isPlausibleSource(phrase), let speaker = resolve(phrase, at: s)?.speaker else { return nil }
        return (phrase, ResolvedSpeaker(speaker: speaker, person: nil))
    }

    /// Words that open an introductory phrase before a sentence's subject.
    static let introductions: WordSet = [
        "at", "in", "on", "after", "before", "during", "later", "then", "earlier",
        "meanwhile", "still", "yet", "instead", "afterward", "afterwards", "since",
        "with", "despite", "by", "for", "from", "amid", "when", "while", "here", "there", "today", "now",
        "separately", "elsewhere", "similarly", "likewise", "overall", "ultimately", "recently", "asked",
        "alongside", "besides", "beyond", "among", "under", "unlike", "throughout", "across", "against", "without",
        "within", "toward", "towards", "following", "inside", "outside", "beside", "upon", "via", "regarding",
    ]

    /// The person in focus most recently before `offset`, within some sentences.
    private func recent(before offset: Int, within sentences: Int, _ accept: (Int) -> Bool) -> Int? {
        recent(in: focus, before: offset, within: sentences, accept)
    }

    /// The most recent person of `mentions` before `offset`, within some sentences, that
    /// `accept` takes.
    private func recent(
        in mentions: [(offset: Int, person: Int)], before offset: Int, within sentences: Int,
        _ accept: (Int) -> Bool
    ) -> Int? {
        let sentenceIndex = doc.sentences.partitionIndex { $0.end > offset }
        let floor = doc.sentences[max(0, min(doc.sentences.count - 1, sentenceIndex - sentences))].start
        var i = mentions.partitionIndex { $0.offset >= offset } - 1
        while i >= 0, mentions[i].offset >= floor {
            if accept(mentions[i].person) { return mentions[i].person }
            i -= 1
        }
        return nil
    }
}
