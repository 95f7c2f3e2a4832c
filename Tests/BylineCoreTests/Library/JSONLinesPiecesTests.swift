import Foundation
import Testing

@testable import BylineCore

@Suite struct JSONLinesPiecesTests {
    /// JSON Lines of `count` records of different lengths, with a blank line and a bad one.
    func file(_ count: Int, in folder: TemporaryFolder, extra: String = "") -> String {
        var lines = (0..<count).map { i in
            #"{"title": "Story \#(i)", "date": "2020-01-02", "body": "Article \#(i) says \#(String(repeating: "more ", count: i % 7)) little."}"#
        }
        lines.insert("", at: 5)
        lines.insert("{not json", at: 9)
        return folder.write("wire.jsonl", lines.joined(separator: "\n") + "\n" + extra)
    }

    func loader(pieceSize: Int) -> LibraryLoader {
        var loader = LibraryLoader()
        loader.pieceSize = pieceSize
        return loader
    }

    func loaded(_ path: String, pieceSize: Int) -> LoadedFile { loader(pieceSize: pieceSize).loadFile(path) }

    /// Pieces smaller than a line and larger than several: the same articles, numbered by
    /// their lines in the whole file, and the same warnings as the file read whole.
    @Test func aFileReadInPiecesGivesWhatTheWholeGives() throws {
        let folder = TemporaryFolder()
        let path = file(60, in: folder)
        let whole = loaded(path, pieceSize: 1 << 30)
        #expect(whole.articles.count == 60)
        for pieceSize in [40, 300, 1000] {
            let pieces = try #require(loader(pieceSize: pieceSize).loadPieces(path))
            #expect(pieces.articles.map(\.title) == whole.articles.map(\.title))
            #expect(pieces.articles.map(\.body.text) == whole.articles.map(\.body.text))
            #expect(pieces.articles.map(\.location) == whole.articles.map(\.location))
            #expect(pieces.warnings.map(\.description) == whole.warnings.map(\.description))
        }
        #expect(whole.warnings.map(\.description) == ["\(path):10: malformed JSON; line skipped"])
    }

    /// A last line without a line break is read; bad bytes are reported at their line.
    @Test func theLastLineAndBadBytesAreReadAsInTheWholeFile() throws {
        let folder = TemporaryFolder()
        var bytes = [UInt8](try #require(FileManager.default.contents(atPath: file(30, in: folder))))
        bytes += Array(#"{"title": "Bad", "body": "A byte that is not UTF-8: "#.utf8) + [0xFF] + Array("\"}\n".utf8)
        bytes += Array(#"{"title": "Last", "body": "The last line has no break."}"#.utf8)
        let path = folder.write("bad.jsonl", Data(bytes))
        let whole = loaded(path, pieceSize: 1 << 30)
        let pieces = loaded(path, pieceSize: 200)
        #expect(pieces.articles.suffix(2).map(\.title) == ["Bad", "Last"])
        #expect(pieces.articles.map(\.body.text) == whole.articles.map(\.body.text))
        // In line order (the whole file reports its decoding first).
        #expect(
            pieces.warnings.map(\.description) == [
                "\(path):10: malformed JSON; line skipped",
                "\(path): invalid UTF-8 (first at line 33); bad bytes shown as �",
            ])
        #expect(Set(whole.warnings.map(\.description)) == Set(pieces.warnings.map(\.description)))
    }

    /// UTF-16 text cannot be cut at a byte 10: it is read whole.
    @Test func wideTextIsReadWhole() throws {
        let folder = TemporaryFolder()
        let text = #"{"title": "Wide", "body": "Sixteen bits a unit."}"# + "\n"
        let path = folder.write("wide.jsonl", try #require(text.data(using: .utf16)))
        #expect(loader(pieceSize: 10).loadPieces(path)?.articles.count == nil)
        #expect(loaded(path, pieceSize: 10).articles.map(\.title) == ["Wide"])
    }
}
