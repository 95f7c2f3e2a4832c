import Foundation

/// One fetch at a time per library: an advisory lock on `.byline-fetch.lock`, which the
/// system releases when the process ends, however it ends.
public final class FetchLock {
    private let descriptor: Int32

    /// Takes the lock, or nil when another fetch holds it.
    public init?(library: String) {
        try? FileManager.default.createDirectory(atPath: library, withIntermediateDirectories: true)
        let fd = open(library + "/.byline-fetch.lock", O_CREAT | O_RDWR, 0o644)
        guard fd >= 0 else { return nil }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            return nil
        }
        descriptor = fd
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
