/// The function words the attribution frames and source phrases test tokens against, in
/// one place: each list named for the grammar it stands for. (The open lexicons — reporting
/// verbs, speaker nouns, names — live in `ReportingVerbs` and `NameLexicon`.)
enum FrameWords {
    /// Verbs that report a question ("asked whether …").
    static let askingVerbs: WordSet = ["asked", "asks", "ask", "asking", "wondered", "wonders", "wondering"]
    /// Words that open a reported question.
    static let questionOpeners: WordSet = ["whether", "if", "why", "how", "what", "who", "which", "when", "where"]
    /// Words after a verb of asking that make it a request, not a question ("asked for", "asked to").
    static let notQuestionAfterAsking: WordSet = ["for", "to", "that", "about", "not"]
    /// Words before a verb of asking that make its subject the one asked ("was asked", "when asked").
    static let passiveMarkers: WordSet = [
        "was", "were", "been", "being", "be", "is", "are", "when", "after", "before", "while", "once", "if", "and",
        "but", ",", "“", "\"",
    ]
    /// Marks that close a reported question's clause.
    static let clauseClosers: WordSet = [",", ";", "—", "–", "―", "-"]
    /// What ends the words that introduce a quotation right before it ("said,", "wrote:",
    /// "noted that").
    static let introducingEnds: WordSet = [",", ":", "that"]
    /// Dashes as tokens: a hyphen alone, an en dash, an em dash ("--" is two hyphens).
    static let dashes: WordSet = ["-", "—", "–"]
    /// Passive participles of perception before a speaking participle ("was heard saying",
    /// "was quoted as saying").
    static let perceivedParticiples: WordSet = [
        "heard", "overheard", "seen", "caught", "recorded", "filmed", "quoted", "as", "spotted", "shown",
    ]
    /// Determiners of a definite description ("the spokesman", "his chief aide").
    static let definiteDeterminers: WordSet = ["the", "his", "her", "their", "its"]
    static let indefiniteArticles: WordSet = ["a", "an"]
    /// Indefinite pronouns that stand for a speaker not named ("Another tweeted"); not "one",
    /// which is as often a number ("saying at one point").
    static let indefiniteSpeakers: WordSet = ["another", "others", "someone", "somebody"]
    /// Possessive determiners and the subject pronouns that resolve them ("her comment" is
    /// what she said).
    static let possessivePronouns = WordTable<Word>(
        [("his", "he"), ("her", "she"), ("their", "they")].map { (Word($0), Word($1)) })
    /// Personal pronouns that can be a clause's subject.
    static let subjectPronouns: WordSet = ["he", "she", "they", "i", "we"]
    /// Marks that close a quotation.
    static let closingMarks: WordSet = ["”", "\"", "’", "'"]
    /// Double marks that open a quotation or a title.
    static let openingMarks: WordSet = ["“", "\""]
    /// Words that open a reported clause or an infinitive right after its cue ("say it could
    /// be doing more", "said that …", "pledged to …"): a cue so followed takes a complement
    /// and closes no sentence.
    static let complementOpeners = subjectPronouns.union(["it", "you", "that", "to"])
    /// Conjunctions that open a clause whose subject may speak ("after Mr. Trump, asked
    /// about it, had said").
    static let subordinators: WordSet = [
        "after", "when", "before", "while", "because", "since", "although", "though", "as", "once", "until",
    ]
    /// Verbs of naming, whose object a quoted fragment names ("called the plan "a disaster"",
    /// "described the field as "all very good"").
    static let namingVerbs: WordSet = [
        "called", "calls", "calling", "dubbed", "dubs", "dubbing", "labeled", "labelled", "labels", "branded",
        "brands", "termed", "terms", "deemed", "deems", "described", "describes", "describing",
    ]
    /// Words a title of a work leaves in lower case ("Face the Nation", "Gone with the Wind").
    static let titleMinorWords: WordSet = [
        "the", "and", "but", "for", "nor", "yet", "with", "from", "into", "onto", "over", "upon",
    ]
    /// Words and marks after which a new clause (and so a source) may start.
    static let clauseOpeners: WordSet = [
        "but", "and", "while", "because", "although", "though", "as", "since", "so", "yet", "when",
        ",", ";", ":", "—", "–", "―", "-", "(", "\"", "“", "”",
    ]
    /// Words that may stand before a source at the start of its clause ("About 9 percent
    /// said", "Even Rendell said").
    static let sourceModifiers: WordSet = [
        "about", "nearly", "almost", "roughly", "only", "just", "even", "also", "some", "fully", "barely",
    ]
    /// Conjunctions and adverbs that may come before a name opening its clause.
    static let nameOpeners: WordSet = ["as", "but", "and", "so", "even", "also", "still", "then"]
    /// Sentence-initial function words that are not part of a source ("But officials said").
    static let sourceLeaders: WordSet = ["but", "and", "so", "yet", "still", "now", "meanwhile", "however"]
    /// Words that cannot open the object of a verb of stance: a preposition or conjunction
    /// after the verb means it has none ("blamed on", "described as").
    static let notObjects: WordSet = [
        "as", "to", "by", "for", "of", "and", "or", "but", "with", "in", "on", "at", "after", "before", "during",
        "from", "over", "about", "that", "it",
    ]
    /// Prepositions that say of what a role is ("director for the party", "CEO of the firm").
    static let roleComplements: WordSet = ["of", "for", "at", "with"]
    /// Prepositions that open an adjunct between a cue and its quotation.
    static let adjunctOpeners: WordSet = [
        "with", "in", "on", "at", "after", "before", "during", "from", "via", "over", "without", "amid",
    ]
    /// Prepositions that open a phrase rather than a clause after a participle ("referring
    /// to", "looking at", "speaking about").
    static let phrasePrepositions: WordSet = ["to", "of", "at", "in", "for", "with", "from", "on", "about"]
    /// Prepositions of a complement that says whose or where a source is.
    static let complementPrepositions: WordSet = ["to", "of", "at", "in", "for", "with", "from"]
    /// Prepositions after which a name is a complement, not a speaker ("a spokesman for the campaign").
    static let complementCuts: WordSet = ["for", "of", "at", "with", "from"]
    /// Past participles not in -ed that place or date a document ("a memo seen by Reuters").
    static let irregularParticiples: WordSet = ["seen", "written", "shown", "given", "drawn", "taken", "sent"]
    /// Whether a word is a past participle: in -ed, or one of the irregular ones.
    static func isParticiple(_ lower: Word) -> Bool {
        lower.hasSuffix("ed") || irregularParticiples.contains(lower)
    }
    /// Whether a word can be the subject right before its verb: a name or a subject pronoun.
    static func isSubject(_ token: Token) -> Bool {
        (token.isCapitalised && !token.flags.contains(.notName)) || subjectPronouns.contains(token.lower)
    }
    /// Words before a time expression that belongs between a source and its cue.
    static let timeLeaders: WordSet = ["on", "in", "at", "last", "this", "late", "early"]
    /// What may precede a cue whose subject is the sentence's (", saying", "and said",
    /// "before asking").
    static let sharedSubjectLinks: WordSet = [",", "before", "after", "while", "when", "by", "and", "but"]
    /// Whether the cue at `c` takes its sentence's subject: a participle after a comma or a
    /// conjunction (", saying", "before asking") or a verb joined by "and"/"but" ("and said").
    static func sharesSubject(_ tokens: [Token], cue c: Int) -> Bool {
        guard c > 0 else { return false }
        // "needled the CNN “reporter,” saying": the comma inside the closing mark is the clause's
        // (a mark of two apostrophes, ''…,'' is two tokens).
        var mark = c - 1
        while mark > 0, closingMarks.contains(tokens[mark].lower) { mark -= 1 }
        let closedComma = mark < c - 1 && tokens[mark].lower == ","
        let before = tokens[closedComma ? mark : c - 1]
        let participle = tokens[c].lower.hasSuffix("ing")
        if sharedSubjectLinks.contains(before.lower) { return participle || ["and", "but"].contains(before.lower) }
        // "responded on Facebook writing, "…"": a participle right after its clause's last
        // word, not after an auxiliary ("is saying"), a determiner ("a warning") or its own
        // subject in an absolute construction ("with 50 percent saying").
        guard participle, before.isWord, !before.flags.contains(.between),
            !SourcePhrase.determiners.contains(before.lower)
        else { return false }
        return !isAbsolute(tokens, cue: c)
    }

