/// What the lexicons say about a word, looked up once per token so the extractors'
/// inner loops test bits instead of hashing the same string again and again.
public struct WordFlags: OptionSet, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// A title or role before a name ("Sen.", "singer").
    static let title = WordFlags(rawValue: 1 << 0)
    /// A capitalised word that is not a name ("The", "Monday").
    static let notName = WordFlags(rawValue: 1 << 1)
    /// A word that makes a name an organisation ("Committee").
    static let organisation = WordFlags(rawValue: 1 << 2)
    /// A word that can open a time expression.
    static let timeTrigger = WordFlags(rawValue: 1 << 3)
    /// A time trigger so frequent that the next words must look like time too.
    static let weakTimeTrigger = WordFlags(rawValue: 1 << 4)

    /// A reporting verb in any form, or a verb by which documents report.
    static let cue = WordFlags(rawValue: 1 << 5)
    /// An adverb or auxiliary that may stand between a source and its cue ("also", "has").
    static let between = WordFlags(rawValue: 1 << 6)
    /// A word that ends a source phrase ("that", "in", "said").
    static let boundary = WordFlags(rawValue: 1 << 7)
    /// A word that marks the tense of a clause ("will", "ago", "scheduled").
    static let tenseMarker = WordFlags(rawValue: 1 << 8)

    /// A regular past form: longer than four letters, ending in "-ed". Set by the tokenizer.
    static let pastForm = WordFlags(rawValue: 1 << 9)
    /// A word that ends the clause a time expression's tense is read from.
    static let clauseBoundary = WordFlags(rawValue: 1 << 10)

    /// Starts with a digit ("1998", "3-year"). Set by the tokenizer.
    static let startsWithDigit = WordFlags(rawValue: 1 << 11)
    /// Holds a hyphen ("two-year", "mid-1990s"). Set by the tokenizer.
    static let hyphenated = WordFlags(rawValue: 1 << 12)
    /// A lone apostrophe, which may open a year ("'98"). Set by the tokenizer.
    static let apostrophe = WordFlags(rawValue: 1 << 13)
    /// A verb of intention or stance ("declined", "endorsed", "called"): a cue only with
    /// its infinitive or object (`ReportingVerbs.intentionVerbs`, `stanceVerbs`).
    static let attitude = WordFlags(rawValue: 1 << 14)
    /// A verb of impression ("seemed", "appears"): `ReportingVerbs.seemingVerbs`, `appearingVerbs`.
    static let impression = WordFlags(rawValue: 1 << 15)

    /// A word's flags and its entry in `TimeWord.entries`, found by one probe per token.
    struct Entry: Sendable {
        var flags: WordFlags = []
        var time: UInt16 = 0
    }

    /// Every lexicon's words with their flags. The tokenizer reads it into a local once per
    /// sentence: a global read per token costs a lazy-initialisation check and a retain.
    static let lexicon: WordTable<Entry> = {
        var table: [Word: Entry] = [:]
        func mark(_ words: some Sequence<String>, _ flag: WordFlags) {
            for word in words { table[Word(word), default: Entry()].flags.insert(flag) }
        }
        for (word, index) in TimeWord.indexes { table[Word(word), default: Entry()].time = index }
        mark(NameLexicon.titles, .title)
        mark(NameLexicon.notNames, .notName)
        mark(NameLexicon.notNames.map { $0 + "." }, .notName)
        mark(NameLexicon.organisationWords, .organisation)
        mark(TimeLexicon.triggers, .timeTrigger)
        mark(TimeLexicon.weakTriggers, .weakTimeTrigger)
        mark(ReportingVerbs.classByForm.keys, .cue)
        mark(ReportingVerbs.quotationOnly.strings, .cue)
        mark(ReportingVerbs.phrasalParticles.keys, .cue)
        mark(ReportingVerbs.evidenceVerbs.strings, .cue)
        mark(ReportingVerbs.between.strings, .between)
        mark(ReportingVerbs.intentionVerbs.strings, .attitude)
        mark(ReportingVerbs.stanceVerbs.strings, .attitude)
        mark(ReportingVerbs.particleStanceVerbs.strings, .attitude)
        mark(ReportingVerbs.seemingVerbs.union(ReportingVerbs.appearingVerbs).strings, .impression)
        mark(SourcePhrase.boundaries.strings, .boundary)
        mark(
            Tense.futureMarkers.union(Tense.pastMarkers).union(Tense.presentMarkers).union(Tense.intentionMarkers)
                .union(Tense.deadlineMarkers).union(Tense.planningMarkers).union(["next", "as"]).strings, .tenseMarker)
        mark(Tense.clauseBoundaries.strings, .clauseBoundary)
        return WordTable(table.map { ($0.key, $0.value) })
    }()

    /// The flags and time word of a lower-cased word.
    static func of(_ lower: Word, in lexicon: WordTable<Entry>) -> Entry {
        var entry = lexicon[lower] ?? Entry()
        // "agreed", "guaranteed" are past; "succeed", "exceed", "indeed" are not.
        if lower.count > 4, lower.hasSuffix("ed"),
            !lower.hasSuffix("eed") || lower.hasSuffix("reed") || lower.hasSuffix("teed")
        {
            entry.flags.insert(.pastForm)
        }
        return entry
    }
}
