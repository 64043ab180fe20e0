package almanac.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The line-mode tutor on a real terminal (tmux): plain mode, TERM=dumb and the
 * screen-reader mode, typed into as a person would.
 */
class LineModeIT extends TerminalTest {
    private void launch(String environment, String args) {
        tmux.start(80, 40, "cd '" + REPO + "' && " + environment + " bin/almanac --home '" + home
                + "' --paths src/test/resources/paths " + args + "; echo \"EXIT=$?\"");
    }

    private void typeLine(String line) {
        tmux.type(line);
        tmux.keys("Enter");
    }

    private int exitStatus() {
        Matcher exit = Pattern.compile("EXIT=(\\d+)").matcher(tmux.waitFor("EXIT="));
        assertTrue(exit.find());
        return Integer.parseInt(exit.group(1));
    }

    private String progress() throws IOException {
        return Files.readString(home.resolve("progress.yaml"), StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void plainMode_ctrlCAtThePrompt_exits130AndKeepsWhatWasSaved() throws IOException {
        launch("", "--plain learn tea");
        tmux.waitFor("[1/3 water]>");
        typeLine("note kept after Ctrl-C");
        tmux.waitFor("Note saved");

        tmux.keys("C-c");

        assertEquals(130, exitStatus(), tmux.screen());
        assertTrue(progress().contains("kept after Ctrl-C"), progress());
    }

    @Test
    void dumbTerminal_showsEachTypedCommandOnce_andCtrlCExits130() {
        launch("TERM=dumb", "learn tea");
        tmux.waitFor("[1/3 water]>");

        typeLine("outline");
        String screen = tmux.waitFor("0 of 3 done");
        tmux.keys("C-c");

        assertEquals(1, count(screen, "outline"), "the typed command once:\n" + screen);
        assertEquals(130, exitStatus(), tmux.screen());
    }

    @Test
    void screenReaderMode_onATerminal_speaksLabelledLinesWithNoDrawingAndNoAlternateScreen() throws IOException {
        launch("ALMANAC_SCREEN_READER=1", "learn tea");
        tmux.waitFor("[1/3 water]>");
        String altScreen = tmux.paneFormat("#{alternate_on}");

        typeLine("next");
        tmux.waitFor("answer>");
        typeLine("1");
        tmux.waitFor("Question 2 of 2");
        typeLine("1,3");
        tmux.waitFor("[2/3 leaves]>");
        typeLine("quit");
        assertEquals(0, exitStatus());
        String transcript = tmux.screenAndHistory(200);

        assertEquals("0", altScreen, "no alternate screen");
        assertTrue(transcript.contains("Step 1 of 3: Water ("), transcript);
        assertTrue(transcript.contains("Question 1 of 2: What temperature suits green tea?"), transcript);
        assertTrue(transcript.contains("Not quite. The answer: 2. 80 °C"), transcript);
        assertTrue(transcript.contains("\nRight.\n"), transcript);
        assertTrue(transcript.contains("  2. 80 °C"), "numbered options:\n" + transcript);
        assertTrue(transcript.contains("• Tea: Green\n  Grams per 100 ml: 2\n"), "a table as column: value lines:\n" + transcript);
        assertEquals(1, count(transcript, "answer> 1,3"), "typed once:\n" + transcript);
        assertFalse(transcript.codePoints().anyMatch(c -> c >= 0x2500 && c <= 0x259F || c == '✓' || c == '✗'),
                "no box drawing, block characters or marks:\n" + transcript);
        assertTrue(progress().contains("current: leaves"), "the same dotfile as the other modes:\n" + progress());
    }

    @Test
    void list_onAWideTerminal_usesItsWidth() throws IOException {
        Path paths = Files.createDirectories(dir.resolve("paths"));
        String title = "A Title Long Enough To Be Cut At Eighty Columns But Not At One Hundred And Forty";
        Files.writeString(paths.resolve("tea.yaml"), Files.readString(REPO.resolve("src/test/resources/paths/tea.yaml"))
                .replace("title: \"Tea: A Short Path for Tests\"", "title: \"" + title + "\""));
        tmux.start(140, 20, "cd '" + REPO + "' && unset COLUMNS; bin/almanac --home '" + home + "' --paths '" + paths
                + "' list; echo \"EXIT=$?\"");

        assertEquals(0, exitStatus());
        String screen = tmux.screen();
        assertTrue(screen.lines().anyMatch(l -> l.startsWith("tea ") && l.contains(title)), screen);
    }
}
