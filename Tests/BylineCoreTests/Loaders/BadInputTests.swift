import Foundation
import Testing

@testable import BylineCore

/// Every kind of bad input gives one clear warning naming the file, and the rest loads.
@Suite struct BadInputTests {
    func load(_ folder: TemporaryFolder) -> Library {
        folder.write("good.txt", "Good headline\n\nA good article.")
        return LibraryLoader().load(paths: [folder.path])
    }

    func expectOneWarning(_ library: Library, file: String, containing text: String) {
        let matching = library.warnings.filter { $0.location.path.hasSuffix(file) }
        #expect(matching.count >= 1, "no warning for \(file): \(library.warnings)")
        #expect(matching.contains { $0.message.contains(text) }, "\(matching)")
        #expect(library.stories.flatMap(\.articles).contains { $0.title == "Good headline" })
    }

    @Test func binaryFile() {
        let folder = TemporaryFolder()
        folder.write("image.txt", Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1, 2, 3]))
        expectOneWarning(load(folder), file: "image.txt", containing: "binary")
    }

    @Test func invalidUTF8IsDecodedWithAWarning() {
        let folder = TemporaryFolder()
        folder.write("latin.txt", Data("Caf".utf8) + Data([0xE9]) + Data(" au lait\n\nBody text.".utf8))
        let library = load(folder)
        expectOneWarning(library, file: "latin.txt", containing: "invalid UTF-8")
        #expect(library.stories.flatMap(\.articles).contains { $0.title == "Caf\u{FFFD} au lait" })
    }

    @Test func byteOrderMarkAndCRLF() throws {
        let folder = TemporaryFolder()
        let path = folder.write(
            "bom.txt", Data([0xEF, 0xBB, 0xBF]) + Data("Title here\r\n\r\nFirst line.\r\nSecond para.\r\n".utf8))
        let article = try #require(loadArticle(path))
        #expect(article.title == "Title here")
        #expect(!article.body.text.contains("\r"))
        #expect(!article.body.text.contains("\u{FEFF}"))
    }

    @Test func emptyFile() {
        let folder = TemporaryFolder()
        folder.write("empty.txt", "")
        expectOneWarning(load(folder), file: "empty.txt", containing: "empty")
    }

    @Test func fileOver64MiB() throws {
        let folder = TemporaryFolder()
        let path = folder.write("huge.txt", "")
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(FileDecoder.maximumSize + 1))
        try handle.close()
        expectOneWarning(load(folder), file: "huge.txt", containing: "too large")
    }

    @Test func malformedXML() {
        let folder = TemporaryFolder()
        folder.write(
            "broken.xml", "<rss><channel><item><title>Kept</title><description>Text</description></item><item><title>")
        let library = load(folder)
        expectOneWarning(library, file: "broken.xml", containing: "ill-formed XML")
        #expect(library.stories.flatMap(\.articles).contains { $0.title == "Kept" })
    }

    @Test func symlinkLoop() throws {
        let folder = TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/sub", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/sub/loop", withDestinationPath: folder.path)
        expectOneWarning(load(folder), file: "loop", containing: "loop")
    }

    @Test func missingPath() {
        let library = LibraryLoader().load(paths: ["/nonexistent/byline"])
        #expect(library.warnings.map(\.description) == ["/nonexistent/byline: no such file or folder"])
    }

    @Test(.enabled(if: getuid() != 0, "root reads every file"))
    func unreadableFile() throws {
        let folder = TemporaryFolder()
        let path = folder.write("secret.txt", "Secret\n\nText.")
        chmod(path, 0)
        expectOneWarning(load(folder), file: "secret.txt", containing: "cannot read")
    }

    @Test(.enabled(if: SharedData.root != nil, "needs ../shared/corpora/feeds"))
    func illFormedFeedCorpusNeverCrashes() throws {
        let root = try #require(SharedData.root)
        let library = LibraryLoader().load(paths: [root + "/corpora/feeds/feedparser"])
        #expect(!library.warnings.isEmpty)
    }
}

@Suite struct SourceTests {
    @Test func foldersKeysAndLoneFiles() {
        let folder = TemporaryFolder()
        folder.write("bridge/one.txt", "One\n\nText.")
        folder.write("bridge/two.txt", "Two\n\nText.")
        folder.write("a.md", "---\nstory: budget\ntitle: A\n---\nText.")
        folder.write("b.md", "---\nstory: budget\ntitle: B\n---\nText.")
        folder.write("lone.txt", "Lone\n\nText.")
        let library = LibraryLoader().load(paths: [folder.path])
        let stories = Dictionary(
            uniqueKeysWithValues: library.stories.map { ($0.title, $0.articles.map(\.title).sorted()) })
        // A story: key pins articles to a story of that name.
        #expect(stories["budget"] == ["A", "B"])
        // By source: a folder holds its files, loose files are their folder's.
        let sources = Dictionary(
            uniqueKeysWithValues: library.regrouped(by: .sources).stories.map {
                ($0.title, $0.articles.map(\.title).sorted())
            })
        #expect(sources["Bridge"] == ["One", "Two"])
        let top = URL(fileURLWithPath: folder.path).lastPathComponent
        #expect(sources[LibraryLoader.humanise(top)] == ["A", "B", "Lone"])
    }
}
