package almanac.cli;

import almanac.terminal.SessionTerminal;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The session's terminal being opened on a thread of its own, while the rest of the start goes
 * on; its {@link #join} gives it, or null when plain mode must be used.
 */
final class TerminalOpening {
    private final Started<SessionTerminal> opening;

    private TerminalOpening(Started<SessionTerminal> opening) {
        this.opening = opening;
    }

    /** Begins opening the terminal for a session, unless {@code plainFlag} asks for plain mode. */
    static TerminalOpening begin(Env env, boolean plainFlag) {
        return new TerminalOpening(Started.on("almanac-terminal", () -> TerminalMode.fullScreen(env, plainFlag)));
    }

    /**
     * Begins opening the terminal before the command line is read, when {@code args} look like
     * a session ("learn" among them), else null. The terminal is the last thing a first frame
     * waits for, and reading the command line takes about a tenth of a start. An open
     * terminal takes the process's signals (Ctrl-C waits for the screen to handle it), so the
     * guess is checked with {@link #keepFor} as soon as the root's model can tell; plain mode
     * asked for on the command line is heeded at {@link #join}.
     */
    static TerminalOpening beginForSession(Env env, String[] args) {
        return List.of(args).contains(LearnCommand.NAME) ? begin(env, false) : null;
    }

    /**
     * {@code early} if {@code args} do name the learn command before the root's model ({@code
     * --home learn list} names list), else null, the opening given back at once.
     */
    static TerminalOpening keepFor(TerminalOpening early, CommandSpec root, String[] args) {
        if (early == null) {
            return null;
        }
        int word = Subcommands.firstWord(root, args);
        if (word >= 0 && args[word].equals(LearnCommand.NAME)) {
            return early;
        }
        early.close();
        return null;
    }

    /** The terminal, or null for plain mode: one opened before {@code plainFlag} was known is closed if it is set. */
    SessionTerminal join(boolean plainFlag) {
        SessionTerminal terminal = opening.join();
        if (terminal != null && plainFlag) {
            terminal.close();
            return null;
        }
        return terminal;
    }

    /**
     * Gives back the terminal of a session that will not run. An opening that failed is let
     * be: it must not replace the outcome of a run that never needed the terminal (a folder
     * called learn) or the error that ended one.
     */
    void close() {
        SessionTerminal terminal;
        try {
            terminal = opening.join();
        } catch (RuntimeException e) {
            return;
        }
        if (terminal != null) {
            terminal.close();
        }
    }
}
