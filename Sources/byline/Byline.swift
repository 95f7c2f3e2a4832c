import ArgumentParser

@main
struct Byline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline",
        abstract: "A terminal reader for news stories that shows who said what, and when.",
        subcommands: [Read.self, Extract.self],
        defaultSubcommand: Read.self)
}
