import BylineCore
import BylineViewModel
import Glibc

/// Runs the reader: keys in, frames out, extraction results folded in as they arrive.
@MainActor
public enum ReaderLoop {
    /// Frames are redrawn at most this often while extraction streams in (milliseconds).
    static let tick: Int32 = 50

    /// Runs until the user quits; returns the load warnings, to print once the terminal is back.
    public static func run(_ initial: AppState, loading: BackgroundLoad, theme: Theme, notes: [String]) -> [String] {
        let terminal = Terminal(theme: theme)
        defer { terminal.close() }
        var state = initial
        let size = terminal.size
        Update.apply(.resize(width: size.width, height: size.height), &state)
        Update.receive(.loadingStarted, &state)
        Render.prepare(&state)
        terminal.draw(Render.screen(state))
        let incoming = IncomingLibrary(loading)
        var problems = notes
        var failures = 0
        while !state.quit {
            let waiting = !incoming.isDone
            let started = monotonicMilliseconds()
            guard let key = terminal.readKey(timeout: waiting ? tick : -1) else { break }
            var changed = false
            if let key {
                failures = 0
                if case .resize = key { terminal.invalidate() }
                let effects = Update.handle(key, &state)
                incoming.run(effects, state)
                for effect in effects { run(effect, terminal, &state) }
                changed = true
            } else if monotonicMilliseconds() - started < 2, !waiting || failures > 0 {
                // get_wch fails at once, over and over, when the terminal has gone away.
                failures += 1
                if failures > 100 { break }
            }
            let arrived = incoming.advance(&state)
            if let library = arrived.loaded {
                problems += library.warnings.map(\.description)
                Update.receive(.warnings(problems), &state)
            }
            changed = changed || arrived.changed
            if changed && !state.quit {
                Render.prepare(&state)
                terminal.draw(Render.screen(state))
            }
        }
        return problems
    }

    /// Does what the update asked for outside the state.
    static func run(_ effect: Effect, _ terminal: Terminal, _ state: inout AppState) {
        switch effect {
        case .openURL(let url):
            var failure: String?
            terminal.outside { failure = Browser.open(url) }
            if let failure { Update.receive(.warnings(["could not open \(url): \(failure)"]), &state) }
        case .startExtraction:
            // `IncomingLibrary` runs the extraction.
            break
        }
    }

    static func monotonicMilliseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
    }
}
