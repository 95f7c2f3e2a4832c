import Foundation

/// Loads a library on a background thread so the reader can draw its first frame at once.
public final class BackgroundLoad: @unchecked Sendable {
    private let lock = NSLock()
    private var library: Library?

    public init(loader: LibraryLoader, paths: [String]) {
        Thread.detachNewThread { [self] in
            let loaded = loader.load(paths: paths)
            lock.withLock { library = loaded }
        }
    }

    /// The library once it is loaded (handed out once).
    public func take() -> Library? {
        lock.withLock {
            defer { library = nil }
            return library
        }
    }
}
