import Foundation

/// A web server for end-to-end tests, started by the tests themselves.
enum FileServer {
    static var available: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") }

    /// Python's http.server on 127.0.0.1 and a port the system picks, serving a folder.
    static func start(serving folder: String) throws -> (Process, Int) {
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        server.arguments = ["python3", "-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", folder]
        let output = Pipe()
        server.standardOutput = output
        server.standardError = FileHandle.nullDevice
        try server.run()
        // "Serving HTTP on 127.0.0.1 port 40123 (http://127.0.0.1:40123/) ..."
        var seen = ""
        let deadline = Date().addingTimeInterval(10)
        while !seen.contains(" port "), Date() < deadline {
            seen += String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        }
        let port = seen.components(separatedBy: " port ").last.flatMap { Int($0.prefix { $0.isNumber }) } ?? 0
        return (server, port)
    }
}
