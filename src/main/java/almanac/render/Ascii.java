package almanac.render;

import java.text.Normalizer;

/**
 * The ASCII rendering of text for a terminal that cannot show UTF-8 (no UTF-8 locale, as over
 * SSH to a server without {@code AcceptEnv}). Rules become {@code -}, bullets {@code *}, bars
 * {@code |} and {@code #}, accented letters lose their accents; every code point keeps its
 * display width, so a screen laid out for UTF-8 still lines up, and nothing turns into the
 * {@code ?} a charset encoder would write.
 */
public final class Ascii {
    /** What a narrow character with no better rendering shows as. */
    private static final char UNKNOWN = '~';

    private Ascii() {
    }

    /** {@code s} in ASCII, each code point as wide as it was (see {@link DisplayWidth}). */
    public static String of(String s) {
        if (isAscii(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            append(out, c);
        }
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static void append(StringBuilder out, int c) {
        if (c < 0x80) {
            out.append((char) c);
            return;
        }
        int width = DisplayWidth.of(c);
        if (width == 0) {
            return;
        }
        if (width == 2) {
            out.append("[]");
            return;
        }
        out.append(narrow(c));
    }

    /** One ASCII character for a one-column code point. */
    static char narrow(int c) {
        switch (c) {
            case 0xa0, 0x2002, 0x2003, 0x2009, 0x202f:
                return ' ';
            case 0xb7, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x2500, 0x2501, 0x2504, 0x2508:
                return '-';
            case 0x2022, 0x25cf, 0x25e6, 0x2219, 0x25aa, 0x25ab, 0x2023, 0x2043:
                return '*';
            case 0x2502, 0x2503, 0x258f, 0x2595, 0x2506, 0x250a, 0xa6:
                return '|';
            case 0x2588, 0x2589, 0x258a, 0x258b, 0x258c, 0x258d, 0x258e, 0x2590, 0x2593, 0x2592, 0x25a0:
                return '#';
            case 0x2591:
                return '-';
            case 0x2550:
                return '=';
            case 0x2192, 0x25b6, 0x25b8, 0x203a, 0xbb, 0x2265:
                return '>';
            case 0x2190, 0x25c0, 0x25c2, 0x2039, 0xab, 0x2264:
                return '<';
            case 0x2191, 0x25b2:
                return '^';
            case 0x2193, 0x25bc:
                return 'v';
            case 0x2713, 0x2714:
                return '+';
            case 0x2717, 0x2718, 0xd7:
                return 'x';
            case 0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0xb4:
                return '\'';
            case 0x201c, 0x201d, 0x201e, 0x2033:
                return '"';
            case 0x2026:
                return '.';
            case 0xb0, 0xba:
                return 'o';
            case 0x2248, 0x223c:
                return '~';
            case 0xb5:
                return 'u';
            case 0x20ac:
                return 'E';
            case 0xa3:
                return 'L';
            case 0xa5:
                return 'Y';
            case 0xa9:
                return 'c';
            case 0xae:
                return 'r';
            case 0xdf:
                return 's';
            case 0xf7:
                return '/';
            default:
                break;
        }
        if (c >= 0x2500 && c <= 0x257f) {
            return '+';
        }
        if (c >= 0x2580 && c <= 0x259f) {
            return '#';
        }
        // An accented letter without its accents: é -> e, Å -> A.
        String bare = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD);
        char first = bare.charAt(0);
        return first < 0x80 && Character.isLetterOrDigit(first) ? first : UNKNOWN;
    }
}
