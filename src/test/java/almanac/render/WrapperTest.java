package almanac.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Word wrap by display width, keeping each word's style. */
class WrapperTest {
    private static final Span NONE = new Span("", Style.PLAIN);

    private static List<Line> wrap(String text, int width) {
        return Wrapper.wrap(List.of(new Span(text, Style.PLAIN)), width, NONE, NONE);
    }

    private static List<String> texts(List<Line> lines) {
        return lines.stream().map(Line::text).toList();
    }

    @Test
    void shortText_staysOnOneLine() {
        assertEquals(List.of("Water boils at 100 °C."), texts(wrap("Water boils at 100 °C.", 40)));
    }

    @Test
    void longText_breaksBetweenWords() {
        List<String> expected = List.of("Green tea wants", "cooler water, around", "80 °C.");

        List<String> actual = texts(wrap("Green tea wants cooler water, around 80 °C.", 20));

        assertEquals(expected, actual);
    }

    @Test
    void runsOfSpaces_collapseToOne() {
        assertEquals(List.of("a b c"), texts(wrap("a   b \t c", 20)));
    }

    @Test
    void newline_startsANewLine() {
        assertEquals(List.of("first", "second"), texts(wrap("first\nsecond", 40)));
    }

    @Test
    void urlLongerThanTheLine_isCutAfterASlashOrDashNearTheEdge() {
        List<String> expected = List.of("see", "https://", "example.com", "/a-very-", "long-path");

        List<String> actual = texts(wrap("see https://example.com/a-very-long-path", 11));

        assertEquals(expected, actual);
    }

    @Test
    void wordLongerThanTheLine_withNothingToBreakAt_isCutAtTheEdge() {
        List<String> expected = List.of("see", "abcdefghijk", "lmnopqrstuv", "wxyz");

        List<String> actual = texts(wrap("see abcdefghijklmnopqrstuvwxyz", 11));

        assertEquals(expected, actual);
    }

    @Test
    void chineseWithoutSpaces_isCutBetweenCharactersNeverThroughOne() {
        List<String> expected = List.of("緑茶は", "八十度", "のお湯");

        List<String> actual = texts(wrap("緑茶は八十度のお湯", 7));

        assertEquals(expected, actual);
        assertTrue(wrap("緑茶は八十度のお湯", 7).stream().allMatch(l -> l.width() <= 7));
    }

    @Test
    void emoji_countAsTwoColumns() {
        List<String> expected = List.of("🍵🍵", "🍵");

        List<String> actual = texts(wrap("🍵🍵🍵", 5));

        assertEquals(expected, actual);
    }

    @Test
    void firstAndRestPrefixes_areUsedAndCountedInTheWidth() {
        Span bullet = new Span("  • ", Style.PLAIN);
        Span hang = new Span("    ", Style.PLAIN);

        List<Line> lines = Wrapper.wrap(List.of(new Span("hot water extracts more tannins", Style.PLAIN)), 16, bullet, hang);

        assertEquals(List.of("  • hot water", "    extracts", "    more tannins"), texts(lines));
        assertTrue(lines.stream().allMatch(l -> l.width() <= 16));
    }

    @Test
    void stylesOfEachWord_areKeptAcrossTheBreak() {
        List<Span> spans = List.of(new Span("Water boils at ", Style.PLAIN), new Span("100 °C", Style.BOLD),
                new Span(" at sea level.", Style.ITALIC));

        List<Line> lines = Wrapper.wrap(spans, 16, NONE, NONE);

        assertEquals(List.of("Water boils at", "100 °C at sea", "level."), texts(lines));
        assertEquals(Style.BOLD, styleOf(lines, "100"));
        assertEquals(Style.BOLD, styleOf(lines, "°C"));
        assertEquals(Style.ITALIC, styleOf(lines, "sea"));
        assertEquals(Style.ITALIC, styleOf(lines, "level."));
        assertEquals(Style.PLAIN, styleOf(lines, "boils"));
    }

    @Test
    void cutWord_keepsItsStyleOnEveryPiece() {
        List<Span> spans = List.of(new Span("abcdefghij", Style.CODE));

        List<Line> lines = Wrapper.wrap(spans, 4, NONE, NONE);

        assertEquals(List.of("abcd", "efgh", "ij"), texts(lines));
        assertTrue(lines.stream().flatMap(l -> l.spans().stream()).filter(s -> !s.text().isEmpty())
                .allMatch(s -> s.style() == Style.CODE));
    }

    @Test
    void wordMadeOfTwoStyles_staysTogether() {
        List<Span> spans = List.of(new Span("see docs", Style.LINK), new Span("[1]", Style.DIM),
                new Span(" for more", Style.PLAIN));

        List<Line> lines = Wrapper.wrap(spans, 9, NONE, NONE);

        assertEquals(List.of("see", "docs[1]", "for more"), texts(lines));
    }

    private static Style styleOf(List<Line> lines, String text) {
        return lines.stream().flatMap(l -> l.spans().stream()).filter(s -> s.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no span \"" + text + "\"")).style();
    }

    @ParameterizedTest(name = "width {0}")
    @ValueSource(ints = {2, 3, 4, 7, 13, 40, 80})
    void randomTextOfAnyScript_neverOverflowsAndLosesNothing(int width) {
        Random random = new Random(width);
        String[] pieces = {"a", "tea", "supercalifragilistic", "緑茶", "八十度のお湯です", "🍵", "✅✅✅", "e\u0301",
                "https://example.com/a/long/path", "100", "°C", "—", "x"};
        for (int n = 0; n < 500; n++) {
            List<Span> spans = new ArrayList<>();
            StringBuilder all = new StringBuilder();
            for (int w = random.nextInt(30); w >= 0; w--) {
                String word = pieces[random.nextInt(pieces.length)];
                Style style = Style.values()[random.nextInt(Style.values().length)];
                spans.add(new Span(word + " ", style));
                all.append(word);
            }

            List<Line> lines = Wrapper.wrap(spans, width, NONE, NONE);

            for (Line line : lines) {
                assertTrue(line.width() <= width, () -> "\"" + line.text() + "\" is wider than " + width);
            }
            String kept = String.join("", texts(lines)).replace(" ", "");
            assertEquals(all.toString(), kept, "text lost or reordered");
        }
    }
}
