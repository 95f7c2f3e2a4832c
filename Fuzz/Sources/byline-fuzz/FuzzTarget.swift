import Foundation

/// One fuzz target: bytes in; a crash, a hang or a broken invariant (`precondition`) is a
/// finding. `.ci/fuzz` chooses the target with `BYLINE_FUZZ_TARGET`, so one instrumented
/// build serves all of them.
struct FuzzTarget: Sendable {
    var name: String
    /// What it exercises, for `.ci/fuzz`'s listing.
    var summary: String
    var run: @Sendable (Data) -> Void

    static let all: [FuzzTarget] = loaderTargets + engineTargets + readerTargets

    static func named(_ name: String) -> FuzzTarget? { all.first { $0.name == name } }
}
