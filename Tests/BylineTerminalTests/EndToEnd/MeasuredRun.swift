import Foundation

/// One run of the byline binary whose peak memory is measured.
///
/// Linux carries a process's high-water mark across `execve`, and `posix_spawn` starts the
/// child in the parent's memory: spawned from the test process, the child would report the
/// test process's size. So a small Python launcher forks (a copy of its own few megabytes)
/// and execs byline, and `os.wait4` reports the child's own peak.
struct MeasuredRun {
    var status: Int32
    /// The most memory the run held at once, in bytes.
    var peakMemory: Int
    /// What it printed on standard output.
    var stdout: String

    static let launcher = """
        import os, sys
        out = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        pid = os.fork()
        if pid == 0:
            os.dup2(out, 1)
            os.dup2(os.open(os.devnull, os.O_WRONLY), 2)
            os.execv(sys.argv[2], sys.argv[2:])
        _, status, usage = os.wait4(pid, 0)
        print(os.waitstatus_to_exitcode(status), usage.ru_maxrss * 1024)
        """

    static var available: Bool { FileServer.available }

    init(_ arguments: [String]) throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("byline-measured-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.launcher, output, TmuxSession.binary] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: TmuxSession.repository)
        let report = Pipe()
        process.standardOutput = report
        try process.run()
        let line = String(decoding: report.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let fields = line.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard fields.count == 2 else { throw CocoaError(.fileReadUnknown) }
        status = Int32(fields[0])
        peakMemory = fields[1]
        stdout = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }
}
