/// A name as written in the text: its span, its name words, and the titles before it.
struct NameMention {
    /// From the first name word to the last, with only spaces between them.
    var span: TextSpan
    /// The name words lower-cased (the tokens' own lower-case forms).
    var lowered: [Word]
    var titles: [String]
    var isOrganisation: Bool
    /// Index into `PersonRegister.people`.
    var person: Int = -1

    /// The name as written, its words one space apart: made only for a new person or a
    /// fuller name, not for every mention.
    func name(in text: [Unicode.Scalar]) -> String {
        String(collapsingSpaces: text[span.start..<span.end])
    }
}

/// The people and organisations of one article, from their mentions: full names from the
/// fullest mention (`Person.aliases` its surname and first name), genders from titles, first
/// names and the pronouns that refer back to them.
struct PersonRegister {
    var people: [Person] = []
    /// Name words of each person, for alias matching.
    private(set) var nameWords: [[Word]] = []
    /// Indexes for alias matching: full names, and people by first and by last name word.
    private var byName: [[Word]: Int] = [:]
    private var byFirstOrLast: [Word: [Int]] = [:]
    /// Role words seen before a person's name ("singer John Legend").
    var roles: [Set<String>] = []
    var mentions: [NameMention] = []
    /// Surnames that are common words elsewhere ("May" of "Theresa May", "Will" of "George Will").
    private(set) var commonWordSurnames: Set<Word> = []

    init(_ document: Document, tokens: [[Token]]) {
        var found: [NameMention] = []
        // A headline's capitals are style, not names.
        let headline = document.headlineInBody ? document.paragraphs.first : nil
        // A lone capitalised word opening a sentence ("Fares will rise") is a name only if
        // the text also capitalises it elsewhere, or it is a known first name.
        // (Built on first need: most sentences open with no such word.)
        var capitalisedInside: Set<Word>?
        func isCapitalisedInside(_ word: Word) -> Bool {
            if capitalisedInside == nil {
                // Sized first: grown from empty, the set rehashed every word several times.
                var count = 0
                for sentence in tokens { for token in sentence.dropFirst() where token.isCapitalised { count += 1 } }
                var words = Set<Word>(minimumCapacity: count)
                for sentence in tokens {
                    for token in sentence.dropFirst() where token.isCapitalised { words.insert(token.lower) }
                }
                capitalisedInside = words
            }
            return capitalisedInside!.contains(word)
        }
        for sentenceTokens in tokens {
            guard let first = sentenceTokens.first, !(headline?.contains(first.span) ?? false) else { continue }
            let before = found.count
            PersonRegister.nameMentions(sentenceTokens, in: document.text, into: &found)
            // Only the sentence's first mention can open it.
            if found.count > before, case let mention = found[before], mention.span.start == first.span.start,
                mention.lowered.count == 1, mention.titles.isEmpty
            {
                let word = mention.lowered[0]
                if !(NameLexicon.isFirstName(word)
                    || isCapitalisedInside(word))
                {
                    found.remove(at: before)
                }
            }
        }
        // Sized once: growing the indexes rehashes every name (a sixth of finding people).
        byName.reserveCapacity(found.count)
        byFirstOrLast.reserveCapacity(found.count * 2)
        mentions.reserveCapacity(found.count)
        // Full names first, so a lone surname resolves to the fullest name whatever the order;
        // what a full name found then stands (registering it again would find it again).
        var people = [Int](repeating: -1, count: found.count)
        for (i, mention) in found.enumerated() where mention.lowered.count >= 2 {
            people[i] = register(mention, in: document.text)
        }
        for (i, var mention) in found.enumerated() {
            mention.person = people[i] >= 0 ? people[i] : register(mention, in: document.text)
            mentions.append(mention)
        }
    }

