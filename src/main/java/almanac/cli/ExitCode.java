package almanac.cli;

/** The exit codes the program promises (README, DESIGN §1); every command returns one of these. */
final class ExitCode {
    /** Done as asked. */
    static final int OK = 0;
    /** A problem the user can fix, or a bug; either way one line on stderr. */
    static final int ERROR = 1;
    /** The command line itself was wrong: an unknown command or option, a missing argument. */
    static final int USAGE = 2;
    /** Stopped by Ctrl-C, as shells expect (128 + SIGINT). */
    static final int INTERRUPTED = 130;

    /** The codes as the top-level help states them. */
    static final String IN_HELP = "Exit codes: 0 ok, 1 an error (one line on stderr), 2 a usage error, 130 Ctrl-C.";

    private ExitCode() {
    }
}
