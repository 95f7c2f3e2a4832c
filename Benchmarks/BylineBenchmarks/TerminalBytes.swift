import BylineTerminal
import BylineViewModel
import Foundation
import Glibc

/// Bytes the real ncurses front writes for a frame, read back from a pseudo-terminal.
///
/// The front's output goes to the pty's slave side (standard output, as in `byline`); a
/// thread drains the master side and counts, so a full buffer never blocks ncurses.
@MainActor
final class TerminalBytes {
    private let master: Int32
    private let savedOut: Int32, savedIn: Int32
    private let counter = Counter()
    let terminal: Terminal

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var total = 0
        func add(_ n: Int) { lock.withLock { total += n } }
        var value: Int { lock.withLock { total } }
    }

    init?(width: Int, height: Int) {
        var masterFD: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        guard libcOpenpty(&masterFD, &slave, nil, nil, &size) == 0 else { return nil }
        master = masterFD
        fflush(nil)  // what is printed so far belongs to the real standard output
        savedOut = dup(1)
        savedIn = dup(0)
        dup2(slave, 1)
        dup2(slave, 0)
        close(slave)
        setenv("TERM", "xterm-256color", 1)
        setenv("LINES", String(height), 1)
        setenv("COLUMNS", String(width), 1)
        let fd = master, counter = counter
        Thread.detachNewThread {
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = read(fd, &buffer, buffer.count)
                if n <= 0 { break }
                counter.add(n)
            }
        }
        terminal = Terminal(theme: Theme.monochrome)
    }

    /// Bytes written while drawing `canvas`.
    func bytes(drawing canvas: Canvas) -> Int {
        settle()
        let before = counter.value
        terminal.draw(canvas)
        settle()
        return counter.value - before
    }

    /// Waits until the reader thread has caught up with what ncurses wrote.
    private func settle() {
        var last = -1
        while counter.value != last {
            last = counter.value
            usleep(20_000)
        }
    }

    func finish() {
        terminal.close()
        fflush(nil)
        dup2(savedOut, 1)
        dup2(savedIn, 0)
    }
}

/// glibc's `openpty` (in libc since 2.34), which the Glibc module does not export.
@_silgen_name("openpty")
private func libcOpenpty(
    _ master: UnsafeMutablePointer<Int32>, _ slave: UnsafeMutablePointer<Int32>,
    _ name: UnsafeMutablePointer<CChar>?, _ termios: UnsafeRawPointer?,
    _ size: UnsafePointer<winsize>?
) -> Int32
