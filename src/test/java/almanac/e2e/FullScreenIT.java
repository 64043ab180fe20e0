package almanac.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real launcher in a real terminal (tmux): a learner walks the test path, and after
 * every way of leaving the terminal is checked with {@code stty -a}.
 */
class FullScreenIT extends TerminalTest {
    /** Runs almanac in the pane, then prints its exit status and the terminal's settings. */
    private void launch(int columns, int rows, String args) {
        // The echo works around tmux 3.3 dropping the first line printed after leaving the
        // alternate screen when nothing was printed before entering it.
        tmux.start(columns, rows, "echo; cd '" + REPO + "' && bin/almanac --home '" + home
                + "' --paths src/test/resources/paths " + args + "; echo \"EXIT=$?\"; stty -a");
    }

    private String progress() throws IOException {
        return Files.readString(home.resolve("progress.yaml"), StandardCharsets.UTF_8);
    }

    private void assertExitedSane(int expectedStatus) {
        tmux.assertExitedSane(expectedStatus);
    }

    @Test
    void walkingThePath_introStepQuizNoteQuit_savesEverythingAndRestoresTheTerminal() throws IOException {
        launch(80, 24, "learn tea");
        String intro = tmux.waitFor("Press → or Enter to start");
        assertTrue(intro.contains("Tea: A Short Path for Tests"), intro);

        tmux.keys("Enter");
        String step = tmux.waitFor("Water boils at 100");
        assertTrue(step.contains("Step 1/3"), step);

        tmux.keys("n");
        tmux.waitFor("answer>");
        tmux.type("2");
        tmux.keys("Enter");
        tmux.waitFor("Right.");
        tmux.keys("Enter");
        tmux.waitFor("Question 2/2");
        tmux.type("1 3");
        tmux.keys("Enter");
        tmux.waitFor("Enter to go on)");
        tmux.keys("Enter");
        String done = tmux.waitFor("Done: Water");
        assertTrue(done.contains("Green tea wants water around 80 °C."), done);

        tmux.keys("Right");
        tmux.waitFor("Leaves");
        tmux.keys("a");
        tmux.waitFor("note>");
        tmux.type("brew at 80 degrees");
        tmux.keys("Enter");
        tmux.waitFor("Note saved on step 2");

        tmux.keys("q");
        assertExitedSane(0);
        String saved = progress();
        assertTrue(saved.contains("current: leaves"), saved);
        assertTrue(saved.contains("water/green-temp:"), saved);
        assertTrue(saved.contains("given: \"1,3\", correct: true"), saved);
        assertTrue(saved.contains("text: \"brew at 80 degrees\""), saved);
    }

    @Test
    void secondRun_resumesOnTheSameStep() throws IOException {
        launch(80, 24, "learn tea --step 2");
        tmux.waitFor("Step 2/3");
        tmux.keys("q");
        assertExitedSane(0);
        tmux.close();

        tmux = new Tmux(dir);
        launch(80, 24, "learn tea");
        String screen = tmux.waitFor("Welcome back — step 2/3");
        assertTrue(screen.contains("Leaves"), screen);
        tmux.keys("q");
        assertExitedSane(0);
    }

    @Test
    void ctrlC_onTheScreen_quitsWith130AndSaves() throws IOException {
        launch(80, 24, "learn tea --step 3");
        tmux.waitFor("Step 3/3");
        tmux.keys("C-c");
        assertExitedSane(130);
        assertTrue(progress().contains("current: time"), progress());
    }

    @Test
    void ctrlC_atThePrompt_cancelsOnlyThePrompt() throws IOException {
        launch(80, 24, "learn tea --step 1");
        tmux.waitFor("Step 1/3");
        tmux.keys("a");
        tmux.waitFor("note>");
        tmux.type("never mind");
        tmux.keys("C-c");
        tmux.waitFor("Step 1/3");
        tmux.keys("q");
        assertExitedSane(0);
        assertFalse(progress().contains("never mind"), progress());
    }

    @ParameterizedTest(name = "kill -{0}")
    @CsvSource({"TERM, 143", "HUP, 129", "INT, 130"})
    void signal_restoresTheTerminalAndKeepsProgress(String signal, int status) throws Exception {
        launch(80, 24, "learn tea --step 2");
        tmux.waitFor("Step 2/3");
        tmux.keys("a");
        tmux.waitFor("note>");
        tmux.type("saved before the signal");
        tmux.keys("Enter");
        tmux.waitFor("Note saved");

        long pid = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().orElse("").endsWith("/java")
                        && p.info().commandLine().orElse("").contains("--home " + home))
                .mapToLong(ProcessHandle::pid).findFirst().orElseThrow();
        // The shell's own kill, so the test needs nothing beyond sh (no procps).
        Process kill = new ProcessBuilder("sh", "-c", "kill -" + signal + " " + pid).start();
        assertTrue(kill.waitFor(10, TimeUnit.SECONDS));
        assertEquals(0, kill.exitValue());

        assertExitedSane(status);
        assertTrue(progress().contains("saved before the signal"), progress());
    }

    @Test
    void resizeAndAResizeStorm_redrawAtTheNewSizeAndSayWhenTooSmall() {
        launch(80, 24, "learn tea --step 1");
        tmux.waitFor("Step 1/3");

        tmux.resize(120, 40);
        tmux.waitUntil("the status line on row 40", screen -> {
            String[] rows = screen.split("\n", -1);
            return rows.length >= 40 && rows[39].contains("0/3 done");
        });

        int[][] storm = {{100, 30}, {40, 12}, {200, 60}, {60, 20}, {1, 1}, {500, 200}};
        for (int i = 0; i < 30; i++) {
            tmux.resize(storm[i % storm.length][0], storm[i % storm.length][1]);
        }
        tmux.resize(30, 10);
        // Shortened to fit 30 columns, whole.
        tmux.waitFor("too small: need 40x12");

        tmux.resize(80, 24);
        tmux.waitForGone("too small");
        tmux.waitFor("Step 1/3");
        tmux.keys("j");
        tmux.keys("q");
        tmux.waitFor("EXIT=0");
    }

    @Test
    void unknownPath_onATerminal_saysSoInOneLineAndLeavesTheTerminalSane() {
        launch(80, 24, "learn no-such-path");

        String screen = tmux.waitFor("EXIT=");
        assertTrue(screen.contains("almanac: no path with id 'no-such-path'"), screen);
        assertExitedSane(1);
    }

    @Test
    void dumbTerminal_fallsBackToPlainMode() {
        tmux.start(80, 24, "cd '" + REPO + "' && TERM=dumb bin/almanac --home '" + home
                + "' --paths src/test/resources/paths learn tea; echo \"EXIT=$?\"");
        String screen = tmux.waitFor("[1/3 water]>");
        assertTrue(screen.contains("Type 'next' to go on"), screen);
        tmux.type("quit");
        tmux.keys("Enter");
        tmux.waitFor("EXIT=0");
    }
}
