import Foundation

/// Reads `.txt` articles: an optional headline line, paragraphs split on blank lines, and
/// hard-wrapped newswire text (indented paragraph starts) reflowed for reading.
public struct PlainTextLoader: ArticleLoader {
    public init() {}

    public var extensions: Set<String> { ["txt", "text"] }

    public func sniff(_ text: Substring) -> Bool { true }

    public func load(_ file: SourceFile) -> LoadedFile {
        var result = LoadedFile()
        let scalars = [Unicode.Scalar](scalarsOf: file.text)
        let lines = TextLines(scalars)
        guard lines.lines.contains(where: { !lines.isBlank($0) }) else {
            result.warnings.append(LoadWarning(path: file.path, "no text (only whitespace)"))
            return result
        }
        let (body, title) = PlainTextLoader.body(scalars, lines: lines, detectHeadline: true)
        result.articles.append(
            Article(
                location: SourceLocation(path: file.path),
                title: title ?? PlainTextLoader.openingWords(body.text)
                    ?? PlainTextLoader.titleFromFileName(file.fileName),
                original: file.keepsOriginals ? file.text : nil, body: body, headlineInBody: title != nil))
        return result
    }

    /// Builds the body from text lines, detecting hard wraps and, where asked, the headline.
    static func body(_ scalars: [Unicode.Scalar], lines: TextLines, detectHeadline: Bool) -> (BodyText, String?) {
        var index = 0
        while index < lines.lines.count, lines.isBlank(lines.lines[index]) { index += 1 }
        var builder = BodyTextBuilder()
        var title: String?
        if detectHeadline, index < lines.lines.count, isHeadline(lines, at: index) {
            let line = lines.trimmed(lines.lines[index])
            builder.appendParagraph(scalars[line.start..<line.end], origin: line.start)
            title = String(scalars: scalars, line.start..<line.end)
            index += 1
        }
        let wrapped = isHardWrapped(lines, from: index)
        var paragraphStart: Int? = nil
        var previousEnd = -1
        for i in index..<lines.lines.count {
            let line = lines.lines[i]
            if lines.isBlank(line) {
                if let start = paragraphStart { builder.endParagraph(from: start); paragraphStart = nil }
                continue
            }
            let trimmed = lines.trimmed(line)
            let startsParagraph =
                wrapped ? lines.indent(line) >= 2 : !continuesSentence(lines, previousEnd: previousEnd, next: trimmed)
            if let start = paragraphStart, startsParagraph {
                builder.endParagraph(from: start)
                paragraphStart = nil
            }
            if paragraphStart == nil {
                paragraphStart = builder.beginParagraph(origin: trimmed.start)
            } else {
                builder.joinLines(lineBreak: previousEnd, nextLine: trimmed.start)
            }
            builder.append(contentsOf: scalars[trimmed.start..<trimmed.end], origin: trimmed.start)
            previousEnd = trimmed.end
        }
        if let start = paragraphStart { builder.endParagraph(from: start) }
        return (builder.build(), title)
    }

    /// A line that carries on the sentence of the line before, in text too short to show
    /// its wrapping by line lengths: the line before ends in no sentence-final mark and
    /// this one opens with a lower-case letter ("…Trump was asked, "what\n about…").
    static func continuesSentence(_ lines: TextLines, previousEnd: Int, next: TextSpan) -> Bool {
        guard previousEnd > 0, next.length > 0 else { return false }
        let last = lines.scalars[previousEnd - 1], first = lines.scalars[next.start]
        return !".!?:;\"”’)]".unicodeScalars.contains(last) && first.properties.isLowercase
    }

    /// A short first line followed by a blank line, or one without sentence-final
    /// punctuation followed by the body, is a headline.
    static func isHeadline(_ lines: TextLines, at i: Int) -> Bool {
        let line = lines.trimmed(lines.lines[i])
        guard line.length > 0, line.length <= 200, i + 1 < lines.lines.count else { return false }
        let next = lines.lines[i + 1]
        if lines.isBlank(next) { return true }
        let last = lines.scalars[line.end - 1]
        return line.length <= 100 && !".,;:!?\"”".unicodeScalars.contains(last) && lines.indent(next) >= 2
    }

    /// Most lines 50–80 columns long and some indented paragraph starts: newswire hard wraps.
    static func isHardWrapped(_ lines: TextLines, from first: Int) -> Bool {
        var nonBlank = 0, wrapLength = 0, indented = 0
        for line in lines.lines[first...] where !lines.isBlank(line) {
            nonBlank += 1
            let length = lines.trimmed(line).length + lines.indent(line)
            if (45...82).contains(length) { wrapLength += 1 }
            if lines.indent(line) >= 2 { indented += 1 }
        }
        return nonBlank >= 3 && wrapLength * 2 >= nonBlank && (indented > 0 || wrapLength * 10 >= nonBlank * 9)
    }

    /// A title for an article without a headline: its first sentence, shortened.
    static func openingWords(_ text: String) -> String? {
        let firstLine = text.prefix { $0 != "\n" }
        let sentence = firstLine.range(of: ". ").map { firstLine[..<$0.lowerBound] } ?? firstLine
        guard !sentence.isEmpty else { return nil }
        return sentence.count <= 80 ? String(sentence) : String(sentence.prefix(79)) + "…"
    }

    static func titleFromFileName(_ name: String) -> String {
        let stem = name.split(separator: ".").first.map(String.init) ?? name
        return stem.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
    }
}

/// Line spans of a scalar array, with the whitespace helpers loaders share.
struct TextLines {
    let scalars: [Unicode.Scalar]
    /// Line spans without their terminator (`\n`, `\r\n` or `\r`).
    let lines: [TextSpan]

    init(_ scalars: [Unicode.Scalar], from start: Int = 0) {
        self.scalars = scalars
        var lines: [TextSpan] = []
        var lineStart = start, i = start
        while i < scalars.count {
            let s = scalars[i]
            if s == "\n" || s == "\r" {
                lines.append(TextSpan(lineStart, i))
                if s == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                lineStart = i + 1
            }
            i += 1
        }
        if lineStart < scalars.count { lines.append(TextSpan(lineStart, scalars.count)) }
        self.lines = lines
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\u{FEFF}" || s == "\u{A0}" || s == "\u{0C}"
    }

    func isBlank(_ line: TextSpan) -> Bool {
        !(line.start..<line.end).contains { !TextLines.isSpace(scalars[$0]) }
    }

    func indent(_ line: TextSpan) -> Int {
        var n = 0
        for i in line.start..<line.end {
            if scalars[i] == "\t" { n += 4 } else if TextLines.isSpace(scalars[i]) { n += 1 } else { break }
        }
        return n
    }

    func trimmed(_ line: TextSpan) -> TextSpan {
        var s = line.start, e = line.end
        while s < e, TextLines.isSpace(scalars[s]) { s += 1 }
        while e > s, TextLines.isSpace(scalars[e - 1]) { e -= 1 }
        return TextSpan(s, e)
    }

    func string(_ span: TextSpan) -> String {
        String(scalars: scalars, span.start..<span.end)
    }
}
