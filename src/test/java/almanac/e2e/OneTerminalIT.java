package almanac.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One terminal for the whole session, seen from outside in tmux: a resize while a prompt is
 * open, Ctrl-Z and fg, emoji, a long paste, no process started on the way to the screen, a
 * terminal JLine does not know, a server with no UTF-8 locale, and a terminal opened before
 * the command line is read that the command turns out not to want.
 */
class OneTerminalIT extends TerminalTest {
    private String almanac(String args) {
        return "cd '" + REPO + "' && bin/almanac --home '" + home + "' --paths src/test/resources/paths --paths "
                + "src/test/resources/glyphs " + args;
    }

    /** Runs almanac in the pane, then prints its exit status and the terminal's settings. */
    private void launch(int columns, int rows, String args) {
        tmux.start(columns, rows, "echo; " + almanac(args) + "; echo \"EXIT=$?\"; stty -a");
    }

    private String progress() throws IOException {
        return Files.readString(home.resolve("progress.yaml"), StandardCharsets.UTF_8);
    }

    private void assertExitedSane(int expectedStatus) {
        tmux.assertExitedSane(expectedStatus);
    }

    /** Every row but the status line (which carries the last message). */
    private static List<String> rowsAboveStatus(String screen, int rows) {
        List<String> lines = Arrays.asList(screen.split("\n", -1));
        return lines.subList(0, Math.min(lines.size(), rows - 1));
    }

    /** The same step drawn by a fresh run at {@code columns} x {@code rows}, from what was saved. */
    private List<String> freshScreen(int columns, int rows, String args, String marker) throws IOException {
        tmux.close();
        tmux = new Tmux(dir.resolve("fresh-" + columns));
        tmux.start(columns, rows, "echo; " + almanac(args) + "; echo \"EXIT=$?\"");
        String screen = tmux.waitFor(marker);
        screen = tmux.waitUntil("a settled frame", s -> s.contains(marker) && s.split("\n", -1).length >= rows);
        tmux.keys("q");
        tmux.waitFor("EXIT=");
        return rowsAboveStatus(screen, rows);
    }

    private static void assertSameRows(List<String> expected, List<String> actual) {
        for (int r = 0; r < expected.size(); r++) {
            assertEquals(expected.get(r), r < actual.size() ? actual.get(r) : "", "row " + r + "; the whole screen:\n"
                    + String.join("\n", actual));
        }
    }

    @Test
    void resizeAtTheQuizPrompt_theNextScreenIsDrawnAtTheNewSize() throws IOException {
        Files.createDirectories(dir.resolve("fresh-60"));
        launch(100, 30, "learn tea --step 1");
        tmux.waitFor("Step 1/3");
        tmux.keys("n");
        tmux.waitFor("answer>");
        tmux.resize(60, 20);
        tmux.type("2");
        tmux.keys("Enter");
        tmux.waitFor("Enter to go on)");
        tmux.keys("C-c");
        String after = tmux.waitFor("Quiz paused");
        List<String> resized = rowsAboveStatus(after, 20);
        assertEquals(20, after.split("\n", -1).length - 1, after);
        tmux.keys("q");
        assertExitedSane(0);

        assertSameRows(freshScreen(60, 20, "learn tea --step 1", "Step 1/3"), resized);
    }

    @Test
    void resizeAtTheNotePrompt_theNextScreenIsDrawnAtTheNewSize() throws IOException {
        Files.createDirectories(dir.resolve("fresh-50"));
        launch(100, 30, "learn tea --step 2");
        tmux.waitFor("Step 2/3");
        tmux.keys("a");
        tmux.waitFor("note>");
        tmux.resize(50, 16);
        tmux.type("steep it short");
        tmux.keys("Enter");
        String after = tmux.waitFor("Note saved");
        List<String> resized = rowsAboveStatus(after, 16);
        tmux.resize(100, 30);
        tmux.keys("q");
        assertExitedSane(0);
        assertTrue(progress().contains("steep it short"), progress());

        assertSameRows(freshScreen(50, 16, "learn tea --step 2", "Step 2/3"), resized);
    }

