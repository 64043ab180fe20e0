package almanac.cli;

import almanac.render.TextEncoding;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the program gets from the world: environment variables, folders, streams and the
 * clock. Built once in {@link Main}; tests build their own.
 *
 * @param terminal    whether stdin and stdout are a terminal (as {@code System.console()} tells),
 *                    asked when first needed (see {@link Main})
 * @param cwd         the folder relative file names are read and written in
 * @param launcher    the launcher as it was run ({@code bin/almanac}), passed by it as the
 *                    system property {@code almanac.launcher}; null when not given
 */
public record Env(
        Map<String, String> vars,
        Path userHome,
        Path checkout,
        InputStream in,
        PrintWriter out,
        PrintWriter err,
        Clock clock,
        Supplier<ZoneId> zones,
        Supplier<Boolean> terminal,
        Path cwd,
        String launcher) {

    /** An environment in a zone known now (as tests give it). */
    public Env(Map<String, String> vars, Path userHome, Path checkout, InputStream in, PrintWriter out,
            PrintWriter err, Clock clock, ZoneId zone, boolean interactive, Path cwd, String launcher) {
        this(vars, userHome, checkout, in, out, err, clock, () -> zone, () -> interactive, cwd, launcher);
    }

    /** An environment with no launcher name (as from a bare {@code java -jar}). */
    public Env(Map<String, String> vars, Path userHome, Path checkout, InputStream in, PrintWriter out,
            PrintWriter err, Clock clock, ZoneId zone, boolean interactive, Path cwd) {
        this(vars, userHome, checkout, in, out, err, clock, zone, interactive, cwd, null);
    }

    /** The same world with the program's output sent to {@code out} and {@code err} instead. */
    public Env withOutput(PrintWriter out, PrintWriter err) {
        return new Env(vars, userHome, checkout, in, out, err, clock, zones, terminal, cwd, launcher);
    }

    /** The zone dates are shown in, asked of {@code zones} when first needed (see {@link Main}). */
    public ZoneId zone() {
        return zones.get();
    }

    /** Stdin and stdout are a terminal. */
    public boolean interactive() {
        return terminal.get();
    }

    public String var(String name) {
        String v = vars.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    /**
     * How to run this program in a suggestion the user can paste: {@code almanac} once it is
     * on PATH (see {@code almanac install}), else the launcher as it was run.
     */
    public String command() {
        String path = var("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (isProgram(dir, "almanac")) {
                    return "almanac";
                }
            }
        }
        return launcher == null || launcher.isBlank() ? "almanac" : launcher;
    }

    private static boolean isProgram(String dir, String name) {
        try {
            Path file = Path.of(dir, name);
            return !dir.isEmpty() && java.nio.file.Files.isRegularFile(file) && java.nio.file.Files.isExecutable(file);
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** How text reaches the terminal, from the locale variables (see TextEncoding). */
    public TextEncoding encoding() {
        return TextEncoding.fromLocale(this::var);
    }

    /** Columns for printed text: $COLUMNS when set, else 80. */
    public int columns() {
        String c = var("COLUMNS");
        if (c != null && c.matches("[0-9]{2,4}")) {
            return Math.max(20, Integer.parseInt(c));
        }
        return 80;
    }
}
