package almanac.terminal;

import com.googlecode.lanterna.input.KeyStroke;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Attributes.InputFlag;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Terminal.Signal;

/**
 * The full screen's hold on the session terminal: the tty in raw mode, and the signals
 * turned into what the screen does about them. WINCH has the screen resize (a prompt
 * takes WINCH while it is open; {@link #afterPrompt} catches up); Ctrl-C (SIGINT) becomes
 * a Ctrl-C key, so it is handled where keys are; Ctrl-Z (SIGTSTP) gives the shell its
 * terminal back before the process stops; fg (SIGCONT) takes it again and has the screen
 * redrawn whole. SIGTERM and SIGHUP are left to the JVM's shutdown hooks.
 */
public final class ScreenMode implements AutoCloseable {
    /** Leaves the alternate screen, shows the cursor and turns off styles and bracketed paste. */
    private static final byte[] LEAVE = "\033[0m\033[?2004l\033[?25h\033[?1049l".getBytes(StandardCharsets.US_ASCII);
    /**
     * Back to the alternate screen, cursor hidden (the screen is then redrawn whole).
     */
    private static final byte[] ENTER = "\033[?1049h\033[?25l".getBytes(StandardCharsets.US_ASCII);

    /**
     * A cursor position query, sent after fg: the key loop may be blocked in a read begun
     * while the tty was cooked, which only input ends; the terminal's answer is that input
     * (and is dropped as a key). Not while a prompt reads: it handles fg itself.
     */
    private static final byte[] WAKE = "\033[6n".getBytes(StandardCharsets.US_ASCII);

    private final SessionTerminal session;
    private final ScreenTerminal terminal;
    private final Attributes raw;
    private volatile Runnable onResume = () -> { };
    private volatile boolean suspended;
    private volatile boolean prompting;

    private ScreenMode(SessionTerminal session) {
        this.session = session;
        this.terminal = new ScreenTerminal(session);
        this.raw = raw(session.original());
    }

    /** Raw mode and the screen's signal handlers, until {@link #close}. */
    public static ScreenMode enter(SessionTerminal session) {
        ScreenMode mode = new ScreenMode(session);
        session.jline().setAttributes(mode.raw);
        var jline = session.jline();
        jline.handle(Signal.INT, signal -> mode.terminal.inject(new KeyStroke('c', true, false)));
        jline.handle(Signal.WINCH, signal -> mode.resized());
        jline.handle(Signal.TSTP, signal -> mode.suspend());
        jline.handle(Signal.CONT, signal -> mode.resume());
        return mode;
    }

    /**
     * Keys one at a time as they come, no echo, Ctrl-S and Ctrl-Q as keys; signals still
     * come from Ctrl-C and Ctrl-Z. Enter stays a newline (ICRNL), as Lanterna decodes it.
     * VMIN 0 and VTIME 1 are how JLine's reader reads with a timeout.
     */
    private static Attributes raw(Attributes cooked) {
        Attributes a = new Attributes(cooked);
        a.setLocalFlags(EnumSet.of(LocalFlag.ICANON, LocalFlag.ECHO, LocalFlag.IEXTEN), false);
        a.setInputFlags(EnumSet.of(InputFlag.IXON, InputFlag.INLCR), false);
        a.setInputFlag(InputFlag.ICRNL, true);
        a.setControlChar(ControlChar.VMIN, 0);
        a.setControlChar(ControlChar.VTIME, 1);
        return a;
    }

    public SessionTerminal session() {
        return session;
    }

    public ScreenTerminal terminal() {
        return terminal;
    }

    /** What to do after fg: redraw the whole screen. */
    public void onResume(Runnable action) {
        onResume = action;
    }

    /**
     * A prompt has closed: the tty back in raw mode (a prompt restores what it found, but
     * fg during it may have changed that), and a resize it took for itself passed on.
     */
    public void afterPrompt() throws IOException {
        session.jline().setAttributes(raw);
        terminal.getTerminalSize();
    }

    private void resized() {
        try {
            terminal.getTerminalSize();
        } catch (IOException | RuntimeException e) {
            // the terminal is gone; the key loop will see the end of input
        }
    }

    /** Ctrl-Z: the shell gets its screen and cooked tty back, then the process stops. */
    private void suspend() {
        suspended = true;
        write(LEAVE);
        session.restore();
        stopThisProcess();
        // Running again (fg): CONT has arrived or is on its way.
        resume();
    }

    /**
     * Stops the JVM as Ctrl-Z would have. Java can only raise a signal it handles itself, so
     * the stop (which cannot be caught) is sent by the shell's own kill, and this thread waits
     * for it: it returns once the process runs again.
     */
    private static void stopThisProcess() {
        try {
            Process kill = new ProcessBuilder("/bin/sh", "-c", "kill -STOP " + ProcessHandle.current().pid())
                    .redirectErrorStream(true).start();
            kill.getInputStream().readAllBytes();
            kill.waitFor();
        } catch (IOException e) {
            // no shell to stop us: go on running
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** fg, or SIGCONT after a stop: raw mode, the alternate screen, a whole redraw. */
    private synchronized void resume() {
        if (!suspended) {
            // A stop we did not see coming (kill -STOP): the shell may have reset the tty anyway.
            session.jline().setAttributes(raw);
            wakeKeyLoop();
            onResume.run();
            return;
        }
        suspended = false;
        session.jline().setAttributes(raw);
        write(ENTER);
        wakeKeyLoop();
        onResume.run();
    }

    private void wakeKeyLoop() {
        if (!prompting) {
            write(WAKE);
        }
    }

    /** A line prompt opens (true) or closes (false) on this screen. */
    public void prompting(boolean open) {
        prompting = open;
    }

    private void write(byte[] bytes) {
        try {
            var out = session.jline().output();
            out.write(bytes);
            out.flush();
        } catch (IOException | RuntimeException e) {
            // the terminal is gone
        }
    }

    /** Leaves the alternate screen and gives the tty back as the shell left it. */
    public void leaveScreen() {
        write(LEAVE);
        session.restore();
    }

    @Override
    public void close() {
        leaveScreen();
        try {
            session.resetSignals();
        } catch (RuntimeException e) {
            // shutting down (SIGTERM, SIGHUP): the handlers go with the JVM
        }
    }
}
