/// The four TIMEX3 types of TimeML.
public enum TimexType: String, Sendable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}

/// A time expression and its TIMEX3 value, resolved against the article date.
public struct Timex: Sendable, Hashable {
    // The value first and the one-byte type last, so that a timeline event packs its
    // 32-bit fields into the padding after them.
    /// The TIMEX3 value (`2020-09`, `P1Y`, `PAST_REF`, `XXXX-09-28` …) and its meaning.
    public var value: TimexValue
    public var span: TextSpan
    public var type: TimexType

    public init(span: TextSpan, type: TimexType, value: TimexValue) {
        self.span = span
        self.type = type
        self.value = value
    }

    /// A time expression whose value the taggers wrote as TimeML text, read here once.
    public init(span: TextSpan, type: TimexType, value: String) {
        self.init(span: span, type: type, value: TimexValue(value))
    }
}
