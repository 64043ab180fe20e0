package almanac.render;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A step's Markdown as the reader sees it in a terminal of a given width. */
class MarkdownRendererTest {

    private static List<String> lines(String markdown, int width) {
        return MarkdownRenderer.render(markdown, width).lines().stream().map(Line::text).toList();
    }

    private static Set<Style> stylesOf(Rendered rendered, String text) {
        return rendered.lines().stream().flatMap(l -> l.spans().stream()).filter(s -> s.text().equals(text))
                .map(Span::style).collect(Collectors.toSet());
    }

    @Nested
    class Blocks {
        @Test
        void heading_isItsTextInHeadingStyle() {
            Rendered rendered = MarkdownRenderer.render("## Why temperature matters", 40);

            assertEquals(List.of("Why temperature matters"), rendered.lines().stream().map(Line::text).toList());
            assertEquals(Set.of(Style.HEADING), stylesOf(rendered, "temperature"));
        }

        @Test
        void paragraphs_areSeparatedByOneBlankLine() {
            assertEquals(List.of("First.", "", "Second."), lines("First.\n\nSecond.", 40));
        }

        @Test
        void softLineBreak_flowsIntoTheParagraph() {
            assertEquals(List.of("one two three"), lines("one\ntwo\nthree", 40));
        }

        @Test
        void bulletList_getsBulletsAndHangingIndent() {
            List<String> expected = List.of("• Hot water extracts", "  more tannins.", "• Cooler water keeps",
                    "  the sweet notes.");

            List<String> actual = lines("- Hot water extracts more tannins.\n- Cooler water keeps the sweet notes.", 20);

            assertEquals(expected, actual);
        }

        @Test
        void numberedList_keepsItsNumbers() {
            assertEquals(List.of("1. Boil.", "2. Cool.", "3. Pour."), lines("1. Boil.\n2. Cool.\n3. Pour.", 40));
        }

        @Test
        void numberedListStartingLater_startsAtThatNumber() {
            assertEquals(List.of("7. Steep.", "8. Drink."), lines("7. Steep.\n8. Drink.", 40));
        }

        @Test
        void nestedList_isIndentedUnderItsItem() {
            assertEquals(List.of("• Tea", "  • Green", "  • Black"), lines("- Tea\n  - Green\n  - Black", 40));
        }

        @Test
        void blockQuote_hasABarOnEveryLineAndQuoteStyle() {
            Rendered rendered = MarkdownRenderer.render("> Tea is liquid wisdom, said no one ever.", 20);

            assertEquals(List.of("│ Tea is liquid", "│ wisdom, said no", "│ one ever."),
                    rendered.lines().stream().map(Line::text).toList());
            assertEquals(Set.of(Style.QUOTE), stylesOf(rendered, "wisdom,"));
        }

        @Test
        void codeBlock_keepsItsSpacingAndIsCutNotReflowed() {
            String markdown = "```\ncost = 2.35 / (1500 * 3600)\n    indented\n```";

            List<String> actual = lines(markdown, 16);

            assertEquals(List.of("cost = 2.35 / (1", "500 * 3600)", "    indented"), actual);
        }

        @Test
        void thematicBreak_isARuleAcrossTheWidth() {
            assertEquals(List.of("a", "", "─".repeat(12), "", "b"), lines("a\n\n---\n\nb", 12));
        }
    }

    @Nested
    class Inlines {
        @Test
        void boldItalicAndCode_keepTheirStyles() {
            Rendered rendered = MarkdownRenderer.render("Water is **hot**, *cooler* for `green`.", 60);

            assertEquals(List.of("Water is hot, cooler for green."), rendered.lines().stream().map(Line::text).toList());
            assertEquals(Set.of(Style.BOLD), stylesOf(rendered, "hot"));
            assertEquals(Set.of(Style.ITALIC), stylesOf(rendered, "cooler"));
            assertEquals(Set.of(Style.CODE), stylesOf(rendered, "green"));
        }

