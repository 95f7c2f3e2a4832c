import Yams

/// The YAML front matter of a Markdown article, reduced to the keys Byline reads.
struct FrontMatter {
    var title: String?
    var date: CalendarDate?
    var rawDate: String?
    var author: String?
    var publisher: String?
    var url: String?
    var story: String?

    /// Where the front matter ends (the scalar offset after the closing `---` line).
    var bodyStart: Int

    struct Malformed: Error {
        var line: Int
        var message: String
    }

    /// Finds `---` … `---` at the top of the text; nil when there is none.
    static func locate(_ lines: TextLines) -> (yaml: TextSpan, bodyStart: Int, firstLine: Int)? {
        guard let first = lines.lines.first, lines.string(lines.trimmed(first)).trimmingBOM == "---" else { return nil }
        for (i, line) in lines.lines.enumerated().dropFirst() {
            let t = lines.string(lines.trimmed(line))
            if t == "---" || t == "..." {
                let yamlStart = lines.lines.count > 1 ? lines.lines[1].start : first.end
                let bodyStart = i + 1 < lines.lines.count ? lines.lines[i + 1].start : line.end
                return (TextSpan(yamlStart, line.start), bodyStart, i + 1)
            }
        }
        return nil
    }

    /// The deepest nesting read. Yams parses collections recursively, so `[[[[…` a
    /// hundred thousand deep overflows the stack (a fuzzer found it); front matter that
    /// names a title and a date is never more than a few levels deep.
    static let maximumNesting = 32

    /// How deeply the YAML nests, counted before parsing: indentation levels, compact
    /// `- - -` sequences and open flow brackets (`[`, `{`), whichever way it nests.
    static func nesting(_ yaml: String) -> Int {
        var deepest = 0, brackets = 0
        var indents: [Int] = []
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: true) {
            let content = line.drop { $0 == " " }
            guard !content.isEmpty, !content.hasPrefix("#") else { continue }
            let indent = line.count - content.count
            while let last = indents.last, last >= indent { indents.removeLast() }
            indents.append(indent)
            var dashes = 0
            var rest = content[...]
            while rest.hasPrefix("- ") {
                dashes += 1
                rest = rest.dropFirst(2).drop { $0 == " " }
            }
            for character in content {
                if character == "[" || character == "{" {
                    brackets += 1
                    deepest = max(deepest, indents.count + dashes + brackets)
                } else if character == "]" || character == "}" {
                    brackets = max(0, brackets - 1)
                }
            }
            deepest = max(deepest, indents.count + dashes + brackets)
        }
        return deepest
    }

    /// Parses the YAML; a syntax error or a non-mapping is reported with its file line.
    static func parse(_ yaml: String, bodyStart: Int) throws(Malformed) -> FrontMatter {
        var matter = FrontMatter(bodyStart: bodyStart)
        guard nesting(yaml) <= maximumNesting else {
            throw Malformed(
                line: 2, message: "front matter nested deeper than \(maximumNesting) levels; not read")
        }
        let node: Node?
        do { node = try Yams.compose(yaml: yaml) } catch {
            var line = 1
            if let yamlError = error as? YamlError, case let .scanner(_, _, mark, _) = yamlError {
                line = mark.line
            } else if let yamlError = error as? YamlError, case let .parser(_, _, mark, _) = yamlError {
                line = mark.line
            }
            throw Malformed(line: line + 1, message: "malformed front matter: \(firstLine(of: "\(error)"))")
        }
        guard let node else { return matter }
        guard let mapping = node.mapping else {
            throw Malformed(line: 2, message: "malformed front matter: expected `key: value` lines")
        }
        func value(_ keys: String...) -> String? {
            for key in keys {
                if let v = mapping[key] {
                    if let s = v.string, !s.isEmpty { return s }
                    if let seq = v.sequence { return seq.compactMap(\.string).joined(separator: ", ") }
                }
            }
            return nil
        }
        matter.title = value("title", "headline")
        matter.rawDate = value("date", "published", "publication_date")
        matter.date = matter.rawDate.flatMap(MetadataDate.parse)
        matter.author = value("author", "authors", "byline")
        matter.publisher = value("source", "publisher")
        matter.url = value("url", "link")
        matter.story = value("story")
        return matter
    }

    private static func firstLine(of text: String) -> String {
        text.split(separator: "\n").first.map(String.init)?.trimmingCharacters(in: .whitespaces) ?? text
    }
}

extension String {
    var trimmingBOM: String { hasPrefix("\u{FEFF}") ? String(dropFirst()) : self }
}
