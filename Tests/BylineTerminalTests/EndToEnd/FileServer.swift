import Foundation

/// A web server for end-to-end tests, started by the tests themselves.
enum FileServer {
    static var available: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") }

    /// Python's http.server on 127.0.0.1 and a port the system picks, serving a folder.
    static func start(serving folder: String) throws -> (Process, Int) {
        let server = Process()
        // The interpreter itself, not `env python3`: a version manager's shim in between would
        // be the process `stop` kills, and the server would outlive the test.
        server.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        server.arguments = ["-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", folder]
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

    /// Ends a server `start` began, and waits until it has. SIGKILL, because the server
    /// inherits the test thread's blocked signals: `terminate()`'s SIGTERM never arrived, and
    /// every server outlived its test.
    static func stop(_ server: Process) {
        kill(server.processIdentifier, SIGKILL)
        server.waitUntilExit()
    }
}
