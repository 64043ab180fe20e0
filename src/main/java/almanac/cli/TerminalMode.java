package almanac.cli;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Decides between the full-screen tutor and plain mode. Each test guards against a way
 * Lanterna was seen to misbehave (research/stack.md §2): it ignores TERM=dumb, reads keys
 * from a pipe while waiting 10 s for a size report that never comes, throws without a
 * controlling tty, and hangs on a pty with no emulator behind it (window size 0x0).
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
        if (windowIsEmpty()) {
            return "the terminal reports no window size";
        }
        return null;
    }

    /**
     * Lanterna's terminal when the full screen is safe here and it starts, else null (then
     * plain mode).
     */
    static com.googlecode.lanterna.terminal.Terminal fullScreen(Env env, boolean plainFlag) {
        if (plainReason(env, plainFlag) != null) {
            return null;
        }
        try {
            return almanac.tui.FullScreen.openTerminal();
        } catch (IOException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** True when the kernel says the window is 0x0 (as under script or expect). */
    private static boolean windowIsEmpty() {
        try {
            Process p = new ProcessBuilder("/bin/sh", "-c", "stty size < /dev/tty")
                    .redirectErrorStream(true).start();
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return true;
            }
            String size = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            return p.exitValue() != 0 || size.isEmpty() || size.startsWith("0 ") || size.endsWith(" 0");
        } catch (IOException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
