/// The lexicon of attribution: reporting verbs (speech, writing, belief, intention) in
/// every inflection news uses, and the words that may stand between a source and its cue.
enum ReportingVerbs {
    /// Lemma → the verb's speech-act class.
    enum Strength { case speech, belief }

    private static let speechLemmas = [
        "say", "tell", "add", "ask", "explain", "continue", "write", "tweet", "post", "pen", "express", "reply",
        "note", "state", "argue", "warn", "claim", "insist", "announce", "report", "suggest", "acknowledge",
        "admit", "declare", "vow", "promise", "predict", "urge", "recall", "concede", "counter", "conclude",
        "agree", "deny", "confirm", "estimate", "charge", "respond", "stress", "emphasize", "emphasise",
        "contend", "maintain", "observe", "remark", "testify", "allege", "complain", "lament", "joke", "quip",
        "muse", "assert", "repeat", "reiterate", "point", "shout", "yell", "whisper", "scream", "answer",
        "caution", "comment", "disclose", "reveal", "boast", "brag", "mention", "affirm", "retort", "describe",
        "propose", "recommend", "tout", "predict", "acknowledge", "forecast", "indicate", "signal", "threaten",
        "accuse", "blame", "criticize", "criticise", "praise", "thank", "apologize", "apologise", "demand",
        "order", "call", "advise", "inform", "assure", "remind", "convince", "pledge", "guarantee", "swear",
        "proclaim", "exclaim", "sigh", "add", "summarize", "clarify", "speculate", "hint", "imply", "learn",
        "confess", "echo", "react", "blog", "chide", "scoff", "interject", "concur", "surmise", "underscore",
        "implore", "theorize", "theorise",
    ]
    private static let beliefLemmas = [
        "believe", "think", "want", "hope", "fear", "expect", "feel", "know", "doubt", "worry", "plan", "intend",
        "wish", "consider", "suspect", "assume", "figure", "reckon", "guess", "question", "wonder", "understand",
        "realize", "realise", "see", "decide", "prefer", "seek", "aim",
    ]

    private static let irregular: [String: String] = [
        "said": "say", "says": "say", "saying": "say", "told": "tell", "tells": "tell", "telling": "tell",
        "wrote": "write", "written": "write", "writes": "write", "writing": "write", "penned": "pen", "pens": "pen",
        "thought": "think", "thinks": "think", "knew": "know", "known": "know", "knows": "know", "felt": "feel",
        "feels": "feel", "swore": "swear", "sworn": "swear", "saw": "see", "sees": "see", "understood": "understand",
        "sought": "seek", "seeks": "seek", "testified": "testify", "testifies": "testify", "replied": "reply",
        "replies": "reply", "denied": "deny", "denies": "deny", "worried": "worry", "worries": "worry",
        "implied": "imply", "implies": "imply", "clarified": "clarify", "clarifies": "clarify",
        "learned": "learn", "learnt": "learn", "according": "according",
        // Verbs whose other forms are mostly nouns ("the reason", "an email"): the past only.
        "reasoned": "reason", "objected": "object", "requested": "request", "emailed": "email", "texted": "text",
    ]

    /// Every form of every reporting verb, with its class.
    static let classes = WordTable(classByForm.map { (Word($0.key), $0.value) })

    static let classByForm: [String: Strength] = {
        var table: [String: Strength] = [:]
        for (lemmas, strength) in [(speechLemmas, Strength.speech), (beliefLemmas, .belief)] {
            for lemma in lemmas {
                for form in inflections(lemma) where table[form] == nil { table[form] = strength }
            }
        }
        for (form, lemma) in irregular {
            table[form] = beliefLemmas.contains(lemma) ? .belief : .speech
        }
        return table
    }()

    /// Verbs that take the addressee before the content ("told reporters that").
    static let addresseeVerbs: WordSet = [
        "told", "tells", "tell", "telling", "asked", "asks", "assured", "assures",
        "reminded", "reminds", "warned", "warns", "informed", "informs", "urged", "urges",
        "promised", "promises", "advised", "convinced",
    ]

    /// Adverbs and auxiliaries that may stand between a source and its cue.
    static let between: WordSet = [
        "also", "later", "then", "previously", "recently", "once", "has", "have", "had", "would", "will", "could",
        "may", "might", "should", "must", "did", "does", "do", "is", "was", "were", "are", "been", "be", "being",
        "repeatedly", "often", "reportedly", "publicly", "privately", "flatly", "quickly", "frequently",
        "further", "not", "never", "already", "still", "again", "just", "even", "now", "long", "firmly",
        "strongly", "clearly", "openly", "initially", "originally", "first", "finally", "simply", "correctly",
        "falsely", "wrongly", "explicitly", "angrily", "bluntly", "told", "subsequently", "apparently", "allegedly",
        "actually", "really", "personally", "herself", "himself", "themselves", "itself", "confidently",
        "however", "too", "nonetheless", "nevertheless", "meanwhile",
    ]

