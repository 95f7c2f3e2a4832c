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

    func array<T>(_ items: [T], _ element: (T) -> Void) {
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
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    output += "\\u" + pad(Int(scalar.value), 4, hex: true)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
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
