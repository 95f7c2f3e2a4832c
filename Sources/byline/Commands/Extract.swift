import ArgumentParser
import BylineCore
import Foundation

/// `byline extract`: what was found, as JSON Lines for scripts and the scorers.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print each article's sentences, quotes and time expressions as JSON Lines.",
        discussion:
            "Exit status: 0 when every file loaded, 1 when some were skipped (warnings on stderr), 2 on bad usage.")

    @OptionGroup var dateOption: DateOption

    @Flag(help: "Also print each article's body text (offsets point into it for feeds, JSON and web pages).")
    var text = false

    @Argument(help: "Files or folders to read.")
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder") }
    }

    func run() throws {
        let library = LibraryLoader(dateOverride: dateOption.date).load(paths: paths)
        for warning in library.warnings { FileHandle.standardError.write(Data("byline: \(warning)\n".utf8)) }
        // In the order the articles were read, each with the story it was grouped into.
        let jobs = library.stories.flatMap { story in story.articles.map { (story, $0) } }.sorted { $0.1.id < $1.1.id }
        // Extract in parallel, print in order, a batch at a time to bound memory.
        let batch = 512
        var start = 0
        while start < jobs.count {
            let slice = Array(jobs[start..<min(start + batch, jobs.count)])
            let text = self.text
            let lines = slice.map { ArticleJob(story: $0.0, article: $0.1) }.parallelMap { job in
                ExtractionRecord.jsonLine(
                    job.article, story: job.story, analysis: ArticleAnalyzer.analyze(job.article), includeText: text)
            }
            FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
            start += batch
        }
        if !library.warnings.isEmpty { throw ExitCode(1) }
    }
}

private struct ArticleJob: Sendable {
    var story: Story
    var article: Article
}
