/// A token's lower-case form packed into two machine words, so that tokens hold no String.
///
/// Every token of every article used to carry two Strings (its text and lower-case form):
/// making them, copying tokens (a retain per String), comparing them and destroying the
/// token arrays were a quarter of extraction's instructions. A word of up to 15 UTF-8
/// bytes — nearly every word — is stored whole; a longer one keeps a 32-bit hash of its
/// bytes and its last 11 bytes, enough to compare it, hash it and test its ending. Its
/// text, when a rule needs it, is read from the document by the token's span.
public struct Word: Hashable, Sendable, ExpressibleByStringLiteral {
    /// Bytes 0–7 (little-endian); for a long word, the hash in the low half and bytes
    /// `count-11 ..< count-7` in the high half.
    private var low: UInt64
    /// Bytes 8–14, then the length in the top byte (255 at most).
    private var high: UInt64

    /// The longest word stored whole.
    static let inlineCapacity = 15
    /// How many of a long word's last bytes are kept.
    static let tailCapacity = 11

    /// The empty word, which no token has: what a position past the sentence reads as.
    public static let none = Word(low: 0, high: 0)

    public init(_ string: String) {
        var string = string
        self = string.withUTF8 { Word(packing: $0) }
    }

    /// A rule's word, read straight from the literal's bytes: rules compare tokens with
    /// literals in their inner loops, where the constant bytes fold into two constants.
    @inline(__always)
    public init(stringLiteral value: StaticString) {
        self.init(packing: UnsafeBufferPointer(start: value.utf8Start, count: value.utf8CodeUnitCount))
    }

    /// Packs scalars as the tokenizer reads a word, folding ASCII capitals; nil when a
    /// letter beyond ASCII (which needs Unicode's case mapping) is among them or the word
    /// takes more than 15 bytes. Every token passes here, so an ASCII word is packed in two
    /// straight loops over the scalars, one per half; punctuation beyond ASCII — curly
    /// quotation marks and apostrophes, dashes, a token of their own in nearly every
    /// sentence — has no case and is packed as its UTF-8 bytes, with no String made.
    init?(cheaplyLowercasing t: borrowing [Unicode.Scalar], _ range: Range<Int>) {
        let n = range.count
        guard n <= Word.inlineCapacity, range.lowerBound >= 0, range.upperBound <= t.count else { return nil }
        let base = range.lowerBound
        var seen: UInt32 = 0
        var low: UInt64 = 0, high: UInt64 = 0
        for k in 0..<min(n, 8) {
            let v = t[base &+ k].value
            seen |= v
            low |= Word.foldASCII(v) &<< UInt64(truncatingIfNeeded: k &* 8)
        }
        for k in min(n, 8)..<n {
            let v = t[base &+ k].value
            seen |= v
            high |= Word.foldASCII(v) &<< UInt64(truncatingIfNeeded: (k &- 8) &* 8)
        }
        if seen < 128 {
            self.init(low: low, high: high | (UInt64(n) << 56))
            return
        }
        var word = Word.none
        var k = 0
        for i in range {
            let v = t[i].value
            if v < 128 {
                word.set(UInt8(truncatingIfNeeded: Word.foldASCII(v)), at: k)
                k += 1
                continue
            }
            guard !Characters.isLetter(t[i]) else { return nil }
            for byte in UTF8.encode(t[i])! {
                guard k < Word.inlineCapacity else { return nil }
                word.set(byte, at: k)
                k += 1
            }
        }
        word.high |= UInt64(k) << 56
        self = word
    }

    /// An ASCII scalar's value with capitals folded, by arithmetic rather than a branch.
    @inline(__always) private static func foldASCII(_ v: UInt32) -> UInt64 {
        UInt64(v &+ (v &- 65 < 26 ? 32 : 0))
    }

    /// Packs UTF-8 bytes, already lower-cased.
    @inline(__always)
    init(packing bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        guard n <= Word.inlineCapacity else {
            self.init(long: bytes)
            return
        }
        var word = Word.none
        for k in 0..<n { word.set(bytes[k], at: k) }
        word.high |= UInt64(n) << 56
        self = word
    }

    /// A word longer than 15 bytes: a 32-bit FNV-1a hash of all its bytes, its last 11
    /// bytes and its length.
    private init(long bytes: UnsafeBufferPointer<UInt8>) {
        var hash: UInt32 = 0x811c_9dc5
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        var word = Word(low: UInt64(hash), high: UInt64(min(bytes.count, 255)) << 56)
        for (k, byte) in bytes.suffix(Word.tailCapacity).enumerated() { word.set(byte, at: 4 + k) }
        self = word
    }

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// Writes the byte at `position` of the packed form, which must be zero.
    @inline(__always) private mutating func set(_ byte: UInt8, at position: Int) {
        if position < 8 {
            low |= UInt64(byte) &<< UInt64(truncatingIfNeeded: position &* 8)
        } else {
            high |= UInt64(byte) &<< UInt64(truncatingIfNeeded: (position &- 8) &* 8)
        }
    }

