package almanac.tui;

import almanac.terminal.ScreenMode;
import almanac.terminal.SessionTerminal;
import almanac.tutor.Review;
import almanac.tutor.Session;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Runs the full-screen tutor on the session's terminal, and leaves the terminal as it found
 * it however the session ends: q, Ctrl-C, SIGTERM, SIGHUP (a dropped SSH link) or an error.
 */
public final class FullScreen {
    /** The exit status after Ctrl-C, as shells expect (128 + SIGINT). */
    public static final int INTERRUPTED = 130;

    private FullScreen() {
    }

    /**
     * Starts, on a thread of its own, the set-up that every first frame waits for and that
     * needs nothing of the session, so that it runs while the path and the dotfile are read
     * (sampled on a cold JVM: about 12 ms of the main thread's way to the first frame):
     * Lanterna's colour table (its first {@code String.format} loads the locale's number
     * symbols), the Unicode block table it looks wide characters up in, and the normalizer's data.
     * A class being set up here is waited for, not set up twice, where the session needs it.
     */
    public static void prepare() {
        Thread thread = new Thread(() -> {
            try {
                TextCharacter.fromCharacter('a');
                TerminalTextUtils.isCharCJK('a');
                Normalizer.isNormalized("a", Normalizer.Form.NFC);
            } catch (RuntimeException | LinkageError e) {
                // Only a head start: the session does the same on its own thread and reports what fails.
            }
        }, "almanac-prepare");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Runs a session on {@code terminal}; returns the exit status. With {@code firstFrameOnly} the
     * session stops after its first frame, left as a learner leaving leaves it: the launcher's
     * training run, on a pseudo-terminal, so that the classes of a real start (terminal,
     * signals, screen) are in the archive it makes. Both go through the one lambda below, so
     * the archive holds it too (a lambda only a real start made was spun on every start).
     * {@code zone} is asked when a date is first shown: looking up the system's zone reads the
     * time-zone database, about 30 ms of CPU on a cold start, and most first frames show none.
     */
    public static int run(SessionTerminal terminal, Session session, boolean colour, Supplier<ZoneId> zone, Integer step,
            boolean restart, boolean firstFrameOnly) throws IOException {
        return onTutor(terminal, session, colour, zone, tutor -> {
            if (firstFrameOnly) {
                tutor.start(step, restart);
                tutor.leave();
            } else {
                tutor.run(step, restart);
            }
        });
    }

    private interface TutorWork {
        void run(FullScreenTutor tutor) throws IOException;
    }

    private static int onTutor(SessionTerminal terminal, Session session, boolean colour, Supplier<ZoneId> zone,
            TutorWork work)
            throws IOException {
        ScreenMode mode = ScreenMode.enter(terminal);
        TerminalScreen screen = new CheapRefreshScreen(mode.terminal());
        FullScreenTutor tutor = new FullScreenTutor(session, screen, new TerminalPrompts(screen, mode, colour),
                new Palette(colour), zone);
        mode.onResume(tutor::requestFullRedraw);
        // Notes and answers are saved as they happen; on a signal, record the time spent too.
        onScreen(screen, mode, session::quit, () -> work.run(tutor));
        return tutor.interrupted() ? INTERRUPTED : 0;
    }

    /** Runs a review of the due questions on {@code terminal}; {@code zone} as for {@link #run}. */
    public static void review(SessionTerminal terminal, Review review, boolean colour, Supplier<ZoneId> zone,
            Instant now)
            throws IOException {
        ScreenMode mode = ScreenMode.enter(terminal);
        TerminalScreen screen = new CheapRefreshScreen(mode.terminal());
        FullScreenReview view = new FullScreenReview(review, screen, new TerminalPrompts(screen, mode, colour),
                new Palette(colour), zone);
        mode.onResume(view::requestFullRedraw);
        onScreen(screen, mode, () -> { }, () -> view.run(now));
    }

    private interface ScreenWork {
        void run() throws IOException;
    }

    /**
     * Starts the screen, runs {@code work}, and gives the terminal back however it ends. On
     * SIGTERM or SIGHUP the JVM runs shutdown hooks while {@code work} is still going, so the
     * hook does {@code onSignal} and restores the terminal too.
     */
    private static void onScreen(TerminalScreen screen, ScreenMode mode, Runnable onSignal, ScreenWork work)
            throws IOException {
        AtomicBoolean stopped = new AtomicBoolean();
        Thread restore = new Thread(() -> {
            onSignal.run();
            stop(screen, mode, stopped);
        }, "almanac-restore");
        Runtime.getRuntime().addShutdownHook(restore);
        try {
            screen.startScreen();
            work.run();
        } finally {
            stop(screen, mode, stopped);
            try {
                Runtime.getRuntime().removeShutdownHook(restore);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running or has run
            }
        }
    }

    /**
     * Draws a few frames and reads a line through the session terminal's classes on
     * in-memory streams, loading what a real session needs first.
     */
    public static void warmUp(Session session) throws IOException {
        SessionTerminal.warmUp(mode -> {
            try {
                TerminalScreen screen = new CheapRefreshScreen(mode.terminal());
                screen.startScreen();
                FullScreenTutor tutor = new FullScreenTutor(session, screen, null, new Palette(true), () -> ZoneOffset.UTC);
                tutor.start(null, false);
                tutor.handle(new KeyStroke(KeyType.Enter));
                tutor.redraw(false);
                tutor.handle(new KeyStroke('j', false, false));
                tutor.redraw(false);
                screen.pollInput();
                screen.stopScreen(false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void stop(TerminalScreen screen, ScreenMode mode, AtomicBoolean stopped) {
        if (stopped.getAndSet(true)) {
            return;
        }
        synchronized (FullScreen.class) {
            try {
                screen.stopScreen(false);
            } catch (IOException | RuntimeException e) {
                // The terminal may be gone (SSH dropped); the mode below still restores the tty.
            }
            mode.close();
        }
    }
}
