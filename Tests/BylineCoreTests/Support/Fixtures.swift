import Foundation
import Testing

@testable import BylineCore

/// A temporary folder that tests write input files into.
final class TemporaryFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "byline-tests-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        write(name, Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) -> String {
        let file = path + "/" + name
        try! FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: file, contents: data)
        return file
    }
}

/// The shared corpora, or nil (and a note) when this checkout has none beside it.
enum SharedData {
    static let root: String? = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        let shared = url.deletingLastPathComponent().appendingPathComponent("shared").path
        return FileManager.default.fileExists(atPath: shared) ? shared : nil
    }()

    static var seed: String? { root.map { $0 + "/seed/000_d7c1afa370157c1f.txt" } }
}

/// Loads one file as an article.
func loadArticle(_ path: String, date: CalendarDate? = nil) -> Article? {
    LibraryLoader(dateOverride: date).load(paths: [path]).stories.first?.articles.first
}

extension Article {
    func slice(_ span: TextSpan) -> String { body.text.scalarSlice(span) }
}
