package almanac.tutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import almanac.content.Question;
import almanac.progress.ProgressStore;
import almanac.review.CardState;
import almanac.review.Scheduler;
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

    private static final Duration STEP = Scheduler.RELEARNING_STEP;

    @Test
    void missedQuestion_isDueTenMinutesLater_andTheRightOneIsNot() {
        answerStepOne();
        clock.advance(STEP);

        List<Review.Item> due = review().due();

        assertEquals(List.of("green-temp"), due.stream().map(i -> i.question().id()).toList());
        assertEquals(1, due.get(0).stepNumber());
    }

    @Test
    void quizAnswers_leaveTheScheduleInTheDotfile() {
        answerStepOne();

        var review = store.load().path("tea").review();

        assertEquals(T0.plus(STEP), CardState.fromMap(review.get("water/green-temp")).due(),
                "a miss comes back after the relearning step");
        assertEquals(T0.plus(Duration.ofDays(2)), CardState.fromMap(review.get("water/tannins")).due(),
                "a first right answer is Good: round(S0) = round(2.3065) = 2 days");
    }

    @Test
    void answerThatCannotBeSaved_saysSo_andTheReviewEndsWithTheWarning() throws java.io.IOException {
        answerStepOne();
        clock.advance(STEP);
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
        clock.advance(STEP);
        Review review = review();
        Review.Item item = review.due().get(0);

        Feedback feedback = review.sheet(item).answer(item.question(), Tea.RIGHT.get("green-temp"));

        assertTrue(feedback.isRight());
        assertEquals(List.of(), review.due());
        Review.Outcome outcome = review.outcome();
        assertEquals(1, outcome.asked());
        assertEquals(1, outcome.right());
        assertEquals(0, outcome.stillDue());
        assertEquals(T0.plus(STEP).plus(Duration.ofDays(1)), outcome.next().orElseThrow(),
                "relearned the same day: S stays under a day, so the interval is the least, 1 day");
        assertEquals(2, store.load().path("tea").attempts("water/green-temp").size(),
                "the review answer is recorded with the quiz answer");
    }

    @Test
    void wrongAnswerInReview_isNextInTenMinutes_andThenDueForTheStatusToo() {
        answerStepOne();
        clock.advance(STEP);
        Review review = review();
        Review.Item item = review.due().get(0);

        review.sheet(item).answer(item.question(), Tea.WRONG.get("green-temp"));

        Review.Outcome outcome = review.outcome();
        Instant answeredAt = T0.plus(STEP);
        assertEquals(0, outcome.stillDue());
        assertEquals(answeredAt.plus(STEP), outcome.next().orElseThrow(), "not tomorrow: the card comes back the same day");
        clock.advance(STEP);
        assertEquals(List.of("green-temp"), review().due().stream().map(i -> i.question().id()).toList());
    }

    @Test
    void pausedReview_countsWhatIsStillDue() {
        answerStepOne();
        clock.advance(Duration.ofDays(2));
        Review review = review();
        Review.Item first = review.due().get(0);

        review.sheet(first).answer(first.question(), Tea.RIGHT.get(first.question().id()));

        Review.Outcome outcome = review.outcome();
        assertEquals(1, outcome.asked());
        assertEquals(1, outcome.stillDue(), "the one not asked is still due");
        assertEquals(review.due().size(), outcome.stillDue(), "the same count the status line shows");
    }

    @Test
    void twoDaysLater_theRightOnesComeDueToo() {
        answerStepOne();
        clock.advance(Duration.ofDays(2));

        List<String> due = review().due().stream().map(i -> i.question().id()).toList();

        assertEquals(List.of("green-temp", "tannins"), due, "longest overdue first");
    }

    @Test
    void dueItems_carryTheirPredictedRecall() {
        answerStepOne();
        clock.advance(Duration.ofDays(2));

        Review.Item tannins = review().due().get(1);

        // R(2, 2.3065) = (1 + F * 2 / 2.3065)^-0.1542 with F = 0.9^(-1/0.1542) - 1.
        assertEquals(0.9094932559773545, tannins.recall(clock.instant()), 1e-9);
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
        assertTrue(CardState.fromMap(review.get("water/green-temp")).difficulty()
                > CardState.fromMap(review.get("water/tannins")).difficulty(), review.toString());
        assertEquals(T0.plus(Duration.ofDays(1)), CardState.fromMap(review.get("water/green-temp")).due(),
                "Hard: round(1.2931) = 1 day");
    }

    @Test
    void questionsGoneFromThePath_areNotAsked() {
        store.update(p -> p.with("tea", r -> r.withReview("water/retired", CardState.toMap(almanac.review.Card.NEW))));

        assertEquals(List.of(), review().due());
    }

    @Test
    void oldSm2Dotfile_keepsEveryDueDate_andTheAnsweredCardIsRewrittenInFsrsForm() throws Exception {
        // Written by the SM-2 version of Almanac (plain mode: step quizzes, then one review answer).
        java.nio.file.Files.copy(Path.of("src/test/resources/dotfiles/sm2-progress.yaml"), home.resolve("progress.yaml"));
        clock = new MutableClock(Instant.parse("2026-12-01T20:40:00Z"));
        store = new ProgressStore(home, clock);
        Review review = review();

        Review.Agenda agenda = review.agenda();

        assertEquals(List.of("green-temp", "grams"), agenda.due().stream().map(i -> i.question().id()).toList());
        assertEquals(List.of(Instant.parse("2026-12-01T20:32:03Z"), Instant.parse("2026-12-01T20:32:04Z")),
                agenda.due().stream().map(Review.Item::due).toList(), "the due dates SM-2 set");
        assertEquals(Instant.parse("2026-12-02T20:32:03Z"), agenda.next().orElseThrow(), "the others' due date kept");
        var tannins = CardState.fromMap(store.load().path("tea").review().get("water/tannins"));
        assertEquals(1.0, tannins.stability(), 1e-9, "stability from SM-2's interval");

        Review.Item first = agenda.due().get(0);
        review.sheet(first).answer(first.question(), Tea.RIGHT.get("green-temp"));

        var saved = store.load().path("tea").review();
        assertTrue(saved.get("water/green-temp").containsKey("stability"), saved.toString());
        assertTrue(!saved.get("water/green-temp").containsKey("ease"), saved.toString());
        assertEquals(Instant.parse("2026-12-02T20:32:03Z"), saved.get("water/tannins").get("due"),
                "a card not answered is left as it was");
    }
}
