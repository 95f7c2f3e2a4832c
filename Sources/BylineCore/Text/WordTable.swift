/// A read-only table from words to values, built once at start-up.
///
/// Every token is looked up at least once and the rules ask word lists about tokens at
/// every step; a `Dictionary` hashes each key with SipHash, while a word is two machine
/// words that mix into a slot with one multiplication, probed linearly in a table kept at
/// most a quarter full.
struct WordTable<Value: Sendable>: Sendable {
    /// Keys and values side by side in one array: a lookup from a global table retains
    /// one buffer, not two, and reads one cache line.
    private var slots: [Slot]
    private let mask: Int
    private let shift: UInt64

    init(_ entries: some Sequence<(Word, Value)>) {
        let entries = Array(entries)
        var bits: UInt64 = 4
        while (1 << bits) < entries.count * 4 { bits += 1 }
        let size = 1 << Int(bits)
        mask = size - 1
        shift = 64 - bits
        slots = Array(repeating: Slot(key: .none, value: nil), count: size)
        for (key, value) in entries where !key.isEmpty {
            var slot = slot(of: key)
            while !slots[slot].key.isEmpty && slots[slot].key != key { slot = (slot + 1) & mask }
            slots[slot] = Slot(key: key, value: value)
        }
    }

    private struct Slot: Sendable {
        var key: Word
        var value: Value?
    }

    @inline(__always) private func slot(of word: Word) -> Int {
        Int(truncatingIfNeeded: (word.mixed &* 0x9E37_79B9_7F4A_7C15) &>> shift) & mask
    }

    subscript(word: Word) -> Value? {
        var slot = slot(of: word)
        while !slots[slot].key.isEmpty {
            if slots[slot].key == word { return slots[slot].value }
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
