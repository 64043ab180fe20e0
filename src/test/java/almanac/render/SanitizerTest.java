package almanac.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text from a path file or a note must never drive the terminal: every control sequence
 * arrives on screen as visible, inert characters (research/reliability.md §2).
 */
class SanitizerTest {

    static Stream<Arguments> controlSequences() {
        return Stream.of(
                Arguments.of("ESC alone", "\u001b", "^["),
                Arguments.of("CSI clear screen", "\u001b[2J", "^[[2J"),
                Arguments.of("CSI colour", "\u001b[31mred\u001b[0m", "^[[31mred^[[0m"),
                Arguments.of("OSC 0 window title, BEL-terminated", "\u001b]0;PWNED\u0007", "^[]0;PWNED^G"),
                Arguments.of("OSC 0 window title, ST-terminated", "\u001b]0;PWNED\u001b\\", "^[]0;PWNED^[\\"),
                Arguments.of("OSC 8 hyperlink", "\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\", "^[]8;;https://evil.example^[\\click^[]8;;^[\\"),
                Arguments.of("OSC 52 clipboard write", "\u001b]52;c;cm0gLXJmIH4=\u0007", "^[]52;c;cm0gLXJmIH4=^G"),
                Arguments.of("ConEmu OSC 9;7 runs a program", "\u001b]9;7;calc\u0007", "^[]9;7;calc^G"),
                Arguments.of("BEL", "ding\u0007", "ding^G"),
                Arguments.of("CR overwrites the line", "safe\rEVIL", "safe^MEVIL"),
                Arguments.of("erase line then CR", "shown\u001b[2K\rhidden", "shown^[[2K^Mhidden"),
                Arguments.of("backspace", "abc\bd", "abc^Hd"),
                Arguments.of("NUL", "a\u0000b", "a^@b"),
                Arguments.of("DEL", "a\u007fb", "a^?b"),
                Arguments.of("C1 CSI", "\u009b2J", "<U+009B>2J"),
                Arguments.of("C1 OSC and ST", "\u009d0;x\u009c", "<U+009D>0;x<U+009C>"),
                Arguments.of("C1 NEL", "a\u0085b", "a<U+0085>b"),
                Arguments.of("bidi RLO and isolates (Trojan Source)", "admin\u202e\u2066 // check\u2069\u2066", "admin<U+202E><U+2066> // check<U+2069><U+2066>"),
                Arguments.of("bidi LRE and PDF", "\u202ax\u202c", "<U+202A>x<U+202C>"),
                Arguments.of("Arabic letter mark", "a\u061cb", "a<U+061C>b"),
                Arguments.of("RLM and LRM", "\u200fa\u200e", "<U+200F>a<U+200E>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("controlSequences")
    void controlSequence_becomesVisibleAndInert(String situation, String raw, String expected) {
        String actual = Sanitizer.clean(raw);

        assertEquals(expected, actual);
    }

    @Test
    void newlinesAndTabs_areKept() {
        String text = "line one\n\tindented\nline three";

        assertEquals(text, Sanitizer.clean(text));
    }

    @Test
    void ordinaryTextInAnyScript_isUnchanged() {
        String text = "Tea — 緑茶, 녹차, чай, شاي ✅ 👨‍👩‍👧 é (e\u0301) ½ “quotes” 100 °C";

        assertEquals(text, Sanitizer.clean(text));
    }

    @Test
    void loneSurrogate_isShownNotPassedOn() {
        assertEquals("a<U+D83D>b", Sanitizer.clean("a\ud83db"));
        assertEquals("😀", Sanitizer.clean("\ud83d\ude00"));
    }

    @Test
    void nothing_isEmptyText() {
        assertEquals("", Sanitizer.clean(null));
    }

    @Test
    void oneLine_turnsLineBreaksAndTabsIntoSpacesAndStillEscapesTheRest() {
        assertEquals("title one two ^[[2J ^M", Sanitizer.oneLine("title\none\ttwo \u001b[2J \r"));
    }

    /** Unsafe by the brief, written out here rather than taken from the class under test. */
    private static boolean unsafe(int c) {
        return (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || (c >= 0x80 && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x061c
                || c == 0x200e || c == 0x200f || c == 0x2028 || c == 0x2029 || c == 0xfeff
                || (c >= 0xd800 && c <= 0xdfff);
    }

    /** Code points weighted toward the dangerous ones, with ordinary, wide and astral text between. */
    static String randomText(Random random, boolean withLoneSurrogates) {
        int[][] pools = {
                {0x00, 0x1f}, {0x7f, 0x7f}, {0x80, 0x9f}, {0x202a, 0x202e}, {0x2066, 0x2069}, {0x061c, 0x061c},
                {0x200e, 0x200f}, {0x20, 0x7e}, {0x20, 0x7e}, {0xa0, 0x2fff}, {0x4e00, 0x9fff}, {0x1f300, 0x1faff},
                {0x0300, 0x036f}, {0x1b, 0x1b}, {'\n', '\n'}};
        StringBuilder b = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            int[] pool = pools[random.nextInt(pools.length)];
            b.appendCodePoint(pool[0] + random.nextInt(pool[1] - pool[0] + 1));
            if (withLoneSurrogates && random.nextInt(30) == 0) {
                b.append((char) (0xd800 + random.nextInt(0x800)));
            }
        }
        return b.toString();
    }

    @Test
    void tenThousandRandomStrings_neverKeepAnUnsafeCodePoint() {
        Random random = new Random(20261127);
        for (int n = 0; n < 10_000; n++) {
            String raw = randomText(random, true);

            String clean = Sanitizer.clean(raw);

            int bad = clean.codePoints().filter(SanitizerTest::unsafe).findFirst().orElse(-1);
            if (bad >= 0) {
                throw new AssertionError(String.format("U+%04X survived in %s", bad, clean.codePoints()
                        .mapToObj(c -> String.format("%04X", c)).toList()));
            }
            assertEquals(clean, Sanitizer.clean(clean), "cleaning twice must change nothing");
        }
    }

    @Test
    void tenThousandRandomStrings_keepEverySafeCharacterInOrder() {
        Random random = new Random(11272026);
        for (int n = 0; n < 10_000; n++) {
            String raw = randomText(random, false);
            StringBuilder safe = new StringBuilder();
            raw.codePoints().filter(c -> !unsafe(c)).forEach(safe::appendCodePoint);

            String clean = Sanitizer.clean(raw);

            assertTrue(isSubsequence(safe.toString(), clean), () -> "lost text: " + raw.codePoints()
                    .mapToObj(c -> String.format("%04X", c)).toList());
        }
    }

    private static boolean isSubsequence(String small, String big) {
        int j = 0;
        for (int i = 0; i < big.length() && j < small.length(); i++) {
            if (big.charAt(i) == small.charAt(j)) {
                j++;
            }
        }
        return j == small.length();
    }
}