    @Test
    void ctrlZ_thenFg_keysWorkAndTheTerminalIsSaneAfterQuit() {
        tmux.start(80, 24, "bash --norc --noprofile -i");
        tmux.waitFor("bash");
        tmux.type(almanac("learn tea --step 1"));
        tmux.keys("Enter");
        tmux.waitFor("Step 1/3");

        tmux.keys("C-z");
        String shell = tmux.waitFor("Stopped");
        assertFalse(shell.contains("Step 1/3"), "the shell has its own screen back:\n" + shell);
        tmux.type("stty -a; fg");
        tmux.keys("Enter");
        tmux.waitFor("Step 1/3");
        String stopped = tmux.screen();

        tmux.keys("o");
        String outline = tmux.waitFor("Outline");
        assertTrue(outline.contains("1. Water"), outline);
        tmux.keys("Escape");
        tmux.waitForGone("Outline");
        tmux.keys("q");
        tmux.waitForGone("Step 1/3");
        // Quoted apart, so the typed line itself never reads as the answer.
        tmux.type("echo \"EXIT\"\"=$?\"; stty -a");
        tmux.keys("Enter");
        assertExitedSane(0);
        assertFalse(stopped.contains("intr = "), "fg redrew the whole screen over the shell's text:\n" + stopped);
    }

    @Test
    void keysTypedAhead_reachThePromptThenTheScreen() throws IOException {
        launch(80, 24, "learn tea --step 2");
        tmux.waitFor("Step 2/3");
        // One burst: the key that opens the prompt, the note and its Enter, then a screen key.
        tmux.keys("a", "typed ahead", "Enter", "o");
        String outline = tmux.waitFor("Outline");
        assertTrue(outline.contains("2. Leaves"), outline);
        tmux.keys("q");
        assertExitedSane(0);
        assertTrue(progress().contains("text: \"typed ahead\""), progress());
    }

    @Test
    void emoji_areDrawnNotQuestionMarks() {
        launch(80, 24, "learn glyphs --step 1");
        String screen = tmux.waitFor("Traffic light");
        assertTrue(screen.contains("Traffic light: 🚦 and a check ✅ mark."), screen);
        assertTrue(screen.contains("Café crème, naïve, 東京."), screen);
        assertFalse(screen.replace("? help", "").contains("?"), screen);
        tmux.keys("q");
        assertExitedSane(0);
    }

