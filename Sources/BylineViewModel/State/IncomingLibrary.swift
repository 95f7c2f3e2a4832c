import BylineCore

/// Runs the background work of a library arriving: takes what the load and extraction
/// tasks have finished, hands it to the update as arrivals, and starts the work the update
/// asks for. It never changes the state itself.
///
/// The reader and the load benchmark both go through here, so the figures measure what a
/// person waits for.
public final class IncomingLibrary {
    private let loading: BackgroundLoad
    private var extraction: BackgroundExtraction?
    /// The whole library is in (extraction may still be running).
    public private(set) var isLoaded = false

    public init(_ loading: BackgroundLoad) { self.loading = loading }

    /// Nothing more will arrive.
    public var isDone: Bool { isLoaded && (extraction?.isDone ?? true) }

    /// Takes what has arrived since the last call; the whole library when it is the one that
    /// arrived (its warnings are the caller's to report), and whether the state changed.
    public func advance(_ state: inout AppState) -> (changed: Bool, loaded: Library?) {
        var changed = false
        var loaded: Library?
        switch isLoaded ? nil : loading.take() {
        case .preview(let library):
            run(Update.receive(.preview(library), &state), state)
            changed = true
        case .complete(let library):
            isLoaded = true
            // The preview's finished analyses go in first, so the whole keeps them.
            extraction?.cancel()
            if let results = extraction?.drain(), !results.isEmpty { Update.receive(.analyses(results), &state) }
            run(Update.receive(.complete(library), &state), state)
            loaded = library
            changed = true
        case nil:
            break
        }
        if let results = extraction?.drain(), !results.isEmpty {
            run(Update.receive(.analyses(results), &state), state)
            changed = true
        }
        return (changed, loaded)
    }

    /// Starts the background work the update asked for (extraction; other effects are
    /// the loop's).
    public func run(_ effects: [Effect], _ state: AppState) {
        for case .startExtraction(let firstStory) in effects where state.model.articleCount > 0 {
            extraction?.cancel()
            extraction = BackgroundExtraction(library: state.model.library, firstStory: firstStory)
        }
    }
}
