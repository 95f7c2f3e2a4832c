import ArgumentParser
import BylineCore

/// `byline [PATH...]`: the interactive reader.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the reader (the default).")

    @OptionGroup var dateOption: DateOption

    @Argument(help: "Files or folders to read (default: the bundled samples).")
    var paths: [String] = []

    func run() throws {
        throw CleanExit.message("the reader is not built yet")
    }
}
