package almanac;

/**
 * The one list of code points that must never be shown or stored raw, used by every layer
 * (the terminal sanitiser, path-file messages, the dotfile and JSON output), so that what
 * one place makes visible no other place lets through. They either act on a terminal or
 * are invisible and change how the text around them reads:
 * <ul>
 * <li>C0 controls other than newline and tab, DEL and C1 controls: ESC starts escape
 * sequences (window title, clipboard, clearing the screen);
 * <li>bidi marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F,
 * U+202A–U+202E, U+2066–U+2069): they reorder text, so a note can read as something else;
 * <li>the line and paragraph separators U+2028 and U+2029, which some terminals and
 * editors take as line breaks, and U+FEFF (an invisible byte order mark);
 * <li>lone surrogates, which are not characters at all.
 * </ul>
 * Newline and tab are not in the list: multi-line text keeps them, and places that want
 * one line ask for them as well.
 */
public final class UnsafeCodePoints {
    private UnsafeCodePoints() {
    }

    public static boolean isUnsafe(int c) {
        return (c < 0x20 && c != '\n' && c != '\t')
                || (c >= 0x7f && c <= 0x9f)
                || c == 0x061c || c == 0x200e || c == 0x200f
                || (c >= 0x2028 && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0xfeff
                || (c >= 0xd800 && c <= 0xdfff);
    }

    /** Unsafe, or a newline or tab: for text that must stay on one line. */
    public static boolean isUnsafeOnOneLine(int c) {
        return c == '\n' || c == '\t' || isUnsafe(c);
    }
}
