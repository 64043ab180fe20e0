package almanac.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import almanac.content.LearningPath;
import almanac.content.PathLoader;
import almanac.content.Question;
import almanac.progress.ProgressStore;
import almanac.tutor.AnswerSheet;
import almanac.tutor.Review;
import almanac.tutor.Session;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FullScreenReviewTest {
    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    @TempDir
    Path home;

    @Test
    void dueQuestions_areListedThenAskedThenSummed() throws Exception {
        almanac.tutor.MutableClock clock = new almanac.tutor.MutableClock(NOW);
        LearningPath tea = PathLoader.load(Path.of("src/test/resources/paths/tea.yaml"), "tea.yaml").orThrow();
        ProgressStore store = new ProgressStore(home, clock);
        Session session = new Session(tea, store, clock);
        session.open(null, false);
        session.answer(tea.steps().get(0).quiz().get(0), "1");
        session.answer(tea.steps().get(0).quiz().get(1), "2");
        clock.advance(almanac.review.Scheduler.RELEARNING_STEP);
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        List<String> headings = new ArrayList<>();
        Prompts answersRight = new Prompts() {
            @Override
            public boolean quiz(String heading, AnswerSheet sheet, List<Question> questions, List<Question> quiz) {
                headings.add(heading);
                sheet.answer(questions.get(0), questions.get(0).id().equals("green-temp") ? "2" : "1,3");
                return true;
            }

            @Override
            public String note(String stepTitle) {
                return null;
            }
        };
        FullScreenReview view = new FullScreenReview(new Review(List.of(tea), store, clock), screen, answersRight,
                new Palette(true), () -> ZoneOffset.UTC);
        terminal.addInput(new KeyStroke(KeyType.Enter));
        terminal.addInput(new KeyStroke('q', false, false));

        view.run(clock.instant());

        String shown = text(terminal);
        assertEquals(List.of("Review 1/2 · Tea: A Short Path for Tests · step 1: Water",
                "Review 2/2 · Tea: A Short Path for Tests · step 1: Water"), headings);
        assertTrue(shown.contains("Reviewed 2 of 2 due: 2 right."), shown);
        assertTrue(shown.contains("Next review: Sat 2026-11-28 09:10 (in 24 hours)."),
                "both relearned the same day, so both come back in a day: " + shown);
        assertTrue(shown.contains("2/2 reviewed"), shown);
    }

    @Test
    void aResizeWhileTheListShows_redrawsAtTheNewSizeBeforeAnyKey() throws Exception {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        FullScreenReview view = reviewWithOneDue(terminal);
        Thread loop = new Thread(() -> {
            try {
                view.run(NOW);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        loop.start();
        try {
            waitFor(() -> text(terminal).contains("Enter start"));
            terminal.setTerminalSize(new TerminalSize(100, 30));
            waitFor(() -> row(terminal, 29).contains("Enter start"));
            assertTrue(row(terminal, 0).stripTrailing().length() > 80, "the title bar spans the new width: " + row(terminal, 0));
        } finally {
            terminal.addInput(new KeyStroke('q', false, false));
            loop.join(5000);
        }
        assertTrue(!loop.isAlive(), "q ends the review");
    }

    /** A review of tea with its first question answered wrong, once it is due again. */
    private FullScreenReview reviewWithOneDue(DefaultVirtualTerminal terminal) throws java.io.IOException {
        almanac.tutor.MutableClock clock = new almanac.tutor.MutableClock(NOW);
        LearningPath tea = PathLoader.load(Path.of("src/test/resources/paths/tea.yaml"), "tea.yaml").orThrow();
        ProgressStore store = new ProgressStore(home, clock);
        Session session = new Session(tea, store, clock);
        session.open(null, false);
        session.answer(tea.steps().get(0).quiz().get(0), "1");
        clock.advance(almanac.review.Scheduler.RELEARNING_STEP);
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        return new FullScreenReview(new Review(List.of(tea), store, clock), screen, null, new Palette(true),
                () -> ZoneOffset.UTC);
    }

    private static void waitFor(java.util.function.BooleanSupplier test) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!test.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the screen never changed as expected");
            }
            Thread.sleep(10);
        }
    }

    private static String row(DefaultVirtualTerminal t, int r) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < t.getTerminalSize().getColumns(); c++) {
            b.append(t.getCharacter(c, r).getCharacterString());
        }
        return b.toString();
    }

    private static String text(DefaultVirtualTerminal t) {
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < t.getTerminalSize().getRows(); r++) {
            for (int c = 0; c < t.getTerminalSize().getColumns(); c++) {
                b.append(t.getCharacter(c, r).getCharacterString());
            }
            b.append('\n');
        }
        return b.toString();
    }
}
