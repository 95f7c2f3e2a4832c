import Testing

@testable import BylineCore

@Suite struct MemoryArenasTests {
    /// The reader and the benchmark cap glibc's arenas before starting threads; the setting
    /// must reach the C library, not fail silently.
    @Test(.enabled(if: MemoryArenasTests.isGlibc, "glibc only")) func theCapReachesTheCLibrary() {
        #expect(MemoryArenas.limit())
    }

    static var isGlibc: Bool {
        #if canImport(Glibc)
            true
        #else
            false
        #endif
    }
}
