import Foundation

/// Loads files and folders into a `Library`: a subfolder is a story, a `story:` key names
/// one, a feed is one, and any other file is a story of its own.
public struct LibraryLoader: Sendable {
    public var registry: LoaderRegistry
    /// The `--date` option: overrides every article's date.
    public var dateOverride: CalendarDate?
    /// Whether articles keep the text of their source (`Article.original`). `extract` needs
    /// it for offsets into the file; the reader shows only the clean text, and for a large
    /// library the source is as big again as everything else it holds.
    public var keepsOriginals: Bool
    /// How much of a large JSON Lines file is read at once (`loadPieces`): large enough for
    /// the parallel parse of its lines, small beside the articles made from it.
    var pieceSize = 2 << 20

    public init(registry: LoaderRegistry = .standard, dateOverride: CalendarDate? = nil, keepsOriginals: Bool = true) {
        self.registry = registry
        self.dateOverride = dateOverride
        self.keepsOriginals = keepsOriginals
    }

    /// A file to load and the story folder it sits in, if any.
    struct Entry {
        var path: String
        var folderStory: String?
    }

    public func load(paths: [String]) -> Library {
        var warnings: [LoadWarning] = []
        var entries: [Entry] = []
        for path in paths {
            collect(path, folderStory: nil, depth: 0, visited: [], into: &entries, warnings: &warnings)
        }
        let loaded = entries.map(\.path).parallelMap { loadFile($0) }
        return group(entries, loaded, warnings: warnings)
    }

    public func loadFile(_ path: String) -> LoadedFile {
        if let pieces = loadPieces(path) { return pieces }
        let file: SourceFile
        do { file = try FileDecoder.read(path: path) } catch {
            var failed = LoadedFile()
            failed.warnings.append(LoadWarning(path: path, error.description))
            return failed
        }
        return articles(of: file)
    }

    /// The articles of a decoded file, dated by the `--date` option or the file name when
    /// their metadata gives no date.
    func articles(of file: SourceFile) -> LoadedFile {
        let path = file.path
        var file = file
        file.keepsOriginals = keepsOriginals
        var result = registry.loader(for: file).load(file)
        if let warning = file.decodingWarning { result.warnings.insert(LoadWarning(path: path, warning), at: 0) }
        let nameDate = MetadataDate.inFileName(file.fileName)
        for i in result.articles.indices {
            if let dateOverride {
                result.articles[i].date = dateOverride
                result.articles[i].dateOrigin = .option
            } else if result.articles[i].date == nil, let nameDate {
                result.articles[i].date = nameDate
                result.articles[i].dateOrigin = .fileName
            }
        }
        return result
    }

    func collect(
        _ path: String, folderStory: String?, depth: Int, visited: Set<String>,
        into entries: inout [Entry], warnings: inout [LoadWarning]
    ) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            let dangling = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
            warnings.append(LoadWarning(path: path, dangling ? "broken symbolic link" : "no such file or folder"))
            return
        }
        guard isDirectory.boolValue else {
            entries.append(Entry(path: path, folderStory: folderStory))
            return
        }
        let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard !visited.contains(real) else {
            warnings.append(LoadWarning(path: path, "symbolic link loop; not followed"))
            return
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            warnings.append(LoadWarning(path: path, "cannot read folder: permission denied"))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let child = path.hasSuffix("/") ? path + name : path + "/" + name
            // A folder directly inside a library folder is a story; deeper folders stay in it.
            let story = folderStory ?? (depth >= 1 ? URL(fileURLWithPath: path).lastPathComponent : nil)
            collect(
                child, folderStory: story, depth: depth + 1, visited: visited.union([real]),
                into: &entries, warnings: &warnings)
        }
    }

    /// Numbers the loaded articles, names each one's source, and groups them into stories.
    /// Articles are moved out of the loaded files, not copied: with a feed of 100,000 items
    /// a copy of its article list would double the peak memory of loading.
    func group(_ entries: [Entry], _ loaded: consuming [LoadedFile], warnings: [LoadWarning]) -> Library {
        var warnings = warnings
        var articles: [Article] = []
        let total = loaded.reduce(0) { $0 + $1.articles.count }
        for (index, entry) in entries.enumerated() {
            warnings += loaded[index].warnings
            let source = LibraryLoader.source(of: entry, loaded[index])
            let first = articles.count
            if articles.isEmpty {
                swap(&articles, &loaded[index].articles)
                articles.reserveCapacity(total)
            } else {
                articles += loaded[index].articles
                loaded[index].articles = []
            }
            for i in first..<articles.count {
                articles[i].id = i
                articles[i].source = source
            }
        }
        var library = Library.grouping(articles, by: .events)
        library.warnings = warnings
        return library
    }

    /// The name of the folder, feed or file an article came from.
    static func source(of entry: Entry, _ file: LoadedFile) -> String {
        if let folder = entry.folderStory { return humanise(folder) }
        let url = URL(fileURLWithPath: entry.path)
        if file.isOneStory { return file.storyTitle ?? url.lastPathComponent }
        if file.articles.count > 1 { return humanise(url.deletingPathExtension().lastPathComponent) }
        return humanise(url.deletingLastPathComponent().lastPathComponent)
    }

    static func humanise(_ folder: String) -> String {
        let words = folder.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}

extension CalendarDate {
    public static let distantPast = CalendarDate(year: 1, month: 1, day: 1)!
}
