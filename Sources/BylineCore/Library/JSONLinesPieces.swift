import Foundation

/// A large JSON Lines file read a piece at a time.
///
/// Each line is an article in its own right, so the file need never be in memory whole. Read
/// whole, Reuters' 20 MB file was held beside every article made from it until the last line:
/// the peak of a large library's memory (52 MB of heap, of which the file was 20).
extension LibraryLoader {
    static func isJSONLines(_ path: String) -> Bool {
        ["jsonl", "ndjson"].contains(SourceFile(path: path, text: "").fileExtension)
    }

    /// The articles of a JSON Lines file larger than a piece, numbered by their lines in the
    /// whole file; nil for any other file, and for UTF-16 or UTF-32 text (read whole).
    func loadPieces(_ path: String) -> LoadedFile? {
        guard LibraryLoader.isJSONLines(path),
            let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int,
            size > pieceSize, size <= FileDecoder.maximumSize,
            let handle = FileHandle(forReadingAtPath: path)
        else { return nil }
        defer { try? handle.close() }
        var result = LoadedFile()
        var carried = Data()
        var line = 1
        while true {
            let chunk: Data
            do { chunk = try handle.read(upToCount: pieceSize) ?? Data() } catch {
                result.warnings.append(
                    LoadWarning(path: path, "cannot read past line \(line): \(FileDecoder.reason(error))"))
                break
            }
            if line == 1, carried.isEmpty, FileDecoder.wideEncoding(chunk) != nil { return nil }
            // A piece ends at the last line break read; the line it cuts waits for the next.
            var piece = carried + chunk
            if !chunk.isEmpty {
                guard let lastBreak = piece.lastIndex(of: 10) else {
                    carried = piece
                    continue
                }
                carried = Data(piece[(lastBreak + 1)...])
                piece = Data(piece[..<lastBreak])
            }
            if !piece.isEmpty { add(piece, path: path, firstLine: line, fileSize: size, to: &result) }
            if chunk.isEmpty { break }
            line += piece.reduce(1) { $1 == 10 ? $0 + 1 : $0 }
        }
        if result.articles.isEmpty, result.warnings.isEmpty {
            result.warnings.append(LoadWarning(path: path, "no articles in this file"))
        }
        return result
    }

    private func add(_ piece: Data, path: String, firstLine: Int, fileSize: Int, to result: inout LoadedFile) {
        let file: SourceFile
        do { file = try FileDecoder.decode(piece, path: path, firstLine: firstLine) } catch {
            let lastLine = piece.reduce(firstLine) { $1 == 10 ? $0 + 1 : $0 }
            result.warnings.append(LoadWarning(path: path, "lines \(firstLine)–\(lastLine): \(error.description)"))
            return
        }
        let loaded = articles(of: file)
        // Room for the whole file's articles, at the first piece's rate: a list grown by
        // doubling would hold up to twice as many.
        if result.articles.isEmpty {
            result.articles.reserveCapacity(loaded.articles.count * fileSize / piece.count + 16)
        }
        result.articles += loaded.articles
        result.warnings += loaded.warnings
    }
}