    /// Whether the participle at `c` has its own subject after "with" ("with 50 percent
    /// saying", "with the American Federation of Teachers calling her …").
    static func isAbsolute(_ tokens: [Token], cue c: Int) -> Bool {
        guard tokens[c].lower.hasSuffix("ing"), let first = SourcePhrase.preceding(tokens, before: c).first,
            var opening = tokens[..<c].lastIndex(where: { $0.span == first.span }), opening > 0
        else { return false }
        if opening > 1, SourcePhrase.determiners.contains(tokens[opening - 1].lower) { opening -= 1 }
        return tokens[opening - 1].lower == "with"
    }

    /// Whether the cue at `c` is a plural noun after its count ("a coalition of 13 states",
    /// "two reports"): a number before a form in -s, which as a verb would need a subject.
    static func isCountedNoun(_ tokens: [Token], at c: Int) -> Bool {
        c > 0 && tokens[c].lower.hasSuffix("s") && SourcePhrase.isNumber(tokens[c - 1])
    }

    /// Words that govern a cue as an infinitive or gerund ("prompted to say", "began by saying").
    static let governingParticles: WordSet = ["to", "by"]
    /// Relative pronouns.
    static let relativePronouns: WordSet = ["who", "which", "that"]
    /// Relative pronouns that stand for a speaker as the subject of a cue ("Wells, who tweeted").
    static let relativeSubjects: WordSet = ["who", "which"]
    /// Relative pronouns whose clause may have its gap inside what a verb reports ("which
    /// they say left a vacuum").
    static let gapOpeners: WordSet = ["which", "that", "whom"]
    /// Demonstratives that go on with a phrase after "of" ("one of those advisers").
    static let demonstratives: WordSet = ["those", "these"]

    /// Forms of "be" that make a participle after them passive ("was told").
    static let passiveAuxiliaries: WordSet = ["was", "were", "been", "being", "be", "is", "are", "am", "get", "got"]

    /// Whether the verb at `verb` is a participle in the passive: a form of "be" before it,
    /// with at most an adverb between ("was later told").
    static func isPassive(_ tokens: [Token], at verb: Int) -> Bool {
        var k = verb - 1
        if k > 0, SourcePhrase.isMannerAdverb(tokens[k]) { k -= 1 }
        return k >= 0 && verb > 0 && passiveAuxiliaries.contains(tokens[k].lower)
            && !tokens[verb].lower.hasSuffix("ing")
    }
}
