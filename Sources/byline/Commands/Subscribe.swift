import ArgumentParser
import BylineCore
import Foundation

/// Where the subscription list is: `--feeds`, else the default in the config folder.
struct SubscriptionListOption: ParsableArguments {
    @Option(
        name: .customLong("feeds"),
        help: "The subscription list (default: $XDG_CONFIG_HOME/byline/feeds, else ~/.config/byline/feeds).")
    var path: String?

    var resolved: String { path ?? SubscriptionList.defaultPath(environment: ProcessInfo.processInfo.environment) }
}

/// `byline subscribe URL…` / `--opml FILE`: follow feeds.
struct Subscribe: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Follow feeds: add their addresses to the subscription list.",
        discussion:
            "The list is a plain text file, one address a line, # for comments. Exit status: 0, or 1 when some addresses were refused."
    )

    @OptionGroup var list: SubscriptionListOption

    @Option(help: "Import every feed of an OPML file (what other feed readers export).")
    var opml: String?

    @Argument(help: "Feed addresses (http or https).")
    var urls: [String] = []

    func validate() throws {
        if urls.isEmpty && opml == nil { throw ValidationError("give feed addresses, or --opml FILE") }
    }

    func run() throws {
        var addresses = urls
        var problems: [String] = []
        if let opml {
            let text: String
            do { text = try String(contentsOfFile: opml, encoding: .utf8) } catch {
                throw ValidationError("cannot read \(opml): \(error.localizedDescription)")
            }
            let found = OPML.feeds(in: text)
            if let problem = found.problem { problems.append("\(opml): \(problem)") }
            addresses += found.feeds
        }
        let acceptable = addresses.filter { address in
            guard let problem = SubscriptionList.problem(with: address) else { return true }
            problems.append("\(address): \(problem); not added")
            return false
        }
        var subscriptions = try SubscriptionList.read(path: list.resolved)
        let added = subscriptions.add(acceptable)
        if !added.isEmpty { try subscriptions.write(path: list.resolved) }
        for problem in problems { FileHandle.standardError.write(Data("byline: \(problem)\n".utf8)) }
        let already = acceptable.count - added.count
        print(
            "subscribed to \(added.count) new feed\(added.count == 1 ? "" : "s")"
                + (already > 0 ? " (\(already) already followed)" : "") + " in \(list.resolved)")
        if !problems.isEmpty { throw ExitCode(1) }
    }
}

/// `byline subscriptions [--opml]`: the feeds followed.
struct Subscriptions: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the feeds followed, or export them as OPML.")

    @OptionGroup var list: SubscriptionListOption

    @Flag(help: "Print the list as an OPML document (for other feed readers).")
    var opml = false

    func run() throws {
        let feeds = try SubscriptionList.read(path: list.resolved).feeds
        if opml {
            print(OPML.document(feeds: feeds), terminator: "")
            return
        }
        guard !feeds.isEmpty else {
            print("no subscriptions yet: byline subscribe URL… adds feeds to \(list.resolved)")
            return
        }
        for feed in feeds { print(feed) }
    }
}
