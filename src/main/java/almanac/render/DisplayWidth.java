package almanac.render;

/**
 * How many terminal columns text takes: 2 for East Asian wide and full-width characters
 * and emoji, 0 for combining marks and joiners, 1 otherwise. The same rule wraps text and
 * places it on screen, so lines never overflow their box.
 */
public final class DisplayWidth {
    private DisplayWidth() {
    }

    public static int of(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            // Printable ASCII, most of any text, is one column: no need to look it up.
            width += c >= 0x20 && c < 0x7f ? 1 : of(c);
            i += Character.charCount(c);
        }
        return width;
    }

    public static int of(int c) {
        if (c == 0) {
            return 0;
        }
        if (isZeroWidth(c)) {
            return 0;
        }
        return isWide(c) ? 2 : 1;
    }

    static boolean isZeroWidth(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT
                || c == 0x200b
                || (c >= 0xfe00 && c <= 0xfe0f)   // variation selectors
                || (c >= 0x1f3fb && c <= 0x1f3ff); // skin tone modifiers
    }

    static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115f)
                || (c >= 0x231a && c <= 0x231b)
                || (c >= 0x2329 && c <= 0x232a)
                || (c >= 0x23e9 && c <= 0x23ec) || c == 0x23f0 || c == 0x23f3
                || (c >= 0x25fd && c <= 0x25fe)
                || (c >= 0x2614 && c <= 0x2615)
                || (c >= 0x2648 && c <= 0x2653)
                || c == 0x267f || c == 0x2693 || c == 0x26a1
                || (c >= 0x26aa && c <= 0x26ab)
                || (c >= 0x26bd && c <= 0x26be)
                || (c >= 0x26c4 && c <= 0x26c5)
                || c == 0x26ce || c == 0x26d4 || c == 0x26ea
                || (c >= 0x26f2 && c <= 0x26f3) || c == 0x26f5 || c == 0x26fa || c == 0x26fd
                || c == 0x2705 || (c >= 0x270a && c <= 0x270b) || c == 0x2728 || c == 0x274c || c == 0x274e
                || (c >= 0x2753 && c <= 0x2755) || c == 0x2757
                || (c >= 0x2795 && c <= 0x2797) || c == 0x27b0 || c == 0x27bf
                || (c >= 0x2b1b && c <= 0x2b1c) || c == 0x2b50 || c == 0x2b55
                || (c >= 0x2e80 && c <= 0x303e)
                || (c >= 0x3041 && c <= 0x33ff)
                || (c >= 0x3400 && c <= 0x4dbf)
                || (c >= 0x4e00 && c <= 0x9fff)
                || (c >= 0xa000 && c <= 0xa4cf)
                || (c >= 0xa960 && c <= 0xa97f)
                || (c >= 0xac00 && c <= 0xd7a3)
                || (c >= 0xf900 && c <= 0xfaff)
                || (c >= 0xfe10 && c <= 0xfe19)
                || (c >= 0xfe30 && c <= 0xfe6f)
                || (c >= 0xff00 && c <= 0xff60)
                || (c >= 0xffe0 && c <= 0xffe6)
                || (c >= 0x1f004 && c <= 0x1f004) || c == 0x1f0cf || c == 0x1f18e
                || (c >= 0x1f191 && c <= 0x1f19a)
                || (c >= 0x1f200 && c <= 0x1f251)
                || (c >= 0x1f300 && c <= 0x1f64f)
                || (c >= 0x1f680 && c <= 0x1f6ff)
                || (c >= 0x1f7e0 && c <= 0x1f7eb)
                || (c >= 0x1f90c && c <= 0x1f9ff)
                || (c >= 0x1fa70 && c <= 0x1faff)
                || (c >= 0x20000 && c <= 0x3fffd);
    }

    /** The longest prefix of {@code s} that fits in {@code columns}. */
    public static String truncate(String s, int columns) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int w = of(c);
            if (width + w > columns) {
                return s.substring(0, i);
            }
            width += w;
            i += Character.charCount(c);
        }
        return s;
    }
}
