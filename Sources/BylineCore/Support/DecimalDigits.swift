extension Collection where Element == UInt8 {
    /// The value of these bytes read as decimal digits; nil when any byte is not a digit or
    /// there are none or more than `maxDigits`. Read from the bytes: Character tests were
    /// slow where every token or TIMEX3 value passes.
    func decimalValue(maxDigits: Int) -> Int? {
        guard !isEmpty, count <= maxDigits else { return nil }
        var n = 0
        for byte in self {
            guard byte >= 48 && byte <= 57 else { return nil }
            n = n * 10 + Int(byte - 48)
        }
        return n
    }
}
