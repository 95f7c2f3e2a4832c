import Foundation

/// The feeds a person follows: a plain text file they can edit themselves, one address a
/// line, `#` starting a comment (`$XDG_CONFIG_HOME/byline/feeds`). Comments and blank
/// lines are kept as written when Byline adds to it.
public struct SubscriptionList: Sendable, Equatable {
    /// The file's lines, as written.
    public private(set) var lines: [String]

    public init(text: String = "") {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
    }

    /// The addresses, in order, without comments.
    public var feeds: [String] {
        lines.compactMap { line in
            let address =
                line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first
                .map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            return address.isEmpty ? nil : address
        }
    }

    public var text: String { lines.map { $0 + "\n" }.joined() }

    /// Why an address cannot be followed, or nil when it can.
    public static func problem(with address: String) -> String? {
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(),
            scheme == "http" || scheme == "https", url.host?.isEmpty == false
        else { return "not an http or https address" }
        return nil
    }

    /// Adds the addresses not already followed; returns those added.
    @discardableResult
    public mutating func add(_ addresses: [String]) -> [String] {
        var known = Set(feeds)
        var added: [String] = []
        for address in addresses where known.insert(address).inserted {
            lines.append(address)
            added.append(address)
        }
        return added
    }

    /// Puts `new` where `address` is followed, keeping the line's comment; false when
    /// `address` is not in the list.
    @discardableResult
    public mutating func replace(_ address: String, with new: String) -> Bool {
        var replaced = false
        for (index, line) in lines.enumerated() {
            let parts = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.first?.trimmingCharacters(in: .whitespaces) == address else { continue }
            lines[index] = new + (parts.count > 1 ? " #" + parts[1] : "")
            replaced = true
        }
        if replaced, feeds.filter({ $0 == new }).count > 1 {
            // Followed twice now (the old address led to one already followed): once is enough.
            var kept = false
            lines.removeAll { line in
                let address = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first?
                    .trimmingCharacters(in: .whitespaces)
                guard address == new else { return false }
                defer { kept = true }
                return kept
            }
        }
        return replaced
    }

    /// Follows the feeds that moved for good (a permanent redirect) in the list at `path`;
    /// returns a line for each move made.
    public static func follow(moves reports: [FeedFetcher.FeedReport], path: String) throws -> [String] {
        let moves = reports.compactMap { report in report.movedTo.map { (from: report.feed, to: $0) } }
        guard !moves.isEmpty else { return [] }
        var list = try read(path: path)
        let made = moves.filter { list.replace($0.from, with: $0.to) }
        if !made.isEmpty { try list.write(path: path) }
        return made.map { "\($0.from) moved to \($0.to); the subscription follows it" }
    }

    /// The default file: `$XDG_CONFIG_HOME/byline/feeds`, else `~/.config/byline/feeds`.
    public static func defaultPath(environment: [String: String]) -> String {
        let config =
            environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        return config + "/byline/feeds"
    }

    /// Reads the list at a path (a missing file is an empty list).
    public static func read(path: String) throws -> SubscriptionList {
        guard FileManager.default.fileExists(atPath: path) else { return SubscriptionList() }
        return SubscriptionList(text: try String(contentsOfFile: path, encoding: .utf8))
    }

    /// Writes the list atomically: a temporary file beside it, then a rename, so a crash
    /// never leaves half a list.
    public func write(path: String) throws {
        try AtomicFile.write(Data(text.utf8), to: path)
    }
}
