package almanac.cli;

import almanac.render.AsciiWriter;
import almanac.render.SanitizingWriter;
import almanac.render.TextEncoding;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Supplier;

/** The program's entry point: builds the {@link Env} from the real world and runs the command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // On a terminal, text is written as the locale says it can be shown (UTF-8, or else
        // ASCII without a '?'); into a pipe or a file it stays UTF-8, as data.
        // System.console() costs a service lookup (about 1.5 ms cold): asked only when it matters.
        Supplier<Boolean> terminal = once(() -> System.console() != null);
        boolean ascii = TextEncoding.fromLocale(System.getenv()) == TextEncoding.ASCII && terminal.get();
        PrintWriter out = new PrintWriter(new SanitizingWriter(text(FileDescriptor.out, ascii)), true);
        PrintWriter err = new PrintWriter(new SanitizingWriter(text(FileDescriptor.err, ascii)), true);
        String checkout = System.getProperty("almanac.checkout");
        useUnpackedNativeLibrary(checkout);
        Env env = new Env(System.getenv(), Path.of(System.getProperty("user.home")),
                checkout == null || !Files.isDirectory(Path.of(checkout)) ? null : Path.of(checkout),
                System.in, out, err, Clock.systemUTC(), once(ZoneId::systemDefault), terminal,
                Path.of("").toAbsolutePath(), System.getProperty("almanac.launcher"));
        // An error in another thread (the terminal set-up, a shutdown hook) would otherwise print its trace.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (e instanceof OutOfMemoryError) {
                err.println(Almanac.OUT_OF_MEMORY);
                err.flush();
                Runtime.getRuntime().halt(1);
            }
            err.println("almanac: internal error: " + e);
            err.flush();
        });
        int code = Almanac.run(env, args);
        System.exit(code);
    }

    /**
     * Run from a checkout, the build has unpacked JLine's native library under target/; JLine
     * loads it from there rather than copying it out of the jar into /tmp at every start.
     */
    private static void useUnpackedNativeLibrary(String checkout) {
        if (checkout != null && System.getProperty("library.jline.path") == null) {
            Path dir = Path.of(checkout, "target", "native", "org", "jline", "nativ");
            if (Files.isDirectory(dir)) {
                System.setProperty("library.jline.path", dir.toString());
            }
        }
    }

    /**
     * {@code lookUp}'s answer, asked when first needed: the system's zone reads the time-zone
     * database (about 10 ms on a cold JVM) and most runs show no date (a session asks when it
     * first shows one); {@code System.console()} is a service lookup.
     */
    private static <T> Supplier<T> once(Supplier<T> lookUp) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = lookUp.get();
                }
                return value;
            }
        };
    }

    private static Writer text(FileDescriptor fd, boolean ascii) {
        Writer utf8 = new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8);
        return ascii ? new AsciiWriter(utf8) : utf8;
    }
}
