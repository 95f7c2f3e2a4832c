import Synchronization

/// Extracts a whole library in a background task (each batch on all cores) while the
/// reader is already on screen; the reader takes finished analyses with `drain()` between
/// frames, and cancels the task when the library it works on is replaced.
public final class BackgroundExtraction: Sendable {
    /// An article's analysis, addressed by the article's `id`: its place in the stories
    /// may change while extraction runs (the reader switches to sources, the whole library
    /// arrives and is grouped again).
    public struct Result: Sendable {
        public var articleID: Int
        public var analysis: Analysis

        public init(articleID: Int, analysis: Analysis) {
            self.articleID = articleID
            self.analysis = analysis
        }
    }

    /// What the task and the reader share: analyses finished and not yet taken, and
    /// whether the work is over.
    private struct Progress {
        var finished: [Result] = []
        var done = false
    }

    /// Shared by reference with the task (a mutex cannot be copied into it).
    private final class Shared: Sendable {
        let progress = Mutex(Progress())
    }

    private let shared = Shared()
    private let task: Task<Void, Never>

    /// Starts at once; articles of `firstStory` come first so the opening screen fills quickly.
    public init(library: Library, firstStory: Int = 0) {
        var order: [Job] = []
        for (s, story) in library.stories.enumerated() {
            for article in story.articles where article.analysis == nil {
                order.append(Job(story: s, article: article))
            }
        }
        let jobs = order.filter { $0.story == firstStory } + order.filter { $0.story != firstStory }
        let shared = self.shared
        task = Task.detached(priority: .userInitiated) {
            // Batches keep results flowing to the screen while all cores work; a cancelled
            // task stops after the batch under way.
            let batch = 256
            var start = 0
            while start < jobs.count, !Task.isCancelled {
                let slice = Array(jobs[start..<min(start + batch, jobs.count)])
                let results = slice.parallelMap { job in
                    Result(
                        articleID: job.articleID,
                        analysis: ArticleAnalyzer.analyze(
                            job.body, date: job.date, headlineInBody: job.headlineInBody, keepsSentences: false))
                }
                shared.progress.withLock { $0.finished += results }
                // What a batch's analysis freed goes back to the system, or the reader's
                // resident memory keeps the high-water mark of every batch (5-8 MB on Reuters).
                MemoryArenas.trim()
                start += batch
            }
            shared.progress.withLock { $0.done = true }
        }
    }

    /// What extraction reads of one article. Not the article itself: a task holding the
    /// stories' article lists would make the reader copy every list as it stores the first
    /// analysis into it (19,000 articles of 248 bytes for Reuters).
    private struct Job: Sendable {
        var story: Int
        var articleID: Int
        var body: BodyText
        var date: CalendarDate?
        var headlineInBody: Bool

        init(story: Int, article: Article) {
            self.story = story
            articleID = article.id
            body = article.body
            date = article.date
            headlineInBody = article.headlineInBody
        }
    }

    /// The analyses finished since the last call.
    public func drain() -> [Result] {
        shared.progress.withLock { state in
            defer { state.finished.removeAll(keepingCapacity: true) }
            return state.finished
        }
    }

    /// Stops after the batch under way (a preview's extraction, once the whole library is in).
    public func cancel() { task.cancel() }

    public var isDone: Bool { shared.progress.withLock { $0.done && $0.finished.isEmpty } }
}
