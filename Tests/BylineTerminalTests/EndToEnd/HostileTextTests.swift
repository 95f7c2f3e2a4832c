import Foundation
import Testing

/// Hostile text shown in the reader never reaches the terminal as a control sequence: the
/// reader runs in a pseudo-terminal and every byte it writes is checked.
@Suite(.enabled(if: FileServer.available, "needs python3")) struct HostileTextTests {
    /// What a file may hold to take over a terminal, each with a name for the failure message.
    static let catalogue: [(name: String, text: String)] = [
        ("C0 controls", "bell\u{07} backspace\u{08} vertical tab\u{0B} form feed\u{0C} escape\u{1B}"),
        ("CSI device status report", "\u{1B}[6n and \u{1B}[21t"),
        ("CSI colour and clear", "\u{1B}[31;1mred\u{1B}[2J"),
        ("OSC window title", "\u{1B}]0;pwned\u{07}"),
        ("OSC 52 clipboard write", "\u{1B}]52;c;ZWNobyBwd25lZA==\u{07}"),
        ("OSC 8 hyperlink", "\u{1B}]8;;http://evil.example\u{1B}\\\\link\u{1B}]8;;\u{1B}\\\\"),
        ("DCS request", "\u{1B}P+q544e\u{1B}\\\\"),
        ("APC and PM", "\u{1B}_apc payload\u{1B}\\\\ \u{1B}^pm payload\u{1B}\\\\"),
        ("C1 controls", "\u{9B}6n \u{9D}0;title\u{9C} \u{90}dcs\u{9C} \u{85}"),
        ("bidi overrides", "\u{202E}evil\u{202C} \u{2066}isolate\u{2069} \u{200F}"),
        ("zero-width flood", String(repeating: "\u{200B}\u{200D}", count: 500)),
        ("combining flood", "e" + String(repeating: "\u{0301}", count: 2000)),
    ]

    /// Runs the reader on `path` in an 80×24 pseudo-terminal, presses `keys` one by one once
    /// `ready` has been drawn and the screen has settled, and returns every byte it wrote.
    static func rawOutput(_ path: String, ready: String, keys: String) throws -> [UInt8] {
        let launcher = """
            import os, pty, select, sys, time, struct, fcntl, termios
            pid, fd = pty.fork()
            if pid == 0:
                os.environ.update(TERM="xterm-256color", LANG="C.UTF-8", HOME="/nonexistent")
                os.environ.pop("NO_COLOR", None)
                os.execv(sys.argv[1], sys.argv[1:3])
            fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
            out = b""
            def read(until, seconds, idle=None):
                global out
                end = time.time() + seconds
                last = time.time()
                while time.time() < end and (until is None or until not in out):
                    if idle is not None and time.time() - last > idle:
                        return
                    r, _, _ = select.select([fd], [], [], 0.05)
                    if r:
                        last = time.time()
                        try:
                            chunk = os.read(fd, 65536)
                        except OSError:
                            return
                        if not chunk:
                            return
                        out += chunk
            read(sys.argv[3].encode(), 20)
            read(None, 10, idle=0.5)
            for key in sys.argv[4]:
                os.write(fd, key.encode())
                read(None, 5, idle=0.3)
            read(None, 5)
            os.waitpid(pid, 0)
            sys.stdout.buffer.write(out)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", launcher, TmuxSession.binary, path, ready, keys]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Array(bytes)
    }

    @Test func noHostileSequenceReachesTheTerminal() throws {
        let folder = NSTemporaryDirectory() + "byline-hostile-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let body = Self.catalogue.map { "“\($0.text), \($0.name),” said Elena Park on Tuesday." }
        let article = "Hostile headline \u{1B}]52;c;aGk=\u{07}\u{202E}\n\n" + body.joined(separator: "\n\n") + "\n"
        let path = folder + "/hostile.txt"
        try article.write(toFile: path, atomically: true, encoding: .utf8)
        // The stories pane, then the article, the quotes and the timeline: every pane draws the text.
        let raw = try Self.rawOutput(path, ready: "Hostile headline", keys: "\r\t\t\tq")
        let shown = String(decoding: raw, as: UTF8.self)
        #expect(shown.contains("Hostile headline"), "the reader did not draw")
        #expect(shown.contains("␛]52;c;"), "the placeholders were not drawn")
        #expect(shown.contains("Elena Park"), "the quotes pane did not list the catalogue")
        let forbidden: [(String, String)] = [
            ("OSC", "\u{1B}]"), ("DCS", "\u{1B}P"), ("APC", "\u{1B}_"), ("PM", "\u{1B}^"), ("SOS", "\u{1B}X"),
            ("device status report", "\u{1B}[6n"), ("window report", "\u{1B}[21t"), ("bell", "\u{07}"),
            ("the text's own colour", "\u{1B}[31;1mred"), ("pwned", "pwned\u{07}"),
        ]
        for (name, sequence) in forbidden {
            #expect(!shown.contains(sequence), "\(name) reached the terminal")
        }
        for scalar in shown.unicodeScalars {
            #expect(
                !(0x80...0x9F).contains(scalar.value), "a C1 control (U+\(String(scalar.value, radix: 16))) was written"
            )
            #expect(
                !(0x202A...0x202E).contains(scalar.value) && !(0x2066...0x2069).contains(scalar.value),
                "a bidi control was written")
        }
    }
}
