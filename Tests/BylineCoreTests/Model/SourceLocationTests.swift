import Testing

@testable import BylineCore

@Suite struct SourceLocationTests {
    /// Every article holds one: a path and two 32-bit numbers.
    @Test func aLocationTakesAPathAndEightBytes() {
        #expect(MemoryLayout<BylineCore.SourceLocation>.stride == 24)
    }

    @Test func lineAndItemReadBackAsWrittenAndNoneStaysNone() {
        var location = BylineCore.SourceLocation(path: "wire.jsonl", line: 19_042)
        #expect(location.line == 19_042 && location.item == nil && location.description == "wire.jsonl:19042")
        location.line = nil
        location.item = 3
        #expect(location.line == nil && location.description == "wire.jsonl item 3")
        #expect(BylineCore.SourceLocation(path: "a.txt").description == "a.txt")
        #expect(BylineCore.SourceLocation(path: "a", line: 2) != BylineCore.SourceLocation(path: "a", item: 2))
    }
}