    /// The person a mention denotes, adding one when none matches.
    private mutating func register(_ mention: NameMention, in text: [Unicode.Scalar]) -> Int {
        let lowered = mention.lowered
        if let existing = match(lowered, organisation: mention.isOrganisation) {
            roles[existing].formUnion(mention.titles)
            if lowered.count > nameWords[existing].count, !mention.isOrganisation,
                lowered.suffix(nameWords[existing].count) == nameWords[existing][...]
            {
                people[existing].name = mention.name(in: text)
                nameWords[existing] = lowered
                index(existing)
            }
            return existing
        }
        // An honorific says the gender, then a first name, then a role ("Trump spokesman Hope
        // Hicks": "spokesman" is said of women too).
        var gender = Person.Gender.unknown
        let firstName = lowered.count >= 2 || mention.titles.isEmpty ? lowered.first : nil
        if mention.titles.contains(where: NameLexicon.femaleHonorifics.contains) {
            gender = .female
        } else if mention.titles.contains(where: NameLexicon.maleHonorifics.contains) {
            gender = .male
        } else if let first = firstName, NameLexicon.femaleNames.contains(first) {
            gender = .female
        } else if let first = firstName, NameLexicon.maleNames.contains(first) {
            gender = .male
        } else if mention.titles.contains(where: NameLexicon.femaleTitles.contains) {
            gender = .female
        } else if mention.titles.contains(where: NameLexicon.maleTitles.contains) {
            gender = .male
        }
        if lowered.count >= 2, !mention.isOrganisation, let last = lowered.last,
            WordFlags.lexicon[last]?.flags.contains(.notName) ?? false
        {
            commonWordSurnames.insert(last)
        }
        people.append(Person(name: mention.name(in: text), isOrganisation: mention.isOrganisation, gender: gender))
        nameWords.append(lowered)
        roles.append(Set(mention.titles))
        index(people.count - 1)
        return people.count - 1
    }

    private mutating func index(_ person: Int) {
        let words = nameWords[person]
        if byName[words] == nil { byName[words] = person }
        index(words[0], person)
        if words.count > 1 {
            // "Martin Luther King Jr." under "king" and "jr.".
            let surname = PersonRegister.surname(words)
            index(surname, person)
            if words[words.count - 1] != surname { index(words[words.count - 1], person) }
        }
    }

    /// Files a person under a first or last name word, once.
    private mutating func index(_ word: Word, _ person: Int) {
        byFirstOrLast[word, default: []].appendUnlessLast(person)
    }

    /// A person whose name holds these words: the same words, or a surname or first name.
    private func match(_ words: [Word], organisation: Bool) -> Int? {
        if let exact = byName[words] { return exact }
        // A lone capitalised word may still be a surname written in capitals (transcripts).
        if organisation && words.count > 1 { return nil }
        // People of two words or more filed under the last word (no array made: this runs
        // for every mention).
        guard let filed = byFirstOrLast[words[words.count - 1]] else { return nil }
        let isCandidate = { (person: Int) in !self.people[person].isOrganisation && self.nameWords[person].count >= 2 }
        if words.count == 1 {
            // First or last word now; else once (a name made fuller keeps its old filing).
            let w = words[0]
            return filed.first {
                isCandidate($0) && (PersonRegister.surname(nameWords[$0]) == w || nameWords[$0].first == w)
            } ?? filed.first(where: isCandidate)
        }
        // "Hillary Rodham Clinton" and "Hillary Clinton": same first and last word.
        if let same = filed.first(where: {
            isCandidate($0) && nameWords[$0].first == words[0] && nameWords[$0].last == words.last
        }) {
            return same
        }
        // "Van Hollen" of "Chris Van Hollen", and the other way round: a surname of several words
        // (not a first name and a surname: "Anne Smith" is not "Mary Anne Smith"), after given
        // names (not common words: "Missing EgyptAir Flight MS804" of a title-case heading).
        return filed.first { person in
            guard isCandidate(person) else { return false }
            let known = nameWords[person]
            let (shorter, longer) = known.count < words.count ? (known, words) : (words, known)
            return shorter.count < longer.count && longer.suffix(shorter.count) == shorter[...]
                && !NameLexicon.isFirstName(shorter[0])
                && longer.dropLast(shorter.count).allSatisfy(PersonRegister.mayBeGivenName)
        }
    }

