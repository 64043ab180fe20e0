package almanac.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The learner's loop in a real terminal: every screen closes onto where it came from, every
 * key answers, the quiz says what happened, and leaving and coming back lose nothing.
 */
class LearnerLoopIT extends TerminalTest {
    private void launch(int columns, int rows, String env, String args) {
        // The echo works around tmux 3.3 dropping the first line printed after leaving the
        // alternate screen when nothing was printed before entering it.
        tmux.start(columns, rows, "echo; cd '" + REPO + "' && " + env + " bin/almanac --home '" + home
                + "' --paths src/test/resources/paths " + args + "; echo \"EXIT=$?\"");
    }

    private void launch(int columns, int rows, String args) {
        launch(columns, rows, "", args);
    }

    /** q on the screen, and the program has ended. */
    private void quit() {
        tmux.keys("q");
        tmux.waitFor("EXIT=0");
    }

    /** Answers the only question of step 3, which ends the path. */
    private void finishThePath() {
        tmux.waitFor("Step 3/3");
        tmux.keys("n");
        answer("steeping");
        tmux.waitFor("Enter to go on");
        tmux.keys("Enter");
        tmux.waitFor("Complete");
    }

    private void answer(String reply) {
        tmux.waitFor("answer>");
        tmux.type(reply);
        tmux.keys("Enter");
    }

    /** Answers step 1's quiz: the first question with {@code first}, the second with {@code second}. */
    private void firstQuiz(String first, String second) {
        tmux.keys("n");
        answer(first);
        tmux.waitFor("Enter to go on");
        tmux.keys("Enter");
        tmux.waitFor("Question 2/2");
        answer(second);
        tmux.waitFor("Enter to go on");
        tmux.keys("Enter");
        tmux.waitFor("Done: Water");
    }

    @Test
    void panels_closeOntoTheIntroAndTheDoneScreen_andArrowThenReadsTheNextStep() {
        launch(80, 24, "learn tea");
        tmux.waitFor("Press → or Enter to start");
        tmux.keys("?");
        tmux.waitFor("outline: jump to any step");
        tmux.keys("Escape");
        String intro = tmux.waitFor("Press → or Enter to start");
        assertTrue(intro.contains("Welcome"), intro);

        tmux.keys("Enter");
        tmux.waitFor("Water boils at 100");
        firstQuiz("2", "1,3");
        tmux.keys("o");
        tmux.waitFor("Outline");
        tmux.keys("Escape");
        tmux.waitFor("Done: Water");
        tmux.keys("Right");
        String step = tmux.waitFor("Step 2/3");
        assertTrue(step.contains("Leaves"), step);
        assertFalse(step.contains("answer>"), "no quiz of a step never read: " + step);
        quit();
    }

    @Test
    void keysThatDoNothing_sayAShortWord() {
        launch(80, 24, "learn tea");
        tmux.waitFor("Press → or Enter to start");
        tmux.keys("a");
        tmux.waitFor("Notes go on steps");
        tmux.keys("x");
        tmux.waitFor("Unused key · ? lists keys");

        tmux.keys("Enter");
        tmux.waitFor("Water boils at 100");
        tmux.keys("a");
        tmux.waitFor("note>");
        tmux.keys("C-c");
        tmux.waitFor("Note cancelled");
        tmux.keys("a");
        tmux.waitFor("note>");
        tmux.keys("Enter");
        tmux.waitFor("Empty note: nothing saved");
        quit();
    }

