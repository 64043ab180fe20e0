package almanac.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Review in a real terminal tells the truth: after a miss, after a pause, and with nothing
 * due; and {@code almanac} status agrees with what review said. The dotfile is written as an
 * earlier Almanac wrote it (SM-2's interval and ease), so its cards are carried over on the way.
 */
class ReviewIT extends TerminalTest {
    @BeforeEach
    void createHome() throws IOException {
        Files.createDirectories(home);
    }

    /** An SM-2 card as the old dotfile kept it, due {@code fromNow} from now. */
    private static String sm2Card(String key, Duration fromNow, int interval) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return "      " + key + ": { due: " + now.plus(fromNow) + ", interval: " + interval
                + ", ease: 2.5, reps: 1, lapses: 0, last: " + now.plus(fromNow).minus(Duration.ofDays(interval)) + " }\n";
    }

    private void dotfile(String... cards) throws IOException {
        StringBuilder b = new StringBuilder("schema: 1\npaths:\n  tea:\n    started: 2026-11-20T09:00:00Z\n"
                + "    current: leaves\n    finished: null\n    steps: {}\n    answers: {}\n    notes: {}\n    review:\n");
        for (String card : cards) {
            b.append(card);
        }
        Files.writeString(home.resolve("progress.yaml"), b.toString(), StandardCharsets.UTF_8);
    }

    /** Runs {@code review}, then the status, in one pane. */
    private void reviewThenStatus() {
        String almanac = "bin/almanac --home '" + home + "' --paths src/test/resources/paths";
        tmux.start(80, 30, "echo; cd '" + REPO + "' && " + almanac + " review; echo \"EXIT=$?\"; " + almanac
                + " | grep -E 'Review:|More:'");
    }

    @Test
    void wrongAnswer_saysItComesBackInTenMinutes_notTomorrow() throws IOException {
        dotfile(sm2Card("water/green-temp", Duration.ofHours(-1), 1),
                sm2Card("water/tannins", Duration.ofDays(1), 6));
        reviewThenStatus();

        tmux.waitFor("1 question is due for review");
        tmux.keys("Enter");
        tmux.waitFor("answer>");
        tmux.type("1");
        tmux.keys("Enter");
        tmux.waitFor("Enter to go on)");
        tmux.keys("Enter");
        String results = tmux.waitFor("Reviewed 1 of 1 due: 0 right.");

        assertTrue(results.contains("(in 10 minutes)"), "the missed card is the next one:\n" + results);
        assertFalse(results.contains("(in 24 hours)"), results);
        tmux.keys("q");
        String after = tmux.waitFor("More:");
        assertFalse(after.contains("Review:"), "the status agrees: nothing is due for ten minutes:\n" + after);
    }

    @Test
    void pausedReview_saysHowManyAreStillDue_andTheStatusCountsThem() throws IOException {
        dotfile(sm2Card("water/green-temp", Duration.ofHours(-3), 1),
                sm2Card("water/tannins", Duration.ofHours(-2), 1),
                sm2Card("leaves/grams", Duration.ofHours(-1), 6));
        reviewThenStatus();

        tmux.waitFor("3 questions are due for review");
        tmux.keys("Enter");
        tmux.waitFor("answer>");
        tmux.type("2");
        tmux.keys("Enter");
        tmux.waitFor("Enter to go on)");
        tmux.keys("Enter");
        tmux.waitFor("Cold water boils faster");
        tmux.keys("C-c");
        String results = tmux.waitFor("Reviewed 1 of 3 due: 1 right.");

        assertTrue(results.contains("2 questions are still due"), results);
        assertFalse(results.contains("Next review"), "no next review while questions are due:\n" + results);
        tmux.keys("q");
        String after = tmux.waitFor("More:");
        assertTrue(after.contains("Review: 2 questions are due"), after);
    }

    @Test
    void nothingDue_saysWhenTheNextIsOnOneLine_withoutTakingTheScreen() throws IOException {
        dotfile(sm2Card("water/green-temp", Duration.ofDays(2).plusMinutes(5), 6));
        tmux.start(80, 24, "echo; echo BEFORE; cd '" + REPO + "' && bin/almanac --home '" + home
                + "' --paths src/test/resources/paths review; echo \"EXIT=$?\"");

        String screen = tmux.waitFor("EXIT=");

        assertTrue(screen.contains("BEFORE\nNothing to review now. Next review: "), screen);
        assertTrue(screen.contains("(in 2 days).\nEXIT=0"), screen);
    }
}
