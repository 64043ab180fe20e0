package almanac.review;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SchedulerTest {

    /** The fixed "now" of the first answer; every later answer is a whole number of days on. */
    private static final Instant T0 = Instant.parse("2026-11-27T09:12:03Z");

    private static Instant days(Instant from, long days) {
        return from.plus(Duration.ofDays(days));
    }

    /** Answers the card {@code times} times with {@code grade}, each time the moment it falls due. */
    private static List<Card> answeredWhenDue(Card card, Grade grade, int times) {
        List<Card> cards = new ArrayList<>();
        Card current = card;
        for (int i = 0; i < times; i++) {
            Instant now = current.due().isAfter(T0) ? current.due() : T0;
            current = Scheduler.review(current, grade, now);
            cards.add(current);
        }
        return cards;
    }

    @Test
    void rightAnswersWhenDue_intervalsRunOneSixFifteenThirtyEight() {
        List<Integer> expected = List.of(1, 6, 15, 38);

        List<Card> cards = answeredWhenDue(Card.NEW, Grade.RIGHT, 4);

        List<Integer> actual = cards.stream().map(Card::interval).toList();
        assertEquals(expected, actual, "6 * 2.5 = 15; 15 * 2.5 = 37.5 rounds half up to 38");
    }

    @Test
    void rightAnswersWhenDue_easeStaysExactlyAtTwoPointFive() {
        List<Card> cards = answeredWhenDue(Card.NEW, Grade.RIGHT, 6);

        List<Double> actual = cards.stream().map(Card::ease).toList();
        assertEquals(List.of(2.5, 2.5, 2.5, 2.5, 2.5, 2.5), actual, "q=4 adds 0.1 - 1 * (0.08 + 0.02) = 0");
    }

    @Test
    void rightAnswersWhenDue_eachIsDueItsIntervalAfterTheAnswer() {
        List<Card> cards = answeredWhenDue(Card.NEW, Grade.RIGHT, 3);

        assertAll(
                () -> assertEquals(days(T0, 1), cards.get(0).due()),
                () -> assertEquals(days(T0, 1 + 6), cards.get(1).due()),
                () -> assertEquals(days(T0, 1 + 6 + 15), cards.get(2).due()),
                () -> assertEquals(days(T0, 1 + 6), cards.get(2).last()),
                () -> assertEquals(3, cards.get(2).repetitions()));
    }

    static Stream<Arguments> easeAfterOneAnswer() {
        return Stream.of(
                Arguments.of(Grade.WRONG, 1.96),
                Arguments.of(Grade.HINTED, 2.36),
                Arguments.of(Grade.RIGHT, 2.5));
    }

    @ParameterizedTest(name = "{0} on a new card: ease 2.5 -> {1}")
    @MethodSource("easeAfterOneAnswer")
    void oneAnswerOnANewCard_easeMovesBySm2Formula(Grade grade, double expected) {
        Card actual = Scheduler.review(Card.NEW, grade, T0);

        assertEquals(expected, actual.ease());
    }

    @Test
    void manyLapses_easeStopsAtOnePointThree() {
        List<Card> cards = answeredWhenDue(Card.NEW, Grade.WRONG, 10);

        List<Double> actual = cards.stream().map(Card::ease).toList();
        assertAll(
                () -> assertEquals(List.of(1.96, 1.42, 1.3), actual.subList(0, 3)),
                () -> assertEquals(Card.MIN_EASE, actual.get(9)),
                () -> assertEquals(10, cards.get(9).lapses()));
    }

    @Test
    void miss_isDueAtOnceWithNoInterval() {
        Card actual = Scheduler.review(Card.NEW, Grade.WRONG, T0);

        assertAll(
                () -> assertTrue(actual.isDue(T0)),
                () -> assertEquals(T0, actual.due()),
                () -> assertEquals(0, actual.interval()),
                () -> assertEquals(0, actual.repetitions()),
                () -> assertEquals(1, actual.lapses()),
                () -> assertEquals(T0, actual.last()));
    }

    @Test
    void rightAnswer_isNotDueAgainTheSameDay() {
        Card actual = Scheduler.review(Card.NEW, Grade.RIGHT, T0);

        assertAll(
                () -> assertFalse(actual.isDue(T0)),
                () -> assertFalse(actual.isDue(days(T0, 1).minusSeconds(1))),
                () -> assertTrue(actual.isDue(days(T0, 1))));
    }

    @Test
    void lapseAfterLongInterval_restartsAtOneDayThenGrowsWithLowerEase() {
        Card learned = answeredWhenDue(Card.NEW, Grade.RIGHT, 4).get(3);
        Instant missedAt = learned.due();
        Card missed = Scheduler.review(learned, Grade.WRONG, missedAt);
        List<Integer> expected = List.of(1, 6, 12);

        List<Card> relearned = answeredWhenDue(missed, Grade.RIGHT, 3);

        List<Integer> actual = relearned.stream().map(Card::interval).toList();
        assertAll(
                () -> assertEquals(38, learned.interval()),
                () -> assertEquals(missedAt, missed.due()),
                () -> assertEquals(expected, actual, "after the lapse the ease is 1.96: round(6 * 1.96) = 12"),
                () -> assertEquals(days(missedAt, 1), relearned.get(0).due()));
    }

    @Test
    void hintedAnswer_passesButLowersEase() {
        Card actual = Scheduler.review(Card.NEW, Grade.HINTED, T0);

        assertAll(
                () -> assertEquals(1, actual.repetitions()),
                () -> assertEquals(1, actual.interval()),
                () -> assertEquals(2.36, actual.ease()),
                () -> assertEquals(days(T0, 1), actual.due()));
    }

    @Test
    void hintedAnswersWhenDue_growWithTheEaseFromBeforeEachAnswerRoundedToNearest() {
        List<Integer> expected = List.of(1, 6, 13);

        List<Card> cards = answeredWhenDue(Card.NEW, Grade.HINTED, 3);

        List<Integer> actual = cards.stream().map(Card::interval).toList();
        assertAll(
                () -> assertEquals(expected, actual, "6 * 2.22 = 13.32: the ease before the third answer, rounded"),
                () -> assertEquals(List.of(2.36, 2.22, 2.08), cards.stream().map(Card::ease).toList()));
    }

    @Test
    void rightAnswerBeforeDue_keepsScheduleAndRecordsTheReview() {
        Card first = Scheduler.review(Card.NEW, Grade.RIGHT, T0);
        Instant again = T0.plus(Duration.ofMinutes(5));
        Card expected = new Card(1, 2.5, 1, days(T0, 1), 0, again);

        Card actual = Scheduler.review(first, Grade.RIGHT, again);

        assertEquals(expected, actual);
    }

    @Test
    void wrongAnswerBeforeDue_stillLapses() {
        Card learned = answeredWhenDue(Card.NEW, Grade.RIGHT, 3).get(2);
        Instant early = learned.last().plus(Duration.ofDays(2));

        Card actual = Scheduler.review(learned, Grade.WRONG, early);

        assertAll(
                () -> assertEquals(0, actual.repetitions()),
                () -> assertEquals(early, actual.due()),
                () -> assertEquals(1, actual.lapses()));
    }

    @Test
    void veryLongInterval_isCappedAtMaximum() {
        Card old = new Card(12, 2.5, 30_000, T0, 0, days(T0, -30_000));

        Card actual = Scheduler.review(old, Grade.RIGHT, T0);

        assertEquals(Scheduler.MAX_INTERVAL_DAYS, actual.interval());
    }

    @Test
    void damagedCardWithRepetitionsButNoInterval_passesToOneDayNotZero() {
        Card damaged = new Card(3, 2.5, 0, Instant.EPOCH, 0, null);

        Card actual = Scheduler.review(damaged, Grade.RIGHT, T0);

        assertAll(
                () -> assertEquals(1, actual.interval()),
                () -> assertFalse(actual.isDue(T0)));
    }
}
