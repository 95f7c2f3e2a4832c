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
        // In the order the articles were read, each with the story it was grouped into;
        // positions, not copies: a feed of 100,000 items would hold every article twice.
        let jobs = library.stories.indices.flatMap { story in
            library.stories[story].articles.indices.map { ArticlePosition(story: story, article: $0) }
        }
        .sorted { library[$0].id < library[$1].id }
        // Extract in parallel, print in order, a batch at a time to bound memory.
        let batch = 512
        var start = 0
        while start < jobs.count {
            let text = self.text
            let slice = jobs[start..<min(start + batch, jobs.count)].map {
                ArticleJob(story: library.stories[$0.story], article: library[$0])
            }
            let lines = slice.parallelMap { job in
                ExtractionRecord.jsonLine(
                    job.article, story: job.story, analysis: ArticleAnalyzer.analyze(job.article), includeText: text)
            }
            for line in lines { writeLine(line) }
            start += batch
        }
        if !library.warnings.isEmpty { throw ExitCode(1) }
    }
}

/// Writes a line to standard output from the string's own bytes: a huge article's record
/// is not copied twice more on its way out.
private func writeLine(_ line: String) {
    var line = line
    line.append("\n")
    line.withUTF8 { bytes in
        var done = 0
        while done < bytes.count {
            let written = write(STDOUT_FILENO, bytes.baseAddress! + done, bytes.count - done)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            done += written
        }
    }
}

private struct ArticlePosition {
    var story: Int
    var article: Int
}

extension Library {
    fileprivate subscript(position: ArticlePosition) -> Article { stories[position.story].articles[position.article] }
}

private struct ArticleJob: Sendable {
    var story: Story
    var article: Article
}
