/// A stretch of text between quotation marks.
struct QuotedSpan {
    /// Offset of the opening mark.
    var open: Int
    /// Content between the marks.
    var content: TextSpan
    /// Offset of the closing mark; nil when the paragraph ended first.
    var close: Int?
    var paragraph: Int
    /// Continues a quote left open at the end of the previous paragraph.
    var continuesPrevious: Bool
}

/// Finds double-quoted spans, paragraph by paragraph, in every convention news uses:
/// curly and straight marks, single quotes nested inside, and quotes left open at a
/// paragraph's end that resume in the next paragraph.
enum QuotationMarks {
    static func find(_ t: [Unicode.Scalar], paragraphs: [TextSpan]) -> [QuotedSpan] {
        var spans: [QuotedSpan] = []
        var previousLeftOpen = false
        for (p, paragraph) in paragraphs.enumerated() {
            var open: Int? = nil
            var leftOpen = false
            var firstInParagraph = true
            var i = paragraph.start
            while i < paragraph.end {
                let c = t[i]
                if c == "“" || c == "„" || (c == "\"" && open == nil && opensHere(t, i, paragraph)) {
                    if let o = open, i > o + 1, c != "\"" {
                        // A new opening mark before a close: the earlier quote ran to here.
                        spans.append(QuotedSpan(open: o, content: TextSpan(o + 1, i), close: nil, paragraph: p,
                                                continuesPrevious: false))
                    }
                    open = i
                } else if let o = open, c == "”" || c == "\"" {
                    spans.append(QuotedSpan(open: o, content: TextSpan(o + 1, i), close: i, paragraph: p,
                                            continuesPrevious: firstInParagraph && previousLeftOpen && o == paragraph.start))
                    firstInParagraph = false
                    open = nil
                }
                i += 1
            }
            if let o = open, paragraph.end - o > 1 {
                spans.append(QuotedSpan(open: o, content: TextSpan(o + 1, paragraph.end), close: nil, paragraph: p,
                                        continuesPrevious: firstInParagraph && previousLeftOpen && o == paragraph.start))
                leftOpen = true
            }
            previousLeftOpen = leftOpen
        }
        return spans.filter { !$0.content.isEmpty }
    }

    /// A straight `"` opens when it follows the start, a space, a dash or an opening bracket,
    /// and is followed by something other than a space.
    private static func opensHere(_ t: [Unicode.Scalar], _ i: Int, _ paragraph: TextSpan) -> Bool {
        let before: Unicode.Scalar = i > paragraph.start ? t[i - 1] : " "
        let after: Unicode.Scalar = i + 1 < paragraph.end ? t[i + 1] : " "
        if Characters.isSpace(after) { return false }
        return Characters.isSpace(before) || "([{—–-/:".unicodeScalars.contains(before)
    }
}
