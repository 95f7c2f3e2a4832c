#ifndef BYLINE_TERMINAL_SIGNALS_H
#define BYLINE_TERMINAL_SIGNALS_H

/// Saves the terminal's settings and installs handlers that, on a fatal signal, put them
/// back with async-signal-safe calls only, then let the signal end the process. Call it
/// before initscr, so what is saved is the terminal as the shell had it.
void byline_install_fatal_signal_handlers(void);

#endif
