import Foundation

/// The first part of a large library, read in a fraction of the time the whole takes.
///
/// A reader must show its list at once however large the library is (19,042 Reuters
/// articles take most of a second to parse). The preview reads at most `budget` bytes:
/// whole files while they fit, then the first lines of a JSON Lines file, which are
/// records in their own right. Its stories are a prefix of the full library's, in the
/// same order, so a selection made in the preview stays valid when the rest arrives.
extension LibraryLoader {
    /// A partial library, or nil when the whole loads about as fast (small libraries).
    public func preview(paths: [String], budget: Int = 1 << 20) -> Library? {
        var warnings: [LoadWarning] = []
        var entries: [Entry] = []
        for path in paths {
            collect(path, folderStory: nil, depth: 0, visited: [], into: &entries, warnings: &warnings)
        }
        let sizes = entries.map { (try? FileManager.default.attributesOfItem(atPath: $0.path)[.size] as? Int) ?? 0 }
        guard sizes.reduce(0, +) > 4 * budget else { return nil }
        var taken: [Entry] = [], files: [LoadedFile] = []
        var used = 0
        for (entry, size) in zip(entries, sizes) {
            if used + size <= budget {
                taken.append(entry)
                files.append(loadFile(entry.path))
                used += size
            } else {
                if let prefix = linesPrefix(entry.path, bytes: budget - used) {
                    taken.append(entry)
                    files.append(prefix)
                }
                break
            }
        }
        guard !taken.isEmpty else { return nil }
        // Warnings wait for the full load, which reports each once.
        for i in files.indices { files[i].warnings = [] }
        return group(taken, files, warnings: [])
    }

    /// The complete lines within the first `bytes` of a JSON Lines file.
    private func linesPrefix(_ path: String, bytes: Int) -> LoadedFile? {
        guard bytes > 0, LibraryLoader.isJSONLines(path),
            let handle = FileHandle(forReadingAtPath: path)
        else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: bytes), let lastNewline = data.lastIndex(of: 10),
            let file = try? FileDecoder.decode(data[..<lastNewline], path: path)
        else { return nil }
        return articles(of: file)
    }
}
