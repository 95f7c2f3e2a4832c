import Foundation
import Glibc

/// The real `byline` binary running in a private tmux server, driven like a person would.
///
/// tmux runs through `posix_spawn` with signals unblocked (swift-testing's threads block
/// them, and the mask would otherwise reach the app: no SIGWINCH, no resize).
final class TmuxSession {
    let socket = "byline-test-\(getpid())-\(UUID().uuidString.prefix(8))"
    let name = "reader"

    struct Timeout: Error, CustomStringConvertible {
        var description: String
    }

    static var binary: String {
        if let override = ProcessInfo.processInfo.environment["BYLINE_BINARY"] { return override }
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return exe.deletingLastPathComponent().appendingPathComponent("byline").path
    }

    static var repository: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }

    /// With `blockingResizeSignal`, the reader starts with SIGWINCH blocked (python3 blocks
    /// it and execs the binary; a blocked mask survives `exec`), as a signal lost to the
    /// reader would be.
    init(
        arguments: [String], width: Int = 100, height: Int = 30, environment: [String] = [],
        blockingResizeSignal: Bool = false
    ) throws {
        let blocker = [
            "/usr/bin/python3", "-c",
            "import os, signal, sys; signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGWINCH]); os.execv(sys.argv[1], sys.argv[1:])",
        ]
        let quoted = ((blockingResizeSignal ? blocker : []) + [Self.binary] + arguments)
            .map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
            .joined(separator: " ")
        // A sanitizer's options travel too: the tmux server's environment is not the test's.
        let sanitizerOptions = ["ASAN_OPTIONS", "LSAN_OPTIONS", "TSAN_OPTIONS"].compactMap { name in
            ProcessInfo.processInfo.environment[name].map { "\(name)='\($0)'" }
        }
        let env =
            (["TERM=tmux-256color", "LANG=C.UTF-8", "SWIFT_BACKTRACE=interactive=no", "HOME=/nonexistent"]
            + sanitizerOptions + environment)
            .joined(separator: " ")
        // The shell prints the exit status once the terminal is restored, as a person would see it.
        let command = "cd '\(Self.repository)' && env -u NO_COLOR \(env) \(quoted); echo byline-exited-$?"
        // The server this starts keeps the client's output open: nothing to read from it.
        tmux(
            ["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", command],
            capture: false)
        tmux(["set-option", "-t", name, "remain-on-exit", "on"])
    }

    deinit {
        tmux(["kill-server"])
        let dir = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        try? FileManager.default.removeItem(atPath: "\(dir)/tmux-\(getuid())/\(socket)")
    }

    func send(_ keys: String...) { tmux(["send-keys", "-t", name] + keys) }
    func type(_ text: String) { tmux(["send-keys", "-t", name, "-l", text]) }
    func resize(width: Int, height: Int) { tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"]) }

    /// The visible screen; with `history`, everything since the start (a dead pane's last
    /// output has scrolled into history).
    func screen(colours: Bool = false, history: Bool = false) -> String {
        tmux(["capture-pane", "-p", "-t", name] + (colours ? ["-e"] : []) + (history ? ["-S", "-"] : []))
    }

    /// Polls the screen until `text` appears and the screen holds still (a capture can fall
    /// between the rows of one frame being written); the error shows the last screen.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10, colours: Bool = false, history: Bool = false) throws -> String {
        let deadline = Date().addingTimeInterval(timeout * Sanitizers.patience)
        var last = ""
        while Date() < deadline {
            let previous = last
            last = screen(colours: colours, history: history)
            if last.contains(text), last == previous { return last }
            usleep(last.contains(text) ? 30_000 : 10_000)
        }
        throw Timeout(
            description: "\"\(text)\" did not appear within \(timeout * Sanitizers.patience)s; the screen was:\n\(last)"
        )
    }

    /// Waits for the program to end and returns its exit status.
    func waitForExit(timeout: Double = 10) throws -> Int {
        let screen = try waitFor("byline-exited-", timeout: timeout, history: true)
        let digits = screen.components(separatedBy: "byline-exited-").last?.prefix { $0.isNumber } ?? ""
        return Int(digits) ?? -1
    }

    private static let spawnLock = NSLock()

    @discardableResult
    func tmux(_ arguments: [String], capture: Bool = true) -> String {
        let argv = ["tmux", "-L", socket] + arguments
        var fds: [Int32] = [0, 0]
        var pid: pid_t = 0
        Self.spawnLock.lock()
        pipe(&fds)
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        if capture {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
            posix_spawn_file_actions_adddup2(&actions, fds[1], 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        // Nothing of the test runner's may leak into the tmux server.
        // (dup2 clears the flag on the copies the child gets as its output.)
        for fd in 3..<256 { _ = fcntl(Int32(fd), F_SETFD, FD_CLOEXEC) }
        let cArgs = argv.map { strdup($0) } + [nil]
        let status = posix_spawnp(&pid, "tmux", &actions, &attributes, cArgs, environ)
        Self.spawnLock.unlock()
        cArgs.forEach { free($0) }
        close(fds[1])
        posix_spawn_file_actions_destroy(&actions)
        posix_spawnattr_destroy(&attributes)
        var output = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fds[0], &buffer, buffer.count)
            if n <= 0 { break }
            output += buffer[0..<n]
        }
        close(fds[0])
        if status == 0 { var code: Int32 = 0; waitpid(pid, &code, 0) }
        return String(decoding: output, as: UTF8.self)
    }
}
