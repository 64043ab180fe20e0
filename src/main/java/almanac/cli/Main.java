package almanac.cli;

import almanac.render.SanitizingWriter;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

/** The program's entry point: builds the {@link Env} from the real world and runs the command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new SanitizingWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8)), true);
        PrintWriter err = new PrintWriter(new SanitizingWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8)), true);
        String checkout = System.getProperty("almanac.checkout");
        Env env = new Env(System.getenv(), Path.of(System.getProperty("user.home")),
                checkout == null || !Files.isDirectory(Path.of(checkout)) ? null : Path.of(checkout),
                System.in, out, err, Clock.systemUTC(), ZoneId.systemDefault(), System.console() != null,
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
}
