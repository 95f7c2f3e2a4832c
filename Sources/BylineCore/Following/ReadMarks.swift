import Foundation

/// The articles of a fetched library a person has opened, kept in the library
/// (`.byline-read.json`, written atomically) so what was fetched since they last looked
/// is marked new, run after run.
public struct ReadMarks: Sendable, Equatable {
    /// Paths relative to the library.
    public private(set) var read: Set<String> = []

    public init(read: Set<String> = []) { self.read = read }

    public static func path(library: String) -> String { library + "/.byline-read.json" }

    public static func load(library: String) -> ReadMarks {
        guard let data = FileManager.default.contents(atPath: path(library: library)),
            let paths = try? JSONDecoder().decode([String].self, from: data)
        else { return ReadMarks() }
        return ReadMarks(read: Set(paths))
    }

    public func save(library: String) throws {
        try AtomicFile.write(try JSONEncoder().encode(read.sorted()), to: Self.path(library: library))
    }

    public func isRead(_ relativePath: String) -> Bool { read.contains(relativePath) }

    @discardableResult
    public mutating func mark(_ relativePath: String) -> Bool { read.insert(relativePath).inserted }
}
