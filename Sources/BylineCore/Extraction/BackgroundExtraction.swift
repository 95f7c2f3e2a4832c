import Foundation

/// Extracts a whole library on background threads while the reader is already on
/// screen; the reader takes finished analyses with `drain()` between frames.
public final class BackgroundExtraction: @unchecked Sendable {
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

    private let lock = NSLock()
    private var finished: [Result] = []
    private var done = false
    private var cancelled = false

    /// Starts at once; articles of `firstStory` come first so the opening screen fills quickly.
    public init(library: Library, firstStory: Int = 0) {
        var order: [Job] = []
        for (s, story) in library.stories.enumerated() {
            for a in story.articles.indices where story.articles[a].analysis == nil {
                order.append(Job(story: s, article: a))
            }
        }
        let jobs = order.filter { $0.story == firstStory } + order.filter { $0.story != firstStory }
        let stories = library.stories
        Thread.detachNewThread { [self] in
            // Batches keep results flowing to the screen while all cores work.
            let batch = 256
            var start = 0
            while start < jobs.count, !lock.withLock({ cancelled }) {
                let slice = Array(jobs[start..<min(start + batch, jobs.count)])
                let results = slice.parallelMap { job in
                    let article = stories[job.story].articles[job.article]
                    return Result(articleID: article.id, analysis: ArticleAnalyzer.analyze(article))
                }
                lock.withLock { finished += results }
                start += batch
            }
            lock.withLock { done = true }
        }
    }

    private struct Job: Sendable {
        var story: Int
        var article: Int
    }

    /// The analyses finished since the last call.
    public func drain() -> [Result] {
        lock.withLock {
            defer { finished.removeAll(keepingCapacity: true) }
            return finished
        }
    }

    /// Stops after the batch under way (a preview's extraction, once the whole library is in).
    public func cancel() { lock.withLock { cancelled = true } }

    public var isDone: Bool { lock.withLock { done && finished.isEmpty } }
}
