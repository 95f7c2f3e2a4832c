/// A half-open range of Unicode-scalar offsets, the unit every offset in Byline uses
/// because it is what the scorers (Python `str` indices) count.
///
/// Kept as two 32-bit offsets: a library holds millions of spans (paragraphs, sentences,
/// quote pieces, maps back to the file), and no source file comes near 2^31 scalars
/// (`SourceFile.maximumSize` is 64 MiB).
public struct TextSpan: Hashable, Sendable, Comparable, CustomStringConvertible {
    private var storedStart: Int32
    private var storedEnd: Int32

    public var start: Int {
        get { Int(storedStart) }
        set { storedStart = Int32(clamping: newValue) }
    }

    public var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = Int32(clamping: newValue) }
    }

    public init(_ start: Int, _ end: Int) {
        storedStart = Int32(clamping: start)
        storedEnd = Int32(clamping: max(start, end))
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { end <= start }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func contains(_ other: TextSpan) -> Bool { other.start >= start && other.end <= end }
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    public static func < (a: TextSpan, b: TextSpan) -> Bool {
        a.start != b.start ? a.start < b.start : a.end < b.end
    }

    public var description: String { "\(start)..<\(end)" }
}
