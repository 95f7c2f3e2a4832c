import Foundation

/// Character sets other than UTF-8: which one a document declares, and decoding from it
/// with the C library's iconv (which knows every charset the web still uses).
enum Charset {
    /// The charset an XML declaration or an HTML `<meta charset>` / `http-equiv` names in
    /// the first 4 KiB, lower-cased.
    static func declared(in bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        if head.hasPrefix("<?xml"), let range = head.range(of: "encoding=") {
            return value(after: head[range.upperBound...])
        }
        var rest = head[...]
        while let meta = rest.range(of: "<meta") {
            let tag = rest[meta.upperBound...].prefix { $0 != ">" }
            if let range = tag.range(of: "charset=") { return value(after: tag[range.upperBound...]) }
            rest = rest[meta.upperBound...]
        }
        return nil
    }

    private static func value(after text: Substring) -> String? {
        let value = text.drop { $0 == "\"" || $0 == "'" || $0 == " " }
            .prefix { $0 != "\"" && $0 != "'" && $0 != " " && $0 != ";" && $0 != ">" && $0 != "/" }
        return value.isEmpty ? nil : String(value)
    }

    /// Whether a declared name means UTF-8 (or its ASCII subset), which needs no decoding.
    static func isUTF8(_ name: String) -> Bool {
        ["utf-8", "utf8", "unicode-1-1-utf-8"].contains(name)
    }

    /// The name iconv knows a web charset by: the Latin-1 labels mean Windows-1252 on the
    /// web (browsers decode them so), GB2312 means GBK.
    static func iconvName(_ name: String) -> String {
        switch name {
        case "iso-8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252", "x-cp1252": return "WINDOWS-1252"
        case "gb2312", "x-gbk", "gb_2312-80": return "GBK"
        case "x-sjis", "ms_kanji", "windows-31j": return "SHIFT_JIS"
        default: return name.uppercased()
        }
    }

    /// The text of `bytes` in `name`, with the count of bytes that were not valid in it
    /// (each shown as U+FFFD); nil when iconv does not know the charset.
    static func decode(_ bytes: [UInt8], from name: String) -> (text: String, invalid: Int)? {
        let converter = iconv_open("UTF-8", iconvName(name))
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 2)
        var invalid = 0
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var input = bytes.map { CChar(bitPattern: $0) }
        let total = input.count
        input.withUnsafeMutableBufferPointer { source in
            var inPointer = source.baseAddress
            var inLeft = total
            while inLeft > 0 {
                buffer.withUnsafeMutableBufferPointer { target in
                    target.baseAddress!.withMemoryRebound(to: CChar.self, capacity: target.count) { start in
                        var outPointer: UnsafeMutablePointer<CChar>? = start
                        var outLeft = target.count
                        let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                        output.append(
                            contentsOf: UnsafeBufferPointer(start: target.baseAddress, count: target.count - outLeft))
                        if result == -1, errno != E2BIG {
                            // An invalid or truncated sequence: one replacement, then on.
                            output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                            invalid += 1
                            inPointer = inPointer.map { $0 + 1 }
                            inLeft -= 1
                        }
                    }
                }
            }
        }
        return (String(decoding: output, as: UTF8.self), invalid)
    }
}
