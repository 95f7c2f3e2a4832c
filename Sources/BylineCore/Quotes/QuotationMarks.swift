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
            var open: (at: Int, width: Int)? = nil
            var leftOpen = false
            var firstInParagraph = true
            var i = paragraph.start
            while i < paragraph.end {
                let c = t[i]
                // `''` is a double quotation mark in some newsrooms' plain text.
                let doubled = c == "'" && i + 1 < paragraph.end && t[i + 1] == "'"
                let straight = c == "\"" || doubled
                let width = doubled ? 2 : 1
                // "a fascist?“ he asked": an opening mark misused to close the open quote.
                let closesCurly = c == "“" && open != nil && closesHere(t, i, paragraph)
                let opensCurly =
                    !closesCurly
                    && (c == "“" || c == "„" || (c == "”" && open == nil && opensHere(t, i, width, paragraph)))
                if opensCurly || (straight && open == nil && opensHere(t, i, width, paragraph)) {
                    if let o = open, i > o.at + o.width, !straight {
                        // A new opening mark before a close: the earlier quote ran to here.
                        spans.append(
                            QuotedSpan(
                                open: o.at, content: TextSpan(o.at + o.width, i), close: nil, paragraph: p,
                                continuesPrevious: false))
                    }
                    open = (i, width)
                } else if let o = open, c == "”" || straight || closesCurly {
                    spans.append(
                        QuotedSpan(
                            open: o.at, content: TextSpan(o.at + o.width, i), close: i, paragraph: p,
                            continuesPrevious: firstInParagraph && previousLeftOpen && o.at == paragraph.start))
                    firstInParagraph = false
                    open = nil
                }
                i += width
            }
            if let o = open, paragraph.end - o.at > o.width {
                spans.append(
                    QuotedSpan(
                        open: o.at, content: TextSpan(o.at + o.width, paragraph.end), close: nil, paragraph: p,
                        continuesPrevious: firstInParagraph && previousLeftOpen && o.at == paragraph.start))
                leftOpen = true
            }
            previousLeftOpen = leftOpen
        }
        return spans.filter { !$0.content.isEmpty }
    }

    /// An opening mark closes when it follows something other than a space and ends a word:
    /// a space, punctuation or the paragraph's end after it.
    private static func closesHere(_ t: [Unicode.Scalar], _ i: Int, _ paragraph: TextSpan) -> Bool {
        guard i > paragraph.start, !Characters.isSpace(t[i - 1]) else { return false }
        let after: Unicode.Scalar = i + 1 < paragraph.end ? t[i + 1] : " "
        return Characters.isSpace(after) || ",.;:!?)".unicodeScalars.contains(after)
    }

    /// A straight (or misused closing) mark opens when it follows the start, a space, a dash
    /// or an opening bracket, and is followed by something other than a space.
    private static func opensHere(_ t: [Unicode.Scalar], _ i: Int, _ width: Int, _ paragraph: TextSpan) -> Bool {
        let before: Unicode.Scalar = i > paragraph.start ? t[i - 1] : " "
        let after: Unicode.Scalar = i + width < paragraph.end ? t[i + width] : " "
        if Characters.isSpace(after) { return false }
        return Characters.isSpace(before) || "([{—–-/:".unicodeScalars.contains(before)
    }
}
