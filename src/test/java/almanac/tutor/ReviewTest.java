package almanac.tutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import almanac.content.Question;
import almanac.progress.ProgressStore;
import almanac.review.CardState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quiz answers feed the review schedule; a review asks what is due and reschedules it. */
class ReviewTest {
    private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");

    @TempDir
    Path home;
    MutableClock clock;
    ProgressStore store;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(T0);
        store = new ProgressStore(home, clock);
    }

    /** Answers step 1's quiz: the temperature question wrong, the tannins one right. */
    private void answerStepOne() {
        Session session = new Session(Tea.path(), store, clock);
        session.open(null, false);
        session.answer(Tea.question("green-temp"), Tea.WRONG.get("green-temp"));
        session.answer(Tea.question("tannins"), Tea.RIGHT.get("tannins"));
    }

    private Review review() {
        return new Review(List.of(Tea.path()), store, clock);
    }

    @Test
    void missedQuestion_isDueAtOnce_andTheRightOneIsNot() {
        answerStepOne();

        List<Review.Item> due = review().due();

        assertEquals(List.of("green-temp"), due.stream().map(i -> i.question().id()).toList());
        assertEquals(1, due.get(0).stepNumber());
    }

    @Test
    void quizAnswers_leaveTheScheduleInTheDotfile() {
        answerStepOne();

        var review = store.load().path("tea").review();

        assertEquals(T0, CardState.fromMap(review.get("water/green-temp")).due(), "a miss is due at once");
        assertEquals(T0.plus(Duration.ofDays(1)), CardState.fromMap(review.get("water/tannins")).due(),
                "a first right answer comes back in a day");
    }

    @Test
    void answerThatCannotBeSaved_saysSo_andTheReviewEndsWithTheWarning() throws java.io.IOException {
        answerStepOne();
        Review review = review();
        Review.Item item = review.due().get(0);
        java.nio.file.Path lock = home.resolve("progress.lock");
        java.nio.file.Files.delete(lock);
        java.nio.file.Files.createSymbolicLink(lock, home.resolve("elsewhere"));
        byte[] before = java.nio.file.Files.readAllBytes(home.resolve("progress.yaml"));

        Feedback feedback = review.sheet(item).answer(item.question(), Tea.RIGHT.get("green-temp"));

        assertTrue(feedback.isRight());
        assertFalse(feedback.saved().onDisk());
        assertTrue(feedback.saved().notSaved("Answer").startsWith("Answer NOT saved: "), feedback.saved().problem());
        assertTrue(review.unsavedWarning().startsWith("1 change was NOT saved"), review.unsavedWarning());
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, java.nio.file.Files.readAllBytes(home.resolve("progress.yaml")));
    }

    @Test
    void rightAnswerInReview_pushesTheQuestionOut_andSaysWhenTheNextIs() {
        answerStepOne();
        Review review = review();
        Review.Item item = review.due().get(0);

        Feedback feedback = review.sheet(item).answer(item.question(), Tea.RIGHT.get("green-temp"));

        assertTrue(feedback.isRight());
        assertEquals(List.of(), review.due());
        Review.Outcome outcome = review.outcome();
        assertEquals(1, outcome.asked());
        assertEquals(1, outcome.right());
        assertEquals(T0.plus(Duration.ofDays(1)), outcome.next().orElseThrow());
        assertEquals(2, store.load().path("tea").attempts("water/green-temp").size(),
                "the review answer is recorded with the quiz answer");
    }

    @Test
    void aDayLater_theRightOnesComeDueToo() {
        answerStepOne();
        clock.advance(Duration.ofDays(1));

        List<String> due = review().due().stream().map(i -> i.question().id()).toList();

        assertEquals(List.of("green-temp", "tannins"), due, "longest overdue first");
    }

    @Test
    void hintBeforeARightAnswer_makesTheQuestionHarder() {
        Session session = new Session(Tea.path(), store, clock);
        session.open(null, false);
        Question q = Tea.question("green-temp");

        session.hint(q);
        session.answer(q, Tea.RIGHT.get("green-temp"));
        session.answer(Tea.question("tannins"), Tea.RIGHT.get("tannins"));

        var review = store.load().path("tea").review();
        assertTrue(CardState.fromMap(review.get("water/green-temp")).ease()
                < CardState.fromMap(review.get("water/tannins")).ease(), review.toString());
    }

    @Test
    void questionsGoneFromThePath_areNotAsked() {
        store.update(p -> p.with("tea", r -> r.withReview("water/retired", CardState.toMap(almanac.review.Card.NEW))));

        assertEquals(List.of(), review().due());
    }
}
