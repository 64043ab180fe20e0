package almanac.content;

import almanac.UnsafeCodePoints;
import java.util.Objects;

/**
 * One thing wrong with a path file, at a place in it. {@code line} and {@code column} are
 * 1-based; 0 when the problem is with the file as a whole.
 */
public record Problem(String file, int line, int column, Severity severity, String message) {

    public enum Severity { ERROR, WARNING }

    public Problem {
        Objects.requireNonNull(file);
        Objects.requireNonNull(severity);
        message = visible(Objects.requireNonNull(message));
    }

    /**
     * A message is one line of plain text, but it may quote the file, whose quoted strings can
     * hold any character: line breaks, terminal controls and bidi overrides are shown as
     * a backslash, u and four hex digits, the way YAML itself would write them.
     */
    private static String visible(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (UnsafeCodePoints.isUnsafeOnOneLine(c)) {
                b.append(String.format("\\u%04X", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    public static Problem error(String file, int line, int column, String message) {
        return new Problem(file, line, column, Severity.ERROR, message);
    }

    public static Problem warning(String file, int line, int column, String message) {
        return new Problem(file, line, column, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: message}, the form editors and terminals link to. */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line + ":" + column : file;
        return where + ": " + (isError() ? "" : "warning: ") + message;
    }
}