    @Test
    void aPasteOf20Kb_isSavedAsOneNoteInUnderTwoSeconds() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 20_000; i++) {
            text.append("word").append(i).append(' ');
        }
        String note = text.toString().strip();
        Path file = dir.resolve("paste.txt");
        Files.writeString(file, note, StandardCharsets.UTF_8);
        launch(80, 24, "learn tea --step 2");
        tmux.waitFor("Step 2/3");
        tmux.keys("a");
        tmux.waitFor("note>");

        long start = System.nanoTime();
        tmux.paste(file);
        tmux.keys("Enter");
        tmux.waitFor("Note saved");
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertTrue(millis < 2000, "the paste took " + millis + " ms");
        assertTrue(progress().contains(note.substring(note.length() - 40)), "the whole paste is in the note");
        tmux.keys("q");
        assertExitedSane(0);
    }

    @Test
    void noProcessIsStartedOnTheWayToTheScreen() throws IOException {
        Path trace = dir.resolve("trace");
        // The launcher runs its own tools (cksum, find...) before it execs Java; count after.
        tmux.start(80, 24, "echo; " + almanac("--version") + "; cd '" + REPO + "' && strace -f -e trace=execve -o '"
                + trace + "' bin/almanac --home '" + home + "' --paths src/test/resources/paths learn tea --step 1"
                + "; echo \"EXIT=$?\"");
        tmux.waitFor("Step 1/3");
        tmux.keys("q");
        tmux.waitFor("EXIT=0");
        List<String> execs = Files.readAllLines(trace).stream().filter(l -> l.contains("execve(\"")).toList();
        int java = -1;
        for (int i = 0; i < execs.size(); i++) {
            if (execs.get(i).matches(".*execve\\(\"[^\"]*/java\",.*")) {
                java = i;
            }
        }
        assertTrue(java >= 0, "java was started:\n" + String.join("\n", execs));
        List<String> afterJava = execs.subList(java + 1, execs.size());
        assertEquals(List.of(), afterJava, "processes the JVM started");
    }

    @Test
    void aTerminalJLineDoesNotKnow_opensTheScreenWithoutAWord() throws IOException {
        Path err = dir.resolve("stderr");
        tmux.start(80, 24, "echo; " + almanac("learn tea --step 1").replace("bin/almanac", "TERM=xterm-ghostty bin/almanac")
                + " 2>'" + err + "'; echo \"EXIT=$?\"; stty -a");
        String screen = tmux.waitFor("Step 1/3");
        assertFalse(screen.contains("WARNING"), screen);
        tmux.keys("q");
        assertExitedSane(0);
        assertEquals("", Files.readString(err), "nothing on stderr");
    }

    @Test
    void noUtf8Locale_drawsAsciiWithoutQuestionMarks() {
        tmux.start(80, 24, "echo; " + almanac("learn tea --step 1").replace("bin/almanac",
                "env -u LANG -u LC_ALL -u LC_CTYPE bin/almanac") + "; echo \"EXIT=$?\"; stty -a");
        String screen = tmux.waitFor("Step 1/3");
        String withoutKeys = screen.replace("? help", "");
        assertFalse(withoutKeys.contains("?"), withoutKeys);
        assertTrue(screen.chars().allMatch(c -> c < 0x80), "ASCII only:\n" + screen);
        assertTrue(screen.contains("Almanac - Tea"), "the dot between title parts is a dash:\n" + screen);
        assertTrue(screen.contains("|------------|"), "the progress bar in ASCII:\n" + screen);
        assertTrue(screen.contains("100 oC"), "degrees without the sign:\n" + screen);
        tmux.keys("n");
        String quiz = tmux.waitFor("answer>");
        assertFalse(quiz.contains("??"), quiz);
        assertTrue(quiz.contains("Quiz - Water"), quiz);
        assertTrue(quiz.contains("80 oC"), quiz);
        tmux.keys("C-c");
        tmux.waitFor("Step 1/3");
        tmux.keys("q");
        assertExitedSane(0);
    }

    @Test
    void aHomeFolderCalledLearn_listsAndLeavesTheTerminalAsItWas() {
        // "learn" among the arguments has the terminal opened before the command line is read;
        // here it is a folder's name, so the opening is given back and list runs as ever.
        tmux.start(80, 24, "echo; cd '" + REPO + "' && bin/almanac --home '" + home.resolve("learn")
                + "' --paths src/test/resources/paths list; echo \"EXIT=$?\"; stty -a");
        String screen = tmux.waitFor("EXIT=");
        assertTrue(screen.contains("tea"), screen);
        assertExitedSane(0);
    }

    @Test
    void plainAfterTheCommand_isPlainModeWithCtrlCStillStoppingIt() {
        tmux.start(80, 30, "echo; " + almanac("learn tea --plain") + "; echo \"EXIT=$?\"; stty -a");
        tmux.waitFor("[1/3 water]>");
        tmux.keys("C-c");
        assertExitedSane(130);
    }

    @Test
    void noUtf8Locale_plainModeOnATerminalIsAsciiToo() {
        tmux.start(80, 30, "echo; " + almanac("--plain learn tea").replace("bin/almanac",
                "env -u LANG -u LC_ALL -u LC_CTYPE bin/almanac") + "; echo \"EXIT=$?\"");
        tmux.waitFor("[1/3 water]>");
        tmux.type("next");
        tmux.keys("Enter");
        String screen = tmux.waitFor("answer>");
        assertTrue(screen.chars().allMatch(c -> c < 0x80), "ASCII only:\n" + screen);
        assertTrue(screen.contains("-- Step 1/3 - Water ("), screen);
        assertTrue(screen.contains("* Hot water extracts more tannins."), screen);
        assertTrue(screen.contains("2. 80 oC"), screen);
        assertFalse(screen.contains("??"), screen);
        tmux.type("quit");
        tmux.keys("Enter");
        tmux.keys("C-c");
        tmux.waitFor("EXIT=");
    }
}
