/// A long text cut into pieces the extractors read one at a time, so the words, tokens and
/// candidates they build at once are bounded by a segment and not by the article: a 50 MB
/// paragraph costs the memory of its text and its results, not of its tokens all at once.
///
/// Cuts fall at paragraph ends when a paragraph ends inside the limit, else at a space
/// after the limit (a "paragraph" that long is not prose: a quote or a name cut there is
/// the price). An ordinary article, far shorter than a segment, is one segment.
struct TextSegments: Sequence, IteratorProtocol {
    /// Scalars a segment is allowed before it is cut.
    static let defaultLimit = 1 << 20
    /// How far past the limit a cut looks for a space before cutting anyway.
    static let spaceSearch = 4096

    struct Segment {
        /// Where the segment starts in the whole text.
        var start: Int
        var text: [Unicode.Scalar]
        /// The paragraphs overlapping the segment, clipped to it, in segment offsets.
        var paragraphs: [TextSpan]
    }

    private var scalars: String.UnicodeScalarView.Iterator
    /// The text, when it cannot be longer than one segment (every ordinary article): decoded
    /// in one pass rather than a scalar at a time.
    private let whole: String?
    private let paragraphs: [TextSpan]
    private let limit: Int
    /// The text's UTF-8 length: no more scalars than that are left, so a segment never
    /// reserves room for a whole limit when the text is shorter (an empty body had 4 MB).
    private let utf8Count: Int
    private var offset = 0
    /// The first paragraph not yet wholly inside an earlier segment.
    private var paragraph = 0
    private var finished = false

    init(_ text: String, paragraphs: [TextSpan], limit: Int = defaultLimit) {
        scalars = text.unicodeScalars.makeIterator()
        self.paragraphs = paragraphs
        self.limit = Swift.max(1, limit)
        utf8Count = text.utf8.count
        whole = utf8Count <= self.limit ? text : nil
    }

    mutating func next() -> Segment? {
        guard !finished else { return nil }
        let start = offset
        let text: [Unicode.Scalar]
        if let whole {
            text = [Unicode.Scalar](scalarsOf: whole)
            offset = text.count
            finished = true
        } else {
            text = nextText(from: start)
        }
        let first = paragraph
        while paragraph < paragraphs.count, paragraphs[paragraph].end <= offset { paragraph += 1 }
        let clipped = paragraphs[first...].prefix { $0.start < offset }.compactMap {
            let span = TextSpan(Swift.max($0.start, start) - start, Swift.min($0.end, offset) - start)
            return span.isEmpty ? nil : span
        }
        if finished && text.isEmpty && start > 0 { return nil }
        return Segment(start: start, text: text, paragraphs: clipped)
    }

    /// The scalars of the segment starting at `start`, read up to its cut.
    private mutating func nextText(from start: Int) -> [Unicode.Scalar] {
        // The end of the last paragraph that ends within the limit, when one does.
        var planned: Int?
        var p = paragraph
        while p < paragraphs.count, paragraphs[p].end <= start + limit {
            if paragraphs[p].end > start { planned = paragraphs[p].end }
            p += 1
        }
        var text: [Unicode.Scalar] = []
        text.reserveCapacity(Swift.min(limit, planned.map { $0 - start } ?? limit, utf8Count - start) + 1)
        while true {
            if let planned, offset >= planned { break }
            if planned == nil, offset - start >= limit,
                offset - start >= limit + Self.spaceSearch || (text.last.map(Characters.isSpace) ?? false)
            {
                break
            }
            guard let scalar = scalars.next() else {
                finished = true
                break
            }
            text.append(scalar)
            offset += 1
        }
        return text
    }
}
