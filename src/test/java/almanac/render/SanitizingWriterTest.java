package almanac.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Output reaches the terminal in pieces; an escape sequence split across writes must still arrive inert. */
class SanitizingWriterTest {
    private final StringWriter screen = new StringWriter();
    private final SanitizingWriter writer = new SanitizingWriter(screen);

    @Test
    void escapeSplitAcrossTwoWrites_isStillInert() throws IOException {
        writer.write("title: \u001b");
        writer.write("]0;PWNED\u0007");
        writer.flush();

        assertEquals("title: ^[]0;PWNED^G", screen.toString());
    }

    @Test
    void sequenceWrittenOneCharacterAtATime_isInert() throws IOException {
        for (char c : "\u001b[2J\r\u009b31m\u202e".toCharArray()) {
            writer.write(c);
        }
        writer.flush();

        assertEquals("^[[2J^M<U+009B>31m<U+202E>", screen.toString());
    }

    @Test
    void charArraySlice_isCleanedWithinTheSliceOnly() throws IOException {
        char[] buffer = "xx\u001b[1mbold\u0007yy".toCharArray();

        writer.write(buffer, 2, buffer.length - 4);
        writer.flush();

        assertEquals("^[[1mbold^G", screen.toString());
    }

    @Test
    void emojiSplitBetweenItsTwoHalves_arrivesWhole() throws IOException {
        String tea = "🍵";
        writer.write(tea.substring(0, 1));
        writer.write(tea.charAt(1));
        writer.flush();

        assertEquals("🍵", screen.toString());
    }

    @Test
    void printWriterOnTop_keepsLineBreaksAndCleansTheRest() {
        PrintWriter out = new PrintWriter(writer);

        out.println("step 1\tWater \u001b[31mhot\u001b[0m");
        out.printf("%s%n", "\u0007done");
        out.flush();

        assertEquals("step 1\tWater ^[[31mhot^[[0m" + System.lineSeparator() + "^Gdone" + System.lineSeparator(),
                screen.toString());
    }

    @Test
    void randomTextInRandomPieces_comesOutAsIfCleanedWhole() throws IOException {
        Random random = new Random(424242);
        for (int n = 0; n < 2_000; n++) {
            String text = SanitizerTest.randomText(random, false);
            StringWriter sink = new StringWriter();
            SanitizingWriter pieces = new SanitizingWriter(sink);

            int i = 0;
            while (i < text.length()) {
                int len = Math.min(text.length() - i, 1 + random.nextInt(5));
                switch (random.nextInt(3)) {
                    case 0 -> pieces.write(text.substring(i, i + len));
                    case 1 -> pieces.write(text.toCharArray(), i, len);
                    default -> {
                        len = 1;
                        pieces.write(text.charAt(i));
                    }
                }
                i += len;
            }
            pieces.flush();

            assertEquals(Sanitizer.clean(text), sink.toString(), () -> "pieces of " + text.codePoints()
                    .mapToObj(c -> String.format("%04X", c)).toList());
        }
    }
}