    /// The surname of a name's words: the last, or the one before a generation
    /// ("Martin Luther King Jr." is King).
    static func surname(_ words: [Word]) -> Word {
        let last = words[words.count - 1]
        return words.count >= 3 && generations.contains(last) ? words[words.count - 2] : last
    }

    static let generations: WordSet = ["jr.", "jr", "sr.", "sr", "ii", "iii", "iv"]

    /// A word that may be a given name: a known first name, or no common word.
    static func mayBeGivenName(_ word: Word) -> Bool {
        NameLexicon.isFirstName(word) || !(WordFlags.lexicon[word]?.flags.contains(.notName) ?? false)
    }

    /// The sentences' tokens with this article's common-word surnames read as names ("May
    /// said", "Will wrote"), not as an auxiliary ("May told"), except where a date or a
    /// preposition makes them the word ("in May", "May 5"). The same tokens when the
    /// article has no such surname, as most have not.
    func readingSurnames(in tokens: [[Token]], of text: [Unicode.Scalar]) -> [[Token]] {
        guard !commonWordSurnames.isEmpty else { return tokens }
        return tokens.map { sentence in
            var sentence = sentence
            for k in sentence.indices where sentence[k].isCapitalised && commonWordSurnames.contains(sentence[k].lower)
            {
                let beforeDate = k + 1 < sentence.count && Characters.isDigit(text[sentence[k + 1].span.start])
                let afterPreposition =
                    k > 0 && !sentence[k - 1].isCapitalised && sentence[k - 1].isWord
                    && !sentence[k - 1].flags.contains(.cue)
                    && !FrameWords.sharedSubjectLinks.contains(sentence[k - 1].lower)
                if !beforeDate && !afterPreposition { sentence[k].flags.subtract([.notName, .between]) }
            }
            return sentence
        }
    }

    /// The person a name written elsewhere refers to ("Graham" in a headline, for the
    /// "Lindsey Graham" of the body), by the name's lower-cased words.
    func person(named words: [Word]) -> Int? {
        words.isEmpty ? nil : match(words, organisation: false)
    }

    /// The name mention that holds a span ("Board" in "the Illinois Board of Elections").
    func mention(containing span: TextSpan) -> NameMention? {
        let next = mentions.partitionIndex { $0.span.start > span.start }
        guard next > 0, mentions[next - 1].span.contains(span) else { return nil }
        return mentions[next - 1]
    }

    /// The name mentions inside a span.
    func mentions(in span: TextSpan) -> ArraySlice<NameMention> {
        let first = mentions.partitionIndex { $0.span.start >= span.start }
        let last = mentions[first...].partitionIndex { $0.span.start >= span.end }
        return mentions[first..<last].filter { span.contains($0.span) }[...]
    }

    static let particles: WordSet = [
        "de", "van", "von", "bin", "al", "da", "del", "la", "le", "di", "du", "der", "den", "los", "las", "dos", "ter",
    ]

    /// A lowercase particle inside a name: before a capitalised word, or before another
    /// particle that is (`Ursula von der Leyen`, `Rafael de la Fuente`).
    static func isParticle(_ tokens: [Token], at j: Int) -> Bool {
        var k = j
        while k < tokens.count, k - j < 2, particles.contains(tokens[k].lower) { k += 1 }
        return k > j && k < tokens.count && tokens[k].isCapitalised
    }

