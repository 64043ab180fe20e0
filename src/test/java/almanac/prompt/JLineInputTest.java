package almanac.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.Size;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;
import org.junit.jupiter.api.Test;

class JLineInputTest {

    @Test
    void aPercentSignInThePrompt_isShownAsItIs() throws Exception {
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        PipedOutputStream keys = new PipedOutputStream();
        InfoCmp.setLoadedInfoCmp("xterm-256color", () -> InfoCmp.getDefaultInfoCmp("xterm-256color"));
        try (keys; Terminal terminal = TerminalBuilder.builder().system(false).type("xterm-256color")
                .streams(new PipedInputStream(keys), shown).size(new Size(80, 24))
                .encoding(StandardCharsets.UTF_8).build()) {
            JLineInput input = new JLineInput(LineReaderBuilder.builder().terminal(terminal).build());
            // The reply is typed once the prompt is up, as a person would: typed before it, the
            // in-memory terminal may echo it before the reader has shown anything.
            Thread typist = new Thread(() -> {
                try {
                    while (!shown.toString(StandardCharsets.UTF_8).contains("Enter to go on")) {
                        Thread.sleep(5);
                    }
                    keys.write("go\r".getBytes(StandardCharsets.UTF_8));
                    keys.flush();
                } catch (Exception e) {
                    // the reader closed the stream
                }
            });
            typist.setDaemon(true);
            typist.start();

            assertEquals("go", assertTimeoutPreemptively(Duration.ofSeconds(15),
                    () -> input.readLine("(✗ Not quite: 4. 120% as much · Enter to go on) ")));
        }
        String out = shown.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("120% as much"), out);
    }

    /** Reads one line at a prompt whose Esc does {@code escape}, from keys typed in the given bursts. */
    private static String typed(JLineInput.Escape escape, String... bursts) throws Exception {
        PipedOutputStream keys = new PipedOutputStream();
        InfoCmp.setLoadedInfoCmp("xterm-256color", () -> InfoCmp.getDefaultInfoCmp("xterm-256color"));
        try (keys; Terminal terminal = TerminalBuilder.builder().system(false).type("xterm-256color")
                .streams(new PipedInputStream(keys), new ByteArrayOutputStream()).size(new Size(80, 24))
                .encoding(StandardCharsets.UTF_8).build()) {
            JLineInput input = new JLineInput(LineReaderBuilder.builder().terminal(terminal).build(), escape);
            Thread typist = new Thread(() -> {
                try {
                    for (String burst : bursts) {
                        keys.write(burst.getBytes(StandardCharsets.UTF_8));
                        keys.flush();
                        // A person's pause between keys: longer than an escape sequence takes.
                        Thread.sleep(700);
                    }
                } catch (Exception e) {
                    // the reader closed the stream
                }
            });
            typist.setDaemon(true);
            typist.start();
            // Unbound, Esc then Enter opened a continuation line and the read never ended.
            return assertTimeoutPreemptively(Duration.ofSeconds(15), () -> input.readLine("note> "));
        }
    }

    @Test
    void esc_whereItCancels_cancelsLikeCtrlC() {
        assertThrows(LineInput.Cancelled.class, () -> typed(JLineInput.Escape.CANCELS, "half a note", "\033", "\r"));
    }

    @Test
    void escThenEnter_whereEscIsIgnored_readsTheLineAsTyped_withoutAContinuationLine() throws Exception {
        assertEquals("half a note", typed(JLineInput.Escape.IGNORED, "half a note", "\033", "\r"));
    }

    @Test
    void escAndEnterTogether_meanEscThenEnter_notANewLineInTheInput() throws Exception {
        assertEquals("half a note", typed(JLineInput.Escape.IGNORED, "half a note", "\033\r"));
        assertThrows(LineInput.Cancelled.class, () -> typed(JLineInput.Escape.CANCELS, "half a note", "\033\r"));
    }

    @Test
    void arrowsHomeEndAndDelete_whereEscCancels_stillEdit() throws Exception {
        // What xterm sends with the keypad on (JLine turns it on): Left ESC O D, Home ESC O H,
        // End ESC O F, Delete ESC [ 3 ~; each arrives in one burst.
        assertEquals(">abcd", typed(JLineInput.Escape.CANCELS, "acx", "\033OD", "\033[3~", "\033OD", "b",
                "\033OH", ">", "\033OF", "d\r"));
    }

    @Test
    void altKeys_whereEscCancels_stillWork() throws Exception {
        // Alt-b (ESC b) goes back a word.
        assertEquals("one Xtwo", typed(JLineInput.Escape.CANCELS, "one two", "\033b", "X\r"));
    }
}
