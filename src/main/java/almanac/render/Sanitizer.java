package almanac.render;

import almanac.UnsafeCodePoints;

/**
 * Makes text from path files, the dotfile and the learner safe to show on a terminal.
 * Control characters (C0 except newline and tab, DEL, C1) would let a file set the
 * window title, clear the screen or write the clipboard; bidi overrides can make text
 * read differently from what it is ({@link UnsafeCodePoints} lists them all). Each becomes
 * visible and inert: C0 in caret form ({@code ^[} for ESC), the others as {@code <U+XXXX>}.
 */
public final class Sanitizer {
    private Sanitizer() {
    }

    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        if (isClean(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> append(out, c));
        return out.toString();
    }

    /** Like {@link #clean} but also turns newlines and tabs into spaces, for one-line places. */
    public static String oneLine(String s) {
        return clean(s).replace('\n', ' ').replace('\t', ' ').replace("\r", "");
    }

    private static boolean isClean(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isUnsafe(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True for every code point this class rewrites: those in {@link UnsafeCodePoints}. */
    public static boolean isUnsafe(int c) {
        return UnsafeCodePoints.isUnsafe(c);
    }

    private static void append(StringBuilder out, int c) {
        if (!isUnsafe(c)) {
            out.appendCodePoint(c);
        } else if (c < 0x20) {
            out.append('^').append((char) (c + 0x40));
        } else if (c == 0x7f) {
            out.append("^?");
        } else {
            out.append(String.format("<U+%04X>", c));
        }
    }
}
