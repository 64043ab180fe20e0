package almanac.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;

/**
 * What the program gets from the world: environment variables, folders, streams and the
 * clock. Built once in {@link Main}; tests build their own.
 *
 * @param interactive stdin and stdout are a terminal (as {@code System.console()} tells)
 * @param cwd         the folder relative file names are read and written in
 */
public record Env(
        Map<String, String> vars,
        Path userHome,
        Path checkout,
        InputStream in,
        PrintWriter out,
        PrintWriter err,
        Clock clock,
        ZoneId zone,
        boolean interactive,
        Path cwd) {

    public String var(String name) {
        String v = vars.get(name);
        return v == null || v.isEmpty() ? null : v;
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