    @Test
    void esc_atTheNoteAndAnswerPrompts_cancelsLikeCtrlC_whileArrowsAndAltKeysStillEdit() throws IOException {
        launch(80, 24, "learn tea --step 1");
        tmux.waitFor("Step 1/3");
        tmux.keys("a");
        tmux.waitFor("note>");
        tmux.type("half a thought");
        tmux.keys("Escape");
        tmux.waitFor("Note cancelled: not saved");

        tmux.keys("a");
        tmux.waitFor("note>");
        tmux.type("ac");
        tmux.keys("Left");
        tmux.type("b");
        tmux.keys("Home");
        tmux.type("<");
        tmux.keys("M-f");
        tmux.type(">");
        tmux.waitFor("note> <abc>");
        tmux.keys("Enter");
        tmux.waitFor("Note saved on step 1");
        assertTrue(Files.readString(home.resolve("progress.yaml")).contains("text: \"<abc>\""),
                Files.readString(home.resolve("progress.yaml")));

        tmux.keys("n");
        tmux.waitFor("answer>");
        tmux.keys("Escape");
        tmux.waitFor("Quiz paused");
        quit();
    }

    @Test
    void summary_arrowsSayThePathIsDone() {
        launch(80, 24, "learn tea --step 3");
        finishThePath();
        tmux.keys("Left");
        tmux.waitFor("Path done · o opens a step");
        quit();
    }

    @Test
    void skip_showsTheAnswerAndTheExplanation_andTheDoneScreenCountsIt() {
        launch(80, 24, "learn tea --step 1");
        tmux.waitFor("Step 1/3");
        tmux.keys("n");
        answer("2");
        tmux.waitFor("Enter to go on");
        tmux.keys("Enter");
        answer("skip");
        String skipped = tmux.waitFor("(Skipped · Enter to go on)");
        assertTrue(skipped.contains("Skipped (asked again next time). The answer: 1. Hot water"), skipped);
        assertTrue(skipped.contains("Heat extracts tannins"), "the explanation follows: " + skipped);
        tmux.keys("Enter");
        tmux.waitFor("Quiz: 1/2 right, 1 skipped");
        quit();
    }

    @Test
    void quiz_isStyledInColour_plainUnderNoColor_andOffersOnlyWhatExists() throws IOException {
        launch(80, 24, "learn tea --step 1");
        tmux.waitFor("Step 1/3");
        tmux.keys("n");
        answer("2");
        tmux.waitFor("Right · Enter to go on");
        String styled = tmux.styledScreen();
        assertTrue(styled.contains("\u001b[32m✓") || styled.contains("32m\u001b[1m✓") || styled.matches("(?s).*\\[[0-9;]*32m[^ ]*✓.*"),
                "a green ✓: " + styled);
        tmux.keys("Enter");
        String second = tmux.waitFor("Question 2/2");
        assertFalse(second.substring(second.indexOf("Question 2/2")).contains("'hint'"),
                "no hint offered where there is none: " + second);
        answer("1,2");
        String wrong = tmux.waitFor("Not quite · Enter to go on");
        assertTrue(wrong.contains("You had 1 and 2; 3 was also right, 2 was not."), wrong);
        assertTrue(tmux.styledScreen().matches("(?s).*\\[[0-9;]*31m[^ ]*✗.*"), "a red ✗: " + tmux.styledScreen());
        assertTrue(wrong.contains("The answer: 1. Hot water"), wrong);
        tmux.type("q");
        tmux.keys("Enter");
        tmux.waitFor("Done: Water");
        quit();
        tmux.close();

        tmux = new Tmux(dir);
        launch(80, 24, "NO_COLOR=1", "learn tea --step 2");
        tmux.waitFor("Step 2/3");
        tmux.keys("n");
        answer("nonsense");
        tmux.waitFor("answer>");
        answer("1");
        tmux.waitFor("Not quite");
        String plain = tmux.styledScreen();
        assertFalse(plain.matches("(?s).*\\[[0-9;]*3[12]m.*"), "no colour under NO_COLOR: " + plain);
        tmux.keys("Enter");
        tmux.waitFor("Done: Leaves");
        quit();
    }

