/// Strings made from a slice of Unicode scalars, the one conversion every stage makes.
///
/// `String.UnicodeScalarView.append` encodes one scalar at a time and showed up at 12 % of
/// extraction time; writing the UTF-8 bytes straight into the string's storage does not.
extension String {
    /// The scalars as one line: spaces at the ends dropped and every run of whitespace
    /// inside made one space; after `limit` scalars, cut with an ellipsis.
    init(collapsingSpaces scalars: some Sequence<Unicode.Scalar>, limit: Int = .max) {
        var line: [Unicode.Scalar] = []
        var space = false
        for scalar in scalars {
            if Characters.isSpace(scalar) {
                space = true
                continue
            }
            if space, !line.isEmpty { line.append(" ") }
            space = false
            line.append(scalar)
            if line.count > limit { break }
        }
        if line.count > limit { line[(limit - 1)...] = ["…"] }
        self.init(scalars: line, 0..<line.count)
    }

    init(scalars t: borrowing [Unicode.Scalar], _ range: Range<Int>) {
        var count = 0
        for i in range {
            let v = t[i].value
            count += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        self.init(unsafeUninitializedCapacity: count) { buffer in
            var o = 0
            for i in range {
                let v = t[i].value
                if v < 0x80 {
                    buffer[o] = UInt8(v)
                    o += 1
                } else if v < 0x800 {
                    buffer[o] = UInt8(0xC0 | (v >> 6)); buffer[o + 1] = UInt8(0x80 | (v & 0x3F)); o += 2
                } else if v < 0x10000 {
                    buffer[o] = UInt8(0xE0 | (v >> 12)); buffer[o + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[o + 2] = UInt8(0x80 | (v & 0x3F)); o += 3
                } else {
                    buffer[o] = UInt8(0xF0 | (v >> 18)); buffer[o + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[o + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buffer[o + 3] = UInt8(0x80 | (v & 0x3F)); o += 4
                }
            }
            return o
        }
    }

    /// A slice known to be ASCII: one byte a scalar, written in one pass.
    init(asciiScalars t: borrowing [Unicode.Scalar], _ range: Range<Int>, lowercased: Bool = false) {
        self.init(unsafeUninitializedCapacity: range.count) { buffer in
            var o = 0
            for i in range {
                let v = UInt8(truncatingIfNeeded: t[i].value)
                buffer[o] = lowercased && v >= 65 && v <= 90 ? v + 32 : v
                o += 1
            }
            return o
        }
    }

    /// The lower-case form of a slice: ASCII mapped in place, anything else by Unicode rules.
    init(lowercasedScalars t: borrowing [Unicode.Scalar], _ range: Range<Int>) {
        if range.allSatisfy({ t[$0].value < 0x80 }) {
            self.init(asciiScalars: t, range, lowercased: true)
        } else {
            self = String(scalars: t, range).lowercased()
        }
    }
}

extension Array where Element == Unicode.Scalar {
    /// The scalars of a string, decoded from its UTF-8 in one pass: the generic
    /// `Array(string.unicodeScalars)` counts them first and copies one at a time, which was
    /// 6 % of reading an article's time expressions.
    public init(scalarsOf string: String) {
        var string = string
        self = string.withUTF8 { utf8 in
            [Unicode.Scalar](unsafeUninitializedCapacity: utf8.count) { out, count in
                var i = 0, o = 0
                let n = utf8.count
                let base = out.baseAddress!
                while i < n {
                    let byte = utf8[i]
                    if byte < 0x80 {
                        (base + o).initialize(to: Unicode.Scalar(byte))
                        i += 1; o += 1
                        continue
                    }
                    let b = UInt32(byte)
                    var v: UInt32
                    if b < 0xE0 {
                        v = (b & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F); i += 2
                    } else if b < 0xF0 {
                        v = (b & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F); i += 3
                    } else {
                        v =
                            (b & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
                            | UInt32(utf8[i + 3] & 0x3F)
                        i += 4
                    }
                    // A String's UTF-8 is valid, so every value is a scalar.
                    (base + o).initialize(to: Unicode.Scalar(v) ?? "\u{FFFD}")
                    o += 1
                }
                count = o
            }
        }
    }
}