    /// Finds runs of capitalised words in a sentence, with the titles before them, and adds
    /// them to the article's (one array for all: most sentences have a mention or two).
    ///
    /// A run and its titles are ranges of the sentence's tokens (titles from `i` to where
    /// the name starts, the name to `end`), not arrays: this visits every token.
    static func nameMentions(_ tokens: [Token], in text: [Unicode.Scalar], into out: inout [NameMention]) {
        var i = 0
        while i < tokens.count {
            var j = i
            // Titles, capitalised or not ("singer John Legend", "Sen. Tim Kaine").
            // (The cheap capitalisation test runs first: this loop visits every token.)
            while j + 1 < tokens.count, tokens[j].flags.contains(.title),
                tokens[j + 1].isCapitalised || tokens[j + 1].flags.contains(.title)
            {
                j += 1
            }
            guard j < tokens.count, tokens[j].isCapitalised else {
                i = max(j, i + 1)
                continue
            }
            let nameStart = j
            var name = j..<j
            while j < tokens.count {
                let t = tokens[j]
                let particle = !name.isEmpty && isParticle(tokens, at: j)
                guard t.isCapitalised || particle else { break }
                if name.isEmpty, isCommonWord(t, in: text) { break }
                j += 1
                name = nameStart..<j
            }
            while let last = name.last,
                particles.contains(tokens[last].lower)
                    || isCommonWord(tokens[last], in: text) && !isSurnameAfterGivenName(tokens[name])
            {
                name = name.lowerBound..<last
            }
            // "(D-Wis.)" and "R-Ga." are party and state, not names.
            if name.count == 1, case let only = tokens[name.lowerBound], only.span.length >= 3,
                text[only.span.start + 1] == "-", "DRI".unicodeScalars.contains(text[only.span.start])
            {
                name = name.lowerBound..<name.lowerBound
            }
            // "Director of National Intelligence James Clapper": after a title and "of", the
            // person's name starts at a known first name.
            if name.count >= 3, name.lowerBound >= 2, tokens[name.lowerBound - 1].lower == "of",
                tokens[name.lowerBound - 2].flags.contains(.title),
                let given = name.dropFirst().dropLast().first(where: { NameLexicon.isFirstName(tokens[$0].lower) })
            {
                name = given..<name.upperBound
            }
            // "Secretary of State John Kerry", "President of the United States": a title before
            // "of" is a role, not a name.
            if name.count == 1, tokens[name.lowerBound].flags.contains(.title), name.upperBound < tokens.count,
                tokens[name.upperBound].lower == "of"
            {
                name = name.lowerBound..<name.lowerBound
            }
            // "a Jupiter Democrat", "a Texas Republican": a place and a party describe someone.
            // So does a party alone after a determiner: "the Democrat said".
            if let last = name.last, partyMembers.contains(tokens[last].lower),
                name.count >= 2
                    || name.lowerBound > 0 && SourcePhrase.determiners.contains(tokens[name.lowerBound - 1].lower)
            {
                name = name.lowerBound..<name.lowerBound
            }
            if let after = nameAfterRole(tokens[name], in: text) { name = after..<name.upperBound }
            let isOrganisation = !name.isEmpty && isOrganisation(tokens[name], in: text)
            if isOrganisation {
                // A title word written with a capital before an organisation is part of its
                // name, not a role: "the White House", "the State Department", "the
                // Republican Governors Association"; so is a people's adjective ("the American
                // Civil Liberties Union").
                var start = name.lowerBound
                while start > 0, tokens[start - 1].isCapitalised,
                    start > i || NameLexicon.peopleAdjectives.contains(tokens[start - 1].lower)
                {
                    start -= 1
                }
                name = start..<organisationComplementEnd(tokens, after: name.upperBound, in: text)
                j = max(j, name.upperBound)
            }
            if let first = name.first, let last = name.last {
                out.append(
                    NameMention(
                        span: TextSpan(tokens[first].span.start, tokens[last].span.end),
                        lowered: tokens[name].map { $0.lower },
                        titles: tokens[min(i, first)..<first].map { $0.lowerString(in: text) },
                        isOrganisation: isOrganisation))
            }
            i = max(j, i + 1)
        }
    }

    /// A common word that ends a run is a surname after a known first name ("Theresa May",
    /// "George Will"); elsewhere it is not part of the name ("Obama Monday", "Clinton Will").
    static func isSurnameAfterGivenName(_ run: ArraySlice<Token>) -> Bool {
        guard run.count >= 2, case let given = run[run.endIndex - 2].lower else { return false }
        return NameLexicon.isFirstName(given)
    }

