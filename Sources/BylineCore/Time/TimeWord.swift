/// What a word means to the time-expression patterns, found once per token by the
/// tokenizer: the patterns read these fields instead of hashing the word for each lexicon.
struct TimeWord: Sendable {
    var month: Int?
    var weekday: Int?
    var unit: TimeLexicon.Unit?
    var number: Int?
    var ordinal: Int?
    var partOfDay: String?
    var season: String?
    var frequency: String?
    /// A plural weekday or part of day, which makes a set ("Mondays", "Tuesday nights").
    var everyWeekday: Int?
    var everyPartOfDay: String?
    /// An amount too vague for a number ("several").
    var vague: Bool?

    /// Every time word's meaning; a token keeps the index of its word (0: not a time word).
    static let entries: [TimeWord] = table.entries
    /// Each time word's index, for the tokenizer's word table.
    static let indexes: [String: UInt16] = table.indexes

    private static let table: (entries: [TimeWord], indexes: [String: UInt16]) = {
        var meanings: [String: TimeWord] = [:]
        func add<V>(_ lexicon: [String: V], _ field: WritableKeyPath<TimeWord, V?>) {
            for (word, value) in lexicon { meanings[word, default: TimeWord()][keyPath: field] = value }
        }
        add(TimeLexicon.months, \.month)
        add(TimeLexicon.weekdays, \.weekday)
        add(TimeLexicon.units, \.unit)
        add(TimeLexicon.numbers, \.number)
        add(TimeLexicon.ordinals, \.ordinal)
        add(TimeLexicon.partsOfDay, \.partOfDay)
        add(TimeLexicon.seasons, \.season)
        add(TimeLexicon.frequencies, \.frequency)
        add(
            Dictionary(
                uniqueKeysWithValues: TimeLexicon.weekdays.filter { !$0.key.hasSuffix(".") }.map {
                    ($0.key + "s", $0.value)
                }), \.everyWeekday)
        add(Dictionary(uniqueKeysWithValues: TimeLexicon.partsOfDay.map { ($0.key + "s", $0.value) }), \.everyPartOfDay)
        add(Dictionary(uniqueKeysWithValues: TimeLexicon.vagueAmounts.map { ($0, true) }), \.vague)
        var entries = [TimeWord()]
        var index: [String: UInt16] = [:]
        for (word, meaning) in meanings.sorted(by: { $0.key < $1.key }) {
            index[word] = UInt16(entries.count)
            entries.append(meaning)
        }
        return (entries, index)
    }()
}
