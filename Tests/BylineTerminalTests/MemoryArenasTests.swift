import BylineCore
import Testing

@Suite struct MemoryArenasTests {
    /// The reader and the benchmark cap glibc's arenas before starting threads; the setting
    /// must reach the C library, not fail silently. (A sanitizer brings its own allocator,
    /// which has no arenas to cap.)
    @Test(.enabled(if: MemoryArenasTests.isGlibc && !Sanitizers.active, "glibc's own allocator only"))
    func theCapReachesTheCLibrary() {
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
