/// The content of a quote: one span, or several when the attribution interrupts it
/// (`"A," she said, "B."`), in text order.
///
/// Nine quotes in ten have one piece, kept inline: an array for every quote cost a heap
/// block of 48 bytes each, more than the quote itself in a large library.
public struct QuotePieces: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
    private var head: TextSpan
    /// The pieces after the first (no heap block when empty).
    private var tail: [TextSpan]

    /// A quote has at least one piece.
    public init(_ spans: some Sequence<TextSpan>) {
        var spans = spans.makeIterator()
        guard let head = spans.next() else { preconditionFailure("a quote has at least one piece") }
        self.head = head
        tail = Array(IteratorSequence(spans))
    }

    public init(arrayLiteral spans: TextSpan...) { self.init(spans) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { tail.count + 1 }

    public subscript(i: Int) -> TextSpan { i == 0 ? head : tail[i - 1] }

    /// Each piece moved by `offset` (from a segment's offsets to the article's).
    func shifted(by offset: Int) -> QuotePieces {
        var moved = self
        moved.head = head.shifted(by: offset)
        moved.tail = tail.map { $0.shifted(by: offset) }
        return moved
    }
}
