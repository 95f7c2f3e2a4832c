/// A read-only table from short strings to values, hashed over their UTF-8 bytes.
///
/// For words read as bytes where no `Word` is made (an element's class names, a feed
/// item's fingerprint, story terms): `Dictionary<String, _>` hashes with SipHash, while
/// FNV-1a over a few bytes with linear probing is several times cheaper, and these keys
/// are fixed at start-up. (Tokens are looked up in a `WordTable`.)
struct ByteHashTable<Value: Sendable>: Sendable {
    private var keys: [String?]
    private var values: [Value?]
    private let mask: Int

    init(_ entries: [String: Value]) {
        var size = 16
        while size < entries.count * 4 { size <<= 1 }
        mask = size - 1
        keys = Array(repeating: nil, count: size)
        values = Array(repeating: nil, count: size)
        for (key, value) in entries {
            var slot = ByteHashTable.hash(key) & mask
            while keys[slot] != nil { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    static func hash(_ key: String) -> Int {
        var h = seed
        for byte in key.utf8 { h = step(h, byte) }
        return finish(h)
    }

    static var seed: UInt64 { 0xcbf2_9ce4_8422_2325 }
    @inline(__always) static func step(_ h: UInt64, _ byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
    @inline(__always) static func finish(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h ^ (h >> 29)) }

    subscript(key: String) -> Value? { self[key, hash: Self.hash(key)] }

    /// Whether `key()` is stored, made only when its hash's slot is taken: most words looked
    /// up are in no table.
    func contains(hash: Int, key: () -> String) -> Bool {
        guard keys[hash & mask] != nil else { return false }
        return self[key(), hash: hash] != nil
    }

    /// The value for `key()`, made only when its hash's slot is taken.
    func value(hash: Int, key: () -> String) -> Value? {
        guard keys[hash & mask] != nil else { return nil }
        return self[key(), hash: hash]
    }

    /// The value for `key`, whose `hash(_:)` the caller gives: a tokenizer has the bytes at hand.
    subscript(key: String, hash hash: Int) -> Value? {
        var slot = hash & mask
        while let stored = keys[slot] {
            if stored == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
