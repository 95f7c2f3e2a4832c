import BylineCore

/// A library arriving in the background, folded into the reader's state between frames:
/// a large library's preview first (extraction starts on it at once), then the whole, whose
/// articles keep the preview's analyses and the reader its place, then every analysis as it is finished.
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
            state.model = ReaderModel(library: library)
            state.message = "loading… \(library.articleCount) articles so far"
            extraction = BackgroundExtraction(library: library, firstStory: state.story)
            changed = true
        case .complete(let library):
            isLoaded = true
            if let preview = extraction {
                preview.cancel()
                Update.apply(preview.drain(), &state)
            }
            // The whole is grouped anew, so the preview's stories may have grown, merged or
            // moved: the reader stays on the article it was reading.
            let reading = state.model.article(state.story, state.article)?.id
            state.model = ReaderModel(library: library, carryingOver: state.model)
            Update.keepPlace(articleID: reading, &state)
            extraction = BackgroundExtraction(library: state.model.library, firstStory: state.story)
            loaded = library
            changed = true
        case nil:
            break
        }
        if let results = extraction?.drain(), !results.isEmpty {
            Update.apply(results, &state)
            changed = true
        }
        return (changed, loaded)
    }
}