    /// Both halves folded into one machine word, for hashing into a `WordTable`.
    @inline(__always) var mixed: UInt64 { low ^ (high &* 0xC2B2_AE3D_27D4_EB4F) }

    /// One machine word to the hasher, not two: words key the register's dictionaries and
    /// sets, and every lookup hashes them. `mixed` loses nothing that equality then checks.
    public func hash(into hasher: inout Hasher) { hasher.combine(mixed) }

    /// The length in UTF-8 bytes (255 for anything longer).
    public var count: Int { Int(high &>> 56) }

    public var isEmpty: Bool { count == 0 }

    /// Whether the whole word is stored, so that its bytes can be read.
    var isInline: Bool { count <= Word.inlineCapacity }

    /// The byte at `position` of the packed form.
    @inline(__always) private func packed(_ position: Int) -> UInt8 {
        position < 8
            ? UInt8(truncatingIfNeeded: low &>> UInt64(truncatingIfNeeded: position &* 8))
            : UInt8(truncatingIfNeeded: high &>> UInt64(truncatingIfNeeded: (position &- 8) &* 8))
    }

    /// The byte `index` places from the end (0: the last byte), when it is kept.
    @inline(__always)
    private func byte(fromEnd index: Int) -> UInt8? {
        guard index < count else { return nil }
        if isInline { return packed(count - 1 - index) }
        guard index < Word.tailCapacity else { return nil }
        return packed(4 + Word.tailCapacity - 1 - index)
    }

    /// Whether the word ends with `suffix`; a long word answers for its last 11 bytes.
    @inline(__always)
    public func hasSuffix(_ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard n <= count, n <= Word.tailCapacity || isInline else { return false }
        let start = suffix.utf8Start
        for k in 0..<n where byte(fromEnd: k) != start[n - 1 - k] { return false }
        return true
    }

    /// Whether the word starts with `prefix` (false for a long word: none of the rules'
    /// prefixes reaches that far).
    public func hasPrefix(_ prefix: StaticString) -> Bool {
        let n = prefix.utf8CodeUnitCount
        guard n <= count, isInline else { return false }
        let start = prefix.utf8Start
        for k in 0..<n where packed(k) != start[k] { return false }
        return true
    }

    /// The word without its last byte ("insiders" → "insider"); a long word, whose first
    /// bytes are not kept, gives the empty word.
    func removingLastByte() -> Word {
        guard isInline, count > 0 else { return .none }
        var word = Word.none
        for k in 0..<(count - 1) { word.set(packed(k), at: k) }
        word.high |= UInt64(count - 1) << 56
        return word
    }

    /// The word with one more byte ("insider" → "insiders"); the empty word when that
    /// makes it too long to keep whole.
    func appending(_ byte: UInt8) -> Word {
        guard count < Word.inlineCapacity else { return .none }
        var word = self
        word.high &= (1 << 56) - 1
        word.set(byte, at: count)
        word.high |= UInt64(count + 1) << 56
        return word
    }

    /// The bytes of a word stored whole, for parsing numbers and the like.
    var inlineBytes: WordBytes? { isInline ? WordBytes(word: self) : nil }

    /// The bytes of a word stored whole, without copying them anywhere.
    struct WordBytes: RandomAccessCollection {
        let word: Word
        var startIndex: Int { 0 }
        var endIndex: Int { word.count }
        subscript(position: Int) -> UInt8 { word.packed(position) }
    }

    /// The word as a String when it is stored whole; a long word's text must be read from
    /// its document.
    public var inlineString: String? {
        guard isInline else { return nil }
        let word = self
        let string = String(unsafeUninitializedCapacity: count) { buffer in
            for k in 0..<word.count { buffer[k] = word.packed(k) }
            return word.count
        }
        // Bytes cut from valid text are valid UTF-8; `String(validating:)` would re-check.
        return string
    }
}

extension Word: CustomDebugStringConvertible {
    /// The word in quotation marks, or a long word's hash and ending: what a failed test shows.
    public var debugDescription: String {
        if let whole = inlineString { return "\"\(whole)\"" }
        let tail = (0..<Word.tailCapacity).reversed().compactMap { byte(fromEnd: $0) }
        return "\"…\(String(decoding: tail, as: UTF8.self))\" (\(count) bytes)"
    }
}
