import Foundation

/// A forgiving XML reader for untrusted feeds.
///
/// Feeds in the wild are often ill-formed, and a strict parser would lose every item after
/// the first error; this one recovers and lists what was wrong. It never fetches anything:
/// external entities and DTDs are ignored, and internal entity expansion is bounded so a
/// "billion laughs" document is refused at once.
public final class XMLElement {
    public let name: String
    public var attributes: [String: String]
    public var children: [XMLElement] = []
    /// Text and CDATA directly inside this element, in order, with child markers removed.
    public var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// The name without its namespace prefix, lower-cased.
    public var localName: String {
        String(name.split(separator: ":").last ?? Substring(name)).lowercased()
    }

    public func child(_ names: String...) -> XMLElement? {
        for n in names { if let c = children.first(where: { $0.name.lowercased() == n || $0.localName == n }) { return c } }
        return nil
    }

    public func children(_ name: String) -> [XMLElement] { children.filter { $0.localName == name } }

    /// The text of this element and its descendants, paragraphs kept apart.
    public var innerText: String {
        var out = text
        for c in children {
            let block = ["p", "div", "br", "li", "h1", "h2", "h3", "blockquote"].contains(c.localName)
            out += block ? "\n\n" + c.innerText + "\n\n" : c.innerText
        }
        return out
    }
}

public enum XMLTree {
    /// Custom entities may expand to at most this many characters in all.
    static let expansionLimit = 1_000_000

    public struct Refused: Error, CustomStringConvertible {
        public var description: String
    }

    /// The root element and the problems met on the way, or `Refused` for hostile input.
    public static func parse(_ text: String) throws(Refused) -> (root: XMLElement?, problems: [String]) {
        var parser = Parser(Array(text.utf8))
        try parser.run()
        return (parser.root, parser.problems)
    }

    private struct Parser {
        let s: [UInt8]
        var i = 0
        var stack: [XMLElement] = []
        var root: XMLElement?
        var problems: [String] = []
        var entities: [String: String] = [:]
        var expanded = 0

        init(_ s: [UInt8]) { self.s = s }

        mutating func problem(_ message: String) {
            if problems.count < 20 { problems.append("line \(lineAt(i)): \(message)") }
        }

        func lineAt(_ offset: Int) -> Int {
            var n = 1
            for k in 0..<min(offset, s.count) where s[k] == 10 { n += 1 }
            return n
        }

        func starts(_ prefix: String, at k: Int) -> Bool {
            let p = Array(prefix.utf8)
            guard k + p.count <= s.count else { return false }
            for j in 0..<p.count where s[k + j] != p[j] { return false }
            return true
        }

        func find(_ needle: String, from k: Int) -> Int? {
            let n = Array(needle.utf8)
            var j = k
            while j + n.count <= s.count {
                if s[j] == n[0], starts(needle, at: j) { return j }
                j += 1
            }
            return nil
        }

        func string(_ a: Int, _ b: Int) -> String { String(decoding: s[a..<b], as: UTF8.self) }

        mutating func run() throws(Refused) {
            var textStart = 0
            while i < s.count {
                if s[i] != 60 { i += 1; continue }  // '<'
                try flushText(textStart, i)
                if starts("<!--", at: i) {
                    guard let end = find("-->", from: i + 4) else { problem("unclosed comment"); i = s.count; break }
                    i = end + 3
                } else if starts("<![CDATA[", at: i) {
                    let end = find("]]>", from: i + 9)
                    if end == nil { problem("unclosed CDATA section") }
                    stack.last?.text += string(i + 9, end ?? s.count)
                    i = (end ?? s.count) + 3
                } else if starts("<!DOCTYPE", at: i) || starts("<!doctype", at: i) {
                    try doctype()
                } else if starts("<?", at: i) {
                    i = (find("?>", from: i + 2) ?? s.count - 2) + 2
                } else if i + 1 < s.count, s[i + 1] == 47 {  // '</'
                    let end = find(">", from: i) ?? s.count
                    close(string(i + 2, end).trimmingCharacters(in: .whitespacesAndNewlines))
                    i = end + 1
                } else {
                    try openTag()
                }
                textStart = min(i, s.count)
            }
            try flushText(textStart, s.count)
            if !stack.isEmpty {
                problem("document ends inside <\(stack.last!.name)>")
                while stack.count > 1 { let c = stack.removeLast(); stack.last?.children.append(c) }
                if root == nil { root = stack.first }
                stack.removeAll()
            }
            if root == nil { problem("no root element") }
        }

        mutating func flushText(_ a: Int, _ b: Int) throws(Refused) {
            guard a < b else { return }
            let raw = string(a, b)
            if stack.isEmpty {
                if raw.contains(where: { !$0.isWhitespace && $0 != "\u{FEFF}" }) { problem("text outside the root element") }
                return
            }
            stack.last!.text += try decodeEntities(raw, depth: 0)
        }

