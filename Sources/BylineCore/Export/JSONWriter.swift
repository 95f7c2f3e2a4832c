/// A minimal streaming JSON writer: `extract` prints tens of thousands of records, and
/// writing them directly keeps key order stable and avoids a dictionary per record.
final class JSONWriter {
    private(set) var output = ""
    private var needsComma = false

    func object(_ body: () -> Void) {
        separator()
        output += "{"
        needsComma = false
        body()
        output += "}"
        needsComma = true
    }

    func array<Items: Sequence>(_ items: Items, _ element: (Items.Element) -> Void) {
        separator()
        output += "["
        needsComma = false
        for item in items { element(item) }
        output += "]"
        needsComma = true
    }

    func key(_ name: String) {
        separator()
        output += "\"\(name)\":"
        needsComma = false
    }

    func string(_ value: String) {
        separator()
        output += "\""
        var value = value
        // Runs that need no escaping are copied whole; scalar-by-scalar appending was an
        // eighth of `byline extract`.
        value.withUTF8 { bytes in
            var run = 0, i = 0
            func flush(_ end: Int) {
                if end > run {
                    output += String(decoding: UnsafeBufferPointer(rebasing: bytes[run..<end]), as: UTF8.self)
                }
            }
            while i < bytes.count {
                let b = bytes[i]
                var escape: String?
                var width = 1
                switch b {
                case 0x22: escape = "\\\""
                case 0x5C: escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0..<0x20: escape = "\\u" + pad(Int(b), 4, hex: true)
                case 0xE2
                where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    // U+2028 and U+2029 end lines in JavaScript.
                    escape = bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    width = 3
                default: break
                }
                if let escape {
                    flush(i)
                    output += escape
                    run = i + width
                }
                i += width
            }
            flush(bytes.count)
        }
        output += "\""
        needsComma = true
    }

    func number(_ value: Int) {
        separator()
        output += String(value)
        needsComma = true
    }

    func bool(_ value: Bool) {
        separator()
        output += value ? "true" : "false"
        needsComma = true
    }

    func optionalString(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    func optionalNumber(_ value: Int?) {
        if let value { number(value) } else { null() }
    }

    private func null() {
        separator()
        output += "null"
        needsComma = true
    }

    private func separator() {
        if needsComma { output += "," }
    }
}

private func pad(_ n: Int, _ width: Int, hex: Bool) -> String {
    let s = String(n, radix: 16)
    return String(repeating: "0", count: max(0, width - s.count)) + s
}
