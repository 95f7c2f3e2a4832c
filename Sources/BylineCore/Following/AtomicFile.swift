import Foundation

/// Writes that a crash, a kill or a full disk cannot leave half done: the bytes go to a
/// temporary file in the same folder, are flushed, and replace the target by a rename.
public enum AtomicFile {
    /// What a temporary file's name holds after the target's name.
    static let temporaryMarker = ".tmp-"

    public static func write(_ data: Data, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        // Hidden (a leading dot), so a reader never sees one a killed process left behind.
        let name = (path as NSString).lastPathComponent
        let temporary =
            (folder.isEmpty ? "" : folder + "/") + "." + name + Self.temporaryMarker
            + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporary)
        else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary]) }
        do {
            try handle.write(contentsOf: data)
            try handle.synchronize()
            try handle.close()
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw CocoaError(
                .fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: reason])
        }
    }

    /// Removes the temporary files that killed writers left under a folder (only while
    /// no writer runs: the caller holds the folder's lock).
    public static func removeLeftovers(under folder: String) {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return }
        for case let relative as String in walker {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix("."), name.contains(temporaryMarker) {
                try? FileManager.default.removeItem(atPath: folder + "/" + relative)
            }
        }
    }
}
