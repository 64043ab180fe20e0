package almanac.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown laid out for a screen reader: linear, with nothing drawn (see {@link Medium}). */
class ScreenReaderLayoutTest {

    private static List<String> spoken(String markdown) {
        return MarkdownRenderer.render(markdown, 80, Medium.SCREEN_READER).lines().stream()
                .map(l -> l.text().stripTrailing()).toList();
    }

    @Test
    void aTableThatWouldFit_isStillReadRowByRowAsColumnValueLines() {
        List<String> actual = spoken("| Chip | Price |\n|---|---|\n| H100 | $2.35 |\n| B200 | $3.99 |\n");

        assertEquals(List.of("• Chip: H100", "  Price: $2.35", "", "• Chip: B200", "  Price: $3.99"), actual);
    }

    @Test
    void onTheScreen_theSameTableIsAGrid() {
        List<String> actual = MarkdownRenderer.render("| Chip | Price |\n|---|---|\n| H100 | $2.35 |\n", 80).lines()
                .stream().map(Line::text).toList();

        assertEquals("Chip │ Price", actual.get(0).stripTrailing());
    }

    @Test
    void aBlockQuote_isLedByAWordNotABar() {
        List<String> actual = spoken("> Tokens are the unit of cost.\n");

        assertEquals(List.of("Quote: Tokens are the unit of cost."), actual);
    }

    @Test
    void aThematicBreak_isABlankLineNotARule() {
        List<String> actual = spoken("Before.\n\n---\n\nAfter.\n");

        assertFalse(String.join("\n", actual).contains("─"), String.join("\n", actual));
        assertEquals("After.", actual.get(actual.size() - 1));
    }
}
