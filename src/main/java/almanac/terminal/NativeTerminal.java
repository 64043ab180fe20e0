package almanac.terminal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import org.jline.terminal.impl.PosixSysTerminal;
import org.jline.terminal.impl.jni.JniTerminalProvider;
import org.jline.terminal.spi.SystemStream;

/**
 * JLine's system terminal on the JNI provider, made without the three costs of
 * {@code TerminalBuilder} that a cold start pays and this program does not need (about
 * 35 ms of the first screen's 50 ms in it, measured by sampling):
 *
 * <ul>
 *   <li>the provider search, which reads service files from the jar and tries each provider;
 *   <li>JLine's reading of its capability names, a character at a time through its own
 *       decoder (see {@link TerminalDescription});
 *   <li>JLine's signal registration, which reaches {@code sun.misc.Signal} by reflection
 *       through a {@code java.lang.reflect.Proxy}, a class generated at run time that no
 *       class archive can hold. Here the handlers are plain lambdas.
 * </ul>
 *
 * The terminal itself (modes, size, input pump, writer, shutdown hook) is JLine's own.
 */
final class NativeTerminal extends PosixSysTerminal {
    /** The handlers that were in place before this terminal's, put back when it closes. */
    private final Map<Signal, sun.misc.SignalHandler> before = new EnumMap<>(Signal.class);
    /** The signals whose native handler is this terminal's (the others are the system's default). */
    private final EnumSet<Signal> routed = EnumSet.noneOf(Signal.class);

    private NativeTerminal(String type, JniTerminalProvider provider, Charset encoding) throws IOException {
        super("JLine terminal", type, provider.current(SystemStream.Output), encoding, false, SignalHandler.SIG_IGN);
        for (Signal signal : Signal.values()) {
            sun.misc.SignalHandler previous = route(signal);
            if (previous != null) {
                before.put(signal, previous);
            }
        }
    }

    /**
     * The terminal of this process, described as {@code type}; IOException when stdin or
     * stdout is not a terminal or JLine's native library cannot be loaded here.
     */
    static NativeTerminal open(String type, Charset encoding) throws IOException {
        JniTerminalProvider provider = new JniTerminalProvider();
        if (!provider.isSystemStream(SystemStream.Input) || !provider.isSystemStream(SystemStream.Output)) {
            throw new IOException("stdin or stdout is not a terminal");
        }
        return new NativeTerminal(type, provider, encoding);
    }

    /** Reads the capabilities from JLine's description without JLine's slow name table. */
    @Override
    protected void parseInfoCmp() {
        TerminalDescription.parse(SessionTerminal.description(type), bools, ints, strings);
    }

    /**
     * As JLine's: the handler is kept, and the signal reaches it through {@link #raise};
     * SIG_DFL gives the signal back to the system (Ctrl-Z stops the process again).
     */
    @Override
    public synchronized SignalHandler handle(Signal signal, SignalHandler handler) {
        SignalHandler previous = handlers.put(signal, handler);
        if (handler == SignalHandler.SIG_DFL) {
            if (routed.remove(signal)) {
                install(signal, sun.misc.SignalHandler.SIG_DFL);
            }
        } else if (!routed.contains(signal)) {
            route(signal);
        }
        return previous;
    }

    /** The signal to {@link #raise}; returns the handler it replaced, or null when the system has no such signal. */
    private sun.misc.SignalHandler route(Signal signal) {
        sun.misc.SignalHandler previous = install(signal, s -> raise(signal));
        if (previous != null) {
            routed.add(signal);
        }
        return previous;
    }

    /**
     * Null when this system lacks the signal (INFO on Linux) or the JVM keeps it for itself
     * (QUIT, for thread dumps), as JLine does.
     */
    private static sun.misc.SignalHandler install(Signal signal, sun.misc.SignalHandler handler) {
        try {
            return sun.misc.Signal.handle(new sun.misc.Signal(signal.name()), handler);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    protected void doClose() throws IOException {
        try {
            super.doClose();
        } finally {
            before.forEach(NativeTerminal::install);
        }
    }
}
