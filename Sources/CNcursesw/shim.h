// Swift cannot see ncurses' wide-character API, its globals or its macros directly;
// this header exposes exactly what BylineTerminal needs (see shared/docs/ncurses-swift.md).
#ifndef BYLINE_NCURSES_SHIM_H
#define BYLINE_NCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <wchar.h>
#include <locale.h>
#include <langinfo.h>

extern int wcwidth(wchar_t);

static inline WINDOW *shim_stdscr(void) { return stdscr; }
static inline int shim_lines(void) { return LINES; }
static inline int shim_cols(void) { return COLS; }
static inline int shim_colors(void) { return COLORS; }
static inline int shim_color_pairs(void) { return COLOR_PAIRS; }

static const attr_t SHIM_A_NORMAL = A_NORMAL;
static const attr_t SHIM_A_BOLD = A_BOLD;
static const attr_t SHIM_A_REVERSE = A_REVERSE;
static const attr_t SHIM_A_UNDERLINE = A_UNDERLINE;
static const attr_t SHIM_A_DIM = A_DIM;
static const attr_t SHIM_A_ITALIC = A_ITALIC;

static inline int shim_set_cell(int y, int x, wchar_t ch, attr_t attrs, short pair) {
    cchar_t cell;
    wchar_t text[2] = { ch, 0 };
    setcchar(&cell, text, attrs, pair, NULL);
    return mvadd_wch(y, x, &cell);
}

static const mmask_t SHIM_ALL_MOUSE_EVENTS = ALL_MOUSE_EVENTS;
static const mmask_t SHIM_BUTTON1 = BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON1_RELEASED;
static const mmask_t SHIM_WHEEL_UP = BUTTON4_PRESSED;
static const mmask_t SHIM_WHEEL_DOWN = BUTTON5_PRESSED;

static inline const char *shim_codeset(void) { return nl_langinfo(CODESET); }

#include <sys/ioctl.h>
#include <unistd.h>

/* The window size the terminal reports now (0 when it reports none). */
static inline int shim_window_size(int *rows, int *cols) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0) return 0;
    *rows = size.ws_row;
    *cols = size.ws_col;
    return size.ws_row > 0 && size.ws_col > 0;
}

#endif
