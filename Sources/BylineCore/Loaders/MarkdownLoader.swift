/// Reads Markdown articles: YAML front matter for metadata, the body shown as text
/// (emphasis markers dropped, links keep their text, headings become paragraphs).
public struct MarkdownLoader: ArticleLoader {
    public init() {}

    public var extensions: Set<String> { ["md", "markdown", "mdown"] }

    public func sniff(_ text: Substring) -> Bool { text.hasPrefix("---\n") || text.hasPrefix("---\r\n") }

    public func load(_ file: SourceFile) -> LoadedFile {
        var result = LoadedFile()
        let scalars = [Unicode.Scalar](scalarsOf: file.text)
        let lines = TextLines(scalars)
        var matter = FrontMatter(bodyStart: 0)
        var firstLine = 0
        if let found = FrontMatter.locate(lines) {
            firstLine = found.firstLine
            do {
                matter = try FrontMatter.parse(lines.string(found.yaml), bodyStart: found.bodyStart)
                if let raw = matter.rawDate, matter.date == nil {
                    result.warnings.append(
                        LoadWarning(path: file.path, "front matter date \"\(raw)\" is not a date; ignored"))
                }
            } catch {
                // The body is still worth reading; the metadata is what is lost.
                result.warnings.append(LoadWarning(path: file.path, line: error.line, error.message))
            }
        } else if lines.lines.first.map({ lines.string(lines.trimmed($0)).trimmingBOM == "---" }) == true {
            result.warnings.append(LoadWarning(path: file.path, line: 1, "malformed front matter: no closing ---"))
            firstLine = 1
        }
        var builder = BodyTextBuilder()
        var heading: String?
        var paragraphStart: Int?
        var previousEnd = -1
        var inFence = false
        for line in lines.lines[firstLine...] {
            let trimmed = lines.trimmed(line)
            let text = lines.string(trimmed)
            if text.hasPrefix("```") || text.hasPrefix("~~~") { inFence.toggle(); continue }
            if lines.isBlank(line) || inFence || text.allSatisfy({ $0 == "-" || $0 == "*" || $0 == "_" || $0 == "=" }) {
                if let start = paragraphStart { builder.endParagraph(from: start); paragraphStart = nil }
                continue
            }
            var content = trimmed
            var isHeading = false
            // Block markers: headings and quotes lose their markers; list bullets stay.
            while content.start < content.end, scalars[content.start] == "#" { content.start += 1; isHeading = true }
            while content.start < content.end, scalars[content.start] == ">" { content.start += 1 }
            while content.start < content.end, TextLines.isSpace(scalars[content.start]) { content.start += 1 }
            if isHeading, let start = paragraphStart { builder.endParagraph(from: start); paragraphStart = nil }
            if paragraphStart == nil {
                paragraphStart = builder.beginParagraph(origin: content.start)
            } else {
                builder.joinLines(lineBreak: previousEnd, nextLine: content.start)
            }
            InlineMarkdown.append(scalars, content, to: &builder)
            previousEnd = content.end
            if isHeading {
                if heading == nil, builder.isEmpty == false { heading = lines.string(content) }
                builder.endParagraph(from: paragraphStart!)
                paragraphStart = nil
            }
        }
        if let start = paragraphStart { builder.endParagraph(from: start) }
        let body = builder.build()
        if body.length == 0 {
            result.warnings.append(LoadWarning(path: file.path, "no text after the front matter"))
            return result
        }
        result.articles.append(
            Article(
                location: SourceLocation(path: file.path),
                title: matter.title ?? heading.map(InlineMarkdown.plain)
                    ?? PlainTextLoader.titleFromFileName(file.fileName),
                date: matter.date, author: matter.author, publisher: matter.publisher, url: matter.url,
                storyKey: matter.story, original: file.keepsOriginals ? file.text : nil, body: body))
        return result
    }
}

/// Drops inline Markdown markers while keeping the offsets of the text that stays.
enum InlineMarkdown {
    static func append(_ s: [Unicode.Scalar], _ span: TextSpan, to builder: inout BodyTextBuilder) {
        var i = span.start
        while i < span.end {
            let c = s[i]
            if c == "\\", i + 1 < span.end { builder.append(s[i + 1], origin: i + 1); i += 2; continue }
            if c == "*" || c == "`" || (c == "_" && isEmphasisUnderscore(s, i, span)) { i += 1; continue }
            if c == "!", i + 1 < span.end, s[i + 1] == "[" { i += 1; continue }
            if c == "[", let close = matching(s, from: i, in: span, open: "[", close: "]"),
                close + 1 < span.end, s[close + 1] == "(",
                let paren = matching(s, from: close + 1, in: span, open: "(", close: ")")
            {
                append(s, TextSpan(i + 1, close), to: &builder)
                i = paren + 1
                continue
            }
            builder.append(c, origin: i)
            i += 1
        }
    }

    /// Underscores inside words (snake_case) are text, not emphasis.
    static func isEmphasisUnderscore(_ s: [Unicode.Scalar], _ i: Int, _ span: TextSpan) -> Bool {
        let before = i > span.start ? s[i - 1].properties.isAlphabetic : false
        let after = i + 1 < span.end ? s[i + 1].properties.isAlphabetic : false
        return !(before && after)
    }

    static func matching(
        _ s: [Unicode.Scalar], from i: Int, in span: TextSpan, open: Unicode.Scalar, close: Unicode.Scalar
    ) -> Int? {
        var depth = 0
        for j in i..<span.end {
            if s[j] == open { depth += 1 } else if s[j] == close { depth -= 1; if depth == 0 { return j } }
        }
        return nil
    }

    static func plain(_ text: String) -> String {
        var builder = BodyTextBuilder()
        let s = [Unicode.Scalar](scalarsOf: text)
        _ = builder.beginParagraph(origin: 0)
        append(s, TextSpan(0, s.count), to: &builder)
        return builder.build().text
    }
}