        @Test
        void boldInsideItalic_isBold() {
            Rendered rendered = MarkdownRenderer.render("*very **hot** water*", 60);

            assertEquals(Set.of(Style.BOLD), stylesOf(rendered, "hot"));
            assertEquals(Set.of(Style.ITALIC), stylesOf(rendered, "water"));
        }

        @Test
        void links_getFootnoteNumbersInOrderAndTheUrlsAreListed() {
            Rendered rendered = MarkdownRenderer.render(
                    "Read [the guide](https://example.com/guide) and [this](https://example.com/this).", 60);

            assertEquals(List.of("Read the guide[1] and this[2]."), rendered.lines().stream().map(Line::text).toList());
            assertEquals(List.of("https://example.com/guide", "https://example.com/this"), rendered.links());
            assertEquals(Set.of(Style.LINK), stylesOf(rendered, "guide"));
            assertEquals(Set.of(Style.DIM), stylesOf(rendered, "[1]"));
        }

        @Test
        void autolink_isNumberedToo() {
            Rendered rendered = MarkdownRenderer.render("See <https://example.com>.", 60);

            assertEquals(List.of("See https://example.com[1]."), rendered.lines().stream().map(Line::text).toList());
            assertEquals(List.of("https://example.com"), rendered.links());
        }

        @Test
        void image_isShownAsItsTextWithAFootnoteLikeALink() {
            Rendered rendered = MarkdownRenderer.render(
                    "![a teapot](https://example.com/pot.png) and [a kettle](https://example.com/kettle)", 60);

            assertEquals(List.of("[image: a teapot][1] and a kettle[2]"), rendered.lines().stream().map(Line::text).toList());
            assertEquals(List.of("https://example.com/pot.png", "https://example.com/kettle"), rendered.links());
        }

        @Test
        void footnoteNumbers_runOnAcrossParagraphsAndLists() {
            Rendered rendered = MarkdownRenderer.render("[a](https://a.example)\n\n- [b](https://b.example)\n", 60);

            assertEquals(List.of("a[1]", "", "• b[2]"), rendered.lines().stream().map(Line::text).toList());
            assertEquals(List.of("https://a.example", "https://b.example"), rendered.links());
        }

        @Test
        void rawHtml_isShownAsTextNotInterpreted() {
            assertEquals(List.of("<b>bold?</b>"), lines("<b>bold?</b>", 40));
        }
    }

    @Nested
    class Tables {
        private static final String TEA_TABLE = """
                | Tea | Grams per 100 ml |
                |---|---|
                | Green | 2 |
                | Black | 2.5 |
                """;

        @Test
        void tableThatFits_isAlignedInColumnsWithARuleUnderTheHeader() {
            List<String> expected = List.of(
                    "Tea   │ Grams per 100 ml",
                    "──────┼─────────────────",
                    "Green │ 2",
                    "Black │ 2.5");

            List<String> actual = lines(TEA_TABLE, 40);

            assertEquals(expected, actual);
        }

        @Test
        void tableHeader_isBold() {
            Rendered rendered = MarkdownRenderer.render(TEA_TABLE, 40);

            assertEquals(Set.of(Style.BOLD), stylesOf(rendered, "Tea"));
            assertEquals(Set.of(Style.PLAIN), stylesOf(rendered, "Green"));
        }

        @Test
        void tableTooWide_becomesOneRecordPerRow() {
            List<String> expected = List.of(
                    "• Tea: Green",
                    "  Grams per 100 ml: 2",
                    "",
                    "• Tea: Black",
                    "  Grams per 100 ml:",
                    "    2.5");

            List<String> actual = lines(TEA_TABLE, 22);

            assertEquals(expected, actual);
        }

        @Test
        void wideCharactersInCells_areAlignedByDisplayWidth() {
            String markdown = "| Name | Kind |\n|---|---|\n| 緑茶 | green |\n| tea | black |\n";

            List<Line> lines = MarkdownRenderer.render(markdown, 40).lines();

            int bar = lines.get(0).text().indexOf('│');
            assertEquals(DisplayWidth.of(lines.get(0).text().substring(0, bar)),
                    DisplayWidth.of(lines.get(2).text().substring(0, lines.get(2).text().indexOf('│'))));
            assertEquals("緑茶 │ green", lines.get(2).text());
        }
    }

