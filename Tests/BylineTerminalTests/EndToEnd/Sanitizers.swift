import Foundation

/// Whether these tests (and so the binary they run) were built with a sanitizer: the
/// binary is then several times slower and its memory is the sanitizer's, so waits are
/// longer and memory bounds are not checked.
enum Sanitizers {
    static let active: Bool = {
        let runtimes: [String] = ["__asan_init", "__tsan_init"]
        return runtimes.contains { name in dlsym(nil, name) != nil }
    }()

    /// How much longer to wait for the screen.
    static var patience: Double { active ? 4 : 1 }
}
