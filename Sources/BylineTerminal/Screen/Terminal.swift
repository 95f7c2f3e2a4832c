import BylineViewModel
import CNcursesw
import CTerminalSignals
import Glibc

/// The ncurses screen: the only code in Byline that talks to the terminal.
///
/// It turns key codes into `Key`s and draws `Canvas`es, writing only the cells that
/// changed since the last frame (ncurses then sends only the bytes that differ).
@MainActor
public final class Terminal {
    private var previous: Canvas?
    private var palette: Palette
    private var active = false

    public init(theme: Theme) {
        Terminal.setUTF8Locale()
        // Before initscr, so the terminal's own settings are the ones a signal restores.
        byline_install_fatal_signal_handlers()
        initscr()
        raw()
        noecho()
        nonl()
        keypad(shim_stdscr(), true)
        curs_set(0)
        set_escdelay(25)
        mousemask(SHIM_ALL_MOUSE_EVENTS, nil)
        mouseinterval(0)
        Terminal.defineHomeAndEnd()
        palette = Palette(theme: theme)
        active = true
    }

    public var size: (width: Int, height: Int) { (Int(shim_cols()), Int(shim_lines())) }

    /// Runs `body` with the terminal given back (a browser such as lynx needs it), then
    /// restores the reader's screen whole.
    public func outside(_ body: () -> Void) {
        def_prog_mode()
        endwin()
        body()
        reset_prog_mode()
        refresh()
        invalidate()
    }

    /// Leaves curses mode; safe to call twice.
    public func close() {
        guard active else { return }
        active = false
        endwin()
    }

    // MARK: Locale

    /// ncursesw needs a UTF-8 locale; C.UTF-8 is the fallback when the user's is missing.
    static func setUTF8Locale() {
        setlocale(LC_ALL, "")
        for candidate in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] {
            if String(cString: shim_codeset()).uppercased().replacingOccurrences(of: "-", with: "") == "UTF8" { return }
            setlocale(LC_CTYPE, candidate)
        }
    }

    /// tmux and some terminals send Home/End sequences their terminfo does not list.
    static func defineHomeAndEnd() {
        let home = ["\u{1B}[1~", "\u{1B}[H", "\u{1B}OH", "\u{1B}[7~"]
        let end = ["\u{1B}[4~", "\u{1B}[F", "\u{1B}OF", "\u{1B}[8~"]
        for sequence in home where key_defined(sequence) == 0 { define_key(sequence, KEY_HOME) }
        for sequence in end where key_defined(sequence) == 0 { define_key(sequence, KEY_END) }
    }

    // MARK: Input

    /// Waits up to `timeout` milliseconds (-1: for ever) for a key.
    public func readKey(timeout milliseconds: Int32) -> Key?? {
        wtimeout(shim_stdscr(), milliseconds)
        var ch: wint_t = 0
        let status = wget_wch(shim_stdscr(), &ch)
        if status == ERR { return .some(nil) }
        if status == KEY_CODE_YES { return .some(special(Int32(ch))) }
        return .some(character(UInt32(ch)))
    }

    /// A resize whose SIGWINCH never reached the input loop (the signal went to another
    /// thread, or a parent left it ignored so ncurses set no handler): the terminal's size
    /// differs from the one ncurses knows. ncurses is told, and the resize returned.
    public func missedResize() -> Key? {
        var rows: Int32 = 0
        var cols: Int32 = 0
        guard shim_window_size(&rows, &cols) != 0, rows != shim_lines() || cols != shim_cols() else { return nil }
        resizeterm(rows, cols)
        return .resize(width: Int(cols), height: Int(rows))
    }

    private func special(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE, KEY_DC: return .backspace
        case KEY_RESIZE: return .resize(width: Int(shim_cols()), height: Int(shim_lines()))
        case KEY_MOUSE: return mouse()
        default: return nil
        }
    }

    private func character(_ value: UInt32) -> Key? {
        switch value {
        case 10, 13: return .enter
        case 27: return .escape
        case 9: return .tab
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(value + 96)!))
        default:
            guard let scalar = Unicode.Scalar(value), value >= 32 else { return nil }
            return .character(Character(scalar))
        }
    }

    private func mouse() -> Key? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let x = Int(event.x), y = Int(event.y)
        let state = event.bstate
        if state & SHIM_WHEEL_UP != 0 { return .wheel(x: x, y: y, delta: -1) }
        if state & SHIM_WHEEL_DOWN != 0 { return .wheel(x: x, y: y, delta: 1) }
        if state & SHIM_BUTTON1 != 0 { return .click(x: x, y: y) }
        return nil
    }

    // MARK: Output

    /// Draws a frame, touching only rows that differ from the previous one.
    public func draw(_ canvas: Canvas) {
        let full = previous.map { $0.width != canvas.width || $0.height != canvas.height } ?? true
        if full { werase(shim_stdscr()) }
        for y in 0..<canvas.height {
            let row = canvas.rows[y]
            if !full, let previous, previous.rows[y] == row { continue }
            var x = 0
            while x < row.count {
                let cell = row[x]
                if cell.width == 0 { x += 1; continue }
                // The bottom-right cell cannot be written without scrolling; leave it.
                if y == canvas.height - 1 && x == canvas.width - 1 { break }
                palette.draw(cell, y: Int32(y), x: Int32(x))
                x += max(1, cell.width)
            }
        }
        previous = canvas
        wnoutrefresh(shim_stdscr())
        doupdate()
    }

    /// Forgets the last frame so the next one is drawn whole (after a resize).
    public func invalidate() {
        previous = nil
        clearok(shim_stdscr(), true)
    }
}

/// Colour pairs and attributes for each role of a theme.
@MainActor
struct Palette {
    private var cache: [Role: (attr: attr_t, pair: Int16)] = [:]
    private var pairs: [PairKey: Int16] = [:]
    private let theme: Theme
    private let colors: Int

    struct PairKey: Hashable { var fg: Int; var bg: Int }

    init(theme: Theme) {
        var usable = theme.usesColor && has_colors()
        if usable {
            start_color()
            usable = use_default_colors() == OK || true
        }
        self.theme = usable ? theme : .monochrome
        colors = usable ? Int(shim_colors()) : 0
    }

    mutating func attributes(_ role: Role) -> (attr_t, Int16) {
        if let cached = cache[role] { return cached }
        let style = theme.style(role)
        var attr = SHIM_A_NORMAL
        if style.bold { attr |= SHIM_A_BOLD }
        if style.dim { attr |= SHIM_A_DIM }
        if style.underline { attr |= SHIM_A_UNDERLINE }
        if style.reverse { attr |= SHIM_A_REVERSE }
        if style.italic { attr |= SHIM_A_ITALIC }
        var pair: Int16 = 0
        if colors > 0 {
            let key = PairKey(fg: style.foreground.index(colors: colors), bg: style.background.index(colors: colors))
            if key.fg != -1 || key.bg != -1 {
                if let existing = pairs[key] {
                    pair = existing
                } else if pairs.count + 1 < Int(shim_color_pairs()) {
                    pair = Int16(pairs.count + 1)
                    init_pair(pair, Int16(key.fg), Int16(key.bg))
                    pairs[key] = pair
                }
            }
        }
        cache[role] = (attr, pair)
        return (attr, pair)
    }

    mutating func draw(_ cell: Cell, y: Int32, x: Int32) {
        let (attr, pair) = attributes(cell.role)
        var wide = cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
        var cc = cchar_t()
        setcchar(&cc, &wide, attr, pair, nil)
        mvadd_wch(y, x, &cc)
    }
}