    @Test
    void quitWord_atTheAnswerPrompt_pausesTheQuizLikeCtrlC_inBothModes() throws IOException {
        launch(80, 24, "learn tea --step 1");
        tmux.waitFor("Step 1/3");
        tmux.keys("n");
        answer("q");
        tmux.waitFor("Quiz paused");
        quit();
        tmux.close();

        tmux = new Tmux(dir);
        launch(80, 24, "learn tea --plain --step 1");
        tmux.waitFor("[1/3 water]>");
        tmux.type("next");
        tmux.keys("Enter");
        answer("quit");
        String screen = tmux.waitFor("Quiz paused. 'next' asks the rest.");
        assertFalse(screen.contains("Answer with one number"), "quit is not read as an answer: " + screen);
        tmux.waitFor("[1/3 water]>");
        tmux.type("quit");
        tmux.keys("Enter");
        tmux.waitFor("EXIT=0");
    }

    @Test
    void smallTerminal_keepsTheVerdictAndTheWayOnInSight_andWrapsWithAnIndent() {
        launch(40, 12, "learn tea");
        tmux.waitFor("to start");
        tmux.keys("Enter");
        tmux.waitFor("Step 1/3");
        tmux.keys("n");
        String question = tmux.waitFor("answer>");
        for (String row : question.split("\n")) {
            assertFalse(row.startsWith("stop)") || row.startsWith("to stop") || row.matches("^[a-z]+\\).*"),
                    "no hint line broken at column 0: " + question);
        }
        tmux.type("3");
        tmux.keys("Enter");
        String verdict = tmux.waitFor("Enter to go on");
        assertTrue(verdict.contains("Not quite"), "the verdict in sight: " + verdict);
        tmux.keys("Enter");
        answer("1,3");
        tmux.waitFor("Enter to go on");
        tmux.keys("Enter");
        String done = tmux.waitFor("Done: Water");
        assertTrue(done.replace("\n", " ").contains("Next: step 2/3"), "the way on in sight: " + done);
        assertTrue(done.contains("Done · step 1/3"), "the header names the step shown: " + done);
        quit();
    }

    @Test
    void smallTerminal_aQuestionTallerThanTheWindow_isPaged_andAgainShowsItFromTheTop() throws IOException {
        Path paths = Files.createDirectories(dir.resolve("paths"));
        Files.writeString(paths.resolve("moe.yaml"), """
                schema: 1
                id: moe
                title: "Experts"
                summary: "One step with one long question."
                audience: "Tests."
                level: beginner
                as_of: 2026-11-27
                steps:
                  - id: experts
                    title: Experts
                    minutes: 1
                    why: "It asks one long question."
                    body: "Mixture-of-experts models keep every expert in memory."
                    key_points: [ "Memory follows the total.", "Arithmetic follows the active count." ]
                    quiz:
                      - id: total-vs-active
                        choice: "Mistral Large 3 has 675B parameters in total and 41B active per token. What does that mean for whoever serves it?"
                        options:
                          - "Only the 41B active parameters need to sit in GPU memory; the rest can wait on disk."
                          - "All 675B must be held in memory, but each token needs roughly the arithmetic of a 41B dense model."
                          - "It needs the memory of a 41B model but the arithmetic of a 675B model."
                          - "Every token runs through all 675B parameters; 41B is the size of the compressed download."
                        answer: 2
                        explain: "Memory follows the total, arithmetic the active count."
                """);
        launch(40, 12, "", "--paths '" + paths + "' learn moe --step 1");
        tmux.waitFor("Step 1/1");
        tmux.keys("n");
        String first = tmux.waitFor("(Enter for more)");
        assertTrue(first.contains("Question: Mistral Large 3"), "the question's start is in sight: " + first);
        // The quiz's heading shares the first window, so the question takes two or three.
        String rest = first;
        for (int pages = 0; !rest.contains("answer>") && pages < 3; pages++) {
            String before = rest;
            tmux.keys("Enter");
            rest = tmux.waitUntil("the next window", screen -> screen.contains("answer>") || !screen.equals(before));
        }
        rest = tmux.waitFor("answer>");
        assertTrue(first.contains("Quiz · Experts"), "the heading is in sight with the question's start: " + first);
        assertTrue(rest.contains("compressed download."), "the last option is in sight with the prompt: " + rest);
        assertTrue(rest.replace("\n", " ").contains("'again' shows it"), "rereading is offered: " + rest);
        answer("again");
        tmux.waitUntil("the question from its start, again",
                screen -> screen.contains("Question: Mistral Large 3") && screen.contains("(Enter for more)"));
        // An answer typed before the last page counts.
        tmux.type("2");
        tmux.keys("Enter");
        tmux.waitFor("Right · Enter to go on");
        tmux.keys("Enter");
        tmux.waitFor("Path complete: Experts");
        quit();
    }

