import Foundation

/// What Byline remembers about each feed between fetches, kept in the library
/// (`.byline-fetch.json`, written atomically after each feed): the validators for
/// conditional requests, the items stored and where, and how the last fetch went.
///
/// A JSON file rather than SQLite (GRDB): the state is one small document that only
/// `byline fetch` writes, one at a time (`FetchLock`), and always whole (temporary file,
/// then rename), so a transaction would add nothing an atomic rename does not give —
/// while GRDB would add minutes to every clean build. A person can read it, too.
public struct FetchState: Codable, Sendable, Equatable {
    /// An item already in the library.
    public struct StoredItem: Codable, Sendable, Equatable {
        /// Its article file, relative to the library.
        public var file: String
        /// A digest of what the feed said of it (title, date, summary): when it changes,
        /// the item has been updated and its article is written again, in place.
        public var fingerprint: String
    }

    public struct Feed: Codable, Sendable, Equatable {
        public var etag: String?
        public var lastModified: String?
        /// Items already stored, by their identity (`guid`/`id`, else link, else title).
        public var items: [String: StoredItem] = [:]
        public var lastFetch: Date?
        public var lastNew = 0
        public var lastError: String?

        public init() {}
    }

    public var feeds: [String: Feed] = [:]

    public init() {}

    public static func path(library: String) -> String { library + "/.byline-fetch.json" }

    public static func read(library: String) throws -> FetchState {
        let path = path(library: library)
        guard FileManager.default.fileExists(atPath: path) else { return FetchState() }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(FetchState.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    public func write(library: String) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try AtomicFile.write(try encoder.encode(self), to: Self.path(library: library))
    }

    /// A feed's state moves with it when its address moves for good.
    mutating func move(_ feed: String, to address: String) {
        guard feed != address, let state = feeds.removeValue(forKey: feed) else { return }
        feeds[address] = state
    }
}
