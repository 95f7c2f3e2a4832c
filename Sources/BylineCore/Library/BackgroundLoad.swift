import Foundation

/// Loads a library on a background thread so the reader can draw its first frame at once:
/// first a preview of a large library, then the whole.
public final class BackgroundLoad: @unchecked Sendable {
    /// What the loader has to hand over.
    public enum Stage: Sendable {
        /// The first part of a large library; the rest is still loading.
        case preview(Library)
        case complete(Library)
    }

    private let lock = NSLock()
    private var stage: Stage?

    public init(loader: LibraryLoader, paths: [String]) {
        Thread.detachNewThread { [self] in
            if let preview = loader.preview(paths: paths) {
                lock.withLock { stage = .preview(preview) }
            }
            let loaded = loader.load(paths: paths)
            lock.withLock { stage = .complete(loaded) }
        }
    }

    /// The newest stage not yet handed out (a preview the reader was too slow to take
    /// is skipped for the complete library).
    public func take() -> Stage? {
        lock.withLock {
            defer { stage = nil }
            return stage
        }
    }
}