    /// Forms that are as often nouns or non-reporting uses: cues next to a quotation,
    /// but not evidence of reported speech on their own.
    static let ambiguous: WordSet = [
        "call", "calls", "order", "orders", "point", "points", "report", "reports", "post", "posts", "question",
        "questions", "answer", "answers", "comment", "comments", "plan", "plans", "see", "know", "figure", "figures",
        "signal", "signals", "aim", "aims", "guess", "hint", "hints", "joke", "jokes", "wish", "fear", "fears",
        "hope", "hopes", "blame", "demand", "demands", "promise", "promises", "estimate", "estimates", "forecast",
        "thank", "thanks", "learn", "decide", "consider", "seek", "realize", "understand", "continue", "continues",
        "continued", "continuing", "pen", "express", "describe", "describes", "described", "praise", "praised",
        "praises", "thanked", "criticized", "criticised", "accused", "blamed", "saw", "sees", "seeing", "felt",
        "feel", "feels", "called", "calling", "ordered", "pointed", "posted", "questioned", "answered", "decided",
        "considered", "figured", "planned", "planning", "learned", "aimed", "sought", "seeking", "know", "knew",
        "knows", "known", "add", "state", "states", "note", "notes", "charge", "charges",
        "mention", "observe", "maintain", "counter", "respond",
    ]

    /// Verbs of intention that report an attitude through an infinitive ("Cruz hopes to get
    /// …", "Cook declined to say …", "It plans to raise rates …"): cues only so, since
    /// "hopes" and "plans" are as often nouns. Wanting, planning, committing and refusing,
    /// whose infinitive PolNeAR attributes three times in five or more on train-look ("want"
    /// 0.89, "pledge" 0.59); "try", "need" or "attempt" to do something tell effort or
    /// necessity, not a stance, and are left out.
    static let intentionVerbs: WordSet = {
        let lemmas: Set<String> = [
            "want", "hope", "plan", "intend", "expect", "promise", "vow", "decide", "refuse", "decline", "seek",
            "pledge", "threaten", "agree",
        ]
        var forms = Set(lemmas.flatMap(inflections))
        // "sought to …": the irregular forms of the same verbs.
        forms.formUnion(irregular.filter { lemmas.contains($0.value) }.keys)
        return WordSet(forms)
    }()

    /// Verbs of stance that attribute their object ("Ryan endorsed Trump", "He cited polling
    /// data showing …", "Mr. Hoenlein described the meeting"): cues only so. A verb is listed
    /// when PolNeAR attributes its object more than a third of the time on train-look ("cite"
    /// 0.73, "denounce" 0.90, "express" 0.69): recall being near one half, such a verb raises
    /// F1. Where the other forms are mostly nouns or idle ("support" 0.20, "attacks" 0.09,
    /// "question" 0.20), only the forms that pass are ("supported" 0.45, "attacked" 0.56,
    /// "questioned" 0.93).
    static let stanceVerbs: WordSet = {
        var forms: Set<String> = []
        for lemma in [
            "endorse", "cite", "describe", "praise", "blast", "mock", "dismiss", "blame", "condemn", "defend", "accuse",
            "reject", "propose", "criticize", "criticise", "denounce", "deride", "lambaste", "assail", "decry", "tout",
            "slam", "applaud", "laud", "ridicule", "fault", "express", "mention", "discuss", "outline", "echo",
            "highlight", "recount", "oppose",
        ] {
            forms.formUnion(inflections(lemma))
        }
        forms.formUnion([
            "questioned", "questioning", "offered", "supported", "attacked", "nominated", "viewed", "embraced",
            "championed", "credited", "congratulated", "hailed", "retweeted", "issued", "scolded", "rebuked",
            "insulted", "ripped", "challenged", "backed",
        ])
        // "Idealists who wanted a complete break": wanting with an object, as with an infinitive
        // (`intentionVerbs`).
        forms.formUnion(["want", "wants", "wanted"])
        return WordSet(forms)
    }()

    /// Verbs of stance with a particle before their object, attributed three times in five
    /// ("called for a ban", "called on Snyder to resign"), and their particles.
    static let particleStanceVerbs = WordSet(inflections("call"))
    static let stanceParticles: WordSet = ["for", "on"]

    /// Verbs of impression ("seemed unperturbed", "appears to be"), which PolNeAR attributes
    /// about half the time, to no one named; "appear" only so before an infinitive or clause.
    static let seemingVerbs = WordSet(inflections("seem"))
    static let appearingVerbs = WordSet(inflections("appear"))
    /// What follows "appear" when it tells an impression: an infinitive or a clause ("It
    /// appears, though, that …").
    static let appearingComplements: WordSet = ["to", "that", ","]

