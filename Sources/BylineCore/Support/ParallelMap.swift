import Dispatch

extension Array where Element: Sendable {
    /// `map` over all cores; order is kept. Loading and extraction are per-file pure work.
    public func parallelMap<Result>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        var results = [Result?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            let out = UnsafeSendableBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: count) { i in out[i] = transform(self[i]) }
        }
        return results.map { $0! }
    }
}

/// Lets `concurrentPerform` write disjoint slots of one buffer. It must stay unchecked:
/// the compiler cannot see that each iteration writes its own slot only, and a lock per
/// slot would cost more than the work of small items.
struct UnsafeSendableBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
    subscript(i: Int) -> Element {
        get { buffer[i] }
        nonmutating set { buffer[i] = newValue }
    }
}
