package almanac.terminal;

import almanac.render.AsciiWriter;
import almanac.render.SanitizingWriter;
import almanac.render.TextEncoding;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.Terminal.SignalHandler;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;

/**
 * The one terminal of a session: a JLine system terminal opened once, through JLine's JNI
 * provider (no {@code stty}, no other process). It owns the tty's modes and the terminal
 * signals; the full screen ({@link ScreenTerminal}) and every line prompt use it, so nothing
 * is handed over between two input buffers.
 *
 * <p>Outside the full screen: Ctrl-C ends the program through the JVM's shutdown (so hooks
 * save), Ctrl-Z stops it as usual. A {@link LineReader} takes Ctrl-C, resize and fg for
 * itself while it reads, and gives them back afterwards.
 */
public final class SessionTerminal implements AutoCloseable {
    /** JLine's own terminal descriptions (its .caps files): each TERM is read as one of them, never asked of {@code infocmp}. */
    private static final Set<String> BUNDLED = Set.of("ansi", "dumb", "dumb-color", "rxvt", "rxvt-basic",
            "rxvt-unicode", "rxvt-unicode-256color", "screen", "screen-256color", "xterm", "xterm-256color");
    /** Kept so the setting holds: java.util.logging forgets loggers nobody refers to. */
    private static final Logger JLINE_LOG = Logger.getLogger("org.jline");

    private final Terminal jline;
    private final TextEncoding encoding;
    private final Attributes original;
    private final History history = new DefaultHistory();
    private LineReader reader;

    private SessionTerminal(Terminal jline, TextEncoding encoding) {
        this.jline = jline;
        this.encoding = encoding;
        this.original = jline.getAttributes();
        jline.handle(Signal.INT, signal -> exitInterrupted());
        jline.handle(Signal.TSTP, SignalHandler.SIG_DFL);
    }

    /**
     * Opens the terminal of this process; throws IOException when there is none to open
     * (stdin or stdout not a tty, no JNI library for this platform).
     *
     * @param term the TERM variable, which names the terminal's capabilities
     */
    public static SessionTerminal open(String term, TextEncoding encoding) throws IOException {
        // JLine reports trouble (an unknown TERM, a provider that fails) as log warnings with a
        // stack trace on stderr, which would land over the screen: the fallbacks here are quiet.
        JLINE_LOG.setLevel(Level.OFF);
        String type = capabilities(term);
        Terminal terminal;
        try {
            // Every terminal signal is caught (ignored until told otherwise): JLine's default
            // puts SIGINT back to the kernel's default, which kills the JVM without running its
            // shutdown hooks (research/stack.md §3).
            terminal = NativeTerminal.open(type, encoding.charset());
        } catch (IOException | RuntimeException | LinkageError e) {
            throw new IOException("no terminal: " + e.getMessage(), e);
        }
        return new SessionTerminal(terminal, encoding);
    }

    /** A session terminal over a given JLine terminal (in-memory streams, for tests and the warm-up). */
    static SessionTerminal over(Terminal jline, TextEncoding encoding) {
        return new SessionTerminal(jline, encoding);
    }

