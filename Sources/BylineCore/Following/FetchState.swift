import Foundation

/// What Byline remembers about each feed between fetches, kept in the library
/// (`.byline-fetch.json`, written atomically): the validators for conditional requests,
/// the items already stored, and how the last fetch went.
///
/// A JSON file rather than SQLite for now: one small document written whole, atomically,
/// by one fetch at a time.
public struct FetchState: Codable, Sendable, Equatable {
    public struct Feed: Codable, Sendable, Equatable {
        public var etag: String?
        public var lastModified: String?
        /// Items already stored, by their link (or title when they have none).
        public var seen: [String] = []
        public var lastFetch: Date?
        public var lastNew = 0
        public var lastError: String?
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
}
