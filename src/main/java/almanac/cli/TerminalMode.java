package almanac.cli;

import java.io.FileInputStream;
import java.io.IOException;
import almanac.terminal.SessionTerminal;
import almanac.tui.FullScreen;
import org.jline.terminal.Size;

/**
 * Decides between the full-screen tutor and plain mode. Each test guards against a way
 * Lanterna was seen to misbehave (research/stack.md §2): it ignores TERM=dumb, reads keys
 * from a pipe while waiting 10 s for a size report that never comes, throws without a
 * controlling tty, and hangs on a pty with no emulator behind it (window size 0x0, checked
 * once the terminal is open).
 */
final class TerminalMode {
    private TerminalMode() {
    }

    /** Why plain mode must be used, or null when the full screen is safe. */
    static String plainReason(Env env, boolean plainFlag) {
        if (plainFlag) {
            return "--plain";
        }
        String term = env.var("TERM");
        if (term == null || term.equals("dumb") || term.equals("unknown")) {
            return "TERM is " + (term == null ? "not set" : term);
        }
        if (!env.interactive()) {
            return "stdin or stdout is not a terminal";
        }
        try (FileInputStream tty = new FileInputStream("/dev/tty")) {
            tty.getFD();
        } catch (IOException e) {
            return "no controlling terminal";
        }
        return null;
    }

    /**
     * The session's terminal, opened for the full screen when it is safe here, else null
     * (then plain mode). Opening it asks the kernel for the window size without a process.
     */
    static SessionTerminal fullScreen(Env env, boolean plainFlag) {
        if (plainReason(env, plainFlag) != null) {
            return null;
        }
        // The screen's own set-up meanwhile, on another thread.
        FullScreen.prepare();
        SessionTerminal terminal;
        try {
            terminal = SessionTerminal.open(env.var("TERM"), env.encoding());
        } catch (IOException | RuntimeException | LinkageError e) {
            return null;
        }
        Size size = terminal.size();
        if (size.getColumns() <= 0 || size.getRows() <= 0) {
            // A pty with no emulator behind it (script, expect): nothing would answer the screen.
            terminal.close();
            return null;
        }
        return terminal;
    }
}
