package almanac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import almanac.content.Problem;
import almanac.render.Sanitizer;
import org.junit.jupiter.api.Test;

/**
 * The terminal sanitiser and path-file messages hide exactly the code points in the one
 * table (the dotfile and JSON output are checked in their own packages' tests).
 */
class UnsafeCodePointsTest {

    @Test
    void sanitizer_rewritesExactlyTheUnsafeCodePoints() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String s = new String(Character.toChars(c));

            assertEquals(UnsafeCodePoints.isUnsafe(c), !Sanitizer.clean(s).equals(s), () -> "U+" + Integer.toHexString(s.codePointAt(0)));
        }
    }

    @Test
    void problemMessages_escapeExactlyTheUnsafeCodePointsAndLineBreaks() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String s = new String(Character.toChars(c));

            String shown = Problem.error("p.yaml", 1, 1, s).message();

            assertEquals(UnsafeCodePoints.isUnsafeOnOneLine(c), !shown.equals(s), () -> "U+" + Integer.toHexString(s.codePointAt(0)));
        }
    }

    @Test
    void bidiOverride_isInTheTable() {
        assertTrue(UnsafeCodePoints.isUnsafe(0x202e));
        assertTrue(UnsafeCodePoints.isUnsafe(0x2066));
        assertTrue(UnsafeCodePoints.isUnsafe(0x1b));
    }
}
