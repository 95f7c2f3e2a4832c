import Synchronization

/// Loads a library in a background task so the reader can draw its first frame at once:
/// first a preview of a large library, then the whole.
public final class BackgroundLoad: Sendable {
    /// What the loader has to hand over.
    public enum Stage: Sendable {
        /// The first part of a large library; the rest is still loading.
        case preview(Library)
        case complete(Library)
    }

    /// The newest stage not yet taken: the one thing the task and the reader share, by
    /// reference (a mutex cannot be copied into the task).
    private final class Shared: Sendable {
        let stage = Mutex<Stage?>(nil)
    }

    private let shared = Shared()

    public init(loader: LibraryLoader, paths: [String]) {
        let shared = self.shared
        Task.detached(priority: .userInitiated) {
            if let preview = loader.preview(paths: paths) { shared.stage.withLock { $0 = .preview(preview) } }
            let loaded = loader.load(paths: paths)
            shared.stage.withLock { $0 = .complete(loaded) }
        }
    }

    /// The newest stage not yet handed out (a preview the reader was too slow to take
    /// is skipped for the complete library).
    public func take() -> Stage? {
        shared.stage.withLock { current in
            defer { current = nil }
            return current
        }
    }
}
