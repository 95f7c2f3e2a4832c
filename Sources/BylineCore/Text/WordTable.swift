/// A read-only table from words to values, built once at start-up.
///
/// Every token is looked up at least once and the rules ask word lists about tokens at
/// every step; a `Dictionary` hashes each key with SipHash, while a word is two machine
/// words that mix into a slot with one multiplication, probed linearly in a table kept at
/// most a quarter full.
struct WordTable<Value: Sendable>: Sendable {
    private var keys: [Word]
    private var values: [Value?]
    private let mask: Int
    private let shift: UInt64

    init(_ entries: some Sequence<(Word, Value)>) {
        let entries = Array(entries)
        var bits: UInt64 = 4
        while (1 << bits) < entries.count * 4 { bits += 1 }
        let size = 1 << Int(bits)
        mask = size - 1
        shift = 64 - bits
        keys = Array(repeating: .none, count: size)
        values = Array(repeating: nil, count: size)
        for (key, value) in entries where !key.isEmpty {
            var slot = slot(of: key)
            while !keys[slot].isEmpty && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    @inline(__always) private func slot(of word: Word) -> Int {
        Int(truncatingIfNeeded: (word.mixed &* 0x9E37_79B9_7F4A_7C15) &>> shift) & mask
    }

    subscript(word: Word) -> Value? {
        var slot = slot(of: word)
        while !keys[slot].isEmpty {
            if keys[slot] == word { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }
}

/// A fixed list of words the rules test tokens against ("said", "told", "according").
///
/// Written as a literal of strings, compared as `Word`s.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let table: WordTable<Void>
    /// The words as written, for building other tables from them.
    let strings: [String]

    init(_ strings: some Sequence<String>) {
        self.strings = Array(strings)
        table = WordTable(self.strings.map { (Word($0), ()) })
    }

    init(arrayLiteral elements: String...) { self.init(elements) }

    func contains(_ word: Word) -> Bool { table[word] != nil }

    func union(_ other: WordSet) -> WordSet { WordSet(strings + other.strings) }
}
