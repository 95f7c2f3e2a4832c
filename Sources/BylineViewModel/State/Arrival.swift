import BylineCore

/// What background work brings in: like a key, it changes the state only through the
/// update (`Update.receive`), which says what work to start next.
public enum Arrival: Sendable {
    /// Loading has begun; nothing is on screen yet.
    case loadingStarted
    /// The first part of a large library; the rest is still loading.
    case preview(Library)
    /// The whole library.
    case complete(Library)
    /// Analyses extraction has finished since the last arrival.
    case analyses([BackgroundExtraction.Result])
    /// The problems met while loading, for the warnings view.
    case warnings([String])
    /// A fetch has come further.
    case fetchProgress(FetchProgress)
    /// A fetch has finished: how many new articles it stored, and what failed.
    case fetched(newArticles: Int, problems: [String])
}

extension Update {
    /// Folds an arrival into the state; the effects say what background work to start.
    @discardableResult
    public static func receive(_ arrival: Arrival, _ state: inout AppState) -> [Effect] {
        switch arrival {
        case .loadingStarted:
            state.message = "loading…"
            return []
        case .preview(let library):
            state.model = ReaderModel(library: library)
            state.message = "loading… \(library.articleCount) articles so far"
            return [.startExtraction(firstStory: state.story)]
        case .complete(let library):
            // The whole is grouped anew, so the preview's stories may have grown, merged or
            // moved: the reader stays on the article it was reading.
            let reading = state.model.article(state.story, state.article)?.location
            state.model = ReaderModel(library: library, carryingOver: state.model)
            keepPlace(reading.flatMap(state.model.position(of:)), &state)
            if state.message?.hasPrefix("loading") == true { state.message = nil }
            return [.startExtraction(firstStory: state.story)]
        case .analyses(let results):
            apply(results, &state)
            return []
        case .warnings(let warnings):
            takeWarnings(warnings, &state)
            return []
        case .fetchProgress(let progress):
            if state.fetching { state.message = "fetching: " + progress.summary }
            return []
        case .fetched(let count, let problems):
            state.fetching = false
            if !problems.isEmpty { takeWarnings(problems, &state) }
            let fetched = count == 0 ? "fetched: nothing new" : "fetched: \(count) new article\(count == 1 ? "" : "s")"
            state.message = fetched + (problems.isEmpty ? "" : "; \(problems.count) problems (w)")
            return count > 0 ? [.reloadLibrary] : []
        }
    }
}
