#if canImport(Glibc)
    import Glibc
#endif

/// The C heap's arenas, capped before any thread starts, and trimmed as work ends.
///
/// glibc gives threads that allocate at the same time heaps of their own, up to eight per
/// core, and memory freed in one is not handed to another: loading a library, extraction's
/// workers left about 14 MB freed but resident in theirs (Reuters: 129 MB peak with the
/// default, 115 MB with two arenas, at the same speed; one arena is slower).
public enum MemoryArenas {
    /// Caps the arenas at two; whether the C library took the setting (nothing to cap
    /// elsewhere than glibc).
    @discardableResult
    public static func limit() -> Bool {
        #if canImport(Glibc)
            // `mallopt` is declared in <malloc.h>, which the Glibc module does not import.
            typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return false }
            let arenaMax: Int32 = -8  // M_ARENA_MAX
            return unsafeBitCast(symbol, to: Mallopt.self)(arenaMax, 2) == 1
        #else
            return false
        #endif
    }

    /// Hands the C heap's free pages back to the system (glibc's `malloc_trim`).
    public static func trim() {
        #if canImport(Glibc)
            typealias MallocTrim = @convention(c) (Int) -> Int32
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
            _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
        #endif
    }
}
