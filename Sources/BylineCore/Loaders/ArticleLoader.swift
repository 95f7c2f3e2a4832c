/// What a loader made of one file.
public struct LoadedFile: Sendable {
    public var articles: [Article] = []
    public var warnings: [LoadWarning] = []
    /// A title for the story the file forms on its own (a feed's title).
    public var storyTitle: String?
    /// Whether the file's articles form one story (a feed) rather than one story each.
    public var isOneStory = false

    public init() {}
}

/// Turns one kind of file into articles. Each format is one small type behind this protocol.
public protocol ArticleLoader: Sendable {
    /// Extensions this loader owns, lower-case, without the dot.
    var extensions: Set<String> { get }
    /// Whether the content looks like this format (for files whose extension says nothing).
    func sniff(_ text: Substring) -> Bool
    func load(_ file: SourceFile) -> LoadedFile
}

/// Picks the loader for a file by extension, then by content.
public struct LoaderRegistry: Sendable {
    public var loaders: [any ArticleLoader]

    public static let standard = LoaderRegistry(loaders: [
        HTMLPageLoader(), FeedLoader(), JSONArticleLoader(), MarkdownLoader(), PlainTextLoader(),
    ])

    public func loader(for file: SourceFile) -> any ArticleLoader {
        let ext = file.fileExtension
        if let byExtension = loaders.first(where: { $0.extensions.contains(ext) }) { return byExtension }
        let head = file.text.prefix(512).drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        return loaders.first { $0.sniff(head) } ?? PlainTextLoader()
    }
}