    @Test
    void footer_labelsTheShareReadOfTheStep() {
        launch(60, 12, "learn tea --step 1");
        tmux.waitFor("Step 1/3");
        tmux.keys("j");
        String screen = tmux.waitFor("% read");
        String status = Arrays.stream(screen.split("\n")).filter(r -> r.contains("done")).findFirst().orElse("");
        assertFalse(status.matches(".*\\d+%(?! read).*"), "no bare percentage: " + status);
        quit();
    }

    @Test
    void leavingSaysWhatIsSavedAndHowToResume_andAFinishedPathSaysItIsFinished() throws IOException {
        launch(80, 24, "learn tea --step 3");
        tmux.waitFor("Step 3/3");
        tmux.keys("q");
        String left = tmux.waitFor("EXIT=0");
        assertResumable(left);
        tmux.close();

        tmux = new Tmux(dir);
        launch(80, 24, "learn tea --step 3");
        finishThePath();
        quit();
        tmux.close();

        tmux = new Tmux(dir);
        launch(80, 24, "learn tea");
        String again = tmux.waitUntil("the summary, whole", screen -> screen.contains("Steps done:")
                && screen.contains("q quit"));
        assertTrue(again.contains("You finished this path on"), again);
        assertTrue(again.contains("Nothing is due for review yet") || again.contains("Due for review now"), again);
        quit();
    }

    @Test
    void plainMode_quitSaysWhatIsSavedAndHowToResume_asTheFullScreenDoes() {
        launch(80, 24, "learn tea --plain --step 3");
        tmux.waitFor("[3/3 time]>");
        tmux.type("quit");
        tmux.keys("Enter");
        String left = tmux.waitFor("EXIT=0");
        assertResumable(left);
    }

    /**
     * The leaving line says what is saved and gives a command that comes back to it as pasted:
     * with the --home and --paths this run was given (the window may wrap it; it is one line).
     */
    private void assertResumable(String screen) {
        assertTrue(screen.contains("Saved at step 3/3 · 0 of 3 done."), screen);
        String joined = screen.replace("\n", "");
        String command = "bin/almanac --home " + home.toAbsolutePath() + " --paths "
                + REPO.resolve("src/test/resources/paths").toAbsolutePath() + " learn tea";
        assertTrue(joined.contains("Resume:") && joined.contains(command), "expected " + command + " in:\n" + screen);
    }

    @Test
    void resume_returnsToTheScrollPosition() throws IOException {
        launch(60, 12, "learn tea --step 1");
        tmux.waitFor("Step 1/3");
        tmux.keys("j", "j", "j");
        String scrolled = tmux.waitUntil("the step scrolled", screen -> !screen.split("\n")[1].contains("Water"));
        String top = scrolled.split("\n")[1];
        quit();
        tmux.close();

        tmux = new Tmux(dir);
        launch(60, 12, "learn tea");
        tmux.waitFor("Welcome back");
        tmux.waitUntil("the same line at the top as when leaving, not the title",
                screen -> screen.split("\n")[1].equals(top));
        quit();
    }
}
