/// A wrapped line of an article: its styled text and the body offsets it covers.
public struct WrappedLine: Sendable {
    public var spans: StyledLine
    /// Clean-body offsets of its first and past-its-last scalar (nil for synthetic lines).
    public var range: Range<Int>?
}

/// Word-wraps text to a column width, keeping per-scalar roles and body offsets.
public enum TextWrap {
    /// Wraps `scalars[range]`, asking `role(offset)` for each scalar's role.
    public static func wrap(
        _ scalars: [Unicode.Scalar], _ range: Range<Int>, width: Int,
        role: (Int) -> Role
    ) -> [WrappedLine] {
        guard width > 0 else { return [] }
        var lines: [WrappedLine] = []
        var start = range.lowerBound
        while start < range.upperBound {
            // Take as many columns as fit, then back up to the last space.
            var end = start, used = 0, lastBreak: Int? = nil
            while end < range.upperBound {
                let s = scalars[end]
                if s == "\n" { break }
                let w = DisplayWidth.of(DisplayWidth.placeholder(s) ?? s)
                if used + w > width { break }
                used += w
                end += 1
                if s == " " || s == "-" || s == "—" { lastBreak = end }
            }
            if end < range.upperBound, scalars[end] != "\n", let lastBreak, lastBreak > start { end = lastBreak }
            if end == start { end = start + 1 }
            lines.append(WrappedLine(spans: styled(scalars, start..<end, role: role), range: start..<end))
            start = end
            if start < range.upperBound, scalars[start] == "\n" { start += 1 }
            while start < range.upperBound, scalars[start] == " " { start += 1 }
        }
        return lines
    }

    static func styled(_ scalars: [Unicode.Scalar], _ range: Range<Int>, role: (Int) -> Role) -> StyledLine {
        var spans: StyledLine = []
        var text = String.UnicodeScalarView()
        var current: Role? = nil
        for i in range {
            let r = role(i)
            if r != current, let c = current, !text.isEmpty {
                spans.append(Span(String(text), c))
                text = String.UnicodeScalarView()
            }
            current = r
            text.append(scalars[i])
        }
        if let c = current, !text.isEmpty { spans.append(Span(String(text), c)) }
        return spans
    }
}
