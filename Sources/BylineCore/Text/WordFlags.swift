/// What the lexicons say about a word, looked up once per token so the extractors'
/// inner loops test bits instead of hashing the same string again and again.
public struct WordFlags: OptionSet, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

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

    private static let table: [String: WordFlags] = {
        var table: [String: WordFlags] = [:]
        func mark(_ words: some Sequence<String>, _ flag: WordFlags) {
            for word in words { table[word, default: []].insert(flag) }
        }
        mark(NameLexicon.titles, .title)
        mark(NameLexicon.notNames, .notName)
        mark(NameLexicon.notNames.map { $0 + "." }, .notName)
        mark(NameLexicon.organisationWords, .organisation)
        mark(TimeLexicon.triggers, .timeTrigger)
        mark(TimeLexicon.weakTriggers, .weakTimeTrigger)
        return table
    }()

    /// The flags of a lower-cased word.
    static func of(_ lower: String) -> WordFlags { table[lower] ?? [] }
}