    /// Where the name starts in a run that writes a role with capitals before it ("Labor
    /// Secretary Thomas Perez", "Republican National Committee Chairman Reince Priebus",
    /// "Israeli Prime Minister Benjamin Netanyahu"): after the last title word, when what
    /// follows is a person's name, not an organisation ("State Department Inspector General",
    /// "General Motors") nor a suffix ("Martin Luther King Jr."). The role is the person's
    /// title, so "the labor secretary" finds them and the name shows without it.
    static func nameAfterRole(_ kept: ArraySlice<Token>, in text: [Unicode.Scalar]) -> Int? {
        guard kept.count >= 2,
            let role = kept.dropLast().lastIndex(where: { $0.flags.contains(.title) })
        else { return nil }
        let name = kept[(role + 1)...]
        guard !name.allSatisfy({ nameSuffixes.contains($0.lower) }), !isOrganisation(name, in: text) else {
            return nil
        }
        return role + 1
    }

    /// Where an organisation's name ends that goes on with "of" and a name after its
    /// organisation word ("the University of Texas", "the Department of Homeland Security",
    /// "the American Federation of Teachers"): the capitalised words after "of" are its own.
    static func organisationComplementEnd(_ tokens: [Token], after end: Int, in text: [Unicode.Scalar]) -> Int {
        guard end + 1 < tokens.count, tokens[end - 1].flags.contains(.organisation), tokens[end].lower == "of",
            tokens[end + 1].isCapitalised,
            !isCommonWord(tokens[end + 1], in: text) || NameLexicon.peopleAdjectives.contains(tokens[end + 1].lower)
        else { return end }
        var last = end + 1
        while last + 1 < tokens.count, tokens[last + 1].isCapitalised, !isCommonWord(tokens[last + 1], in: text) {
            last += 1
        }
        return last + 1
    }

    /// A party's member, which ends a description, not a name.
    static let partyMembers: WordSet = ["democrat", "democrats", "republican", "republicans"]

    static let nameSuffixes: WordSet = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]

    /// Places and peoples count as organisations: never "he" or "she"; so do names with an
    /// organisation's word ("Committee") and acronyms ("NBC", "F.B.I.").
    static func isOrganisation(_ kept: ArraySlice<Token>, in text: [Unicode.Scalar]) -> Bool {
        if kept.contains(where: { $0.flags.contains(.organisation) }) { return true }
        if PlaceLexicon.isPlace(kept.lazy.map { $0.lower }) { return true }
        return kept.indices.contains { i in
            let word = text[kept[i].span.start..<kept[i].span.end]
            return isAcronym(word) && !(i == kept.startIndex && kept.count > 1 && isInitials(word, kept[i].lower))
        }
    }

    /// Capitalised words that are not names: function and calendar words, and contractions
    /// at a sentence start ("We've", "It's"); "O'Brien" keeps its apostrophe.
    static func isCommonWord(_ token: Token, in text: [Unicode.Scalar]) -> Bool {
        if token.flags.contains(.notName) { return true }
        let span = token.span
        guard let apostrophe = text[span.start..<span.end].firstIndex(where: { $0 == "'" || $0 == "’" }) else {
            return false
        }
        return apostrophe - span.start > 1
    }

    /// Two initials ("J.J.", "A.J.") that open a person's name ("J.J. Goldberg"), unlike the
    /// abbreviations of places and bodies written the same way ("U.S. Steel", "U.N. envoy").
    static func isInitials(_ word: ArraySlice<Unicode.Scalar>, _ lower: Word) -> Bool {
        let i = word.startIndex
        return word.count == 4 && word[i + 1] == "." && word[i + 3] == "."
            && !PlaceLexicon.abbreviations.contains(lower)
    }

    /// Two or more capitals (and periods), not an initial ("J."): read from the text's
    /// scalars (no String made for every name word), with Unicode's rule only beyond ASCII.
    static func isAcronym(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard word.count >= 2, !(word.count == 2 && word.last == ".") else { return false }
        return word.allSatisfy { scalar in
            scalar == "." || (scalar.isASCII ? ("A"..."Z").contains(scalar) : scalar.properties.isUppercase)
        }
    }
}

extension [Int] {
    /// Appends a value unless it is already the last one.
    fileprivate mutating func appendUnlessLast(_ value: Int) {
        if last != value { append(value) }
    }
}
