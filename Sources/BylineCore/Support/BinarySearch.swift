extension RandomAccessCollection {
    /// The first index whose element satisfies `predicate`, which must be false for a
    /// prefix of the collection and true for the rest (a binary search).
    public func partitionIndex(where predicate: (Element) -> Bool) -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if predicate(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}

extension Array where Element == TextSpan {
    /// The index of the span holding `offset`, for sorted, disjoint spans.
    func index(containing offset: Int) -> Int? {
        let i = partitionIndex { $0.end > offset }
        return i < count && self[i].start <= offset ? i : nil
    }
}

extension Array where Element == Token {
    /// The index of the token holding `offset` (tokens are sorted and disjoint): a long
    /// sentence must not make every lookup a scan.
    func index(containing offset: Int) -> Int? {
        let i = partitionIndex { $0.span.end > offset }
        return i < count && self[i].span.start <= offset ? i : nil
    }
}
