package almanac.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import almanac.render.SanitizingWriter;
import almanac.render.Span;
import almanac.render.Style;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrinterTest {
    private final StringWriter terminal = new StringWriter();
    private final PrintWriter text = new PrintWriter(new SanitizingWriter(terminal), true);

    @Test
    void aCommandToPaste_isNeverBroken_butGetsItsOwnLineWhenItDoesNotFit() {
        new Printer(text, 80).textThen("Saved at step 2/9 · 1 of 9 done.", "Resume:", "almanac learn inference-economics");
        new Printer(text, 30).textThen("Saved at step 2/9 · 1 of 9 done · 2 notes.", "Resume:", "almanac learn tea");
        new Printer(text, 40).textThen("Saved at step 3/9 · 2 of 9 done · 1 note.", "Resume:",
                "bin/almanac learn inference-economics");

        assertEquals(List.of("Saved at step 2/9 · 1 of 9 done. Resume: almanac learn inference-economics",
                        "Saved at step 2/9 · 1 of 9", "done · 2 notes.", "Resume: almanac learn tea",
                        "Saved at step 3/9 · 2 of 9 done · 1", "note.", "Resume:", "bin/almanac learn inference-economics"),
                terminal.toString().lines().toList());
    }

    @Test
    void withoutCodes_printsPlainText() {
        new Printer(text, 80).spans(new Span("✓ Right.", Style.RIGHT));

        assertEquals("✓ Right.\n", terminal.toString().replace("\r\n", "\n"));
    }

    @Test
    void withCodes_stylesTheVerdictGreenAndResets() {
        new Printer(text, new PrintWriter(terminal, true), 80).spans(new Span("✓ Right.", Style.RIGHT));

        assertEquals("\u001b[1;32m✓ Right.\u001b[0m\n", terminal.toString().replace("\r\n", "\n"));
    }

    @Test
    void withCodes_theTextItselfIsStillSanitised() {
        new Printer(text, new PrintWriter(terminal, true), 80)
                .spans(new Span("evil\u001b]0;PWNED\u0007", Style.BOLD));

        String out = terminal.toString();
        assertTrue(out.startsWith("\u001b[1m"), out);
        assertFalse(out.contains("\u001b]0"), "the title sequence is inert: " + out);
    }

    @Test
    void aWindowResizedBetweenTwoParagraphs_wrapsTheSecondToItsNewWidth() {
        int[] columns = {60};
        Printer printer = new Printer(text, null, () -> columns[0], almanac.render.Medium.SCREEN);
        String words = "one two three four five six seven eight nine ten eleven twelve thirteen";

        printer.text(words);
        columns[0] = 20;
        printer.text(words);

        String[] lines = terminal.toString().split("\n");
        assertEquals("one two three four five six seven eight nine ten eleven", lines[0].stripTrailing(),
                "before the resize, 60 columns");
        assertEquals("twelve thirteen", lines[1].stripTrailing());
        var after = java.util.Arrays.asList(lines).subList(2, lines.length);
        assertTrue(after.size() >= 4 && after.stream().allMatch(l -> l.length() <= 20),
                "after it, the same words on lines of 20: " + terminal);
    }
}
