package almanac.tui;

import almanac.tutor.Review;
import almanac.tutor.Session;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the full-screen tutor on the real terminal, and leaves the terminal as it found it
 * however the session ends: q, Ctrl-C, SIGTERM, SIGHUP (a dropped SSH link) or an error.
 */
public final class FullScreen {
    /** The exit status after Ctrl-C, as shells expect (128 + SIGINT). */
    public static final int INTERRUPTED = 130;

    private FullScreen() {
    }

    /** Opens the terminal; throws IOException when Lanterna cannot use it (then use plain mode). */
    public static Terminal openTerminal() throws IOException {
        return new DefaultTerminalFactory()
                .setForceTextTerminal(true)
                .setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP)
                .createTerminal();
    }

    /** Runs a session on {@code terminal}; returns the exit status. */
    public static int run(Terminal terminal, Session session, boolean colour, ZoneId zone, Integer step, boolean restart)
            throws IOException {
        TerminalScreen screen = new TerminalScreen(terminal);
        FullScreenTutor tutor = new FullScreenTutor(session, screen, new JLinePrompts(screen, terminal, colour),
                new Palette(colour), zone);
        Resume.onContinue(tutor::requestFullRedraw);
        // Notes and answers are saved as they happen; on a signal, record the time spent too.
        onScreen(screen, session::quit, () -> tutor.run(step, restart));
        return tutor.interrupted() ? INTERRUPTED : 0;
    }

    /** Runs a review of the due questions on {@code terminal}. */
    public static void review(Terminal terminal, Review review, boolean colour, ZoneId zone, Instant now)
            throws IOException {
        TerminalScreen screen = new TerminalScreen(terminal);
        FullScreenReview view = new FullScreenReview(review, screen, new JLinePrompts(screen, terminal, colour),
                new Palette(colour), zone);
        onScreen(screen, () -> { }, () -> view.run(now));
    }

    private interface ScreenWork {
        void run() throws IOException;
    }

    /**
     * Starts the screen, runs {@code work}, and gives the terminal back however it ends. On
     * SIGTERM or SIGHUP the JVM runs shutdown hooks while {@code work} is still going, so the
     * hook does {@code onSignal} and restores the terminal too.
     */
    private static void onScreen(TerminalScreen screen, Runnable onSignal, ScreenWork work) throws IOException {
        AtomicBoolean stopped = new AtomicBoolean();
        Thread restore = new Thread(() -> {
            onSignal.run();
            stop(screen, stopped);
        }, "almanac-restore");
        Runtime.getRuntime().addShutdownHook(restore);
        try {
            screen.startScreen();
            work.run();
        } finally {
            stop(screen, stopped);
            try {
                Runtime.getRuntime().removeShutdownHook(restore);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running or has run
            }
        }
    }

    /** Draws a few frames on a virtual terminal, loading the classes a real session needs first. */
    public static void warmUp(Session session) throws IOException {
        var terminal = new com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal(
                new com.googlecode.lanterna.TerminalSize(80, 24));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        FullScreenTutor tutor = new FullScreenTutor(session, screen, null, new Palette(true), ZoneId.of("UTC"));
        tutor.open(null, false);
        tutor.redraw(true);
        tutor.handle(new com.googlecode.lanterna.input.KeyStroke(com.googlecode.lanterna.input.KeyType.Enter));
        tutor.redraw(false);
        tutor.handle(new com.googlecode.lanterna.input.KeyStroke('j', false, false));
        tutor.redraw(false);
        screen.stopScreen();
    }

    private static void stop(TerminalScreen screen, AtomicBoolean stopped) {
        if (stopped.getAndSet(true)) {
            return;
        }
        synchronized (FullScreen.class) {
            try {
                screen.stopScreen(false);
                screen.getTerminal().setCursorVisible(true);
                screen.getTerminal().flush();
                screen.getTerminal().close();
            } catch (IOException | RuntimeException e) {
                // The terminal may be gone (SSH dropped); there is nothing left to restore.
            }
        }
    }
}
