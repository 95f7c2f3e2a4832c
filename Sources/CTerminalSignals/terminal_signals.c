#include "terminal_signals.h"

#include <signal.h>
#include <termios.h>
#include <unistd.h>

static struct termios saved;
static volatile sig_atomic_t saved_valid = 0;
/* Mouse reporting off, attributes reset, cursor shown, the alternate screen left. */
static const char restore_sequence[] = "\033[?1000l\033[?1002l\033[?1006l\033[0m\033[?25h\033[?1049l";

/* Only tcsetattr, write, signal and raise: endwin() is not safe in a signal handler. */
static void restore_and_die(int sig) {
    if (saved_valid) tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    ssize_t ignored = write(STDOUT_FILENO, restore_sequence, sizeof restore_sequence - 1);
    (void)ignored;
    signal(sig, SIG_DFL);
    raise(sig);
}

void byline_install_fatal_signal_handlers(void) {
    if (tcgetattr(STDIN_FILENO, &saved) == 0) saved_valid = 1;
    const int signals[] = {SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGSEGV, SIGILL, SIGABRT, SIGBUS, SIGFPE, SIGTRAP};
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) signal(signals[i], restore_and_die);
}
