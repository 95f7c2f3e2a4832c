import ArgumentParser
import Foundation

@main
struct Byline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline",
        abstract: "A terminal reader for news stories that shows who said what, and when.",
        subcommands: [Read.self, Extract.self],
        defaultSubcommand: Read.self)

    /// Like ArgumentParser's main, but bad usage exits with 2 (scripts rely on 0/1/2).
    static func main() {
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
