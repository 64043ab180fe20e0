package almanac.cli;

import java.nio.file.Path;

/** Paths written so a suggested command can be pasted into a POSIX shell as it is. */
final class ShellWords {
    private ShellWords() {
    }

    /** {@code ~/.almanac/paths} under the user's home, else the path; quoted when the shell would split it. */
    static String quote(Path path, Path userHome) {
        Path absolute = path.toAbsolutePath().normalize();
        Path home = userHome.toAbsolutePath().normalize();
        boolean underHome = absolute.startsWith(home) && !absolute.equals(home);
        String rest = underHome ? home.relativize(absolute).toString() : absolute.toString();
        if (rest.matches("[A-Za-z0-9/._+-]+")) {
            return underHome ? "~/" + rest : rest;
        }
        String quoted = "'" + rest.replace("'", "'\\''") + "'";
        return underHome ? "~/" + quoted : quoted;
    }
}