    /// Verbs by which documents and polls report: cues only when a document is the source.
    static let evidenceVerbs: WordSet = [
        "show", "shows", "showed", "shown", "found", "finds", "indicate",
        "indicates", "indicated", "suggests", "suggested", "concluded", "concludes",
    ]

    /// Verbs that introduce a quotation's exact words but never paraphrase: songs and
    /// chants are quoted, and documents "read" what they say.
    static let quotationOnly: WordSet = {
        var forms: Set<String> = ["sing", "sings", "sang", "sung", "singing", "read", "reads"]
        // Manner of speaking: these report how words were said, so they frame quotations only.
        for lemma in [
            "chant", "bark", "snap", "scoff", "gush", "marvel", "fume", "chide", "tease", "mock", "interject",
            "recount", "elaborate", "sneer", "plead", "rant", "chuckle", "laugh", "cry", "shrug", "crack",
            "mutter", "murmur", "taunt", "opine", "thunder", "beg", "gripe", "grumble", "enthuse", "deadpan",
            "bellow", "stammer", "rave", "riff", "intone", "crow", "vent", "scold", "blurt",
            "holler", "groan", "whine", "wail",
        ] {
            forms.formUnion(inflections(lemma))
        }
        forms.formUnion(["snapped", "snapping", "cried", "cries"])
        return WordSet(forms)
    }()

    /// Verbs that report speech with a particle: "shot back", "fired back", "put it".
    static let phrasal = WordTable(phrasalParticles.map { (Word($0.key), Word($0.value)) })

    static let phrasalParticles: [String: String] = [
        "shot": "back", "fired": "back", "fires": "back", "shoots": "back",
        "hit": "back", "hits": "back", "pushed": "back", "put": "it", "puts": "it", "went": "on", "goes": "on",
    ]

    /// Whether `tokens[i]` is a cue next to a quotation, alone or with its particle.
    static func isQuoteCue(_ tokens: [Token], _ i: Int) -> Bool {
        guard tokens[i].flags.contains(.cue) else { return false }
        let lower = tokens[i].lower
        if quoteCue(lower) != nil { return true }
        guard let particle = phrasal[lower], i + 1 < tokens.count else { return false }
        return tokens[i + 1].lower == particle
    }

    /// The class of a cue next to a quotation.
    static func quoteCue(_ lower: Word) -> Strength? {
        classes[lower] ?? (quotationOnly.contains(lower) ? .speech : nil)
    }

    /// The class of a token as a cue next to a quotation; the word flags spare most lookups.
    static func quoteCue(_ token: Token) -> Strength? {
        token.flags.contains(.cue) ? quoteCue(token.lower) : nil
    }

    /// The class of a token as a cue for reported speech.
    static func reportCue(_ token: Token) -> Strength? {
        token.flags.contains(.cue) ? reportCue(token.lower) : nil
    }

    /// The class of a cue that introduces reported speech without quotation marks.
    static func reportCue(_ lower: Word) -> Strength? {
        ambiguous.contains(lower) ? nil : classes[lower]
    }

    /// Whether the last consonant doubles before -ed and -ing: one syllable ending in a
    /// single vowel and a consonant ("blog", "plan", "pen"), or a final stressed syllable
    /// spelling cannot show ("quip", "admit", "concur").
    static func doublesFinalConsonant(_ lemma: String) -> Bool {
        if ["quip", "admit", "concur"].contains(lemma) { return true }
        let letters = Array(lemma)
        let isVowel = { (c: Character) in "aeiou".contains(c) }
        guard letters.count >= 3, let last = letters.last, !isVowel(last), !"wxy".contains(last),
            isVowel(letters[letters.count - 2]), !isVowel(letters[letters.count - 3])
        else { return false }
        let syllables =
            zip(letters, letters.dropFirst()).filter { !isVowel($0) && isVowel($1) }.count
            + (isVowel(letters[0]) ? 1 : 0)
        return syllables == 1
    }

    static func inflections(_ lemma: String) -> [String] {
        var forms = [lemma]
        let last = lemma.last!
        if last == "e" {
            forms += [lemma + "s", lemma + "d", String(lemma.dropLast()) + "ing"]
        } else if last == "y", let before = lemma.dropLast().last, !"aeiou".contains(before) {
            let stem = String(lemma.dropLast())
            forms += [stem + "ies", stem + "ied", lemma + "ing"]
        } else if ["s", "x", "z", "h"].contains(last) {
            forms += [lemma + "es", lemma + "ed", lemma + "ing"]
        } else if doublesFinalConsonant(lemma) {
            forms += [lemma + "s", lemma + String(last) + "ed", lemma + String(last) + "ing"]
        } else {
            forms += [lemma + "s", lemma + "ed", lemma + "ing"]
        }
        return forms
    }
}
