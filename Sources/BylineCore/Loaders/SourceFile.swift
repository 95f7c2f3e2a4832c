import Foundation

/// One input file, decoded to text, with what went wrong on the way.
public struct SourceFile: Sendable {
    public var path: String
    public var text: String
    /// Set when the decoding had to guess or replace bytes.
    public var decodingWarning: String?
    /// Whether the articles made from this file keep their source text (`Article.original`).
    /// Loaders drop it as each article is made, not after the whole file: a large JSON
    /// Lines file's bodies would otherwise be held twice until its last line is read.
    public var keepsOriginals = true
    /// The number in its file of the text's first line: 1, or more for a later piece of a
    /// large JSON Lines file read a piece at a time (`LibraryLoader.loadPieces`).
    public var firstLine: Int

    public init(path: String, text: String, decodingWarning: String? = nil, firstLine: Int = 1) {
        self.path = path
        self.text = text
        self.decodingWarning = decodingWarning
        self.firstLine = firstLine
    }

    /// The lower-cased extension, without the dot.
    public var fileExtension: String {
        let name = fileName
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    public var fileName: String { String(path.split(separator: "/").last ?? Substring(path)) }
}

/// Why a file could not be turned into text at all.
public struct UnreadableFile: Error, Sendable, CustomStringConvertible {
    public var description: String
}

/// Reads and decodes files, refusing what is not text.
public enum FileDecoder {
    /// Files larger than this are refused rather than read into memory.
    public static let maximumSize = 64 << 20

    public static func read(path: String) throws(UnreadableFile) -> SourceFile {
        let attributes: [FileAttributeKey: Any]
        do { attributes = try FileManager.default.attributesOfItem(atPath: path) } catch {
            throw UnreadableFile(description: "cannot read: \(reason(error))")
        }
        if let size = attributes[.size] as? Int, size > maximumSize {
            throw UnreadableFile(
                description: "too large (\(size / (1 << 20)) MiB; the limit is \(maximumSize >> 20) MiB)")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw UnreadableFile(description: "cannot read: permission denied")
        }
        defer { try? handle.close() }
        let data: Data
        do { data = try handle.readToEnd() ?? Data() } catch {
            throw UnreadableFile(description: "cannot read: \(reason(error))")
        }
        return try decode(data, path: path)
    }

    /// Decodes bytes: UTF-16 and UTF-32 by their byte-order mark, UTF-8 when the bytes are
    /// valid UTF-8, else the charset the transport (`charset`, from HTTP) or the document
    /// (XML declaration, HTML `<meta charset>`) declares; undeclared bytes that are not
    /// UTF-8 are decoded with replacement characters and a warning.
    /// `firstLine` numbers the lines of a piece of a file as the whole file does.
    public static func decode(
        _ data: Data, path: String, charset: String? = nil, firstLine: Int = 1
    ) throws(UnreadableFile) -> SourceFile {
        if data.isEmpty { throw UnreadableFile(description: "empty file") }
        // A BOM stays in the text so offsets match what other tools count; loaders skip it.
        if let wide = decodeWide(data) { return SourceFile(path: path, text: wide) }
        if looksBinary([UInt8](data.prefix(8192))) { throw UnreadableFile(description: "binary file, not text") }
        // Validated straight from the file's bytes: a copy of a large file would double the
        // memory a library needs while it loads.
        if let text = String(validating: data, as: UTF8.self) {
            return SourceFile(path: path, text: text, firstLine: firstLine)
        }
        let bytes = [UInt8](data)
        let declared = charset?.lowercased() ?? Charset.declared(in: bytes)
        if let declared, !Charset.isUTF8(declared) {
            guard let (text, invalid) = Charset.decode(bytes, from: declared) else {
                return SourceFile(
                    path: path, text: String(decoding: bytes, as: UTF8.self),
                    decodingWarning:
                        "declares \(declared), which Byline does not know; read as UTF-8, bad bytes shown as �")
            }
            let warning = invalid == 0 ? nil : "\(invalid) bytes are not valid \(declared); shown as �"
            return SourceFile(path: path, text: text, decodingWarning: warning)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let firstBad = firstInvalidUTF8Line(bytes) + firstLine - 1
        return SourceFile(
            path: path, text: text,
            decodingWarning: "invalid UTF-8 (first at line \(firstBad)); bad bytes shown as �", firstLine: firstLine)
    }

    /// UTF-16 and UTF-32 text, told by its byte-order mark or by how `<` is spelled.
    static func decodeWide(_ data: Data) -> String? {
        guard let encoding = wideEncoding(data), var text = String(data: data, encoding: encoding) else { return nil }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// UTF-16 or UTF-32, by the first four bytes.
    static func wideEncoding(_ data: Data) -> String.Encoding? {
        let b = [UInt8](data.prefix(4))
        guard b.count >= 2 else { return nil }
        switch (b[0], b[1], b.count > 3 ? b[2] : 1, b.count > 3 ? b[3] : 1) {
        case (0x00, 0x00, 0xFE, 0xFF), (0x00, 0x00, 0x00, 0x3C): return .utf32BigEndian
        case (0xFF, 0xFE, 0x00, 0x00), (0x3C, 0x00, 0x00, 0x00): return .utf32LittleEndian
        case (0xFE, 0xFF, _, _), (0x00, 0x3C, _, _): return .utf16BigEndian
        case (0xFF, 0xFE, _, _), (0x3C, 0x00, _, _): return .utf16LittleEndian
        default: return nil
        }
    }

    /// NUL bytes or a high share of control bytes in the first 8 KiB mean binary (or UTF-16).
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(8192)
        var controls = 0
        for b in head {
            if b == 0 { return true }
            if b < 32 && b != 9 && b != 10 && b != 13 && b != 12 && b != 27 { controls += 1 }
        }
        return controls * 10 > head.count
    }

    static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int {
        var line = 1, start = 0
        for (i, b) in bytes.enumerated() where b == 10 {
            if String(validating: bytes[start..<i], as: UTF8.self) == nil { return line }
            line += 1
            start = i + 1
        }
        return line
    }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError,
            let posix = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return String(cString: strerror(posix.rawValue)).lowercased()
        }
        switch ns.code {
        case NSFileReadNoPermissionError: return "permission denied"
        case NSFileReadNoSuchFileError, NSFileNoSuchFileError: return "no such file"
        default: return ns.localizedDescription
        }
    }
}