        mutating func openTag() throws(Refused) {
            var j = i + 1
            var quote: UInt8 = 0
            while j < s.count {
                let c = s[j]
                if quote != 0 { if c == quote { quote = 0 } } else if c == 34 || c == 39 { quote = c } else if c == 62 { break } else if c == 60 { break }
                j += 1
            }
            guard j < s.count, s[j] == 62 else {
                problem("unterminated tag")
                i = j
                return
            }
            var body = string(i + 1, j)
            let selfClosing = body.hasSuffix("/")
            if selfClosing { body.removeLast() }
            let (name, attributes) = try parseTag(body)
            i = j + 1
            guard !name.isEmpty else { problem("empty tag name"); return }
            let element = XMLElement(name: name, attributes: attributes)
            if stack.isEmpty, root != nil { problem("more than one root element") }
            if selfClosing { attach(element) } else { stack.append(element) }
        }

        mutating func attach(_ element: XMLElement) {
            if let parent = stack.last { parent.children.append(element) } else if root == nil { root = element }
        }

        mutating func close(_ name: String) {
            guard let index = stack.lastIndex(where: { $0.name == name }) else {
                problem("closing tag </\(name)> without an opening tag")
                return
            }
            if index != stack.count - 1 { problem("<\(stack.last!.name)> not closed before </\(name)>") }
            while stack.count > index {
                let element = stack.removeLast()
                attach(element)
            }
        }

        mutating func parseTag(_ body: String) throws(Refused) -> (String, [String: String]) {
            let scalars = [Unicode.Scalar](scalarsOf: body)
            var k = 0
            while k < scalars.count, !scalars[k].properties.isWhitespace { k += 1 }
            let name = String(String.UnicodeScalarView(scalars[0..<k]))
            var attributes: [String: String] = [:]
            while k < scalars.count {
                while k < scalars.count, scalars[k].properties.isWhitespace { k += 1 }
                let keyStart = k
                while k < scalars.count, scalars[k] != "=", !scalars[k].properties.isWhitespace { k += 1 }
                let key = String(String.UnicodeScalarView(scalars[keyStart..<k]))
                while k < scalars.count, scalars[k].properties.isWhitespace { k += 1 }
                guard k < scalars.count, scalars[k] == "=" else { continue }
                k += 1
                while k < scalars.count, scalars[k].properties.isWhitespace { k += 1 }
                guard k < scalars.count else { break }
                let q = scalars[k]
                var valueStart = k, valueEnd = k
                if q == "\"" || q == "'" {
                    valueStart = k + 1
                    valueEnd = scalars[valueStart...].firstIndex(of: q) ?? scalars.count
                    k = min(valueEnd + 1, scalars.count)
                } else {
                    while valueEnd < scalars.count, !scalars[valueEnd].properties.isWhitespace { valueEnd += 1 }
                    k = valueEnd
                }
                if !key.isEmpty {
                    attributes[key] = try decodeEntities(String(String.UnicodeScalarView(scalars[valueStart..<valueEnd])), depth: 0)
                }
            }
            return (name, attributes)
        }

        /// Reads a DOCTYPE: internal entities are remembered, external ones never fetched.
        mutating func doctype() throws(Refused) {
            var j = i + 9, depth = 0
            while j < s.count {
                if s[j] == 91 { depth += 1 } else if s[j] == 93 { depth -= 1 } else if s[j] == 62, depth <= 0 { break }
                j += 1
            }
            let body = string(i, min(j, s.count))
            i = j + 1
            var rest = Substring(body)
            while let range = rest.range(of: "<!ENTITY") {
                rest = rest[range.upperBound...]
                let declaration = rest.prefix { $0 != ">" }
                let parts = declaration.split(whereSeparator: \.isWhitespace)
                guard parts.count >= 2 else { continue }
                if parts[0] == "%" || parts.contains("SYSTEM") || parts.contains("PUBLIC") {
                    problem("external or parameter entity \(parts[0] == "%" ? parts[1] : parts[0]) ignored (Byline never fetches)")
                    continue
                }
                let name = String(parts[0])
                let afterName = declaration.drop { $0.isWhitespace }.dropFirst(name.count).drop { $0.isWhitespace }
                guard let q = afterName.first, q == "\"" || q == "'" else { continue }
                entities[name] = String(afterName.dropFirst().prefix { $0 != q })
            }
        }

        mutating func decodeEntities(_ text: String, depth: Int) throws(Refused) -> String {
            guard text.contains("&") else { return text }
            guard depth < 8 else { throw Refused(description: "entities nested too deeply (an entity-expansion attack?); refused") }
            var out = ""
            var rest = Substring(text)
            while let amp = rest.firstIndex(of: "&") {
                out += rest[..<amp]
                let after = rest[rest.index(after: amp)...]
                guard let semi = after.prefix(40).firstIndex(of: ";") else {
                    problem("bare & (should be &amp;)")
                    out += "&"
                    rest = after
                    continue
                }
                let name = String(after[..<semi])
                rest = after[after.index(after: semi)...]
                if let decoded = Entities.decode(name, html: false) {
                    out += decoded
                } else if let value = entities[name] {
                    let expansion = try decodeEntities(value, depth: depth + 1)
                    expanded += expansion.utf8.count
                    if expanded > XMLTree.expansionLimit {
                        throw Refused(description: "entity expansion passes \(XMLTree.expansionLimit / 1_000_000) MB (a \"billion laughs\" document?); refused")
                    }
                    out += expansion
                } else if let decoded = Entities.decode(name, html: true) {
                    problem("HTML entity &\(name); is not defined in XML")
                    out += decoded
                } else {
                    problem("undefined entity &\(name);")
                    out += "&" + name + ";"
                }
            }
            out += rest
            return out
        }
    }
}