    @Nested
    class Hostile {
        private static final String ESC = "\u001b";

        @Test
        void escapeCodesAnywhereInTheBody_reachTheScreenInert() {
            String markdown = "# Title " + ESC + "]0;PWNED\u0007\n\n"
                    + "Body " + ESC + "[2J" + ESC + "[31mred\u009b0m and \u202eevil\n\n"
                    + "- item " + ESC + "]52;c;Y2xpcA==\u0007\n\n"
                    + "> quote \r overwrite\n\n"
                    + "`code " + ESC + "[5m`\n\n"
                    + "```\nblock " + ESC + "[?1049h\n```\n\n"
                    + "| h" + ESC + "[1m | x |\n|---|---|\n| c" + ESC + "[0m | y |\n\n"
                    + "[link " + ESC + "[4m](https://example.com)\n";

            Rendered rendered = MarkdownRenderer.render(markdown, 60);

            String all = rendered.lines().stream().map(Line::text).collect(Collectors.joining("\n"))
                    + String.join("\n", rendered.links());
            assertTrue(all.codePoints().noneMatch(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f
                    || c >= 0x202a && c <= 0x202e), () -> "a control character reached the screen: " + all);
            assertTrue(all.contains("^[]0;PWNED^G"), all);
            assertTrue(all.contains("^[[2J^[[31mred<U+009B>0m"), all);
            assertTrue(all.contains("<U+202E>evil"), all);
            assertTrue(all.contains("block ^[[?1049h"), all);
        }

        @Test
        void linkDestinationWithEscapes_isListedInert() {
            Rendered rendered = MarkdownRenderer.render("[x](<https://example.com/\u001b]8;;evil>)", 60);

            assertEquals(List.of("https://example.com/^[]8;;evil"), rendered.links());
        }

        @Test
        void noLineEverHoldsALineBreak() {
            Rendered rendered = MarkdownRenderer.render("a  \nb\\\nc\n\n```\nd\ne\n```", 40);

            assertTrue(rendered.lines().stream().noneMatch(l -> l.text().contains("\n")),
                    () -> rendered.lines().toString());
            assertEquals(List.of("a", "b", "c", "", "d", "e"), rendered.lines().stream().map(Line::text).toList());
        }
    }

    @Nested
    class NarrowWidths {
        private static final String RICH = """
                # A heading long enough to wrap several times over

                Paragraph with **bold**, *italic*, `code`, a [link](https://example.com/a/very/long/path/indeed)
                and 緑茶 and 🍵🍵🍵 and a supercalifragilisticexpialidocious word.

                - a bullet
                  - nested bullet with words
                    1. numbered deep inside
                > a quote
                > > nested quote

                | Column one | Column two | Column three |
                |---|---|---|
                | 緑茶 | 🍵 | https://example.com/x |

                ```
                a code line that is much longer than a narrow terminal
                ```

                ---
                """;

        @ParameterizedTest(name = "width {0}")
        @ValueSource(ints = {-5, 0, 1, 2, 3, 5, 9, 10, 11, 20, 40, 80, 200})
        void anyWidth_rendersWithoutThrowing(int width) {
            Rendered rendered = assertDoesNotThrow(() -> MarkdownRenderer.render(RICH, width));

            assertFalse(rendered.lines().isEmpty());
        }

        @ParameterizedTest(name = "width {0}")
        @ValueSource(ints = {10, 11, 13, 20, 40, 80})
        void realisticStep_neverDrawsPastTheWidth(int width) {
            List<Line> lines = MarkdownRenderer.render(RICH, width).lines();

            for (Line line : lines) {
                assertTrue(line.width() <= width, () -> "\"" + line.text() + "\" is wider than " + width);
            }
        }

        @Test
        void nothing_rendersAsNothing() {
            assertEquals(List.of(), MarkdownRenderer.render("", 40).lines());
            assertEquals(List.of(), MarkdownRenderer.render(null, 40).lines());
        }
    }
}
