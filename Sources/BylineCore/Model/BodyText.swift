/// The readable text of an article: paragraphs separated by a blank line, with markup,
/// hard wraps and front matter gone, and a map back to offsets in the original file.
///
/// Extraction runs on this text so that a hard-wrapped line break or a Markdown marker
/// never splits a quote; results are mapped back with `original(_:)` for `extract`.
public struct BodyText: Sendable {
    /// The clean text.
    public let text: String
    /// Its Unicode-scalar count.
    public let length: Int
    /// Paragraph spans in clean offsets.
    public let paragraphs: [TextSpan]
    /// Runs of text copied contiguously: clean offset where a run starts and its original offset.
    let runs: [(clean: Int, original: Int)]

    public init(text: String, paragraphs: [TextSpan], runs: [(clean: Int, original: Int)]) {
        self.text = text
        self.length = text.unicodeScalars.count
        self.paragraphs = paragraphs
        self.runs = runs.isEmpty ? [(0, 0)] : runs
    }

    /// The same text without its map back to the source, for an article that keeps no
    /// source text (the reader's): with nothing to map to, the map would only take memory
    /// (a run for every hard-wrapped line and every entity of a feed).
    var withoutSourceMap: BodyText {
        runs.count == 1 && runs[0] == (0, 0) ? self : BodyText(text: text, length: length, paragraphs: paragraphs)
    }

    private init(text: String, length: Int, paragraphs: [TextSpan]) {
        self.text = text
        self.length = length
        self.paragraphs = paragraphs
        runs = [(0, 0)]
    }

    /// The sentence holding `offset`, found by splitting its paragraph again: where the
    /// reader lands when it jumps to a date, once, so no analysis keeps every sentence.
    public func sentence(containing offset: Int) -> TextSpan? {
        guard let p = paragraphs.index(containing: offset) else { return nil }
        let sentences = SentenceSplitter.split([Unicode.Scalar](scalarsOf: text), paragraphs: [paragraphs[p]])
        return sentences.index(containing: offset).map { sentences[$0] }
    }

    /// Whether the text is ASCII (most news): then its scalar and UTF-8 offsets agree.
    public var isASCII: Bool { text.utf8.count == length }

    /// The text between two clean offsets: constant time for ASCII text (most news), whose
    /// scalar and byte offsets agree; otherwise a walk over the scalars.
    public func slice(_ span: TextSpan) -> String {
        let start = min(max(0, span.start), length), end = min(max(start, span.end), length)
        guard isASCII else { return text.scalarSlice(TextSpan(start, end)) }
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: start)
        return String(text[from..<utf8.index(from, offsetBy: end - start)])
    }

    /// The original offset of a clean offset (the end of the text maps past its last scalar).
    public func original(_ offset: Int) -> Int {
        var lo = 0, hi = runs.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if runs[mid].clean <= offset { lo = mid } else { hi = mid - 1 }
        }
        return runs[lo].original + (offset - runs[lo].clean)
    }

    /// The original span of a clean span; the end is mapped from its last scalar so a span
    /// that ends at a removed line break does not swallow it.
    public func original(_ span: TextSpan) -> TextSpan {
        guard !span.isEmpty else { let o = original(span.start); return TextSpan(o, o) }
        return TextSpan(original(span.start), original(span.end - 1) + 1)
    }
}

/// Builds a `BodyText` scalar by scalar, opening a new run only where the origin jumps.
public struct BodyTextBuilder {
    /// Collected as UTF-8 bytes: a quarter of the memory of scalars on a huge text, and
    /// faster than `String.UnicodeScalarView.append`, which encodes through the String.
    private var utf8: [UInt8] = []
    private var count = 0
    private var paragraphs: [TextSpan] = []
    private var runs: [(clean: Int, original: Int)] = []
    private var nextOrigin = -1
    /// The original offset just past the text appended so far.
    private var originEnd = 0

    public init() {}

    public var isEmpty: Bool { count == 0 }

    /// Appends one scalar that came from `origin` in the original text.
    public mutating func append(_ scalar: Unicode.Scalar, origin: Int) {
        if origin != nextOrigin { runs.append((count, origin)) }
        encode(scalar)
        count += 1
        nextOrigin = origin + 1
        originEnd = max(originEnd, nextOrigin)
    }

    /// Appends a scalar with no original counterpart (a space standing for a line break);
    /// it maps to the original offset of the text after it.
    public mutating func appendSynthetic(_ scalar: Unicode.Scalar, origin: Int) {
        append(scalar, origin: origin)
        nextOrigin = -1
    }

    /// Joins two lines of a paragraph with a space. A lone line break (the next line starts
    /// right after it) becomes the space in its place, so the map back to the file goes on in
    /// one run: a hard-wrapped newswire story would otherwise need a run for every line.
    public mutating func joinLines(lineBreak: Int, nextLine: Int) {
        if nextLine == lineBreak + 1 {
            append(" ", origin: lineBreak)
        } else {
            appendSynthetic(" ", origin: nextLine)
        }
    }

    /// Starts a paragraph, separating it from the previous one by a blank line. The blank
    /// line maps to the two characters before the paragraph when nothing appended lies there
    /// (a blank line, a line break and an indent), so the map goes on in the run it is in or
    /// in one new run, instead of three runs for every paragraph.
    public mutating func beginParagraph(origin: Int) -> Int {
        if count > 0 {
            if origin - 2 >= originEnd {
                append("\n", origin: origin - 2)
                append("\n", origin: origin - 1)
            } else {
                appendSynthetic("\n", origin: origin)
                appendSynthetic("\n", origin: origin)
            }
        }
        return count
    }

    public mutating func endParagraph(from start: Int) {
        // Trailing spaces never belong to a paragraph.
        if count > start { paragraphs.append(TextSpan(start, count)) }
    }

    /// Appends contiguous original text in one piece (much faster than scalar by scalar).
    public mutating func append(contentsOf text: ArraySlice<Unicode.Scalar>, origin: Int) {
        guard !text.isEmpty else { return }
        if origin != nextOrigin { runs.append((count, origin)) }
        for scalar in text { encode(scalar) }
        count += text.count
        nextOrigin = origin + text.count
        originEnd = max(originEnd, nextOrigin)
    }

    /// Appends a whole paragraph of contiguous original text.
    public mutating func appendParagraph(_ text: some Collection<Unicode.Scalar>, origin: Int) {
        let start = beginParagraph(origin: origin)
        append(contentsOf: ArraySlice(text), origin: origin)
        endParagraph(from: start)
    }

    private mutating func encode(_ scalar: Unicode.Scalar) {
        let v = scalar.value
        if v < 0x80 {
            utf8.append(UInt8(v))
        } else {
            utf8.append(contentsOf: UTF8.encode(scalar)!)
        }
    }

    public func build() -> BodyText {
        BodyText(text: String(decoding: utf8, as: UTF8.self), paragraphs: paragraphs, runs: runs)
    }
}
