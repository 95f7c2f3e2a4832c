import ArgumentParser
import BylineCore
import Foundation

@main
struct Byline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline",
        abstract: "A terminal reader for news stories that shows who said what, and when.",
        usage: """
            byline [--date YYYY-MM-DD] [--theme NAME|PATH] [PATH ...]
            byline extract [--text] [--date YYYY-MM-DD] PATH ...
            byline subscribe URL ... | --opml FILE
            byline subscriptions [--opml]
            """,
        discussion: """
            With no subcommand, byline opens the reader on the files and folders given (text, Markdown, \
            JSON Lines, RSS/Atom, web pages), or on the bundled samples. Options of the reader:
              --date YYYY-MM-DD   the date of every article (overrides metadata)
              --theme NAME|PATH   default, light, high-contrast, mono, or a .toml theme
            `byline read --help` and `byline extract --help` say more.
            """,
        version: BylineVersion.current,
        subcommands: [Read.self, Extract.self, Subscribe.self, Subscriptions.self, Fetch.self],
        defaultSubcommand: Read.self)

    /// Like ArgumentParser's main, but bad usage exits with 2 (scripts rely on 0/1/2).
    static func main() {
        MemoryArenas.limit()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