    /**
     * Goes through a session's terminal work on in-memory streams (a screen drawn, a line
     * read), so the launcher's class-data archive holds the classes the first screen and the
     * first prompt need.
     */
    public static void warmUp(java.util.function.Consumer<ScreenMode> drawOnce) throws IOException {
        try {
            Class.forName("org.jline.terminal.impl.PosixSysTerminal", false, SessionTerminal.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IOException(e);
        }
        // Input that stays open (an ended stream closes JLine's terminal): a key, then a line.
        var keys = new java.io.PipedOutputStream();
        var in = new java.io.PipedInputStream(keys);
        keys.write("j2\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        keys.flush();
        var out = new java.io.ByteArrayOutputStream();
        InfoCmp.setLoadedInfoCmp("xterm-256color", () -> InfoCmp.getDefaultInfoCmp("xterm-256color"));
        Terminal jline = TerminalBuilder.builder().system(false).streams(in, out).type("xterm-256color")
                .size(new Size(80, 24)).encoding(TextEncoding.UTF8.charset()).build();
        try (SessionTerminal terminal = over(jline, TextEncoding.UTF8)) {
            ScreenMode mode = ScreenMode.enter(terminal);
            drawOnce.accept(mode);
            mode.close();
            terminal.reader().readLine("answer> ");
            terminal.printWriter().println("warm");
        } finally {
            keys.close();
        }
    }

    /**
     * JLine's own description of {@code type} (one it carries, see {@link #BUNDLED}; else
     * its plain ANSI one), read whole: JLine's reader decodes it a character at a time, a
     * few ms of a cold start.
     */
    static String description(String type) {
        String carried = BUNDLED.contains(type) ? type : "ansi";
        try (var in = InfoCmp.class.getResourceAsStream(carried + ".caps")) {
            return in == null ? InfoCmp.getDefaultInfoCmp(carried)
                    : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            return InfoCmp.getDefaultInfoCmp(carried);
        }
    }

    /**
     * The terminal description JLine should use for {@code term}: itself when JLine carries it,
     * else the nearest one it carries (tmux and screen types as screen, the rest as xterm).
     * Terminals today all speak the same ANSI sequences for what a line prompt needs.
     */
    static String capabilities(String term) {
        if (term == null || term.isEmpty()) {
            return "xterm";
        }
        if (BUNDLED.contains(term)) {
            return term;
        }
        boolean colours = term.contains("256") || term.contains("direct") || term.contains("truecolor");
        if (term.startsWith("tmux") || term.startsWith("screen")) {
            return colours ? "screen-256color" : "screen";
        }
        return colours || !term.startsWith("vt") ? "xterm-256color" : "xterm";
    }

    public Terminal jline() {
        return jline;
    }

    public TextEncoding encoding() {
        return encoding;
    }

    /** The window size; 0x0 on a pty with no emulator behind it (script, expect). */
    public Size size() {
        return jline.getSize();
    }

    /**
     * The line reader of the session, one for every prompt, so history carries from one
     * prompt to the next. Bracketed paste is on, so a pasted text is inserted once, not
     * typed and redrawn character by character.
     */
    public synchronized LineReader reader() {
        if (reader == null) {
            reader = LineReaderBuilder.builder().terminal(jline).history(history)
                    .option(LineReader.Option.BRACKETED_PASTE, true)
                    .option(LineReader.Option.AUTO_FRESH_LINE, true)
                    .build();
        }
        return reader;
    }

    /**
     * Text for the terminal outside the full screen: made inert (see SanitizingWriter) and
     * in the session's encoding.
     */
    public PrintWriter printWriter() {
        Writer out = jline.writer();
        if (encoding == TextEncoding.ASCII) {
            out = new AsciiWriter(out);
        }
        return new PrintWriter(new SanitizingWriter(out), true);
    }

    /** The tty's modes as they were when the session opened it (cooked, as the shell left them). */
    Attributes original() {
        return new Attributes(original);
    }

    /** Puts the tty back as the shell left it. */
    public void restore() {
        try {
            jline.setAttributes(original);
        } catch (RuntimeException e) {
            // the terminal is gone (an SSH link dropped): nothing left to restore
        }
    }

    /** Keeps the handlers and signals that a screen set from outliving it. */
    void resetSignals() {
        for (Signal signal : List.of(Signal.WINCH, Signal.CONT)) {
            jline.handle(signal, SignalHandler.SIG_IGN);
        }
        jline.handle(Signal.TSTP, SignalHandler.SIG_DFL);
        jline.handle(Signal.INT, signal -> exitInterrupted());
    }

    /** Ctrl-C outside a prompt and a screen: leave as a shell expects, running the shutdown hooks. */
    private static void exitInterrupted() {
        System.exit(130);
    }

    @Override
    public void close() {
        restore();
        try {
            jline.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
